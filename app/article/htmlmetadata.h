// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Gloss {

class HtmlDom;

/// What a page says about its article outside the article text: schema.org
/// JSON-LD (`headline`, `author`, `datePublished`, `dateModified`,
/// `articleBody`, ...), OpenGraph, Dublin Core, Twitter and Parse.ly meta
/// tags, <title>, <link rel=canonical>, <base> and <html lang|dir>. The
/// sources are tried in the order Mozilla Readability tries them, so the two
/// agree on a page's title and byline; Readability's clean-up of <title>
/// ("Headline | Site" -> "Headline") is followed as well.
struct HtmlMetadata {
    QString title; // the headline
    QString documentTitle; // <title> as written
    QString byline; // the author(s) as one string, from metadata only
    QStringList authors; // one per author, when the metadata lists them
    QString published; // as written; MetaText::isoDate reads it
    QString modified;
    QString siteName;
    QString url; // canonical URL, absolute
    QString lang; // as written ("en-GB")
    QString dir; // "rtl" or "ltr" when the page says so
    QString excerpt;
    QString leadImage; // absolute URL
    QString articleBody; // JSON-LD articleBody: the article's text, when the page gives it
    QUrl baseUrl; // what relative links resolve against; empty when unknown

    static HtmlMetadata read(const HtmlDom &dom, const QUrl &pageUrl = {});

    /// Readability's text similarity: 1 when every word of `b` is in `a`.
    static double textSimilarity(const QString &a, const QString &b);
    /// `href` resolved against `base`; `href` itself when it cannot be resolved.
    static QString resolve(const QUrl &base, const QString &href);
};

} // namespace Gloss
