// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

/// Finds the character set of an HTML page and decodes it to UTF-8, the only
/// encoding gumbo reads. The order follows the HTML standard's sniffing: a
/// byte order mark, then a declaration (`<meta charset>`, `<meta http-equiv=
/// "Content-Type">`, an XML declaration), then a guess from the bytes. Pages
/// saved by a browser often keep a legacy declaration over UTF-8 bytes, so
/// valid multi-byte UTF-8 wins over a declared single-byte set; a page that
/// mixes UTF-8 with stray Windows-1252 bytes keeps both readable.
namespace Gloss::HtmlCharset {

/// The encoding the page declares, lower-case and mapped to the name the
/// decoders know ("iso-8859-1" -> "windows-1252"); empty when none.
QByteArray declared(const QByteArray &html);

/// True when every byte sequence is well-formed UTF-8.
bool isValidUtf8(const char *data, qsizetype size);

/// The page as UTF-8, without a byte order mark.
QByteArray toUtf8(const QByteArray &html);

} // namespace Gloss::HtmlCharset
