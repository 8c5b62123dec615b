// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/htmlcontentfinder.h"

#include "article/htmlcontentfinder_p.h"
#include "article/htmlmetadata.h"
#include "article/removalreasons.h"

#include <algorithm>

namespace Gloss {

using Cause = HtmlContentFinder::Cause;
using Type = HtmlDom::Type;
using namespace HtmlFinding;

namespace {
bool isScoredTag(GumboTag tag)
{
    return tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_P || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_PRE ||
        (tag >= GUMBO_TAG_H2 && tag <= GUMBO_TAG_H6);
}
} // namespace

QString HtmlContentFinder::reasonName(Cause cause)
{
    switch (cause) {
    case Cause::None:
    case Cause::Ignored:
    case Cause::Empty:
        return {};
    case Cause::Hidden:
        return RemovalReason::Hidden;
    case Cause::Dialog:
        return RemovalReason::Dialog;
    case Cause::Byline:
        return RemovalReason::Byline;
    case Cause::Title:
        return RemovalReason::Title;
    case Cause::Navigation:
        return RemovalReason::Navigation;
    case Cause::PageHeader:
        return RemovalReason::PageHeader;
    case Cause::PageFooter:
        return RemovalReason::PageFooter;
    case Cause::Aside:
        return RemovalReason::Aside;
    case Cause::Form:
        return RemovalReason::Form;
    case Cause::ShareBar:
        return RemovalReason::ShareBar;
    case Cause::Advertisement:
        return RemovalReason::Advertisement;
    case Cause::RelatedLinks:
        return RemovalReason::RelatedLinks;
    case Cause::Comments:
        return RemovalReason::Comments;
    case Cause::CookieNotice:
        return RemovalReason::CookieNotice;
    case Cause::NewsletterBox:
        return RemovalReason::NewsletterBox;
    case Cause::AuthorBio:
        return RemovalReason::AuthorBio;
    case Cause::ReadMore:
        return RemovalReason::ReadMore;
    case Cause::Boilerplate:
        return RemovalReason::Boilerplate;
    case Cause::PullQuote:
        return RemovalReason::PullQuote;
    case Cause::OutsideArticle:
        return RemovalReason::OutsideArticle;
    }
    return {};
}

HtmlContentFinder::HtmlContentFinder(const HtmlDom &dom, const QString &title, bool haveByline)
    : d(new Private(dom))
{
    d->title = title;
    d->bylineFound = haveByline;
}

HtmlContentFinder::~HtmlContentFinder()
{
    delete d;
}

const std::vector<HtmlContentFinder::Item> &HtmlContentFinder::items() const
{
    return d->items;
}

Cause HtmlContentFinder::cause(int node) const
{
    return d->cause[size_t(node)];
}

void HtmlContentFinder::remove(int node, Cause cause)
{
    d->cause[size_t(node)] = cause;
}

QString HtmlContentFinder::byline() const
{
    return d->byline;
}

QString HtmlContentFinder::dir() const
{
    return d->dir;
}

Cause HtmlContentFinder::causeFromHints(int node, Cause fallback) const
{
    return d->causeFromHints(node, fallback);
}

bool HtmlContentFinder::isDataTable(int node) const
{
    return d->isDataTable(node);
}

void HtmlContentFinder::run()
{
    d->init();
    struct Attempt {
        std::vector<Cause> cause;
        std::vector<quint8> state;
        std::vector<int> runOf;
        std::vector<Run> runs;
        std::vector<Item> items;
        QString dir;
        int textLength;
    };
    std::vector<Attempt> attempts;
    for (;;) {
        d->grab();
        const int length = d->contentLength();
        if (length >= CharThreshold) {
            d->removeBoxes();
            return;
        }
        attempts.push_back({d->cause, d->state, d->runOf, d->runs, d->items, d->dir, length});
        if (d->flags & StripUnlikely)
            d->flags &= ~StripUnlikely;
        else if (d->flags & WeightClasses)
            d->flags &= ~WeightClasses;
        else if (d->flags & CleanConditionally)
            d->flags &= ~CleanConditionally;
        else
            break;
    }
    // No attempt reached the threshold: keep the one with the most text.
    auto best = std::max_element(attempts.begin(), attempts.end(), [](const Attempt &a, const Attempt &b) {
        return a.textLength < b.textLength;
    });
    d->cause = std::move(best->cause);
    d->state = std::move(best->state);
    d->runOf = std::move(best->runOf);
    d->runs = std::move(best->runs);
    d->items = best->textLength > 0 ? std::move(best->items) : std::vector<Item>();
    d->dir = best->dir;
    d->removeBoxes();
}

void HtmlContentFinder::retarget(int node)
{
    const int end = d->dom[node].end;
    for (int k = node; k < end; ++k) {
        const Cause c = d->cause[size_t(k)];
        if (c != Cause::Ignored && c != Cause::Hidden && c != Cause::Dialog && c != Cause::Empty)
            d->cause[size_t(k)] = Cause::None;
    }
    for (int p = node; p >= 0; p = d->dom[p].parent)
        if (d->cause[size_t(p)] != Cause::Ignored)
            d->cause[size_t(p)] = Cause::None;
    d->items = {{node, node}};
    d->removeBoxes();
}

// Readability keeps boxes whose class or id does not sound unlikely to it:
// newsletter sign-ups, author bios, "related" and "read more" lists, ad
// slots, share bars. Small ones inside the article go; a box that holds a
// good part of the article is the article, whatever its name says.
void HtmlContentFinder::Private::removeBoxes()
{
    constexpr quint32 BoxHints = HtmlHints::ShareBar | HtmlHints::Advertisement | HtmlHints::Related |
        HtmlHints::Comments | HtmlHints::Cookie | HtmlHints::Newsletter | HtmlHints::AuthorBio |
        HtmlHints::ReadMore | HtmlHints::Dialog;
    aggregate();
    const int total = contentLength();
    for (const Item &item : items) {
        const bool element = item.first == item.last && runOf[size_t(item.first)] < 0;
        const int end = dom[item.last].end;
        for (int k = element ? item.first + 1 : item.first; k < end;) {
            const HtmlDom::Node &n = dom[k];
            if (cause[size_t(k)] != Cause::None || n.type != Type::Element) {
                k = cause[size_t(k)] != Cause::None ? n.end : k + 1;
                continue;
            }
            const quint32 hints = n.classHints | n.idHints;
            if (hints & HtmlHints::ScreenReaderOnly) {
                // Labels for screen readers ("Credit", "Image 3 of 5") that the page never shows.
                cause[size_t(k)] = Cause::Hidden;
                k = n.end;
                continue;
            }
            const int length = text[size_t(k)];
            const float density = length > 0 ? link[size_t(k)] / float(length) : 0;
            // Menus only when they are mostly links: "nav" names tables of contents too.
            const bool box = (hints & BoxHints) ||
                ((n.tag == GUMBO_TAG_NAV || (hints & HtmlHints::Navigation)) && density > 0.5f);
            if (box && length * 4 <= total && (length <= 600 || density > 0.5f)) {
                cause[size_t(k)] = causeFromHints(k, Cause::Boilerplate);
                k = n.end;
                continue;
            }
            ++k;
        }
    }
}

// --- Private: set-up and the walk over the page -------------------------------------------

void HtmlContentFinder::Private::init()
{
    const size_t n = size_t(dom.size());
    phrasing.assign(n, false);
    blockInside.assign(n, false);
    mathInside.assign(n, false);
    staticState.assign(n, 0);
    initialCause.assign(n, Cause::None);
    for (int j = dom.size() - 1; j >= 0; --j) {
        const HtmlDom::Node &node = dom[j];
        if (node.type != Type::Element) {
            phrasing[size_t(j)] = true;
            continue;
        }
        if (node.tag == GUMBO_TAG_SCRIPT || node.tag == GUMBO_TAG_STYLE || node.tag == GUMBO_TAG_NOSCRIPT ||
            node.tag == GUMBO_TAG_TEMPLATE || node.tag == GUMBO_TAG_HEAD)
            initialCause[size_t(j)] = Cause::Ignored;
        bool allPhrasing = true;
        bool inside = false;
        bool math = node.gumbo->v.element.tag_namespace == GUMBO_NAMESPACE_MATHML;
        for (int c = j + 1; c < node.end; c = dom[c].end) {
            allPhrasing = allPhrasing && phrasing[size_t(c)];
            math = math || mathInside[size_t(c)];
            inside =
                inside || blockInside[size_t(c)] || (dom[c].type == Type::Element && isDivToPTag(dom[c].tag));
        }
        if ((node.flags & HtmlDom::HasBrChild) && hasBrChain(j)) {
            staticState[size_t(j)] |= BrChain;
            inside = true; // the chain becomes a <p>
        }
        blockInside[size_t(j)] = inside;
        mathInside[size_t(j)] = math;
        // Custom elements are inline to a browser: phrasing when all they hold is.
        phrasing[size_t(j)] = isPhrasingTag(node.tag) ||
            ((node.tag == GUMBO_TAG_A || node.tag == GUMBO_TAG_DEL || node.tag == GUMBO_TAG_INS ||
              node.tag == GUMBO_TAG_UNKNOWN ||
              node.gumbo->v.element.tag_namespace == GUMBO_NAMESPACE_MATHML) &&
             allPhrasing);
    }
    cause = initialCause;
    aggregate();
    staticText = text;
    staticLink = link;
    staticSolid = solid;
}

bool HtmlContentFinder::Private::hasBrChain(int element) const
{
    for (int c = element + 1; c < dom[element].end; c = dom[c].end)
        if (dom.isElement(c, GUMBO_TAG_BR) && dom.isElement(nextNonWhitespace(c), GUMBO_TAG_BR))
            return true;
    return false;
}

int HtmlContentFinder::Private::nextNonWhitespace(int node) const
{
    const int parentEnd = dom[dom[node].parent].end;
    int c = dom[node].end;
    while (c < parentEnd && dom[c].type == Type::Whitespace)
        c = dom[c].end;
    return c < parentEnd ? c : 0; // 0 is <html>, never a <br>
}

void HtmlContentFinder::Private::aggregate()
{
    const size_t n = size_t(dom.size());
    text.assign(n, 0);
    solid.assign(n, 0);
    commas.assign(n, 0);
    link.assign(n, 0);
    for (int j = dom.size() - 1; j >= 0; --j) {
        const HtmlDom::Node &node = dom[j];
        if (cause[size_t(j)] != Cause::None) {
            text[size_t(j)] = solid[size_t(j)] = commas[size_t(j)] = 0;
            link[size_t(j)] = 0;
            continue;
        }
        if (node.type != Type::Element) {
            // White space between tags collapses into its neighbours' spaces.
            text[size_t(j)] = node.type == Type::Text ? node.chars : 0;
            solid[size_t(j)] = text[size_t(j)];
            commas[size_t(j)] = node.commas;
        }
        if (node.parent < 0)
            continue;
        const size_t p = size_t(node.parent);
        text[p] += text[size_t(j)];
        solid[p] += solid[size_t(j)];
        commas[p] += commas[size_t(j)];
        link[p] += node.tag == GUMBO_TAG_A && node.type == Type::Element
            ? float(text[size_t(j)]) * ((node.flags & HtmlDom::HashLink) ? 0.3f : 1.0f)
            : link[size_t(j)];
    }
}

int HtmlContentFinder::Private::effectiveParent(int node) const
{
    int p = dom[node].parent;
    while (p >= 0 && (state[size_t(p)] & Collapsed))
        p = dom[p].parent;
    return p;
}

bool HtmlContentFinder::Private::hasAncestorTag(int node, GumboTag tag, int maxDepth,
                                                bool dataTableOnly) const
{
    int depth = 0;
    for (int p = effectiveParent(node); p >= 0; p = effectiveParent(p), ++depth) {
        if (maxDepth > 0 && depth > maxDepth)
            return false;
        if (dom[p].tag == tag && (!dataTableOnly || (state[size_t(p)] & DataTable)))
            return true;
    }
    return false;
}

float HtmlContentFinder::Private::classWeight(int node) const
{
    if (!(flags & WeightClasses))
        return 0;
    float weight = 0;
    for (quint32 hints : {dom[node].classHints, dom[node].idHints}) {
        if (hints & HtmlHints::Negative)
            weight -= 25;
        if (hints & HtmlHints::Positive)
            weight += 25;
    }
    return weight;
}

Cause HtmlContentFinder::Private::causeFromHints(int node, Cause fallback) const
{
    const quint32 h = dom[node].classHints | dom[node].idHints;
    static constexpr std::pair<quint32, Cause> ByHint[] = {
        {HtmlHints::Comments, Cause::Comments},
        {HtmlHints::Cookie, Cause::CookieNotice},
        {HtmlHints::Newsletter, Cause::NewsletterBox},
        {HtmlHints::ShareBar, Cause::ShareBar},
        {HtmlHints::Advertisement, Cause::Advertisement},
        {HtmlHints::Related, Cause::RelatedLinks},
        {HtmlHints::AuthorBio, Cause::AuthorBio},
        {HtmlHints::ReadMore, Cause::ReadMore},
        {HtmlHints::PullQuote, Cause::PullQuote},
        {HtmlHints::Byline, Cause::Byline},
        {HtmlHints::Dialog, Cause::Dialog},
        {HtmlHints::Navigation, Cause::Navigation},
        {HtmlHints::PageHeader, Cause::PageHeader},
        {HtmlHints::PageFooter, Cause::PageFooter},
        {HtmlHints::Sidebar, Cause::Aside},
    };
    for (const auto &[hint, c] : ByHint)
        if (h & hint)
            return c;
    switch (dom[node].tag) {
    case GUMBO_TAG_NAV:
        return Cause::Navigation;
    case GUMBO_TAG_HEADER:
        return Cause::PageHeader;
    case GUMBO_TAG_FOOTER:
        return Cause::PageFooter;
    case GUMBO_TAG_ASIDE:
        return Cause::Aside;
    case GUMBO_TAG_FORM:
        return Cause::Form;
    default:
        break;
    }
    if (dom[node].flags & HtmlDom::RoleNavigation)
        return Cause::Navigation;
    if (dom[node].flags & HtmlDom::RoleComplementary)
        return Cause::Aside;
    if (dom[node].flags & HtmlDom::RoleAlert)
        return Cause::Dialog;
    return fallback;
}

bool HtmlContentFinder::Private::isValidByline(int node) const
{
    const HtmlDom::Node &n = dom[node];
    if (!(n.flags & HtmlDom::AuthorLink) && !((n.classHints | n.idHints) & HtmlHints::Byline))
        return false;
    // Readability measures textContent as written, with the markup's white
    // space inside it (trimmed at the ends).
    if (dom.rawTextLength(node) > 4000)
        return false;
    QString raw;
    for (int k = node + 1; k < dom[node].end;) {
        if (dom[k].type == Type::Element) {
            k = HtmlDom::isIgnored(dom[k].tag) ? dom[k].end : k + 1;
            continue;
        }
        raw += dom.text(k);
        ++k;
    }
    const qsizetype length = raw.trimmed().size();
    return length > 0 && length < 100;
}

// An inline element with words right beside it is part of a sentence (an
// equation, a name), whatever its class says: MathJax marks every equation
// "CtxtMenu_Attached", which reads as a menu. MathML is always the text.
bool HtmlContentFinder::Private::isInSentence(int node) const
{
    if (mathInside[size_t(node)])
        return true; // equations are the text, inline or on a line of their own
    if (!phrasing[size_t(node)] || dom[node].tag == GUMBO_TAG_A)
        return false;
    const int parent = dom[node].parent;
    if (runOf[size_t(node)] >= 0 || dom[parent].tag == GUMBO_TAG_P)
        return true;
    const int next = dom[node].end;
    if (next < dom[parent].end && dom[next].type == Type::Text)
        return true;
    int previous = -1;
    for (int c = parent + 1; c < node; c = dom[c].end)
        previous = c;
    return previous >= 0 && dom[previous].type == Type::Text;
}

bool HtmlContentFinder::Private::asksForPassword(int form) const
{
    for (int k = form + 1; k < dom[form].end; ++k)
        if (dom.isElement(k, GUMBO_TAG_INPUT) &&
            dom.attributeText(k, "type").compare(QLatin1StringView("password"), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool HtmlContentFinder::Private::withoutContent(int node) const
{
    if (staticSolid[size_t(node)] > 0)
        return false;
    int elements = 0;
    for (int c = node + 1; c < dom[node].end; c = dom[c].end)
        if (dom[c].type == Type::Element)
            ++elements;
    if (elements == 0)
        return true;
    int breaks = 0;
    for (int c = node + 1; c < dom[node].end; ++c)
        if (dom.isElement(c, GUMBO_TAG_BR) || dom.isElement(c, GUMBO_TAG_HR))
            ++breaks;
    return elements == breaks;
}

std::vector<HtmlFinding::Segment> HtmlContentFinder::Private::segments(int element) const
{
    std::vector<Segment> out;
    int first = -1, last = -1;
    bool afterChain = false, segmentAfterChain = false;
    auto close = [&] {
        if (first >= 0)
            out.push_back({first, last, segmentAfterChain});
        first = -1;
    };
    for (int c = element + 1; c < dom[element].end; c = dom[c].end) {
        const HtmlDom::Node &child = dom[c];
        if (cause[size_t(c)] == Cause::Ignored)
            continue;
        if (child.tag == GUMBO_TAG_BR && child.type == Type::Element &&
            dom.isElement(nextNonWhitespace(c), GUMBO_TAG_BR)) {
            close();
            while (dom.isElement(nextNonWhitespace(c), GUMBO_TAG_BR))
                c = nextNonWhitespace(c);
            afterChain = true;
            continue;
        }
        if (!phrasing[size_t(c)]) {
            close();
            afterChain = false;
            continue;
        }
        const bool blank = child.type == Type::Whitespace || dom.isElement(c, GUMBO_TAG_BR);
        if (blank)
            continue;
        if (first < 0) {
            first = c;
            segmentAfterChain = afterChain;
        }
        last = c;
    }
    close();
    return out;
}

void HtmlContentFinder::Private::addRun(int parent, const Segment &segment)
{
    const int index = int(runs.size());
    runs.push_back({parent, segment.first, segment.last});
    for (int c = segment.first;; c = dom[c].end) {
        runOf[size_t(c)] = index;
        if (c == segment.last)
            break;
    }
}

void HtmlContentFinder::Private::readDiv(int div)
{
    const std::vector<Segment> segs = segments(div);
    int elementChildren = 0;
    int onlyElement = -1;
    for (int c = div + 1; c < dom[div].end; c = dom[c].end) {
        if (dom[c].type == Type::Element && !phrasing[size_t(c)] && cause[size_t(c)] != Cause::Ignored) {
            ++elementChildren;
            onlyElement = c;
        }
    }
    const bool onlyParagraph = (segs.size() == 1 && elementChildren == 0) ||
        (segs.empty() && elementChildren == 1 && dom[onlyElement].tag == GUMBO_TAG_P &&
         !(staticState[size_t(onlyElement)] & BrChain));
    const float density =
        staticText[size_t(div)] > 0 ? staticLink[size_t(div)] / float(staticText[size_t(div)]) : 0.0f;
    if (onlyParagraph && density < 0.25f) {
        if (segs.size() == 1) {
            state[size_t(div)] |= AsParagraph;
            toScore.push_back({div, -1});
        } else {
            state[size_t(div)] |= Collapsed; // its <p> stands in its place
        }
        return;
    }
    if (segs.empty() && !blockInside[size_t(div)]) {
        state[size_t(div)] |= AsParagraph;
        toScore.push_back({div, -1});
        return;
    }
    for (const Segment &s : segs)
        addRun(div, s);
}

void HtmlContentFinder::Private::walk()
{
    bool removeTitle = true;
    const int n = dom.size();
    for (int i = 0; i < n;) {
        const HtmlDom::Node &node = dom[i];
        if (const int r = runOf[size_t(i)]; r >= 0 && runs[size_t(r)].first == i)
            toScore.push_back({-1, r});
        if (cause[size_t(i)] != Cause::None) {
            i = node.end;
            continue;
        }
        if (node.type != Type::Element) {
            ++i;
            continue;
        }
        auto drop = [&](Cause c) {
            cause[size_t(i)] = c;
            i = node.end;
        };
        if (node.flags & HtmlDom::Hidden) {
            drop(Cause::Hidden);
            continue;
        }
        if (node.flags & HtmlDom::ModalDialog) {
            drop(Cause::Dialog);
            continue;
        }
        if (node.tag == GUMBO_TAG_FORM && asksForPassword(i)) {
            drop(Cause::Form); // a sign-in box, never part of an article
            continue;
        }
        if (!bylineFound && isValidByline(i)) {
            int nameNode = i;
            for (int k = i + 1; k < node.end; ++k) {
                if (dom[k].flags & HtmlDom::ItempropName) {
                    nameNode = k;
                    break;
                }
            }
            byline = dom.plainText(nameNode).simplified();
            bylineFound = true;
            drop(Cause::Byline);
            continue;
        }
        if (removeTitle && (node.tag == GUMBO_TAG_H1 || node.tag == GUMBO_TAG_H2) &&
            HtmlMetadata::textSimilarity(title, dom.plainText(i)) > 0.75) {
            removeTitle = false;
            drop(Cause::Title);
            continue;
        }
        if (flags & StripUnlikely) {
            const quint32 hints = node.classHints | node.idHints;
            if ((hints & HtmlHints::Unlikely) && !(hints & HtmlHints::MaybeCandidate) && !isInSentence(i) &&
                !hasAncestorTag(i, GUMBO_TAG_TABLE, 3) && !hasAncestorTag(i, GUMBO_TAG_CODE, 3) &&
                node.tag != GUMBO_TAG_BODY && node.tag != GUMBO_TAG_A) {
                drop(causeFromHints(i, Cause::Boilerplate));
                continue;
            }
            if (node.flags & (HtmlDom::RoleNavigation | HtmlDom::RoleComplementary | HtmlDom::RoleAlert)) {
                drop(causeFromHints(i, Cause::Boilerplate));
                continue;
            }
        }
        if ((node.tag == GUMBO_TAG_DIV || node.tag == GUMBO_TAG_SECTION || node.tag == GUMBO_TAG_HEADER ||
             HtmlDom::isHeading(node.tag)) &&
            withoutContent(i)) {
            drop(Cause::Empty);
            continue;
        }
        const bool chain = staticState[size_t(i)] & BrChain;
        if (isScoredTag(node.tag) && !(node.tag == GUMBO_TAG_P && chain))
            toScore.push_back({i, -1});
        if (node.tag == GUMBO_TAG_DIV || (node.tag == GUMBO_TAG_P && chain)) {
            readDiv(i);
        } else if (chain) {
            for (const Segment &s : segments(i))
                if (s.afterChain)
                    addRun(i, s);
        }
        ++i;
    }
}

} // namespace Gloss
