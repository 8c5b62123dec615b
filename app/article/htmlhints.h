// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// What an element's class or id says about it ("sidebar", "share-bar",
/// "article-body"), as bits. The words are Readability's (so its scoring can
/// be followed) plus the names sites give their newsletter, cookie, comment,
/// related-links and author-bio boxes, which name the reason a box was left
/// out. Matching is by substring, or by whole word for short words ("ad",
/// "nav"), on the lower-cased attribute, in one pass over its characters.
namespace Gloss::HtmlHints {

enum Hint : quint32 {
    Unlikely = 1u << 0, // Readability: unlikely to hold the article
    MaybeCandidate = 1u << 1, // Readability: ... unless it also says this
    Positive = 1u << 2, // Readability: +25
    Negative = 1u << 3, // Readability: -25
    Byline = 1u << 4,
    ShareWord = 1u << 5, // "share" as a word
    Navigation = 1u << 6,
    PageHeader = 1u << 7,
    PageFooter = 1u << 8,
    ShareBar = 1u << 9,
    Advertisement = 1u << 10,
    Related = 1u << 11,
    Comments = 1u << 12,
    Cookie = 1u << 13,
    Newsletter = 1u << 14,
    AuthorBio = 1u << 15,
    ReadMore = 1u << 16,
    Sidebar = 1u << 17,
    Caption = 1u << 18,
    Credit = 1u << 19,
    PullQuote = 1u << 20,
    FallbackImage = 1u << 21, // wikimedia's math images: visible although aria-hidden
    Dialog = 1u << 22, // modal boxes over the page
    ScreenReaderOnly = 1u << 23, // text only screen readers get ("visually-hidden")
};

/// The hints in a class or id attribute value (null or empty: none).
quint32 of(const char *value);

} // namespace Gloss::HtmlHints
