// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

/// Readies UTF-8 HTML for gumbo in one pass over the bytes, before parsing.
///
/// Scripts (all but JSON-LD), style sheets and comments are dropped: their
/// text never reaches an article, and on news pages they are about half the
/// bytes and most of the parser's time. Elements nested deeper than
/// `maxDepth` lose their tags but keep their text: the parser checks its
/// stack of open elements for every tag, so 100,000 nested <div>s would take
/// quadratic time and recurse that deep when the tree is freed.
namespace Gloss::HtmlPrescan {

struct Output {
    QByteArray html;
    bool nestingLimited = false; // tags were dropped to bound the nesting
};

Output prepare(const QByteArray &utf8, int maxDepth);

} // namespace Gloss::HtmlPrescan
