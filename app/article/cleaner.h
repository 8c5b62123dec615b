// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/article.h"

#include <QByteArray>
#include <QUrl>

namespace Gloss::Cleaner {

/// The largest input the cleaners accept.
constexpr qint64 MaxInputBytes = 50LL * 1024 * 1024;

/// Decodes raw bytes (BOM, UTF-8, else Windows-1252) into text.
QString decode(const QByteArray &bytes);

/// True when the bytes look like an HTML document rather than plain text.
bool looksLikeHtml(const QByteArray &bytes);

/// Cleans raw input into an Article, picking the cleaner that fits the
/// input. `fileName` only helps to tell HTML from text; `pageUrl`, when the
/// page was fetched, resolves its relative links and is its URL unless the
/// page names a canonical one.
Result<Article> clean(const QByteArray &bytes, const QString &fileName = {}, const QUrl &pageUrl = {});

} // namespace Gloss::Cleaner
