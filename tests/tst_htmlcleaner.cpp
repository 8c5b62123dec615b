// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/cleaner.h"
#include "article/htmlcleaner.h"
#include "testutil.h"

#include <QTest>

using namespace Gloss;
using namespace Qt::StringLiterals;

class TestHtmlCleaner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleArticle()
    {
        const QByteArray html = GlossTest::readAll(GlossTest::fixturePath("simple-article.html"));
        QVERIFY(!html.isEmpty());
        QVERIFY(Cleaner::looksLikeHtml(html));
        const auto result = Cleaner::clean(html, u"page.html"_s);
        QVERIFY(result);
        const Article &a = result.value();
        QCOMPARE(a.title, u"Council approves new bridge"_s);
        QCOMPARE(a.authors, QStringList{u"Maria Example"_s});
        QCOMPARE(a.published, u"2024-02-03T10:15:00+01:00"_s);
        QCOMPARE(a.site, u"Example News"_s);
        QCOMPARE(a.url, u"https://news.example.org/2024/bridge"_s);
        QCOMPARE(a.lang, u"en"_s);

        QStringList kinds;
        for (const Block &b : a.blocks)
            kinds << Block::kindName(b.kind);
        QCOMPARE(kinds, QStringList({u"paragraph"_s, u"figure"_s, u"heading"_s, u"paragraph"_s,
                                     u"quote"_s, u"list-item"_s, u"list-item"_s}));
        QCOMPARE(a.blocks.at(1).text, u"The planned bridge."_s);
        QCOMPARE(a.blocks.at(1).alt, u"Drawing of the bridge"_s);
        QCOMPARE(a.blocks.at(3).text, u"The bridge will cost 12 million euros, the mayor said."_s);
        QVERIFY(!a.text.contains(u"canary"_s));
        QVERIFY(!a.text.contains(u"Home"_s));
        QVERIFY(!a.text.contains(u"Related"_s));

        QStringList reasons;
        for (const RemovedBlock &r : a.removed)
            reasons << r.reason;
        QVERIFY(reasons.contains(u"navigation"_s));
        QVERIFY(reasons.contains(u"aside"_s));
        QVERIFY(reasons.contains(u"page-footer"_s));
        for (const Block &b : a.blocks)
            QCOMPARE(a.text.mid(b.start, b.text.size()), b.text);
    }

    void rtlPage()
    {
        const QByteArray html = "<html lang=\"ar\" dir=\"rtl\"><body><p>\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 "
                                "\xd8\xa8\xd8\xa7\xd9\x84\xd8\xb9\xd8\xa7\xd9\x84\xd9\x85</p></body></html>";
        const auto result = Cleaner::clean(html, u"ar.html"_s);
        QVERIFY(result);
        QCOMPARE(result.value().lang, u"ar"_s);
        QCOMPARE(result.value().dir, u"rtl"_s);
        QCOMPARE(result.value().blocks.first().text, u"مرحبا بالعالم"_s);
    }

    void declaredCharset()
    {
        const QByteArray html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Gr\xfc\xdf"
                                "e aus M\xfcnchen.</p></body></html>";
        const auto result = Cleaner::clean(html, u"x.html"_s);
        QVERIFY(result);
        QCOMPARE(result.value().blocks.first().text, u"Grüße aus München."_s);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("robustness: no body text") << QByteArray("<html><body><script>x()</script></body></html>");
        QTest::newRow("robustness: frameset") << QByteArray("<html><frameset><frame src=a></frameset></html>");
        QTest::newRow("robustness: deep nesting") << QByteArray("<html><body>") + QByteArray("<div>").repeated(5000) + "x";
        QTest::newRow("robustness: unclosed tags") << QByteArray("<html><body><p>one<p>two<div><span>three");
    }

    void badInput()
    {
        QFETCH(QByteArray, html);
        // Either a clear error or an article; never a crash or a hang.
        const auto result = Cleaner::clean(html, u"x.html"_s);
        if (!result)
            QVERIFY(!result.error().message.isEmpty());
        else
            for (const Block &b : result.value().blocks)
                QCOMPARE(result.value().text.mid(b.start, b.text.size()), b.text);
    }
};

QTEST_GUILESS_MAIN(TestHtmlCleaner)
#include "tst_htmlcleaner.moc"
