// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoringcheck.h"
#include "text/codepoints.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <cstdlib>

using namespace AnchoringCheck;

namespace {

QJsonObject fixture(const char *name)
{
    return readJson(GlossTest::fixturePath("anchoring/") + QString::fromUtf8(name));
}

/// The edit scenarios' article, without the file's final newline.
QString article()
{
    QString text = QString::fromUtf8(GlossTest::readAll(GlossTest::fixturePath("anchoring/article.txt")));
    while (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

qsizetype nthIndexOf(QStringView text, QStringView needle, int n)
{
    qsizetype at = -1;
    for (int i = 0; i <= n; ++i)
        if ((at = text.indexOf(needle, at + 1)) < 0)
            return -1;
    return at;
}

/// Applies (from, to) pairs, each replacing the first occurrence of `from`.
QString applyEdits(QString text, const QStringList &edits)
{
    for (qsizetype i = 0; i + 1 < edits.size(); i += 2) {
        const qsizetype at = text.indexOf(edits.at(i));
        if (at < 0)
            return QString();
        text.replace(at, edits.at(i).size(), edits.at(i + 1));
    }
    return text;
}

// An update note inserted as a first paragraph: every later offset shifts.
const QString Inserted =
    u"Update: This article was updated on Wednesday with new figures from the regional council.\n\n"_s;
QStringList insertParagraph()
{
    return {u"Residents of three"_s, Inserted + u"Residents of three"_s};
}

QuoteSelector quoteOf(const Annotation &a)
{
    return {a.exact, a.prefix, a.suffix};
}

QString randomWords(QRandomGenerator &random, qsizetype length)
{
    static const QStringList words = QString(u"river bank water flood town council said the a of to in and "
                                             "storm bridge farmers harvest weather service mud street level "
                                             "minister engineers volunteers valley rain week day night"_s)
                                         .split(u' ');
    QString s;
    s.reserve(length + 16);
    while (s.size() < length) {
        s += words.at(random.bounded(int(words.size())));
        s += random.bounded(12) == 0 ? u". "_s : u" "_s;
    }
    s.truncate(length);
    return s;
}

} // namespace

class TestAnchoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- Code points -------------------------------------------------------

    void codePoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("utf16");
        QTest::addColumn<int>("down");
        QTest::addColumn<int>("up");
        QTest::newRow("nominal: ASCII") << u"abc"_s << 2 << 2 << 2;
        QTest::newRow("nominal: after an emoji") << u"a😀b"_s << 3 << 2 << 2;
        QTest::newRow("nominal: inside a surrogate pair") << u"a😀b"_s << 2 << 1 << 2;
        QTest::newRow("nominal: Arabic is in the BMP") << u"مرحبا بالعالم"_s << 6 << 6 << 6;
        QTest::newRow("nominal: Hebrew after an emoji") << u"שלום 👋 עולם"_s << 8 << 7 << 7;
        QTest::newRow("robustness: lone high surrogate counts once") << QString(u"a\xD800"
                                                                                "b"_s)
                                                                     << 2 << 2 << 2;
        QTest::newRow("robustness: lone low surrogate counts once") << QString(u"a\xDC00"
                                                                               "b"_s)
                                                                    << 2 << 2 << 2;
        QTest::newRow("robustness: low before high is no pair") << QString(u"\xDC00\xD800x"_s) << 1 << 1 << 1;
        QTest::newRow("robustness: negative offset") << u"a😀b"_s << -5 << 0 << 0;
        QTest::newRow("robustness: past the end") << u"a😀b"_s << 99 << 3 << 3;
        QTest::newRow("robustness: empty text") << QString() << 3 << 0 << 0;
    }

