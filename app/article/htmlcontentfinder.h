// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Gloss {

class HtmlDom;

/// Finds the article in a page, following Mozilla Readability's
/// grabArticle: hidden and unlikely boxes are set aside, paragraphs score
/// their ancestors by length and commas, the best-scoring ancestor (scaled
/// by its link density) and its related siblings become the article, and
/// forms, share bars, link lists and other "fishy" boxes are cleaned out of
/// it; with less than 500 characters it tries again with fewer rules.
///
/// Readability edits the DOM as it goes; this works on HtmlDom's flat arrays
/// instead and never changes the tree: a removed subtree is only marked with
/// the cause (so its text can be kept as a removed block), a <div> read as a
/// paragraph is flagged, and text a <div> holds loose becomes a "run" of
/// sibling nodes read as one paragraph.
class HtmlContentFinder final
{
public:
    enum class Cause : quint8 {
        None,
        Ignored,
        Empty,
        Hidden,
        Dialog,
        Byline,
        Title,
        Navigation,
        PageHeader,
        PageFooter,
        Aside,
        Form,
        ShareBar,
        Advertisement,
        RelatedLinks,
        Comments,
        CookieNotice,
        NewsletterBox,
        AuthorBio,
        ReadMore,
        Boilerplate,
        PullQuote,
        OutsideArticle
    };
    /// The RemovalReason of a cause (empty for None, Ignored and Empty).
    static QString reasonName(Cause cause);

    /// A piece of the article: the sibling nodes first..last (one element,
    /// or a run of inline nodes) and their subtrees.
    struct Item {
        int first;
        int last;
    };

    HtmlContentFinder(const HtmlDom &dom, const QString &title, bool haveByline);
    ~HtmlContentFinder();
    Q_DISABLE_COPY_MOVE(HtmlContentFinder)

    void run();
    /// Makes `node` the whole article instead (the cleaner found the page's
    /// own copy of the text elsewhere); hidden and ignored parts stay out,
    /// and the boxes inside it are taken out again.
    void retarget(int node);

    const std::vector<Item> &items() const;
    /// Why a node was left out of the article; None when it was not.
    Cause cause(int node) const;
    /// Marks a node as left out (the cleaner's own rules, after run()).
    void remove(int node, Cause cause);
    /// The byline found in the page when the metadata had none.
    QString byline() const;
    /// The text direction set on the article or its ancestors.
    QString dir() const;
    /// A <table> in the article that holds data rather than layout.
    bool isDataTable(int node) const;
    /// The cause an element's class and id suggest, or `fallback`.
    Cause causeFromHints(int node, Cause fallback) const;

private:
    struct Private;
    Private *d;
};

} // namespace Gloss
