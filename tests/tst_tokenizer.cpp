// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/tokenizer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Gloss;
using namespace Qt::StringLiterals;

namespace {
QStringList words(const QString &text)
{
    QStringList out;
    for (const Token &t : Tokenizer::tokenize(text))
        out << text.mid(t.start, t.end - t.start);
    return out;
}

QStringList sentenceStarts(const QString &text)
{
    QStringList out;
    for (const Token &t : Tokenizer::tokenize(text))
        if (t.sentenceStart)
            out << text.mid(t.start, t.end - t.start);
    return out;
}

// Every token is non-empty, inside the text, in order, and never splits a surrogate pair.
bool wellFormed(const QString &text, const QList<Token> &tokens)
{
    qsizetype last = 0;
    for (const Token &t : tokens) {
        if (t.start < last || t.end <= t.start || t.end > text.size())
            return false;
        const auto splitsPair = [&text](qsizetype i) {
            return i > 0 && i < text.size() && text.at(i).isLowSurrogate() &&
                text.at(i - 1).isHighSurrogate();
        };
        if (splitsPair(t.start) || splitsPair(t.end))
            return false;
        last = t.end;
    }
    return true;
}
} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nominal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("nominal: al-Assad's")
            << u"Bashar al-Assad's forces"_s
            << QStringList {u"Bashar"_s, u"al-Assad"_s, u"'s"_s, u"forces"_s};
        QTest::newRow("nominal: curly possessive")
            << u"Syria’s war"_s << QStringList {u"Syria"_s, u"’s"_s, u"war"_s};
        QTest::newRow("nominal: Baal Shamin")
            << u"temple of Baal Shamin."_s
            << QStringList {u"temple"_s, u"of"_s, u"Baal"_s, u"Shamin"_s, u"."_s};
        QTest::newRow("nominal: hyphens")
            << u"the 2,000-year-old, Saudi-backed ex-leader"_s
            << QStringList {u"the"_s, u"2,000-year-old"_s, u","_s, u"Saudi-backed"_s, u"ex-leader"_s};
        QTest::newRow("nominal: quotes")
            << u"\"The army,\" he said. “Yes.”"_s
            << QStringList {u"\""_s,   u"The"_s, u"army"_s, u","_s,   u"\""_s, u"he"_s,
                            u"said"_s, u"."_s,   u"“"_s,    u"Yes"_s, u"."_s,  u"”"_s};
        QTest::newRow("nominal: clitics")
            << u"We don't know, they're sure"_s
            << QStringList {u"We"_s, u"do"_s, u"n't"_s, u"know"_s, u","_s, u"they"_s, u"'re"_s, u"sure"_s};
        QTest::newRow("nominal: O'Neill")
            << u"O'Neill and D'Alema"_s << QStringList {u"O'Neill"_s, u"and"_s, u"D'Alema"_s};
        QTest::newRow("nominal: plural possessive")
            << u"the Joneses' house"_s << QStringList {u"the"_s, u"Joneses"_s, u"'"_s, u"house"_s};
        QTest::newRow("nominal: abbreviations")
            << u"U.S. Secretary Mr. Kerry met J. Smith of AT&T Inc. at 3.5 p.m."_s
            << QStringList {u"U.S."_s, u"Secretary"_s, u"Mr."_s,  u"Kerry"_s, u"met"_s, u"J."_s,  u"Smith"_s,
                            u"of"_s,   u"AT&T"_s,      u"Inc."_s, u"at"_s,    u"3.5"_s, u"p.m."_s};
        QTest::newRow("nominal: lost space after full stop")
            << u"city of Palmyra.Image: dpa"_s
            << QStringList {u"city"_s, u"of"_s, u"Palmyra"_s, u"."_s, u"Image"_s, u":"_s, u"dpa"_s};
        QTest::newRow("nominal: all caps headline")
            << u"LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY."_s
            << QStringList {u"LEICESTERSHIRE"_s, u"TAKE"_s,    u"OVER"_s,    u"AT"_s, u"TOP"_s,
                            u"AFTER"_s,          u"INNINGS"_s, u"VICTORY"_s, u"."_s};
        QTest::newRow("nominal: url and mail")
            << u"See https://p.dw.com/p/1IIjQ, or a.b@c.org."_s
            << QStringList {u"See"_s, u"https://p.dw.com/p/1IIjQ"_s, u","_s, u"or"_s, u"a.b@c.org"_s, u"."_s};
        QTest::newRow("nominal: dates and scores")
            << u"On 1996-08-30 it was 6-4 (1/2)"_s
            << QStringList {u"On"_s, u"1996-08-30"_s, u"it"_s, u"was"_s, u"6-4"_s, u"("_s, u"1/2"_s, u")"_s};
        QTest::newRow("nominal: Unicode")
            << u"Ελλάδα und Straße, Ürümqi — Dvořák"_s
            << QStringList {u"Ελλάδα"_s, u"und"_s, u"Straße"_s, u","_s, u"Ürümqi"_s, u"—"_s, u"Dvořák"_s};
        QTest::newRow("nominal: combining marks") << u"Dvor\u030Cák"_s << QStringList {u"Dvor\u030Cák"_s};
        QTest::newRow("nominal: Arabic")
            << u"بشار الأسد قال"_s << QStringList {u"بشار"_s, u"الأسد"_s, u"قال"_s};
        QTest::newRow("nominal: outside the BMP")
            << u"𝐀𝐁 x 😀 y"_s << QStringList {u"𝐀𝐁"_s, u"x"_s, u"😀"_s, u"y"_s};
        QTest::newRow("nominal: ellipsis and dashes")
            << u"Wait... no -- yes"_s << QStringList {u"Wait"_s, u"..."_s, u"no"_s, u"--"_s, u"yes"_s};
    }

    void nominal()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QCOMPARE(words(text), tokens);
        QVERIFY(wellFormed(text, Tokenizer::tokenize(text)));
    }

    void nominal_offsets()
    {
        const QString text = u"  Bashar al-Assad's\n"_s;
        const QList<Token> tokens = Tokenizer::tokenize(text);
        QCOMPARE(tokens.size(), 3);
        QCOMPARE(tokens.at(0), (Token {2, 8, true}));
        QCOMPARE(tokens.at(1), (Token {9, 17, false}));
        QCOMPARE(tokens.at(2), (Token {17, 19, false}));
    }

    void nominal_sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("starts");
        QTest::newRow("nominal: full stops")
            << u"Kerry met Putin. They talked. he left"_s << QStringList {u"Kerry"_s, u"They"_s};
        QTest::newRow("nominal: quote after full stop")
            << u"He said \"no.\" Then he left."_s << QStringList {u"He"_s, u"Then"_s};
        QTest::newRow("nominal: abbreviations do not end sentences")
            << u"Mr. Kerry and U.S. officials"_s << QStringList {u"Mr."_s};
        QTest::newRow("nominal: line breaks") << u"Headline\n\nfirst paragraph\nsecond"_s
                                              << QStringList {u"Headline"_s, u"first"_s, u"second"_s};
    }

    void nominal_sentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, starts);
        QCOMPARE(sentenceStarts(text), starts);
    }

    void robustness_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("robustness: empty") << QString();
        QTest::newRow("robustness: spaces only") << u"  \n\t "_s;
        QTest::newRow("robustness: no spaces") << QString(200000, u'a');
        QTest::newRow("robustness: punctuation only") << QString(100000, u'.') + QString(1000, u'\'');
        QTest::newRow("robustness: lone surrogates") << (u"a"_s + QChar(0xD800) + u"b "_s + QChar(0xDC00));
        QTest::newRow("robustness: apostrophes") << u"'s 's' n't ' ''' n'"_s;
        QTest::newRow("robustness: mixed scripts") << u"Путин和習近平met in Москва-Beijing"_s.repeated(1000);
        QTest::newRow("robustness: 10 MB")
            << u"Bashar al-Assad's forces entered Palmyra. "_s.repeated(10 * 1024 * 1024 / 42 / 2);
    }

    void robustness()
    {
        QFETCH(QString, text);
        QElapsedTimer timer;
        timer.start();
        const QList<Token> tokens = Tokenizer::tokenize(text);
        QVERIFY(wellFormed(text, tokens));
        for (const Token &t : tokens)
            QVERIFY(t.end - t.start <= 4 * Tokenizer::MaxTokenLength);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
