// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/metatext.h"

#include "article/datetext.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Gloss::MetaText {

QStringList splitAuthors(QString byline)
{
    static const QRegularExpression byPrefix(u"^(?:written\\s+by|by|von|par|por)\\s+"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separators(u"\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b)\\s*"_s);
    static const QRegularExpression notAName(u"://|^www\\.|@|^\\d|\\d{4}"_s);
    byline = byline.simplified();
    byline.remove(byPrefix);
    QStringList authors;
    for (const QString &part : byline.split(separators, Qt::SkipEmptyParts)) {
        QString name = part.trimmed();
        name.remove(byPrefix);
        if (!name.isEmpty() && !notAName.match(name).hasMatch() && !authors.contains(name))
            authors.append(name);
    }
    return authors;
}

QString cleanByline(QString byline)
{
    static const QRegularExpression separator(u"\\s*[|•·]\\s*"_s);
    static const QRegularExpression time(
        u"\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4}\\b)?"_s,
        QRegularExpression::CaseInsensitiveOption);
    // What is left of "Updated April 29, 2019 at 3:33 pm" once the date and time are gone.
    static const QRegularExpression stamp(u"^(?:(?:last|updated|published|posted|on|at)\\b[\\s:,]*)+|"
                                          "(?:\\b(?:last|updated|published|posted|on|at)[\\s:,]*)+$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression edges(u"^[\\s,;:–—-]+|[\\s,;:–—-]+$"_s);
    byline = byline.simplified();
    if (const auto m = separator.match(byline); m.hasMatch() && m.capturedStart() > 0)
        byline.truncate(m.capturedStart());
    for (int i = 0; i < 3; ++i) {
        const DateInText date = findDate(byline);
        if (!date.isValid())
            break;
        byline.remove(date.position, date.length);
    }
    byline.remove(time);
    byline = byline.simplified().remove(edges);
    byline.remove(stamp);
    return byline.remove(edges);
}

QString siteOf(const QString &url)
{
    QString host = QUrl(url).host().toLower();
    if (host.startsWith(u"www."_s))
        host = host.mid(4);
    const QStringList labels = host.split(u'.');
    // Keep the registrable part: "p.dw.com" -> "dw.com", "www.bbc.co.uk" -> "bbc.co.uk".
    const bool secondLevelSuffix =
        labels.size() >= 3 && labels.at(labels.size() - 2).size() <= 3 && labels.last().size() == 2;
    const qsizetype keep = secondLevelSuffix ? 3 : 2;
    return labels.size() > keep ? labels.mid(labels.size() - keep).join(u'.') : host;
}

QString isoDate(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    static const QRegularExpression iso(
        u"^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
        "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = iso.match(v); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (date.isValid()) {
            if (m.captured(4).isEmpty())
                return date.toString(Qt::ISODate);
            const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
            if (!time.isValid())
                return date.toString(Qt::ISODate);
            QString out = date.toString(Qt::ISODate) + u'T' + time.toString(u"HH:mm:ss"_s);
            QString zone = m.captured(7).toUpper();
            if (zone == "Z"_L1 || zone == "UTC"_L1 || zone == "GMT"_L1) {
                out += u'Z';
            } else if (!zone.isEmpty()) {
                zone.remove(u':');
                if (zone.size() == 3)
                    zone += u"00"_s;
                out += zone.left(3) + u':' + zone.mid(3, 2);
            }
            return out;
        }
    }
    static const QRegularExpression unixTime(u"^\\d{10}(\\d{3})?$"_s);
    if (unixTime.match(v).hasMatch()) {
        const qint64 n = v.toLongLong();
        const QDateTime dt = v.size() == 13 ? QDateTime::fromMSecsSinceEpoch(n, Qt::UTC)
                                            : QDateTime::fromSecsSinceEpoch(n, Qt::UTC);
        return dt.toString(Qt::ISODate);
    }
    const QDateTime rfc = QDateTime::fromString(v, Qt::RFC2822Date);
    if (rfc.isValid())
        return rfc.toString(Qt::ISODate);
    const DateInText written = findDate(v);
    return written.isValid() ? written.date.toString(Qt::ISODate) : QString();
}

} // namespace Gloss::MetaText
