// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/anchoring.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>

using namespace Gloss;
using namespace Qt::StringLiterals;

namespace {

constexpr int WordCount = 20000;
constexpr int HighlightCount = 1000;

/// A vocabulary drawn with a skewed distribution, so that short phrases
/// repeat as they do in real prose.
QString word(QRandomGenerator &random)
{
    static const QStringList vocabulary = [] {
        QStringList list =
            QString(u"the of and to in a is that for on was with as by at from he it said "
                    "government minister council river water flood town city people police "
                    "report year week day night president election vote party parliament "
                    "bridge road farmers harvest weather storm rain market prices energy "
                    "company workers union strike court judge law security army troops "
                    "border refugees aid hospital school children officials spokesman "
                    "agency statement Tuesday Wednesday Thursday Friday million euros percent"_s)
                .split(u' ');
        for (int i = 0; i < 400; ++i) // rarer words
            list << u"w%1ord%2"_s.arg(i).arg(i % 7 == 0 ? u"s"_s : QString());
        return list;
    }();
    // Squaring a uniform draw favours the first, common words.
    const double u = random.generateDouble();
    return vocabulary.at(int(u * u * vocabulary.size()));
}

struct Article {
    QString text;
    QList<qsizetype> paragraphStarts;
};

Article makeArticle(QRandomGenerator &random)
{
    Article a;
    int words = 0;
    while (words < WordCount) {
        if (!a.text.isEmpty())
            a.text += u"\n\n"_s;
        a.paragraphStarts << a.text.size();
        const int sentences = 3 + random.bounded(4);
        for (int s = 0; s < sentences && words < WordCount; ++s) {
            QString sentence = word(random);
            sentence[0] = sentence[0].toUpper();
            const int length = 8 + random.bounded(18);
            for (int w = 1; w < length; ++w)
                sentence += u' ' + word(random);
            words += length;
            a.text += (s ? u" "_s : QString()) + sentence + u'.';
        }
    }
    return a;
}

struct Edit {
    qsizetype at;
    qsizetype length;
    QString replacement;
};

} // namespace

class BenchAnchoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QRandomGenerator random(42);
        m_article = makeArticle(random);
        const QString &text = m_article.text;

        // Highlights of 2 to 15 words, anywhere.
        while (m_annotations.size() < HighlightCount) {
            qsizetype start = random.bounded(int(text.size() - 200));
            while (start > 0 && text.at(start - 1).isLetterOrNumber())
                --start;
            qsizetype end = start;
            for (int w = 2 + random.bounded(14); w > 0 && end < text.size(); --w) {
                end = text.indexOf(u' ', end + 1);
                if (end < 0)
                    end = text.size();
            }
            if (auto a = Annotation::create(text, start, end))
                m_annotations << a.value();
        }

        // The article is updated: a paragraph added at the top, words changed
        // inside 20 highlights, 5 paragraphs deleted, one repeated at the end.
        std::vector<Edit> edits;
        edits.push_back({m_article.paragraphStarts.at(1), 0,
                         u"Update: this story has been updated with new figures from the council and "
                         "a statement by the minister.\n\n"_s});
        for (int i = 0; i < 20; ++i) {
            const Annotation &a = m_annotations.at(random.bounded(HighlightCount));
            qsizetype w = a.start + (a.end - a.start) / 2;
            while (w > a.start && text.at(w - 1) != u' ')
                --w;
            qsizetype e = w;
            while (e < a.end && text.at(e) != u' ')
                ++e;
            edits.push_back({w, e - w, u"replaced"_s});
        }
        for (int i = 0; i < 5; ++i) {
            const int p = 10 + random.bounded(int(m_article.paragraphStarts.size() - 12));
            const qsizetype start = m_article.paragraphStarts.at(p);
            edits.push_back({start, m_article.paragraphStarts.at(p + 1) - start, QString()});
        }
        const qsizetype last = m_article.paragraphStarts.at(m_article.paragraphStarts.size() / 2);
        edits.push_back({text.size(), 0, u"\n\n"_s + text.mid(last, text.indexOf(u"\n\n"_s, last) - last)});

        // Apply from the end, skipping edits that overlap one already applied.
        std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.at > b.at; });
        m_edited = text;
        qsizetype limit = text.size() + 1;
        for (const Edit &e : edits) {
            if (e.at + e.length > limit)
                continue;
            m_edited.replace(e.at, e.length, e.replacement);
            m_applied.push_back(e);
            limit = e.at;
        }
        qInfo("article: %d words, %lld UTF-16 units; %lld highlights", WordCount, qint64(text.size()),
              qint64(m_annotations.size()));
    }

    void anchorAll_afterEdit()
    {
        QList<Anchoring::Match> results;
        QBENCHMARK
        {
            results = Anchoring::anchorAll(m_edited, m_annotations);
        }
        QCOMPARE(results.size(), m_annotations.size());

        // Against what the edits did to each highlight: untouched ones must be
        // found exactly at their shifted place; touched ones may only be fuzzy
        // over that place, or left for review.
        std::map<std::pair<QString, QString>, int> counts;
        int untouched = 0, found = 0;
        for (qsizetype i = 0; i < m_annotations.size(); ++i) {
            const Annotation &a = m_annotations.at(i);
            const Anchoring::Match &m = results.at(i);
            bool touched = false;
            qsizetype shift = 0;
            for (const Edit &e : m_applied) {
                if (e.at < a.end && e.at + std::max<qsizetype>(e.length, 1) > a.start &&
                    !(e.length == 0 && e.at == a.start))
                    touched = true;
                else if (e.at + e.length <= a.start)
                    shift += e.replacement.size() - e.length;
            }
            const QString status = Anchoring::statusName(m.status);
            ++counts[{touched ? u"edited highlight"_s : u"untouched highlight"_s, status}];
            if (!touched) {
                ++untouched;
                found += m.start == a.start + shift && m.status != Anchoring::Status::NeedsReview;
                if (m.status != Anchoring::Status::NeedsReview) {
                    QCOMPARE(m.start, a.start + shift);
                    QCOMPARE(m.end, a.end + shift);
                }
            } else {
                QVERIFY(m.status != Anchoring::Status::Exact && m.status != Anchoring::Status::Moved);
                if (m.status == Anchoring::Status::Fuzzy)
                    QVERIFY(m.start < a.end + shift + 8 && m.end > a.start + shift - 8);
            }
        }
        static bool reported = false; // QBENCHMARK runs this function more than once
        if (!reported) {
            for (const auto &[key, count] : counts)
                qInfo("%s, %s: %d", qPrintable(key.first), qPrintable(key.second), count);
            reported = true;
        }
        QVERIFY(found >= untouched * 95 / 100);
    }

    void anchorAll_unchanged()
    {
        QList<Anchoring::Match> results;
        QBENCHMARK
        {
            results = Anchoring::anchorAll(m_article.text, m_annotations);
        }
        for (const Anchoring::Match &m : std::as_const(results))
            QCOMPARE(m.status, Anchoring::Status::Exact);
    }

private:
    Article m_article;
    QList<Annotation> m_annotations;
    QString m_edited;
    std::vector<Edit> m_applied;
};

QTEST_GUILESS_MAIN(BenchAnchoring)
#include "bench_anchoring.moc"
