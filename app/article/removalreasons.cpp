// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/removalreasons.h"

#include <QCoreApplication>

namespace Gloss::RemovalReason {

namespace {
struct Entry {
    const QString &code;
    const char *label;
};

const Entry entries[] = {
    {Navigation, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Navigation")},
    {ShortLink, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Short link")},
    {AgencySignOff, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Agency sign-off")},
    {PageHeader, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Page header")},
    {PageFooter, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Page footer")},
    {Aside, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Aside")},
    {Form, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Form")},
    {OutsideArticle, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Outside the article")},
    {ShareBar, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Share buttons")},
    {Advertisement, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Advertisement")},
    {RelatedLinks, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Related links")},
    {Comments, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Comments")},
    {CookieNotice, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Cookie notice")},
    {NewsletterBox, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Newsletter box")},
    {AuthorBio, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Author biography")},
    {ReadMore, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "“Read more” teaser")},
    {PullQuote, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Repeated pull quote")},
    {Boilerplate, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Boilerplate")},
    {ImageCredit, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Image credit")},
    {MoreStories, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Other stories")},
    {RepeatedWidget, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Repeated widget")},
    {Shortcode, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Shortcode remnant")},
    {PageAddress, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Page address")},
    {Subscription, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Subscription prompt")},
    {TagList, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Tag list")},
    {Copyright, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Copyright notice")},
    {Contact, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Contact details")},
    {Citation, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Citation note")},
    {AboutPublisher, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "About the publisher")},
    {Disclaimer, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Publisher's note")},
    {Title, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Repeated title")},
    {Byline, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Byline")},
    {Dateline, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Date line")},
    {Hidden, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Hidden text")},
    {Dialog, QT_TRANSLATE_NOOP("Gloss::RemovalReason", "Dialog")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("Gloss::RemovalReason", text);
}
} // namespace

QList<Description> all()
{
    QList<Description> list;
    list.reserve(std::size(entries));
    for (const Entry &e : entries)
        list.append({e.code, translated(e.label)});
    return list;
}

QString label(const QString &code)
{
    for (const Entry &e : entries)
        if (e.code == code)
            return translated(e.label);
    return code;
}

} // namespace Gloss::RemovalReason
