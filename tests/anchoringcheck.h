// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the anchoring tests share: reading cases, naming rows and checking
// what the engine returns against what a case expects.

#include "annotations/anchoring.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace AnchoringCheck {

using namespace Gloss;
using namespace Gloss::Anchoring;
using namespace Qt::StringLiterals;

inline QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(GlossTest::readAll(path)).object();
}

inline bool confident(Status s)
{
    return s == Status::Exact || s == Status::Moved || s == Status::Fuzzy;
}

inline QString describeMatch(QStringView text, const Match &m)
{
    const QString words = m.start >= 0 ? text.sliced(m.start, m.end - m.start).toString() : QString();
    return u"%1 [%2, %3) score %4: \"%5\""_s.arg(statusName(m.status))
        .arg(m.start)
        .arg(m.end)
        .arg(m.score)
        .arg(words);
}

/// "nominal: ID TEST" or "robustness: ID TEST" (scripts/test counts the latter).
inline QByteArray rowName(const QJsonObject &c, bool robustness)
{
    const QString test = c.value("test"_L1).toString();
    return ((robustness ? u"robustness: "_s : u"nominal: "_s) + c.value("id"_L1).toString() + u' ' +
            (test.isEmpty() ? c.value("group"_L1).toString() : test))
        .toUtf8();
}

inline void checkAllExact(const QString &text, const QuoteSelector &selector, const QJsonArray &expected)
{
    const QList<Match> matches = matchAllExact(text, selector);
    QCOMPARE(matches.size(), expected.size());
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const QJsonValue e = expected.at(i);
        const qsizetype start =
            e.isArray() ? e.toArray().at(0).toInteger() : e.toObject().value("start"_L1).toInteger();
        const qsizetype end =
            e.isArray() ? e.toArray().at(1).toInteger() : e.toObject().value("end"_L1).toInteger();
        QCOMPARE(matches.at(i).start, start);
        QCOMPARE(matches.at(i).end, end);
        QCOMPARE(matches.at(i).status, Status::Exact);
    }
}

inline void checkDescribe(const QString &text, qsizetype start, qsizetype end, const QJsonObject &o,
                          const QJsonObject &expected)
{
    DescribeOptions options;
    options.minimalContext = o.value("minimalContext"_L1).toBool(false);
    options.minimumQuoteLength = o.value("minimumQuoteLength"_L1).toInt(0);
    options.maxWordLength = o.value("maxWordLength"_L1).toInt(50);
    const QuoteSelector s = describe(text, start, end, options);
    QCOMPARE(s.exact, expected.value("exact"_L1).toString());
    QCOMPARE(s.prefix, expected.value("prefix"_L1).toString());
    QCOMPARE(s.suffix, expected.value("suffix"_L1).toString());
}

} // namespace AnchoringCheck
