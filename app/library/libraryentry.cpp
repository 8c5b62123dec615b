// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/libraryentry.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Gloss {

QJsonObject LibraryEntry::toJson() const
{
    QJsonObject o {{"id"_L1, id},
                   {"title"_L1, title},
                   {"site"_L1, site},
                   {"url"_L1, url},
                   {"published"_L1, published},
                   {"authors"_L1, QJsonArray::fromStringList(authors)},
                   {"tags"_L1, QJsonArray::fromStringList(tags)},
                   {"contentHash"_L1, contentHash},
                   {"highlights"_L1, highlights},
                   {"notes"_L1, notes},
                   {"progress"_L1, progress},
                   {"added"_L1, added.toUTC().toString(Qt::ISODate)},
                   {"stamp"_L1, stamp}};
    if (!problem.isEmpty())
        o.insert("problem"_L1, problem);
    return o;
}

LibraryEntry LibraryEntry::fromJson(const QJsonObject &o)
{
    LibraryEntry e;
    e.id = o.value("id"_L1).toString();
    e.title = o.value("title"_L1).toString();
    e.site = o.value("site"_L1).toString();
    e.url = o.value("url"_L1).toString();
    e.published = o.value("published"_L1).toString();
    for (const QJsonValue &v : o.value("authors"_L1).toArray())
        e.authors << v.toString();
    for (const QJsonValue &v : o.value("tags"_L1).toArray())
        e.tags << v.toString();
    e.contentHash = o.value("contentHash"_L1).toString();
    e.highlights = o.value("highlights"_L1).toInt();
    e.notes = o.value("notes"_L1).toInt();
    e.progress = qBound(0.0, o.value("progress"_L1).toDouble(), 1.0);
    e.added = QDateTime::fromString(o.value("added"_L1).toString(), Qt::ISODate);
    e.stamp = o.value("stamp"_L1).toInteger();
    e.problem = o.value("problem"_L1).toString();
    return e;
}

} // namespace Gloss
