// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/datedisplay.h"
#include "text/markdowntext.h"

#include <QTest>

using namespace Gloss;
using namespace Qt::StringLiterals;

// Dates and notes as a reader sees them (issue #18): the ISO values of date
// entities and the Markdown of notes, turned into what people read.
class TestDateDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: a day") << u"2016-03-24"_s << u"en_GB"_s << u"Thursday, 24 March 2016"_s;
        QTest::newRow("nominal: last week") << u"2016-W11"_s << u"en_GB"_s << u"14–20 March 2016"_s;
        QTest::newRow("nominal: a weekend") << u"2016-W11-WE"_s << u"en_GB"_s << u"19–20 March 2016"_s;
        QTest::newRow("nominal: a week across months")
            << u"2016-W13"_s << u"en_GB"_s << u"28 March – 3 April 2016"_s;
        QTest::newRow("nominal: a week across years")
            << u"2015-W53"_s << u"en_GB"_s << u"28 December 2015 – 3 January 2016"_s;
        QTest::newRow("nominal: a month") << u"2016-03"_s << u"en_GB"_s << u"March 2016"_s;
        QTest::newRow("nominal: a year") << u"2016"_s << u"en_GB"_s << u"2016"_s;
        QTest::newRow("nominal: German day")
            << u"2016-03-24"_s << u"de_DE"_s << u"Donnerstag, 24. März 2016"_s;
        QTest::newRow("nominal: German week") << u"2016-W11"_s << u"de_DE"_s << u"14–20. März 2016"_s;
        QTest::newRow("nominal: French day") << u"2016-03-24"_s << u"fr_FR"_s << u"jeudi 24 mars 2016"_s;
        QTest::newRow("nominal: French week") << u"2016-W11"_s << u"fr_FR"_s << u"14–20 mars 2016"_s;
        QTest::newRow("robustness: not a date") << u"soon"_s << u"en_GB"_s << u"soon"_s;
        QTest::newRow("robustness: no such week") << u"2016-W60"_s << u"en_GB"_s << u"2016-W60"_s;
        QTest::newRow("robustness: no such day") << u"2016-02-31"_s << u"en_GB"_s << u"2016-02-31"_s;
    }

    void dates()
    {
        QFETCH(QString, iso);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(DateDisplay::text(iso, QLocale(locale)), expected);
    }

    void dates_arabic()
    {
        const QLocale ar(u"ar_EG"_s);
        const QString day = DateDisplay::text(u"2016-03-24"_s, ar);
        QVERIFY2(day.contains(u"مارس"_s) && day.contains(u"الخميس"_s), qPrintable(day));
        const QString week = DateDisplay::text(u"2016-W11"_s, ar);
        QVERIFY2(week.contains(u"مارس"_s) && week.contains(u'–') && !week.contains(u'W'), qPrintable(week));
    }

    void notes_plainText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: emphasis")
            << u"Who **confirms** this besides *state* TV?"_s << u"Who confirms this besides state TV?"_s;
        QTest::newRow("nominal: link and code")
            << u"See [the report](https://example.org) and `x`"_s << u"See the report and x"_s;
        QTest::newRow("nominal: list") << u"- one\n- two"_s << u"• one\n• two"_s;
        QTest::newRow("robustness: raw HTML stays text") << u"<b>bold</b>"_s << u"<b>bold</b>"_s;
        QTest::newRow("robustness: empty") << QString() << QString();
    }

    void notes_plainText()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        QCOMPARE(MarkdownText::toPlainText(markdown), expected);
    }

    void notes_safeHtml_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: bold and italic")
            << u"Who **confirms** this *now*?"_s
            << u"<p>Who <strong>confirms</strong> this <em>now</em>?</p>"_s;
        QTest::newRow("nominal: code") << u"Run `ls`"_s << u"<p>Run <code>ls</code></p>"_s;
        QTest::newRow("nominal: link")
            << u"[AFP](https://afp.com/x)"_s << u"<p><a href=\"https://afp.com/x\">AFP</a></p>"_s;
        QTest::newRow("nominal: list") << u"- one\n- two"_s << u"<ul>\n<li>one</li>\n<li>two</li>\n</ul>"_s;
        QTest::newRow("nominal: numbered list")
            << u"1. one\n2. two"_s << u"<ol>\n<li>one</li>\n<li>two</li>\n</ol>"_s;
        QTest::newRow("nominal: quote") << u"> said so"_s << u"<blockquote>\n<p>said so</p>\n</blockquote>"_s;
        QTest::newRow("robustness: script is text")
            << u"<script>alert(1)</script> hi"_s << u"<p>&lt;script&gt;alert(1)&lt;/script&gt; hi</p>"_s;
        QTest::newRow("robustness: javascript link is text")
            << u"[x](javascript:alert(1))"_s << u"<p>x</p>"_s;
        QTest::newRow("robustness: attribute quote")
            << u"[x](https://a.org/\"onmouseover=1)"_s << u"<p>x</p>"_s; // not a valid address: no link
    }

    void notes_safeHtml()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        QCOMPARE(MarkdownText::toSafeHtml(markdown), expected);
    }
};

QTEST_GUILESS_MAIN(TestDateDisplay)
#include "tst_datedisplay.moc"
