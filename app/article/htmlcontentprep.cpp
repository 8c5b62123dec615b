// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later

// HtmlContentFinder, second half: scoring paragraphs, choosing the article
// among the candidates, joining its siblings and Readability's _prepArticle.

#include "article/htmlcontentfinder_p.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace Gloss {

using Cause = HtmlContentFinder::Cause;
using Type = HtmlDom::Type;
using namespace HtmlFinding;

namespace {
float baseScore(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

bool isTextishTag(GumboTag tag)
{
    // Readability renames <font> to <span> before it starts.
    return tag == GUMBO_TAG_SPAN || tag == GUMBO_TAG_FONT || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_TD ||
        isDivToPTag(tag);
}

} // namespace

void HtmlContentFinder::Private::grab()
{
    const size_t n = size_t(dom.size());
    cause = initialCause;
    state = staticState;
    score.assign(n, 0);
    runOf.assign(n, -1);
    runs.clear();
    toScore.clear();
    candidates.clear();
    items.clear();
    dir.clear();
    walk();
    aggregate();
    scoreParagraphs();
    joinSiblings(chooseTopCandidate());
    prepare();
}

int HtmlContentFinder::Private::textOfItem(int child, float *linkOut) const
{
    const int r = runOf[size_t(child)];
    if (r < 0) {
        if (linkOut)
            *linkOut = link[size_t(child)];
        return text[size_t(child)];
    }
    int length = 0;
    float linked = 0;
    for (int c = runs[size_t(r)].first;; c = dom[c].end) {
        length += text[size_t(c)];
        linked += dom.isElement(c, GUMBO_TAG_A)
            ? float(text[size_t(c)]) * ((dom[c].flags & HtmlDom::HashLink) ? 0.3f : 1.0f)
            : link[size_t(c)];
        if (c == runs[size_t(r)].last)
            break;
    }
    if (linkOut)
        *linkOut = linked;
    return length;
}

std::vector<int> HtmlContentFinder::Private::childItems(int parent) const
{
    std::vector<int> out;
    for (int c = parent + 1; c < dom[parent].end; c = dom[c].end) {
        if (cause[size_t(c)] != Cause::None && runOf[size_t(c)] < 0)
            continue;
        if (const int r = runOf[size_t(c)]; r >= 0) {
            out.push_back(c);
            c = runs[size_t(r)].last;
            continue;
        }
        if (dom[c].type == Type::Element)
            out.push_back(c);
    }
    return out;
}

void HtmlContentFinder::Private::scoreParagraphs()
{
    auto initialise = [&](int node) {
        state[size_t(node)] |= Candidate;
        const GumboTag tag = (state[size_t(node)] & AsParagraph) ? GUMBO_TAG_P : dom[node].tag;
        score[size_t(node)] = baseScore(tag) + classWeight(node);
    };
    for (const Scored &s : toScore) {
        int length, commaCount, parent;
        if (s.run >= 0) {
            const Run &run = runs[size_t(s.run)];
            length = textOfItem(run.first, nullptr);
            commaCount = 0;
            for (int c = run.first;; c = dom[c].end) {
                commaCount += commas[size_t(c)];
                if (c == run.last)
                    break;
            }
            parent = run.parent;
        } else {
            if (cause[size_t(s.node)] != Cause::None)
                continue;
            length = text[size_t(s.node)];
            commaCount = commas[size_t(s.node)];
            parent = effectiveParent(s.node);
        }
        if (length < 25)
            continue;
        const float contentScore = 1.0f + float(commaCount + 1) + float(std::min(length / 100, 3));
        int level = 0;
        for (int p = parent; p >= 0 && p != dom.html() && level < 5; p = effectiveParent(p), ++level) {
            if (!(state[size_t(p)] & Candidate)) {
                initialise(p);
                candidates.push_back(p);
            }
            const float divider = level == 0 ? 1.0f : level == 1 ? 2.0f : float(level * 3);
            score[size_t(p)] += contentScore / divider;
        }
    }
}

int HtmlContentFinder::Private::chooseTopCandidate()
{
    std::vector<int> top;
    for (int c : candidates) {
        const float density = text[size_t(c)] > 0 ? link[size_t(c)] / float(text[size_t(c)]) : 0;
        score[size_t(c)] *= 1.0f - density;
        for (size_t t = 0; t < TopCandidateLimit; ++t) {
            if (t >= top.size() || score[size_t(c)] > score[size_t(top[t])]) {
                top.insert(top.begin() + qsizetype(t), c);
                if (top.size() > TopCandidateLimit)
                    top.pop_back();
                break;
            }
        }
    }
    if (top.empty() || dom[top.front()].tag == GUMBO_TAG_BODY)
        return -1;
    int best = top.front();
    auto isStop = [&](int p) {
        return p < 0 || p == dom.html() || dom[p].tag == GUMBO_TAG_BODY;
    };
    auto ancestors = [&](int node) {
        std::vector<int> list;
        for (int p = effectiveParent(node); p >= 0; p = effectiveParent(p))
            list.push_back(p);
        return list;
    };
    auto ratio = [](float a, float b) {
        if (b != 0)
            return a / b;
        return a > 0 ? std::numeric_limits<float>::infinity() : std::numeric_limits<float>::quiet_NaN();
    };

    // Several close runners-up under one ancestor: the article is that ancestor.
    std::vector<std::vector<int>> alternatives;
    for (size_t i = 1; i < top.size(); ++i)
        if (ratio(score[size_t(top[i])], score[size_t(best)]) >= 0.75f)
            alternatives.push_back(ancestors(top[i]));
    if (alternatives.size() >= 3) {
        for (int p = effectiveParent(best); !isStop(p); p = effectiveParent(p)) {
            int lists = 0;
            for (const auto &list : alternatives)
                if (lists < 3 && std::find(list.begin(), list.end(), p) != list.end())
                    ++lists;
            if (lists >= 3) {
                best = p;
                break;
            }
        }
    }
    auto initialiseIfNeeded = [&](int node) {
        if (state[size_t(node)] & Candidate)
            return;
        state[size_t(node)] |= Candidate;
        const GumboTag tag = (state[size_t(node)] & AsParagraph) ? GUMBO_TAG_P : dom[node].tag;
        score[size_t(node)] = baseScore(tag) + classWeight(node);
    };
    initialiseIfNeeded(best);

    // A parent scoring higher than its child holds more of the article.
    float last = score[size_t(best)];
    const float threshold = last / 3;
    for (int p = effectiveParent(best); !isStop(p); p = effectiveParent(p)) {
        if (!(state[size_t(p)] & Candidate))
            continue;
        if (score[size_t(p)] < threshold)
            break;
        if (score[size_t(p)] > last) {
            best = p;
            break;
        }
        last = score[size_t(p)];
    }
    // An only child: its parent, so that the siblings below can join.
    for (int p = effectiveParent(best); !isStop(p) && childItems(p).size() == 1; p = effectiveParent(best))
        best = p;
    initialiseIfNeeded(best);
    return best;
}

void HtmlContentFinder::Private::joinSiblings(int top)
{
    const int body = dom.body();
    int parent;
    if (top < 0) {
        // No candidate: the whole body is the article.
        if (body < 0 || dom[body].end == body + 1)
            return;
        int lastChild = body + 1;
        for (int c = body + 1; c < dom[body].end; c = dom[c].end)
            lastChild = c;
        items.push_back({body + 1, lastChild});
        parent = body;
    } else {
        parent = effectiveParent(top);
        const float threshold = std::max(10.0f, score[size_t(top)] * 0.2f);
        const QString topClass = dom.attributeText(top, "class");
        static const QRegularExpression sentenceEnd(QStringLiteral("\\.( |$)"));
        for (int c : childItems(parent)) {
            const bool isRun = runOf[size_t(c)] >= 0;
            bool append = c == top;
            if (!append && !isRun && (state[size_t(c)] & Candidate)) {
                float bonus = 0;
                if (!topClass.isEmpty() && dom.attributeText(c, "class") == topClass)
                    bonus = score[size_t(top)] * 0.2f;
                append = score[size_t(c)] + bonus >= threshold;
            }
            const bool paragraphLike = isRun || (state[size_t(c)] & (AsParagraph | Collapsed)) ||
                (dom[c].tag == GUMBO_TAG_P && !(state[size_t(c)] & BrChain));
            if (!append && paragraphLike) {
                float linked = 0;
                const int length = textOfItem(c, &linked);
                const float density = length > 0 ? linked / float(length) : 0;
                if (length > 80 && density < 0.25f) {
                    append = true;
                } else if (length > 0 && length < 80 && linked == 0) {
                    QString itemText;
                    const int last = isRun ? runs[size_t(runOf[size_t(c)])].last : c;
                    for (int k = c;; k = dom[k].end) {
                        itemText += dom.plainText(k);
                        if (k == last)
                            break;
                    }
                    append = sentenceEnd.match(itemText.simplified()).hasMatch();
                }
            }
            if (!append)
                continue;
            const GumboTag tag = dom[c].tag;
            if (!isRun && !(state[size_t(c)] & AsParagraph) && tag != GUMBO_TAG_DIV &&
                tag != GUMBO_TAG_ARTICLE && tag != GUMBO_TAG_SECTION && tag != GUMBO_TAG_P &&
                tag != GUMBO_TAG_OL && tag != GUMBO_TAG_UL)
                state[size_t(c)] |= ActsAsDiv;
            items.push_back({c, isRun ? runs[size_t(runOf[size_t(c)])].last : c});
        }
    }
    // The text direction of the article's closest ancestor that sets one.
    std::vector<int> chain {parent};
    if (top >= 0)
        chain.push_back(top);
    for (int p = effectiveParent(parent); p >= 0; p = effectiveParent(p))
        chain.push_back(p);
    for (int p : chain) {
        if (dom[p].flags & HtmlDom::HasDir) {
            dir = dom.attributeText(p, "dir").toLower();
            break;
        }
    }
}

bool HtmlContentFinder::Private::isDetached(int node) const
{
    for (int k = node; k >= 0; k = dom[k].parent)
        if (cause[size_t(k)] != Cause::None)
            return true;
    return false;
}

int HtmlContentFinder::Private::contentLength() const
{
    int length = 0;
    for (const Item &item : items) {
        for (int c = item.first;; c = dom[c].end) {
            length += text[size_t(c)];
            if (c == item.last)
                break;
        }
    }
    return length;
}

void HtmlContentFinder::Private::markDataTables()
{
    // Bottom-up over the article: what each subtree holds, then each table's verdict.
    enum : quint8 { HasCaption = 1, HasDataPart = 2, HasTable = 4 };
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
        const int base = it->first;
        std::vector<quint8> holds(size_t(dom[it->last].end - base), 0);
        for (int j = dom[it->last].end - 1; j >= base; --j) {
            const HtmlDom::Node &n = dom[j];
            if (n.type != Type::Element || cause[size_t(j)] != Cause::None)
                continue;
            quint8 inside = 0;
            for (int c = j + 1; c < n.end; c = dom[c].end)
                inside |= holds[size_t(c - base)];
            holds[size_t(j - base)] = inside;
            switch (n.tag) {
            case GUMBO_TAG_CAPTION:
                holds[size_t(j - base)] |= n.end > j + 1 ? HasCaption : 0;
                break;
            case GUMBO_TAG_COL:
            case GUMBO_TAG_COLGROUP:
            case GUMBO_TAG_TFOOT:
            case GUMBO_TAG_THEAD:
            case GUMBO_TAG_TH:
                holds[size_t(j - base)] |= HasDataPart;
                break;
            case GUMBO_TAG_TABLE:
                holds[size_t(j - base)] |= HasTable;
                if (isDataTable(j, inside))
                    state[size_t(j)] |= DataTable;
                break;
            default:
                break;
            }
        }
    }
}

