// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/approxsearch.h"
#include "testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace Gloss;
using namespace Qt::StringLiterals;

namespace {

QJsonArray casesOf(const QString &path)
{
    return QJsonDocument::fromJson(GlossTest::readAll(path)).object().value("cases"_L1).toArray();
}

QList<ApproxMatch> matchesOf(const QJsonArray &list)
{
    QList<ApproxMatch> matches;
    for (const QJsonValue &v : list) {
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            matches.append({a.at(0).toInteger(), a.at(1).toInteger(), a.at(2).toInt()});
        } else {
            const QJsonObject o = v.toObject();
            matches.append({o.value("start"_L1).toInteger(), o.value("end"_L1).toInteger(),
                            o.value("errors"_L1).toInt()});
        }
    }
    return matches;
}

/// Levenshtein distance, the plain way.
int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(size_t(b.size() + 1));
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({up + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = up;
        }
    }
    return row[size_t(b.size())];
}

/// For each end position, the fewest errors of a match ending there (Sellers).
std::vector<int> bruteForceEnds(QStringView text, QStringView pattern)
{
    const qsizetype m = pattern.size();
    std::vector<int> column(size_t(m + 1)), ends;
    for (qsizetype i = 0; i <= m; ++i)
        column[size_t(i)] = int(i);
    for (qsizetype j = 0; j < text.size(); ++j) {
        int diagonal = column[0]; // row 0 is always 0: a match may start anywhere
        for (qsizetype i = 1; i <= m; ++i) {
            const int left = column[size_t(i)];
            column[size_t(i)] =
                std::min({left + 1, column[size_t(i - 1)] + 1, diagonal + (pattern[i - 1] != text[j])});
            diagonal = left;
        }
        ends.push_back(column[size_t(m)]);
    }
    return ends;
}

QString randomText(QRandomGenerator &random, qsizetype length, QStringView alphabet)
{
    QString s;
    s.reserve(length);
    for (qsizetype i = 0; i < length; ++i)
        s.append(alphabet[random.bounded(int(alphabet.size()))]);
    return s;
}

} // namespace

namespace Gloss {
char *toString(const ApproxMatch &m)
{
    return QTest::toString(u"[%1, %2) %3 errors"_s.arg(m.start).arg(m.end).arg(m.errors));
}
} // namespace Gloss

class TestApproxSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("maxErrors");
        QTest::addColumn<QList<ApproxMatch>>("expected");
        const QJsonArray cases = casesOf(GlossTest::fixturePath("anchoring/approxsearch.json"));
        QVERIFY(cases.size() >= 10);
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            QTest::newRow(c.value("name"_L1).toString().toUtf8().constData())
                << c.value("text"_L1).toString() << c.value("pattern"_L1).toString()
                << c.value("maxErrors"_L1).toInt() << matchesOf(c.value("best"_L1).toArray());
        }
    }

    void fixtures()
    {
        QFETCH(QString, text);
        QFETCH(QString, pattern);
        QFETCH(int, maxErrors);
        QFETCH(QList<ApproxMatch>, expected);
        QCOMPARE(ApproxSearch::search(text, pattern, maxErrors), expected);
        QCOMPARE(ApproxSearch(pattern).minErrors(text, maxErrors),
                 expected.isEmpty() ? -1 : expected.first().errors);
    }

    // Every end position against the textbook dynamic programme, for pattern
    // lengths around the 64-unit word and several blocks.
    void everyEnd_matchesDynamicProgramming_data()
    {
        QTest::addColumn<int>("patternLength");
        QTest::addColumn<int>("maxErrors");
        QTest::addColumn<QString>("alphabet");
        for (const int length : {1, 5, 31, 63, 64, 65, 100, 127, 128, 129, 200}) {
            for (const int errors : {0, 1, length / 4, length / 2, length}) {
                QTest::addRow("nominal: pattern %d, maxErrors %d, 4 letters", length, errors)
                    << length << errors << u"acgt"_s;
            }
        }
        QTest::newRow("nominal: pattern 90, maxErrors 30, 2 letters") << 90 << 30 << u"ab"_s;
        QTest::newRow("robustness: pattern 70, Arabic and emoji halves")
            << 70 << 20 << u"سلامעב\U0001F600x"_s;
    }

    void everyEnd_matchesDynamicProgramming()
    {
        QFETCH(int, patternLength);
        QFETCH(int, maxErrors);
        QFETCH(QString, alphabet);
        QRandomGenerator random(quint32(patternLength * 1000 + maxErrors));
        for (int round = 0; round < 5; ++round) {
            const QString pattern = randomText(random, patternLength, alphabet);
            // Plant a mutated copy so that there are matches to find.
            QString planted = pattern;
            for (int e = 0; e < maxErrors / 2 && !planted.isEmpty(); ++e)
                planted[random.bounded(int(planted.size()))] = alphabet[random.bounded(int(alphabet.size()))];
            const QString text =
                randomText(random, 300, alphabet) + planted + randomText(random, 200, alphabet);

            const std::vector<int> expected = bruteForceEnds(text, pattern);
            const QList<ApproxMatch> every =
                ApproxSearch::search(text, pattern, maxErrors, ApproxSearch::Report::EveryEnd);
            qsizetype k = 0;
            for (qsizetype j = 0; j < text.size(); ++j) {
                if (expected[size_t(j)] > std::min(maxErrors, patternLength))
                    continue;
                QVERIFY2(k < every.size(), qPrintable(u"end %1 missing"_s.arg(j + 1)));
                const ApproxMatch &m = every.at(k++);
                QCOMPARE(m.end, j + 1);
                QCOMPARE(m.errors, expected[size_t(j)]);
                QVERIFY(m.start >= 0 && m.start <= m.end);
                QCOMPARE(editDistance(pattern, QStringView(text).sliced(m.start, m.end - m.start)), m.errors);
            }
            QCOMPARE(k, every.size());

            const int fewest = *std::min_element(expected.begin(), expected.end());
            const QList<ApproxMatch> best = ApproxSearch::search(text, pattern, maxErrors);
            if (fewest > std::min(maxErrors, patternLength)) {
                QVERIFY(best.isEmpty());
                continue;
            }
            QCOMPARE(best.size(), qsizetype(std::count(expected.begin(), expected.end(), fewest)));
            for (const ApproxMatch &m : best)
                QCOMPARE(m.errors, fewest);
        }
    }

    void localBest_keepsOnePlacePerRun()
    {
        const QString text =
            u"xx the bridge at Lindenau xxxxxxxxxxxxxxxxxxxxxxxxxxxx the bridge at Lindenou xx"_s;
        const QList<ApproxMatch> matches =
            ApproxSearch::search(text, u"bridge at Lindenau"_s, 6, ApproxSearch::Report::LocalBest);
        QCOMPARE(matches.size(), 2);
        QCOMPARE(text.mid(matches.at(0).start, matches.at(0).end - matches.at(0).start),
                 u"bridge at Lindenau"_s);
        QCOMPARE(matches.at(0).errors, 0);
        QCOMPARE(text.mid(matches.at(1).start, matches.at(1).end - matches.at(1).start),
                 u"bridge at Lindenou"_s);
        QCOMPARE(matches.at(1).errors, 1);
    }

    void robustness_longPatterns_data()
    {
        QTest::addColumn<int>("length");
        QTest::newRow("robustness: 65 units") << 65;
        QTest::newRow("robustness: 1000 units") << 1000;
        QTest::newRow("robustness: 3000 units") << 3000;
    }

    void robustness_longPatterns()
    {
        QFETCH(int, length);
        QRandomGenerator random(7);
        const QString pattern = randomText(random, length, u"abcdefghij klmnop"_s);
        QString changed = pattern;
        changed[length / 2] = u'#';
        changed.remove(length / 3, 1);
        const QString text = randomText(random, 5000, u"abcdefghij klmnop"_s) + changed +
            randomText(random, 5000, u"abcdefghij klmnop"_s);
        const QList<ApproxMatch> best = ApproxSearch::search(text, pattern, std::min(256, length / 2));
        QCOMPARE(best.size(), 1);
        QCOMPARE(best.first().errors, 2);
        QCOMPARE(best.first().start, 5000);
        QCOMPARE(best.first().end, 5000 + changed.size());
    }

    void robustness_oneMegabyteText()
    {
        QRandomGenerator random(11);
        QString text = randomText(random, 1024 * 1024, u"abcdefghijklmnopqrstuvwxyz     "_s);
        const QString pattern = u"the quick brown fox jumps over the lazy dog"_s;
        text.replace(700000, pattern.size(), u"the quick brown fax jumps over the lazy dog"_s);
        const QList<ApproxMatch> best = ApproxSearch::search(text, pattern, int(pattern.size() / 2));
        QCOMPARE(best.size(), 1);
        QCOMPARE(best.first(), (ApproxMatch {700000, 700000 + pattern.size(), 1}));
    }

    // approx-string-match's own test vectors (../shared), compared on the
    // matches with the fewest errors, as its test suite does.
    void shared_approxStringMatch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("maxErrors");
        QTest::addColumn<QList<ApproxMatch>>("expected");
        const QString path = QStringLiteral(GLOSS_SHARED_DATA_DIR "/anchoring/approx-string-match.json");
        if (!QFile::exists(path))
            QSKIP("../shared/data is not available");
        const QJsonArray cases = casesOf(path);
        QCOMPARE(cases.size(), 23);
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            const QList<ApproxMatch> expected = matchesOf(c.value("bestMatches"_L1).toArray());
            const QString name = (expected.isEmpty() ? u"robustness: "_s : u"nominal: "_s) +
                c.value("id"_L1).toString() + u' ' + c.value("test"_L1).toString();
            QTest::newRow(name.toUtf8().constData())
                << c.value("text"_L1).toString() << c.value("pattern"_L1).toString()
                << c.value("maxErrors"_L1).toInt() << expected;
        }
    }

    void shared_approxStringMatch()
    {
        QFETCH(QString, text);
        QFETCH(QString, pattern);
        QFETCH(int, maxErrors);
        QFETCH(QList<ApproxMatch>, expected);
        QCOMPARE(ApproxSearch::search(text, pattern, maxErrors), expected);
    }
};

QTEST_GUILESS_MAIN(TestApproxSearch)
#include "tst_approxsearch.moc"
