// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Gloss::MarkdownText {

/// A note written in Markdown as a reader sees it, in plain text: emphasis
/// and links without their marks, list items on their own lines. Raw HTML in
/// the note stays text.
QString toPlainText(const QString &markdown);

/// The same on one line (for a list cell or a status message).
QString toOneLine(const QString &markdown);

/// A note written in Markdown as HTML for an export: paragraphs, headings,
/// bold, italic, code, lists, block quotes and links. Everything in it comes
/// from Gloss: raw HTML in the note is shown as text, and links keep only
/// http, https and mailto addresses, so no markup or script of the note's
/// author ever reaches the exported page.
QString toSafeHtml(const QString &markdown);

} // namespace Gloss::MarkdownText