bool HtmlContentFinder::Private::isDataTable(int t, quint8 inside) const
{
    enum : quint8 { HasCaption = 1, HasDataPart = 2, HasTable = 4 };
    if (dom.attributeText(t, "role") == QLatin1StringView("presentation") ||
        dom.attributeText(t, "datatable") == QLatin1StringView("0"))
        return false;
    if (!dom.attributeText(t, "summary").isEmpty() || (inside & (HasCaption | HasDataPart)))
        return true;
    if (inside & HasTable)
        return false; // tables in tables lay out a page
    int rows = 0, columns = 0;
    for (int k = t + 1; k < dom[t].end; ++k) {
        if (!dom.isElement(k, GUMBO_TAG_TR))
            continue;
        rows += std::max(1, dom.attributeText(k, "rowspan").toInt());
        int inRow = 0;
        for (int c = k + 1; c < dom[k].end; ++c)
            if (dom.isElement(c, GUMBO_TAG_TD))
                inRow += std::max(1, dom.attributeText(c, "colspan").toInt());
        columns = std::max(columns, inRow);
    }
    if (columns == 1 || rows == 1)
        return false;
    if (rows >= 10 || columns > 4)
        return true;
    return rows * columns > 10;
}

void HtmlContentFinder::Private::cleanConditionally(const std::vector<int> &nodes, GumboTag as,
                                                    Cause fallback)
{
    if (!(flags & CleanConditionally) || nodes.empty())
        return;
    // Readability visits the nodes last to first, so a node is judged after
    // everything inside it: one bottom-up pass over the article does the same.
    auto next = nodes.rbegin();
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
        const int base = it->first;
        totals.assign(size_t(dom[it->last].end - base), Totals());
        for (int j = dom[it->last].end - 1; j >= base; --j) {
            const HtmlDom::Node &n = dom[j];
            Totals &t = totals[size_t(j - base)];
            const bool judged = next != nodes.rend() && *next == j;
            if (judged)
                ++next;
            if (cause[size_t(j)] != Cause::None)
                continue; // contributes nothing
            const int r = runOf[size_t(j)];
            if (n.type != Type::Element) {
                t.text = n.type == Type::Text ? n.chars : 0;
                t.commas = n.asciiCommas;
                t.textish = r >= 0 && t.text > 0;
                if (r >= 0 && runs[size_t(r)].first == j)
                    t.paragraphs = 1;
                continue;
            }
            for (int c = j + 1; c < n.end; c = dom[c].end)
                t.add(totals[size_t(c - base)]);
            if (judged && shouldRemove(j, as, t)) {
                cause[size_t(j)] = causeFromHints(j, fallback);
                t = Totals();
                continue;
            }
            const quint8 st = state[size_t(j)];
            const GumboTag tag = (st & AsParagraph) ? GUMBO_TAG_P : n.tag;
            switch (tag) {
            case GUMBO_TAG_P:
                t.paragraphs += (st & BrChain) ? 0 : 1;
                break;
            case GUMBO_TAG_IMG:
                ++t.images;
                break;
            case GUMBO_TAG_LI:
                ++t.listItems;
                break;
            case GUMBO_TAG_INPUT:
                ++t.inputs;
                break;
            case GUMBO_TAG_OBJECT:
            case GUMBO_TAG_EMBED:
            case GUMBO_TAG_IFRAME:
                ++t.embeds;
                t.video = t.video || (n.flags & HtmlDom::VideoEmbed);
                break;
            case GUMBO_TAG_TABLE:
                t.dataTable = t.dataTable || (st & DataTable);
                break;
            case GUMBO_TAG_A:
                t.link = float(t.text) * ((n.flags & HtmlDom::HashLink) ? 0.3f : 1.0f);
                break;
            case GUMBO_TAG_UL:
            case GUMBO_TAG_OL:
                t.listText += t.text;
                break;
            default:
                break;
            }
            if (HtmlDom::isHeading(tag))
                t.headingText = t.text;
            if (t.text > 0 && ((isTextishTag(tag) && !(st & Collapsed)) || r >= 0))
                t.textish = true;
            if (r >= 0 && runs[size_t(r)].first == j)
                ++t.paragraphs;
        }
    }
}

