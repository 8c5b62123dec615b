// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/htmldom.h"

#include "article/htmlhints.h"

#include <cstring>

namespace Gloss {

namespace {
bool equalsNoCase(const char *a, const char *lowerB)
{
    for (; *a && *lowerB; ++a, ++lowerB) {
        const char c = (*a >= 'A' && *a <= 'Z') ? char(*a + 32) : *a;
        if (c != *lowerB)
            return false;
    }
    return *a == *lowerB;
}

bool containsNoCase(const char *haystack, const char *lowerNeedle)
{
    const size_t n = std::strlen(lowerNeedle);
    for (const char *p = haystack; *p; ++p) {
        size_t k = 0;
        while (k < n && p[k] && ((p[k] >= 'A' && p[k] <= 'Z') ? char(p[k] + 32) : p[k]) == lowerNeedle[k])
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

// Inline CSS that hides the element; spaces are ignored ("display: none").
bool styleHides(const char *style)
{
    char compact[256];
    size_t n = 0;
    for (const char *p = style; *p && n + 1 < sizeof compact; ++p) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
            continue;
        compact[n++] = (*p >= 'A' && *p <= 'Z') ? char(*p + 32) : *p;
    }
    compact[n] = '\0';
    return std::strstr(compact, "display:none") || std::strstr(compact, "visibility:hidden");
}

bool namesVideoHost(const char *value)
{
    static constexpr const char *Hosts[] = {"//www.dailymotion.com",
                                            "//dailymotion.com",
                                            "//www.youtube.com",
                                            "//youtube.com",
                                            "//www.youtube-nocookie.com",
                                            "//youtube-nocookie.com",
                                            "//player.vimeo.com",
                                            "//v.qq.com",
                                            "//archive.org",
                                            "//www.archive.org",
                                            "//upload.wikimedia.org",
                                            "//player.twitch.tv"};
    for (const char *host : Hosts)
        if (containsNoCase(value, host))
            return true;
    return false;
}

bool isAsciiSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

void countText(const char *text, HtmlDom::Node &node)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text);
    bool inSpace = false;
    while (*p) {
        const unsigned char c = *p;
        // White space as JavaScript's \s sees it: ASCII, no-break and ideographic spaces.
        const int space = isAsciiSpace(c)                 ? 1
            : (c == 0xC2 && p[1] == 0xA0)                 ? 2
            : (c == 0xE3 && p[1] == 0x80 && p[2] == 0x80) ? 3
                                                          : 0;
        if (space) {
            if (!inSpace)
                ++node.chars;
            inSpace = true;
            p += space;
            continue;
        }
        inSpace = false;
        if (c < 0x80) {
            ++node.chars;
            if (c == ',') {
                ++node.commas;
                ++node.asciiCommas;
            }
            ++p;
            continue;
        }
        if ((c & 0xC0) != 0x80)
            ++node.chars;
        // Commas of other scripts: U+060C, U+FE50, U+FE10, U+FE11, U+2E41, U+2E34, U+2E32, U+FF0C.
        if ((c == 0xD8 && p[1] == 0x8C) ||
            (c == 0xEF &&
             ((p[1] == 0xB9 && p[2] == 0x90) || (p[1] == 0xB8 && (p[2] == 0x90 || p[2] == 0x91)) ||
              (p[1] == 0xBC && p[2] == 0x8C))) ||
            (c == 0xE2 &&
             ((p[1] == 0xB9 && p[2] == 0x81) || (p[1] == 0xB8 && (p[2] == 0xB4 || p[2] == 0xB2)))))
            ++node.commas;
        ++p;
    }
}

void appendCollapsed(QString &out, const QString &text, bool &pendingSpace)
{
    for (QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty() && !out.endsWith(u'\n'))
            out += u' ';
        pendingSpace = false;
        out += c;
    }
}
} // namespace

