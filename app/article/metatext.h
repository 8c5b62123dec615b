// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// Article metadata written as text, shared by the cleaners: the authors in
/// a byline, the site a URL belongs to, and dates in ISO 8601.
namespace Gloss::MetaText {

/// "By Jane Doe and John Roe" -> {"Jane Doe", "John Roe"}; parts that are
/// links, e-mail addresses or dates are not authors.
QStringList splitAuthors(QString byline);

/// A byline as written, without the date, time or "• 8h" a page puts beside
/// the names: "By Jane Doe | May 20, 2019, 1:39 PM ET" -> "By Jane Doe".
QString cleanByline(QString byline);

/// The registrable domain of a URL: "https://p.dw.com/p/1" -> "dw.com".
QString siteOf(const QString &url);

/// A date or date-time in ISO 8601 ("2016-03-24", "2024-02-03T10:15:00+01:00"),
/// read from ISO, RFC 2822, Unix time or written dates ("March 24, 2016");
/// the time zone is kept when given. Empty when `value` holds no date.
QString isoDate(const QString &value);

} // namespace Gloss::MetaText