bool HtmlContentFinder::Private::shouldRemove(int node, GumboTag as, const Totals &s) const
{
    bool isList = as == GUMBO_TAG_UL;
    if (!isList)
        isList = s.text > 0 && float(s.listText) / float(s.text) > 0.9f;
    if (as == GUMBO_TAG_TABLE && (state[size_t(node)] & DataTable))
        return false;
    if (hasAncestorTag(node, GUMBO_TAG_TABLE, -1, true) || hasAncestorTag(node, GUMBO_TAG_CODE, 3))
        return false;
    if (s.dataTable)
        return false;
    const float weight = classWeight(node);
    if (weight < 0)
        return true;
    if (s.commas >= 10 || s.video)
        return false;
    if (s.text < 40 && dom[node].end - node < 64) {
        // Nothing but an ad label or a loading notice.
        static const QRegularExpression adOrLoading(
            QStringLiteral("^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|"
                           "(loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$"),
            QRegularExpression::CaseInsensitiveOption);
        if (adOrLoading.match(dom.plainText(node).simplified()).hasMatch())
            return true;
    }
    const int p = s.paragraphs;
    const int img = s.images;
    const int li = s.listItems - 100;
    const float headingDensity = s.text > 0 ? float(s.headingText) / float(s.text) : 0;
    const float linkDensity = s.text > 0 ? s.link / float(s.text) : 0;
    const bool figureChild = hasAncestorTag(node, GUMBO_TAG_FIGURE, 3);
    const bool remove = (!figureChild && img > 1 && float(p) / float(img) < 0.5f) || (!isList && li > p) ||
        (s.inputs > p / 3) ||
        (!isList && !figureChild && headingDensity < 0.9f && s.text < 25 && (img == 0 || img > 2) &&
         linkDensity > 0) ||
        (!isList && weight < 25 && linkDensity > 0.2f) || (weight >= 25 && linkDensity > 0.5f) ||
        ((s.embeds == 1 && s.text < 75) || s.embeds > 1) || (img == 0 && !s.textish);
    if (isList && remove) {
        // A list of images, one per item, stays.
        for (int c = node + 1; c < dom[node].end; c = dom[c].end) {
            if (dom[c].type != Type::Element || cause[size_t(c)] != Cause::None)
                continue;
            int grandchildren = 0;
            for (int g = c + 1; g < dom[c].end; g = dom[g].end)
                if (dom[g].type == Type::Element && cause[size_t(g)] == Cause::None)
                    ++grandchildren;
            if (grandchildren > 1)
                return true;
        }
        if (img == s.listItems)
            return false;
    }
    return remove;
}