HtmlDom::HtmlDom(const QByteArray &utf8)
    : m_options(kGumboDefaultOptions)
{
    m_options.max_errors = 0; // errors are not used; recording them costs time
    m_output = gumbo_parse_with_options(&m_options, utf8.constData(), size_t(utf8.size()));
    m_nodes.reserve(size_t(utf8.size() / 40 + 16));
    flatten(m_output->root);
    m_html = 0;
    for (int c = 1; c < size(); c = m_nodes[size_t(c)].end) {
        if (isElement(c, GUMBO_TAG_HEAD) && m_head < 0)
            m_head = c;
        else if (isElement(c, GUMBO_TAG_BODY) && m_body < 0)
            m_body = c;
    }
}

HtmlDom::~HtmlDom()
{
    gumbo_destroy_output(&m_options, m_output);
}

// One element and what its attributes say about it (hints from class and
// id, hidden, roles, author links, video embeds).
int HtmlDom::addElement(const GumboNode *g, int parent)
{
    Node n;
    n.gumbo = g;
    n.parent = parent;
    n.tag = g->v.element.tag;
    bool ariaHidden = false;
    bool dialogRole = false;
    bool ariaModal = false;
    const GumboVector &attrs = g->v.element.attributes;
    for (unsigned a = 0; a < attrs.length; ++a) {
        const auto *attr = static_cast<const GumboAttribute *>(attrs.data[a]);
        const char *name = attr->name;
        const char *value = attr->value;
        switch (name[0]) {
        case 'c':
            if (!std::strcmp(name, "class"))
                n.classHints = HtmlHints::of(value);
            break;
        case 'i':
            if (!std::strcmp(name, "id"))
                n.idHints = HtmlHints::of(value);
            else if (!std::strcmp(name, "itemprop")) {
                if (containsNoCase(value, "author"))
                    n.flags |= AuthorLink;
                if (containsNoCase(value, "name"))
                    n.flags |= ItempropName;
            }
            break;
        case 's':
            if (!std::strcmp(name, "style") && styleHides(value))
                n.flags |= Hidden;
            break;
        case 'h':
            if (!std::strcmp(name, "hidden"))
                n.flags |= Hidden;
            else if (!std::strcmp(name, "href") && value[0] == '#' && value[1])
                n.flags |= HashLink;
            break;
        case 'a':
            if (!std::strcmp(name, "aria-hidden"))
                ariaHidden = equalsNoCase(value, "true");
            else if (!std::strcmp(name, "aria-modal"))
                ariaModal = equalsNoCase(value, "true");
            break;
        case 'r':
            if (!std::strcmp(name, "role")) {
                if (equalsNoCase(value, "menu") || equalsNoCase(value, "menubar") ||
                    equalsNoCase(value, "navigation"))
                    n.flags |= RoleNavigation;
                else if (equalsNoCase(value, "complementary"))
                    n.flags |= RoleComplementary;
                else if (equalsNoCase(value, "alert") || equalsNoCase(value, "alertdialog") ||
                         equalsNoCase(value, "dialog"))
                    n.flags |= RoleAlert;
                dialogRole = equalsNoCase(value, "dialog");
            } else if (!std::strcmp(name, "rel") && equalsNoCase(value, "author")) {
                n.flags |= AuthorLink;
            }
            break;
        case 'd':
            if (!std::strcmp(name, "dir"))
                n.flags |= HasDir;
            break;
        default:
            break;
        }
        if ((n.tag == GUMBO_TAG_IFRAME || n.tag == GUMBO_TAG_EMBED || n.tag == GUMBO_TAG_OBJECT) &&
            namesVideoHost(value))
            n.flags |= VideoEmbed;
    }
    if (ariaHidden && !(n.classHints & HtmlHints::FallbackImage))
        n.flags |= Hidden;
    if (ariaModal && dialogRole)
        n.flags |= ModalDialog;
    if (n.tag == GUMBO_TAG_BR && parent >= 0)
        m_nodes[size_t(parent)].flags |= HasBrChild;
    m_nodes.push_back(n);
    return int(m_nodes.size()) - 1;
}

