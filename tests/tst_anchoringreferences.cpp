// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoringcheck.h"
#include "text/codepoints.h"

#include <optional>

using namespace AnchoringCheck;

namespace {

const QString SharedDir = QStringLiteral(GLOSS_SHARED_DATA_DIR "/anchoring/");

/// The shared reference cases, or an empty list (the caller skips) when
/// ../shared/data is not there.
QJsonArray sharedCases(const char *file)
{
    return readJson(SharedDir + QString::fromUtf8(file)).value("cases"_L1).toArray();
}

} // namespace

// The reference cases of other anchoring engines (../shared/data/anchoring):
// Hypothesis, dom-anchor-text-quote and Apache Annotator. Skipped where that
// folder is absent (a user's clone); CI has it.
class TestAnchoringReferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shared_hypothesisMatchQuote_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = sharedCases("hypothesis-match-quote.json");
        if (cases.isEmpty())
            QSKIP("../shared/data is not available");
        QCOMPARE(cases.size(), 30);
        for (const QJsonValue &v : cases)
            QTest::newRow(rowName(v.toObject(), v.toObject().value("expected"_L1).isNull()).constData())
                << v.toObject();
    }

    void shared_hypothesisMatchQuote()
    {
        QFETCH(QJsonObject, c);
        const QJsonValue hint = c.value("hint"_L1);
        const auto m =
            matchQuote(c.value("text"_L1).toString(), c.value("exact"_L1).toString(),
                       c.value("prefix"_L1).toString(), c.value("suffix"_L1).toString(),
                       hint.isDouble() ? std::optional<qsizetype>(hint.toInteger()) : std::nullopt);
        const QJsonObject expected = c.value("expected"_L1).toObject();
        if (expected.isEmpty()) {
            QVERIFY(!m);
            return;
        }
        QVERIFY(m);
        QCOMPARE(m->start, expected.value("start"_L1).toInteger());
        QCOMPARE(m->end, expected.value("end"_L1).toInteger());
        QVERIFY(qAbs(m->score - expected.value("referenceScore"_L1).toDouble()) < 1e-9);
    }

    void shared_hypothesisScoresDecrease()
    {
        const QJsonArray cases = sharedCases("hypothesis-match-quote.json");
        if (cases.isEmpty())
            QSKIP("../shared/data is not available");
        QHash<QString, double> previous;
        int checked = 0;
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            const QString test = c.value("test"_L1).toString();
            if (!test.contains(u"scores matches based on"_s))
                continue;
            const auto m =
                matchQuote(c.value("text"_L1).toString(), c.value("exact"_L1).toString(),
                           c.value("prefix"_L1).toString(), c.value("suffix"_L1).toString(), std::nullopt);
            QVERIFY(m);
            if (previous.contains(test))
                QVERIFY2(m->score < previous.value(test), qPrintable(c.value("id"_L1).toString()));
            previous.insert(test, m->score);
            ++checked;
        }
        QCOMPARE(checked, 12);
    }

    void shared_domAnchorTextQuote_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = sharedCases("dom-anchor-text-quote.json");
        if (cases.isEmpty())
            QSKIP("../shared/data is not available");
        QCOMPARE(cases.size(), 14);
        for (const QJsonValue &v : cases)
            QTest::newRow(rowName(v.toObject(), v.toObject().value("expected"_L1).isNull()).constData())
                << v.toObject();
    }

    // Gloss's policy on dom-anchor-text-quote's cases (docs/anchoring.md):
    // the same place wherever dom-anchor finds one, but a place without
    // supporting context is only proposed (needs-review), and where dom-anchor
    // finds nothing Gloss never anchors silently.
    void shared_domAnchorTextQuote()
    {
        QFETCH(QJsonObject, c);
        const QString text = c.value("text"_L1).toString();
        const QuoteSelector q {c.value("exact"_L1).toString(), c.value("prefix"_L1).toString(),
                               c.value("suffix"_L1).toString()};
        const QJsonValue hint = c.value("hint"_L1);
        const qsizetype start = hint.isDouble() ? hint.toInteger() : -1;
        const Match m = anchor(text, q, start, start >= 0 ? start + q.exact.size() : -1);
        const QJsonObject expected = c.value("expected"_L1).toObject();
        const QString result = describeMatch(text, m);
        if (expected.isEmpty()) {
            QVERIFY2(!confident(m.status), qPrintable(result));
            return;
        }
        QCOMPARE(m.start, expected.value("start"_L1).toInteger());
        QCOMPARE(m.end, expected.value("end"_L1).toInteger());
        static const QHash<QString, Status> policy {
            {u"datq-001"_s, Status::Moved},       {u"datq-002"_s, Status::Moved},
            {u"datq-003"_s, Status::NeedsReview}, // changed quote, no context, no position
            {u"datq-004"_s, Status::Moved},       {u"datq-005"_s, Status::Fuzzy},
            {u"datq-006"_s, Status::Moved},       {u"datq-007"_s, Status::Moved},
            {u"datq-008"_s, Status::NeedsReview}, // the context contradicts the only copy
            {u"datq-013"_s, Status::Exact},       {u"datq-014"_s, Status::Exact},
        };
        QVERIFY2(m.status == policy.value(c.value("id"_L1).toString()), qPrintable(result));
    }

    void shared_apacheTextQuoteMatch_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = sharedCases("apache-annotator-text-quote-match.json");
        if (cases.isEmpty())
            QSKIP("../shared/data is not available");
        QCOMPARE(cases.size(), 25);
        for (const QJsonValue &v : cases)
            QTest::newRow(
                rowName(v.toObject(), v.toObject().value("expectedAll"_L1).toArray().isEmpty()).constData())
                << v.toObject();
    }

    void shared_apacheTextQuoteMatch()
    {
        QFETCH(QJsonObject, c);
        const QJsonObject s = c.value("selector"_L1).toObject();
        checkAllExact(c.value("text"_L1).toString(),
                      {s.value("exact"_L1).toString(), s.value("prefix"_L1).toString(),
                       s.value("suffix"_L1).toString()},
                      c.value("expectedAll"_L1).toArray());
    }

    void shared_apacheTextQuoteDescribe_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = sharedCases("apache-annotator-text-quote-describe.json");
        if (cases.isEmpty())
            QSKIP("../shared/data is not available");
        QCOMPARE(cases.size(), 22);
        for (const QJsonValue &v : cases)
            QTest::newRow(rowName(v.toObject(), false).constData()) << v.toObject();
    }

    void shared_apacheTextQuoteDescribe()
    {
        QFETCH(QJsonObject, c);
        const QJsonObject target = c.value("target"_L1).toObject();
        checkDescribe(c.value("text"_L1).toString(), target.value("start"_L1).toInteger(),
                      target.value("end"_L1).toInteger(), c.value("options"_L1).toObject(),
                      c.value("expectedSelector"_L1).toObject());
    }

    void shared_apacheTextPositionMatch_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = sharedCases("apache-annotator-text-position-match.json");
        if (cases.isEmpty())
            QSKIP("../shared/data is not available");
        QCOMPARE(cases.size(), 7);
        for (const QJsonValue &v : cases)
            QTest::newRow(rowName(v.toObject(), false).constData()) << v.toObject();
    }

    void shared_apacheTextPositionMatch()
    {
        QFETCH(QJsonObject, c);
        const QString text = c.value("text"_L1).toString();
        const QJsonObject s = c.value("selector"_L1).toObject();
        const QJsonObject e = c.value("expected"_L1).toObject();
        const qsizetype start = CodePoints::toUtf16(text, s.value("start"_L1).toInteger());
        const qsizetype end = CodePoints::toUtf16(text, s.value("end"_L1).toInteger());
        QCOMPARE(start, e.value("start"_L1).toInteger());
        QCOMPARE(end, e.value("end"_L1).toInteger());
        QCOMPARE(text.mid(start, end - start), e.value("matchedText"_L1).toString());
        QCOMPARE(CodePoints::fromUtf16(text, start), e.value("startCodePoint"_L1).toInteger());
        QCOMPARE(CodePoints::fromUtf16(text, end), e.value("endCodePoint"_L1).toInteger());
    }
};

QTEST_GUILESS_MAIN(TestAnchoringReferences)
#include "tst_anchoringreferences.moc"