void HtmlContentFinder::Private::prepare()
{
    // The content's elements by tag, in document order.
    std::vector<int> forms, fieldsets, objects, embeds, footers, links, asides, iframes, inputs, textareas,
        selects, buttons, headers, tables, lists, divs;
    for (const Item &item : items) {
        const int end = dom[item.last].end;
        for (int k = item.first; k < end;) {
            const HtmlDom::Node &n = dom[k];
            if (cause[size_t(k)] != Cause::None) {
                k = n.end;
                continue;
            }
            if (n.type == Type::Element) {
                const quint8 st = state[size_t(k)];
                switch (n.tag) {
                case GUMBO_TAG_FORM:
                    forms.push_back(k);
                    break;
                case GUMBO_TAG_FIELDSET:
                    fieldsets.push_back(k);
                    break;
                case GUMBO_TAG_OBJECT:
                    objects.push_back(k);
                    break;
                case GUMBO_TAG_EMBED:
                    embeds.push_back(k);
                    break;
                case GUMBO_TAG_FOOTER:
                    footers.push_back(k);
                    break;
                case GUMBO_TAG_LINK:
                    links.push_back(k);
                    break;
                case GUMBO_TAG_ASIDE:
                    asides.push_back(k);
                    break;
                case GUMBO_TAG_IFRAME:
                    iframes.push_back(k);
                    break;
                case GUMBO_TAG_INPUT:
                    inputs.push_back(k);
                    break;
                case GUMBO_TAG_TEXTAREA:
                    textareas.push_back(k);
                    break;
                case GUMBO_TAG_SELECT:
                    selects.push_back(k);
                    break;
                case GUMBO_TAG_BUTTON:
                    buttons.push_back(k);
                    break;
                case GUMBO_TAG_H1:
                case GUMBO_TAG_H2:
                    headers.push_back(k);
                    break;
                case GUMBO_TAG_TABLE:
                    tables.push_back(k);
                    break;
                case GUMBO_TAG_UL:
                    lists.push_back(k);
                    break;
                default:
                    break;
                }
                const bool divLike = (n.tag == GUMBO_TAG_DIV && !(st & (AsParagraph | Collapsed))) ||
                    (n.tag == GUMBO_TAG_P && (st & BrChain)) || (st & ActsAsDiv);
                if (divLike)
                    divs.push_back(k);
            }
            ++k;
        }
    }
    auto clean = [&](const std::vector<int> &nodes, Cause c, bool keepVideos) {
        for (int k : nodes) {
            if (isDetached(k) || (keepVideos && (dom[k].flags & HtmlDom::VideoEmbed)))
                continue;
            cause[size_t(k)] = c == Cause::Aside || c == Cause::PageFooter ? causeFromHints(k, c) : c;
        }
    };
    markDataTables();
    cleanConditionally(forms, GUMBO_TAG_FORM, Cause::Form);
    cleanConditionally(fieldsets, GUMBO_TAG_FIELDSET, Cause::Form);
    clean(objects, Cause::Ignored, true);
    clean(embeds, Cause::Ignored, true);
    clean(footers, Cause::PageFooter, false);
    clean(links, Cause::Ignored, false);
    clean(asides, Cause::Aside, false);

    // Share buttons inside the article, but never an item itself.
    for (const Item &item : items) {
        const bool element =
            item.first == item.last && runOf[size_t(item.first)] < 0 && dom[item.first].type == Type::Element;
        const int end = dom[item.last].end;
        for (int k = element ? item.first + 1 : item.first; k < end;) {
            const HtmlDom::Node &n = dom[k];
            if (cause[size_t(k)] != Cause::None) {
                k = n.end;
                continue;
            }
            if (n.type == Type::Element && ((n.classHints | n.idHints) & HtmlHints::ShareWord) &&
                dom.rawTextLength(k) < CharThresholdForShare) {
                cause[size_t(k)] = Cause::ShareBar;
                k = n.end;
                continue;
            }
            ++k;
        }
    }

    clean(iframes, Cause::Ignored, true);
    clean(inputs, Cause::Ignored, false);
    clean(textareas, Cause::Form, false);
    clean(selects, Cause::Form, false);
    clean(buttons, Cause::Form, false);
    for (int h : headers)
        if (!isDetached(h) && classWeight(h) < 0)
            cause[size_t(h)] = causeFromHints(h, Cause::Boilerplate);
    cleanConditionally(tables, GUMBO_TAG_TABLE, Cause::Boilerplate);
    cleanConditionally(lists, GUMBO_TAG_UL, Cause::Boilerplate);
    cleanConditionally(divs, GUMBO_TAG_DIV, Cause::Boilerplate);
    aggregate();
}

} // namespace Gloss