void HtmlDom::flatten(const GumboNode *root)
{
    struct Frame {
        const GumboNode *node;
        unsigned next;
        int index;
    };
    std::vector<Frame> stack;
    stack.push_back({root, 0, addElement(root, -1)});
    while (!stack.empty()) {
        Frame &top = stack.back();
        const GumboVector &children = top.node->v.element.children;
        const bool descend = top.node->type == GUMBO_NODE_ELEMENT;
        if (!descend || top.next >= children.length) {
            m_nodes[size_t(top.index)].end = size();
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[top.next++]);
        const int parent = top.index;
        switch (child->type) {
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            const int index = addElement(child, parent);
            stack.push_back({child, 0, index});
            break;
        }
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE: {
            Node n;
            n.gumbo = child;
            n.parent = parent;
            n.type = child->type == GUMBO_NODE_WHITESPACE ? Type::Whitespace : Type::Text;
            if (n.type == Type::Whitespace)
                n.chars = 1;
            else
                countText(child->v.text.text, n);
            n.end = size() + 1;
            m_nodes.push_back(n);
            break;
        }
        default:
            break; // comments, the document
        }
    }
}

const char *HtmlDom::attribute(int i, const char *name) const
{
    const Node &n = m_nodes[size_t(i)];
    if (n.type != Type::Element)
        return nullptr;
    const GumboAttribute *a = gumbo_get_attribute(&n.gumbo->v.element.attributes, name);
    return a ? a->value : nullptr;
}

QString HtmlDom::attributeText(int i, const char *name) const
{
    const char *value = attribute(i, name);
    return value ? QString::fromUtf8(value).trimmed() : QString();
}

QString HtmlDom::text(int i) const
{
    const Node &n = m_nodes[size_t(i)];
    return n.type == Type::Element ? QString() : QString::fromUtf8(n.gumbo->v.text.text);
}

bool HtmlDom::isIgnored(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_MAP:
        return true;
    default:
        return false;
    }
}

bool HtmlDom::isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_HTML:
        return true;
    default:
        return false;
    }
}

QString HtmlDom::plainText(int i, quint32 skipHints) const
{
    QString out;
    bool pendingSpace = false;
    auto newline = [&] {
        pendingSpace = false;
        if (!out.isEmpty() && !out.endsWith(u'\n'))
            out += u'\n';
    };
    std::vector<int> closeAt;
    const int end = m_nodes[size_t(i)].end;
    for (int j = i; j < end;) {
        while (!closeAt.empty() && j >= closeAt.back()) {
            newline();
            closeAt.pop_back();
        }
        const Node &n = m_nodes[size_t(j)];
        if (n.type != Type::Element) {
            appendCollapsed(out, text(j), pendingSpace);
            ++j;
            continue;
        }
        if (isIgnored(n.tag) && j != i) {
            // A form control stands between words ("Email [ ] Password [ ]").
            pendingSpace = true;
            j = n.end;
            continue;
        }
        if (((n.classHints | n.idHints) & skipHints) && j != i) {
            j = n.end;
            continue;
        }
        if (n.tag == GUMBO_TAG_BR || isBlock(n.tag))
            newline();
        if (isBlock(n.tag))
            closeAt.push_back(n.end);
        ++j;
    }
    while (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}

int HtmlDom::rawTextLength(int i) const
{
    int length = 0;
    const int end = m_nodes[size_t(i)].end;
    for (int j = i; j < end;) {
        const Node &n = m_nodes[size_t(j)];
        if (n.type == Type::Element) {
            j = isIgnored(n.tag) && j != i ? n.end : j + 1;
            continue;
        }
        for (const char *p = n.gumbo->v.text.text; *p; ++p)
            if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80)
                ++length;
        ++j;
    }
    return length;
}

} // namespace Gloss
