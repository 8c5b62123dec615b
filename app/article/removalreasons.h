// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/// Machine-readable reasons a cleaner gives for text it took out of the
/// article, each with the label the reader shows (translated). This is the
/// one list of them: a new reason is added here and nowhere else.
namespace Gloss::RemovalReason {
// Text dumps and HTML.
inline const QString Navigation = QStringLiteral("navigation");
inline const QString ShortLink = QStringLiteral("short-link");
inline const QString AgencySignOff = QStringLiteral("agency-sign-off");
// HTML: page chrome around the article.
inline const QString PageHeader = QStringLiteral("page-header");
inline const QString PageFooter = QStringLiteral("page-footer");
inline const QString Aside = QStringLiteral("aside");
inline const QString Form = QStringLiteral("form");
inline const QString OutsideArticle = QStringLiteral("outside-article");
// HTML: boxes inside or beside the article that are not part of the story.
inline const QString ShareBar = QStringLiteral("share-bar");
inline const QString Advertisement = QStringLiteral("ad");
inline const QString RelatedLinks = QStringLiteral("related-links");
inline const QString Comments = QStringLiteral("comments");
inline const QString CookieNotice = QStringLiteral("cookie-notice");
inline const QString NewsletterBox = QStringLiteral("newsletter");
inline const QString AuthorBio = QStringLiteral("author-bio");
inline const QString ReadMore = QStringLiteral("read-more");
inline const QString PullQuote = QStringLiteral("pull-quote");
inline const QString Boilerplate = QStringLiteral("boilerplate"); // link lists, widgets, empty shells
inline const QString ImageCredit = QStringLiteral("image-credit"); // of an image without a caption
// HTML: lines of the publisher's own inside the article's container (BoilerplateRules).
inline const QString MoreStories = QStringLiteral("more-stories"); // headlines of other articles
inline const QString RepeatedWidget = QStringLiteral("repeated-widget");
inline const QString Shortcode = QStringLiteral("shortcode");
inline const QString PageAddress = QStringLiteral("page-address");
inline const QString Subscription = QStringLiteral("subscription");
inline const QString TagList = QStringLiteral("tags");
inline const QString Copyright = QStringLiteral("copyright");
inline const QString Contact = QStringLiteral("contact");
inline const QString Citation = QStringLiteral("citation");
inline const QString AboutPublisher = QStringLiteral("about-publisher");
inline const QString Disclaimer = QStringLiteral("disclaimer");
// HTML: text that became metadata or that the page never shows.
inline const QString Title = QStringLiteral("title");
inline const QString Byline = QStringLiteral("byline");
inline const QString Dateline = QStringLiteral("dateline");
inline const QString Hidden = QStringLiteral("hidden");
inline const QString Dialog = QStringLiteral("dialog");

/// A reason's code and its label for the reader.
struct Description {
    QString code;
    QString label; // translated
};
/// Every reason, in the order above, labelled in the current language.
QList<Description> all();
/// The translated label of `code`; the code itself when it is unknown.
QString label(const QString &code);
} // namespace Gloss::RemovalReason