    void codePoints()
    {
        QFETCH(QString, text);
        QFETCH(int, utf16);
        QFETCH(int, down);
        QFETCH(int, up);
        QCOMPARE(CodePoints::fromUtf16(text, utf16), down);
        QCOMPARE(CodePoints::fromUtf16(text, utf16, CodePoints::Rounding::Up), up);
        // Back to UTF-16: the same offset when it was on a character boundary.
        const qsizetype clamped = qBound(0, utf16, int(text.size()));
        if (down == up)
            QCOMPARE(CodePoints::toUtf16(text, down), clamped);
        QVERIFY(CodePoints::toUtf16(text, down) <= clamped);
        QVERIFY(CodePoints::toUtf16(text, up) >= clamped);
        QCOMPARE(CodePoints::toUtf16(text, CodePoints::count(text) + 5), text.size());
        QCOMPARE(CodePoints::toUtf16(text, -1), 0);
    }

    void codePoints_fixture_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<int>("expectedStart");
        QTest::addColumn<int>("expectedEnd");
        QTest::addColumn<QString>("matched");
        const QJsonArray cases = fixture("positions.json").value("cases"_L1).toArray();
        QVERIFY(!cases.isEmpty());
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            const QJsonArray e = c.value("expected"_L1).toArray();
            QTest::newRow(c.value("name"_L1).toString().toUtf8().constData())
                << c.value("text"_L1).toString() << c.value("start"_L1).toInt() << c.value("end"_L1).toInt()
                << e.at(0).toInt() << e.at(1).toInt() << c.value("matchedText"_L1).toString();
        }
    }

    void codePoints_fixture()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(int, expectedStart);
        QFETCH(int, expectedEnd);
        QFETCH(QString, matched);
        QCOMPARE(CodePoints::toUtf16(text, start), expectedStart);
        QCOMPARE(CodePoints::toUtf16(text, end), expectedEnd);
        QCOMPARE(text.mid(expectedStart, expectedEnd - expectedStart), matched);
        QCOMPARE(CodePoints::fromUtf16(text, expectedStart), start);
        QCOMPARE(CodePoints::fromUtf16(text, expectedEnd), end);
    }

    // --- matchQuote (Hypothesis port) -----------------------------------------

    void matchQuote_fixture_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = fixture("matchquote.json").value("cases"_L1).toArray();
        QVERIFY(!cases.isEmpty());
        for (const QJsonValue &v : cases)
            QTest::newRow(v.toObject().value("name"_L1).toString().toUtf8().constData()) << v.toObject();
    }

    void matchQuote_fixture()
    {
        QFETCH(QJsonObject, c);
        const QJsonValue hint = c.value("hint"_L1);
        const auto m =
            matchQuote(c.value("text"_L1).toString(), c.value("quote"_L1).toString(),
                       c.value("prefix"_L1).toString(), c.value("suffix"_L1).toString(),
                       hint.isDouble() ? std::optional<qsizetype>(hint.toInteger()) : std::nullopt);
        const QJsonValue expected = c.value("expected"_L1);
        if (expected.isNull()) {
            QVERIFY(!m);
            return;
        }
        QVERIFY(m);
        QCOMPARE(m->start, expected.toArray().at(0).toInteger());
        QCOMPARE(m->end, expected.toArray().at(1).toInteger());
        QVERIFY(m->score > 0 && m->score <= 1);
    }

    void matchQuote_scoresFallWithSimilarity()
    {
        const QString text = article();
        const qsizetype at = text.indexOf(u"the highest level recorded"_s);
        double previous = 2;
        for (const QString &quote : {u"the highest level recorded"_s, u"the highest level recordd"_s,
                                     u"the higest levl recordd"_s, u"a higher levels recorded"_s}) {
            const auto m = matchQuote(text, quote, u"at its peak, "_s, u" since 1987"_s, std::nullopt);
            QVERIFY(m);
            QVERIFY2(std::abs(m->start - at) <= 2, qPrintable(quote));
            QVERIFY2(m->score < previous, qPrintable(quote));
            previous = m->score;
        }
    }

    // --- matchAllExact and describe ---------------------------------------------

    void matchAllExact_fixture_data()
    {
        QTest::addColumn<QJsonObject>("c");
        for (const QJsonValue &v : fixture("textquote.json").value("match"_L1).toArray())
            QTest::newRow(v.toObject().value("name"_L1).toString().toUtf8().constData()) << v.toObject();
    }

    void matchAllExact_fixture()
    {
        QFETCH(QJsonObject, c);
        checkAllExact(c.value("text"_L1).toString(),
                      {c.value("exact"_L1).toString(), c.value("prefix"_L1).toString(),
                       c.value("suffix"_L1).toString()},
                      c.value("expected"_L1).toArray());
    }

    void describe_fixture_data()
    {
        QTest::addColumn<QJsonObject>("c");
        for (const QJsonValue &v : fixture("textquote.json").value("describe"_L1).toArray())
            QTest::newRow(v.toObject().value("name"_L1).toString().toUtf8().constData()) << v.toObject();
    }

    void describe_fixture()
    {
        QFETCH(QJsonObject, c);
        checkDescribe(c.value("text"_L1).toString(), c.value("start"_L1).toInteger(),
                      c.value("end"_L1).toInteger(), c.value("options"_L1).toObject(),
                      c.value("expected"_L1).toObject());
    }

    void describe_roundTrip()
    {
        // Whatever the range, the selector finds exactly that range again.
        const QString text = article() + u" 🌊 שלום עולם, 🌊 שלום"_s;
        QRandomGenerator random(5);
        for (int i = 0; i < 200; ++i) {
            const qsizetype start = random.bounded(int(text.size()));
            const qsizetype end =
                start + random.bounded(int(std::min<qsizetype>(12, text.size() - start)) + 1);
            for (const bool minimal : {false, true}) {
                DescribeOptions options;
                options.minimalContext = minimal;
                const QuoteSelector s = describe(text, start, end, options);
                const QList<Match> all = matchAllExact(text, s);
                // A range that splits a surrogate pair may not be found as such.
                if (text.at(start).isLowSurrogate() || (end < text.size() && text.at(end).isLowSurrogate()))
                    continue;
                QCOMPARE(all.size(), 1);
                QCOMPARE(all.first().start, start);
                QCOMPARE(all.first().end, end);
            }
        }
    }

    void describe_shortRangeAtEitherEnd()
    {
        // Too short a quote takes context from both sides, however little
        // is left (the fuzzer's find: an empty range at the very end).
        const QString text = u"ab 🌊 cd"_s;
        for (const qsizetype at : {qsizetype(0), qsizetype(1), text.size() - 1, text.size()}) {
            for (const int minimum : {1, 2, 3, 50}) {
                DescribeOptions options;
                options.minimalContext = true;
                options.minimumQuoteLength = minimum;
                const QuoteSelector s = describe(text, at, at, options);
                QVERIFY(s.exact.isEmpty());
                QCOMPARE(s.prefix, text.first(at).right(s.prefix.size()));
                QCOMPARE(s.suffix, text.sliced(at).first(s.suffix.size()));
                QVERIFY(s.prefix.size() + s.suffix.size() >= std::min<qsizetype>(minimum, text.size()));
            }
        }
    }

    // --- The re-anchoring policy: edits of an article --------------------------

    void anchor_edits_data()
    {
        QTest::addColumn<QString>("quote"); // the highlight in the original article
        QTest::addColumn<int>("occurrence"); // which copy of it
        QTest::addColumn<QStringList>("edits"); // (from, to) replacements
        QTest::addColumn<QString>("place"); // where it is now, empty if gone
        QTest::addColumn<int>("placeOccurrence");
        QTest::addColumn<QString>("allowed"); // acceptable statuses

        const QString p2 = u"highest level recorded since 1987"_s;
        QTest::newRow("nominal: nothing changed") << p2 << 0 << QStringList() << p2 << 0 << u"exact"_s;
        QTest::newRow("nominal: paragraph inserted before")
            << p2 << 0 << insertParagraph() << p2 << 0 << u"moved"_s;
        QTest::newRow("nominal: text changed right after the quote")
            << u"Farmers in the lower valley said"_s << 0
            << QStringList {u"said most of the autumn"_s, u"said almost all of the autumn"_s}
            << u"Farmers in the lower valley said"_s << 0 << u"exact"_s;
        QTest::newRow("nominal: quote at the start, text inserted before it")
            << u"Floodwaters recede"_s << 0 << QStringList {u"Floodwaters"_s, u"BREAKING: Floodwaters"_s}
            << u"Floodwaters recede"_s << 0 << u"moved"_s;

        const QString water = u"the water had reached 4.2 meters at its peak"_s;
        const QString water3 = u"the water had reached 4.3 meters at its peak"_s;
        QTest::newRow("nominal: word changed inside the quote")
            << water << 0 << QStringList {u"4.2 meters"_s, u"4.3 meters"_s} << water3 << 0 << u"fuzzy"_s;
        QTest::newRow("nominal: word changed inside the quote, paragraph inserted before")
            << water << 0 << (insertParagraph() << u"4.2 meters"_s << u"4.3 meters"_s) << water3 << 0
            << u"fuzzy"_s;
        QTest::newRow("nominal: context changed on one side, paragraph inserted before")
            << u"Engineers were inspecting the old stone bridge"_s << 0
            << (insertParagraph() << u"bridge at Lindenau, which was closed to"_s
                                  << u"bridge near Lindenau. It had been closed to"_s)
            << u"Engineers were inspecting the old stone bridge"_s << 0 << u"moved"_s;

        QTest::newRow("nominal: quote deleted")
            << u"About 3,000 people spent the week in schools and sports halls."_s << 0
            << QStringList {u" About 3,000 people spent the week in schools and sports halls."_s, QString()}
            << QString() << 0 << u"needs-review|not-found"_s;
        QTest::newRow("nominal: quote rewritten")
            << u"most of the autumn harvest was lost"_s << 0
            << QStringList {u"most of the autumn harvest was lost"_s,
                            u"nearly all of the wheat crop had been destroyed"_s}
            << QString() << 0 << u"needs-review|not-found"_s;
        QTest::newRow("nominal: quote deleted, a similar sentence elsewhere")
            << u"The council said the water had reached 4.2 meters at its peak"_s << 0
            << QStringList {u"The council said the water had reached 4.2 meters at its peak, "_s, QString(),
                            u"streets and cellars."_s,
                            u"streets and cellars. Officials said the water had reached 4.1 meters "
                            "at its peak."_s}
            << QString() << 0 << u"needs-review|not-found"_s;

        const QString storm = u"another storm could bring the water back"_s;
        QTest::newRow("nominal: quote duplicated elsewhere, original kept")
            << storm << 0
            << (insertParagraph() << u"Volunteers from across"_s
                                  << u"Officials warned that another storm could bring the water back. "
                                     "Volunteers from across"_s)
            << storm << 0 << u"moved"_s;
        QTest::newRow("nominal: duplicated quote, its context kept on one side")
            << u"Lindenau"_s << 0
            << (insertParagraph() << u"visit to Lindenau. \"The ground"_s
                                  << u"visit to Lindenau on Monday. \"The ground"_s)
            << u"Lindenau"_s << 0 << u"moved"_s;
        QTest::newRow("nominal: duplicated quote, its context changed on both sides")
            << u"Lindenau"_s << 1
            << (insertParagraph() << u"the old stone bridge at Lindenau, which was closed"_s
                                  << u"the historic crossing near Lindenau; traffic was stopped"_s)
            << u"Lindenau"_s << 1 << u"needs-review|not-found"_s;
        const QString closed = u"closed to traffic on Saturday"_s;
        QTest::newRow("nominal: whole passage duplicated, paragraph inserted before")
            << closed << 0
            << (insertParagraph()
                << u"streets and cellars."_s
                << u"streets and cellars.\n\nEngineers were inspecting the old stone bridge at Lindenau, "
                   "which was closed to traffic on Saturday after cracks appeared in one of its piers."_s)
            << closed << 0 << u"needs-review"_s;
    }

    void anchor_edits()
    {
        QFETCH(QString, quote);
        QFETCH(int, occurrence);
        QFETCH(QStringList, edits);
        QFETCH(QString, place);
        QFETCH(int, placeOccurrence);
        QFETCH(QString, allowed);

        const QString original = article();
        const qsizetype start = nthIndexOf(original, quote, occurrence);
        QVERIFY(start >= 0);
        const auto created = Annotation::create(original, start, start + quote.size());
        QVERIFY(created);
        const Annotation &a = created.value();
        const QString edited = applyEdits(original, edits);
        QVERIFY(!edited.isEmpty());

        const Match m = anchor(edited, quoteOf(a), a.start, a.end);
        const QString result = describeMatch(edited, m);
        QVERIFY2(allowed.split(u'|').contains(statusName(m.status)), qPrintable(result));
        checkPlace(edited, m, place, placeOccurrence);

        // anchorAll of this one highlight decides the same.
        const QList<Match> all = anchorAll(edited, {a});
        QCOMPARE(all.size(), 1);
        QCOMPARE(statusName(all.first().status), statusName(m.status));
        QCOMPARE(all.first().start, m.start);
        QCOMPARE(all.first().end, m.end);
    }

    // Every highlight of the article through a series of edits: whatever the
    // status, a confident one is on the same words, or on slightly changed
    // words at the same place.
    void anchorAll_neverSilentlyMoved()
    {
        const QString original = article();
        QList<Annotation> annotations;
        // One highlight per sentence, and one per repeated word.
        for (qsizetype i = 0; i < original.size();) {
            qsizetype end = original.indexOf(QRegularExpression(u"[.!?]\"?(\\s|$)"_s), i);
            end = end < 0 ? original.size() : end + 1;
            const auto a = Annotation::create(original, i, end);
            if (a)
                annotations.append(a.value());
            i = end;
        }
        for (int n = 0; n < 2; ++n) {
            const qsizetype at = nthIndexOf(original, u"Lindenau"_s, n);
            annotations.append(Annotation::create(original, at, at + 8).value());
        }
        QVERIFY(annotations.size() > 12);

        const QList<Match> unchanged = anchorAll(original, annotations);
        for (const Match &m : unchanged)
            QCOMPARE(m.status, Status::Exact);

        const QString edited =
            applyEdits(original,
                       insertParagraph() +
                           QStringList {u"4.2 meters"_s, u"4.3 meters"_s, u" About 3,000 people"_s,
                                        u" Circa 3,000 people"_s, u"Volunteers from across"_s,
                                        u"Officials warned that another storm could bring the water "
                                        "back. Volunteers from across"_s});
        const QList<Match> results = anchorAll(edited, annotations);
        QCOMPARE(results.size(), annotations.size());
        int moved = 0;
        for (qsizetype i = 0; i < annotations.size(); ++i) {
            const Annotation &a = annotations.at(i);
            const Match &m = results.at(i);
            const QString words = m.start >= 0 ? edited.mid(m.start, m.end - m.start) : QString();
            if (m.status == Status::Exact || m.status == Status::Moved) {
                QCOMPARE(words, a.exact);
                // The same place: the edits before it explain the shift.
                const qsizetype shift = m.start - a.start;
                const qsizetype warning =
                    u"Officials warned that another storm could bring the water back. "_s.size();
                QVERIFY2(shift == 0 || shift == Inserted.size() || shift == Inserted.size() + warning,
                         qPrintable(describeMatch(edited, m)));
                moved += m.status == Status::Moved;
            } else if (m.status == Status::Fuzzy) {
                QVERIFY2(std::abs(m.start - (a.start + Inserted.size())) <= 2,
                         qPrintable(describeMatch(edited, m)));
            }
            // anchor() alone decides the same, or asks for review where
            // anchorAll knew the shift.
            const Match single = anchor(edited, quoteOf(a), a.start, a.end);
            if (single.status != m.status) {
                QCOMPARE(single.status, Status::NeedsReview);
                QCOMPARE(m.status, Status::Moved);
            }
        }
        QVERIFY(moved >= annotations.size() / 2);
    }

    void anchorAll_shiftSettlesDuplicatedPassage()
    {
        // anchor() alone cannot tell two identical passages apart; in anchorAll
        // the highlight before them measured the shift, which lands exactly on one.
        const QString original = article();
        const qsizetype before = original.indexOf(u"the old stone bridge"_s);
        const qsizetype target = original.indexOf(u"closed to traffic on Saturday"_s);
        const QList<Annotation> annotations {Annotation::create(original, before, before + 20).value(),
                                             Annotation::create(original, target, target + 29).value()};
        const QString edited = applyEdits(
            original,
            insertParagraph()
                << u"streets and cellars."_s
                << u"streets and cellars.\n\nEngineers were inspecting the old stone bridge at Lindenau, "
                   "which was closed to traffic on Saturday after cracks appeared in one of its piers."_s);
        QCOMPARE(anchor(edited, quoteOf(annotations.at(1)), target, target + 29).status, Status::NeedsReview);
        const QList<Match> results = anchorAll(edited, annotations);
        QCOMPARE(results.at(1).status, Status::Moved);
        QCOMPARE(results.at(1).start, target + Inserted.size());
    }

    // --- Robustness -----------------------------------------------------------

    void anchor_robustness_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("allowed");
        QTest::addColumn<int>("expectedStart");

        const QString text = article();
        QTest::newRow("robustness: empty quote")
            << text << QString() << QString() << QString() << 0 << 0 << u"not-found"_s << -1;
        QTest::newRow("robustness: empty text")
            << QString() << u"word"_s << QString() << QString() << 0 << 4 << u"not-found"_s << -1;
        QTest::newRow("robustness: whitespace-only quote at its position")
            << u"a  b  c"_s << u"  "_s << u"a"_s << u"b"_s << 1 << 3 << u"exact"_s << 1;
        QTest::newRow("robustness: whitespace-only quote without position")
            << u"a  b  c"_s << u"  "_s << QString() << QString() << -1 << -1 << u"needs-review"_s << 1;
        QTest::newRow("robustness: whitespace-only quote, context changed")
            << u"x  y  z"_s << u"  "_s << u"a"_s << u"b"_s << -1 << -1 << u"needs-review|not-found"_s << -2;
        QTest::newRow("robustness: quote longer than the text")
            << u"short text"_s << u"short text followed by many more words than the text has"_s << QString()
            << QString() << 0 << 56 << u"needs-review|not-found"_s << -2;
        QTest::newRow("robustness: position out of range")
            << text << u"Lindenau"_s << u"during a visit to "_s << u". \"The"_s << 5000 << 5008 << u"moved"_s
            << int(text.indexOf(u"Lindenau"_s));
        QTest::newRow("robustness: reversed position")
            << text << u"Lindenau"_s << u"during a visit to "_s << u". \"The"_s << 30 << 10 << u"moved"_s
            << int(text.indexOf(u"Lindenau"_s));
        QTest::newRow("robustness: position splitting a surrogate pair")
            << u"go 🚀 now 🚀 go"_s << u"🚀 now"_s << u"go "_s << QString() << 4 << 10 << u"moved"_s << 3;
    }

    void anchor_robustness()
    {
        QFETCH(QString, text);
        QFETCH(QString, exact);
        QFETCH(QString, prefix);
        QFETCH(QString, suffix);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, allowed);
        QFETCH(int, expectedStart);
        const Match m = anchor(text, {exact, prefix, suffix}, start, end);
        QVERIFY2(allowed.split(u'|').contains(statusName(m.status)), qPrintable(describeMatch(text, m)));
        if (expectedStart != -2)
            QCOMPARE(m.start, expectedStart);
        if (m.start >= 0)
            QVERIFY(m.start <= m.end && m.end <= text.size());
        else
            QCOMPARE(m.end, -1);
    }

    void anchor_rtlAndEmoji()
    {
        const QString original =
            u"🌍 أخبار اليوم: ارتفع منسوب النهر 📈 في المدينة. שלום לכולם 👋 והמשך יום טוב."_s;
        for (const QString &quote : {u"ارتفع منسوب النهر 📈"_s, u"לכולם 👋 והמשך"_s}) {
            const qsizetype start = original.indexOf(quote);
            const Annotation a = Annotation::create(original, start, start + quote.size()).value();
            const QString edited = u"🔴🔴 عاجل 🔴🔴 "_s + original;
            const qsizetype shift = edited.size() - original.size();
            const Match m = anchor(edited, quoteOf(a), a.start, a.end);
            QCOMPARE(m.status, Status::Moved);
            QCOMPARE(m.start, start + shift);
            QCOMPARE(m.end, start + shift + quote.size());
            // In code points (W3C): the emoji count once.
            QCOMPARE(CodePoints::fromUtf16(edited, m.start),
                     CodePoints::count(u"🔴🔴 عاجل 🔴🔴 "_s) + CodePoints::count(original.left(start)));
            QCOMPARE(CodePoints::fromUtf16(edited, m.end) - CodePoints::fromUtf16(edited, m.start),
                     CodePoints::count(quote));

            // A changed letter inside the quote.
            QString changed = edited;
            changed[m.start + 1] = changed[m.start + 1] == u'ر' ? u'ز' : u'ר';
            const Match f = anchor(changed, quoteOf(a), a.start, a.end);
            QCOMPARE(f.status, Status::Fuzzy);
            QCOMPARE(f.start, m.start);
            QCOMPARE(f.end, m.end);
        }
    }

    void anchor_longQuotes_data()
    {
        QTest::addColumn<int>("length");
        QTest::newRow("robustness: quote of 65 units") << 65;
        QTest::newRow("robustness: quote of 200 units") << 200;
        QTest::newRow("robustness: quote of 1500 units") << 1500;
    }

    void anchor_longQuotes()
    {
        QFETCH(int, length);
        QRandomGenerator random(static_cast<quint32>(length));
        const QString original = randomWords(random, 20000);
        const qsizetype start = 9000;
        const Annotation a = Annotation::create(original, start, start + length).value();
        // Text inserted before, a few words changed inside the quote.
        QString edited = original;
        for (int i = 1; i <= 4; ++i)
            edited[a.start + i * (a.end - a.start) / 5] = u'#';
        edited.insert(100, u"A new first sentence. "_s);
        const Match m = anchor(edited, quoteOf(a), a.start, a.end);
        QVERIFY2(m.status == Status::Fuzzy, qPrintable(describeMatch(edited, m)));
        QCOMPARE(m.start, a.start + 22);
        QCOMPARE(m.end, a.end + 22);
    }

    void anchor_oneMegabyteText()
    {
        QRandomGenerator random(3);
        QString text = randomWords(random, 1024 * 1024);
        const QString quote = u"the Lindenau bridge will stay closed until the inspection ends"_s;
        text.insert(600000, quote + u' ');
        const Annotation a = Annotation::create(text, 600000, 600000 + quote.size()).value();
        QString edited = text;
        edited.replace(600000, quote.size(),
                       u"the Lindenau bridge will stay closed until the inspections end"_s);
        edited.insert(1000, randomWords(random, 5000));
        QElapsedTimer timer;
        timer.start();
        const Match m = anchor(edited, quoteOf(a), a.start, a.end);
        qInfo("1 MB text, fuzzy re-anchoring: %lld ms", timer.elapsed());
        QCOMPARE(m.status, Status::Fuzzy);
        QCOMPARE(m.start, 605000);
    }

private:
    static void checkPlace(QStringView text, const Match &m, const QString &place, int occurrence)
    {
        const QString result = describeMatch(text, m);
        if (m.status == Status::NotFound) {
            QCOMPARE(m.start, -1);
            return;
        }
        QVERIFY2(m.start >= 0 && m.start <= m.end && m.end <= text.size(), qPrintable(result));
        if (!confident(m.status) && place.isEmpty())
            return;
        // A confident status, and the proposal of a review when the place is
        // known, must be the right words.
        QVERIFY2(!place.isEmpty(), qPrintable(u"anchored although the quote is gone: "_s + result));
        const qsizetype expected = nthIndexOf(text, place, occurrence);
        QVERIFY(expected >= 0);
        QVERIFY2(m.start == expected && m.end == expected + place.size(), qPrintable(result));
    }
};

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
