// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <gumbo.h>
#include <vector>

namespace Gloss {

/// A parsed HTML page as a flat array of nodes in document order, over
/// gumbo's tree. A node's subtree is the index range [i + 1, end), so
/// descendants, children and ancestors are found without recursion and the
/// cleaner's scores and flags live in plain arrays beside the nodes. Text
/// nodes carry the counts scoring needs (length, commas), taken once while
/// flattening; class and id attributes are read into HtmlHints bits.
/// Comments and the inside of <template> are left out.
class HtmlDom final
{
public:
    enum class Type : quint8 { Element, Text, Whitespace };
    enum Flag : quint16 {
        Hidden = 1 << 0, // style display:none or visibility:hidden, hidden, aria-hidden
        ModalDialog = 1 << 1, // aria-modal="true" with role="dialog"
        RoleNavigation = 1 << 2, // role menu, menubar or navigation
        RoleComplementary = 1 << 3,
        RoleAlert = 1 << 4, // role alert, alertdialog or dialog
        AuthorLink = 1 << 5, // rel="author" or itemprop="author"
        ItempropName = 1 << 6,
        HasBrChild = 1 << 7,
        HashLink = 1 << 8, // <a href="#...">
        VideoEmbed = 1 << 9, // an embed from a known video host
        HasDir = 1 << 10,
    };
    struct Node {
        const GumboNode *gumbo = nullptr;
        int parent = -1;
        int end = 0; // one past the last node of the subtree
        GumboTag tag = GUMBO_TAG_UNKNOWN;
        Type type = Type::Element;
        quint16 flags = 0;
        quint32 classHints = 0;
        quint32 idHints = 0;
        int chars = 0; // text: length, each run of white space counted once
        int commas = 0; // text: commas of any script (Readability's scoring)
        int asciiCommas = 0;
    };

    /// Parses `utf8` (see HtmlPrescan for what to strip first).
    explicit HtmlDom(const QByteArray &utf8);
    ~HtmlDom();
    Q_DISABLE_COPY_MOVE(HtmlDom)

    const std::vector<Node> &nodes() const { return m_nodes; }
    const Node &operator[](int i) const { return m_nodes[size_t(i)]; }
    int size() const { return int(m_nodes.size()); }
    int html() const { return m_html; }
    int head() const { return m_head; }
    int body() const { return m_body; }

    bool isElement(int i, GumboTag tag) const
    {
        return m_nodes[size_t(i)].type == Type::Element && m_nodes[size_t(i)].tag == tag;
    }
    /// An attribute's value, null when absent.
    const char *attribute(int i, const char *name) const;
    QString attributeText(int i, const char *name) const;
    /// A text node's text as the page has it.
    QString text(int i) const;
    /// The text of a subtree: white space collapsed, block elements on lines of
    /// their own; scripts, styles and form controls left out, and elements whose
    /// class or id has any of `skipHints` (HtmlHints).
    QString plainText(int i, quint32 skipHints = 0) const;
    /// textContent length of a subtree, trimmed (no collapsing): cheap to count.
    int rawTextLength(int i) const;

    static bool isHeading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }
    /// Elements whose content never becomes text (scripts, styles, controls).
    static bool isIgnored(GumboTag tag);
    /// Elements that break a line of text (paragraphs, lists, containers).
    static bool isBlock(GumboTag tag);

private:
    void flatten(const GumboNode *root);
    int addElement(const GumboNode *g, int parent);

    GumboOptions m_options;
    GumboOutput *m_output = nullptr;
    std::vector<Node> m_nodes;
    int m_html = -1;
    int m_head = -1;
    int m_body = -1;
};

} // namespace Gloss
