// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/cleaner.h"
#include "article/htmlcharset.h"
#include "article/htmlcleaner.h"
#include "article/htmlprescan.h"
#include "article/metatext.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace Gloss;
using namespace Qt::StringLiterals;

namespace {
Article cleanFixture(const QString &name)
{
    const QByteArray html = GlossTest::readAll(GlossTest::fixturePath("html/") + name + u".html"_s);
    if (html.isEmpty())
        qFatal("missing fixture %s", qPrintable(name));
    return HtmlCleaner::clean(html);
}

QStringList kindsOf(const Article &a)
{
    QStringList kinds;
    for (const Block &b : a.blocks)
        kinds << Block::kindName(b.kind);
    return kinds;
}

QStringList reasonsOf(const Article &a)
{
    QStringList reasons;
    for (const RemovedBlock &r : a.removed)
        reasons << r.reason;
    return reasons;
}

const Block *blockWith(const Article &a, const QString &start)
{
    for (const Block &b : a.blocks)
        if (b.text.startsWith(start))
            return &b;
    return nullptr;
}

QString spanText(const Block &b, const InlineSpan &s)
{
    return b.text.mid(s.start, s.end - s.start);
}

// Every offset a cleaner hands out must hold.
void verifyOffsets(const Article &a)
{
    QString joined;
    for (const Block &b : a.blocks) {
        QCOMPARE(a.text.mid(b.start, b.text.size()), b.text);
        if (!joined.isEmpty())
            joined += Article::BlockSeparator;
        joined += b.text;
        for (const InlineSpan &s : b.spans) {
            QVERIFY2(s.start >= 0 && s.start < s.end && s.end <= b.text.size(),
                     qPrintable(u"span %1..%2 in \"%3\""_s.arg(s.start).arg(s.end).arg(b.text)));
        }
        if (b.kind == Block::Kind::Table)
            QCOMPARE(Block::tableText(b.rows), b.text);
    }
    QCOMPARE(a.text, joined);
    for (const RemovedBlock &r : a.removed) {
        QVERIFY(r.beforeBlock >= 0 && r.beforeBlock <= a.blocks.size());
        QVERIFY(!r.reason.isEmpty());
        QVERIFY(!r.text.trimmed().isEmpty());
    }
    const auto back = Article::fromJson(a.toJson());
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(back.value(), a);
}
} // namespace

class TestHtmlCleaner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void simpleArticle()
    {
        const QByteArray html = GlossTest::readAll(GlossTest::fixturePath("simple-article.html"));
        QVERIFY(!html.isEmpty());
        QVERIFY(Cleaner::looksLikeHtml(html));
        const auto result = Cleaner::clean(html, u"page.html"_s);
        QVERIFY(result);
        const Article &a = result.value();
        QCOMPARE(a.title, u"Council approves new bridge"_s);
        QCOMPARE(a.authors, QStringList {u"Maria Example"_s});
        QCOMPARE(a.published, u"2024-02-03T10:15:00+01:00"_s);
        QCOMPARE(a.site, u"Example News"_s);
        QCOMPARE(a.url, u"https://news.example.org/2024/bridge"_s);
        QCOMPARE(a.lang, u"en"_s);
        QCOMPARE(kindsOf(a),
                 QStringList({u"paragraph"_s, u"figure"_s, u"heading"_s, u"paragraph"_s, u"quote"_s,
                              u"list-item"_s, u"list-item"_s}));
        QCOMPARE(a.blocks.at(1).text, u"The planned bridge."_s);
        QCOMPARE(a.blocks.at(1).alt, u"Drawing of the bridge"_s);
        QCOMPARE(a.blocks.at(3).text, u"The bridge will cost 12 million euros, the mayor said."_s);
        QVERIFY(!a.text.contains(u"canary"_s));
        QVERIFY(!a.text.contains(u"Home"_s));
        QVERIFY(!a.text.contains(u"Related"_s));
        const QStringList reasons = reasonsOf(a);
        QVERIFY(reasons.contains(u"navigation"_s));
        QVERIFY(reasons.contains(u"aside"_s));
        QVERIFY(reasons.contains(u"page-footer"_s));
        verifyOffsets(a);
    }

    void rtlPage()
    {
        const QByteArray html =
            "<html lang=\"ar\" dir=\"rtl\"><body><p>\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 "
            "\xd8\xa8\xd8\xa7\xd9\x84\xd8\xb9\xd8\xa7\xd9\x84\xd9\x85</p></body></html>";
        const auto result = Cleaner::clean(html, u"ar.html"_s);
        QVERIFY(result);
        QCOMPARE(result.value().lang, u"ar"_s);
        QCOMPARE(result.value().dir, u"rtl"_s);
        QCOMPARE(result.value().blocks.first().text, u"مرحبا بالعالم"_s);
    }

    void blocks_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QStringList>("starts"); // how some blocks begin, in order
        QTest::newRow("nominal: news page with boxes around the story")
            << u"news-article"_s
            << QStringList {u"paragraph"_s, u"figure"_s,    u"paragraph"_s, u"paragraph"_s,
                            u"heading"_s,   u"paragraph"_s, u"list-item"_s, u"list-item"_s,
                            u"table"_s,     u"quote"_s,     u"paragraph"_s}
            << QStringList {u"The town council of Porthwell"_s, u"The lighthouse has been dark"_s,
                            u"What the money pays for"_s, u"We have waited fifteen years"_s,
                            u"Opponents said"_s};
        QTest::newRow("nominal: right-to-left article")
            << u"rtl-article"_s << QStringList(3, u"paragraph"_s)
            << QStringList {u"افتتحت البلدية"_s, u"وأضاف أن المشروع"_s};
        QTest::newRow("nominal: Windows-1252 page")
            << u"legacy-charset"_s << QStringList(3, u"paragraph"_s)
            << QStringList {u"The cafés of the old quarter reopened on Friday, and their owners say "
                            "“business is better than before”"_s,
                            u"Visitors queued for crème brûlée and espresso – the naïve hope"_s};
        QTest::newRow("nominal: UTF-8 bytes under a GBK declaration")
            << u"mislabelled-utf8"_s << QStringList(3, u"paragraph"_s)
            << QStringList {u"市政府周六宣布"_s, u"许多居民当天"_s};
        QTest::newRow("nominal: paragraphs made of <br><br> in a layout table")
            << u"br-paragraphs"_s << QStringList(3, u"paragraph"_s)
            << QStringList {u"The broad beans are finally up"_s, u"Our neighbour"_s,
                            u"Next week: potatoes"_s};
        QTest::newRow("nominal: hidden text and a data table")
            << u"hidden-and-table"_s
            << QStringList {u"paragraph"_s, u"paragraph"_s, u"paragraph"_s, u"table"_s, u"paragraph"_s}
            << QStringList {u"The village show"_s, u"The largest marrow weighed 18.2 kg"_s,
                            u"Winners by class"_s, u"Class\tWinner\tPoints\nVegetables"_s,
                            u"Next year's show"_s};
        QTest::newRow("nominal: text built by scripts, stated in JSON-LD")
            << u"script-built"_s << QStringList(6, u"paragraph"_s)
            << QStringList {u"The regional rail operator will add forty new trains"_s,
                            u"The regional transport minister said"_s};
        QTest::newRow("robustness: a sign-in wall")
            << u"login-wall"_s << QStringList {u"paragraph"_s}
            << QStringList {u"Subscribe to keep reading this article."_s};
    }

    void blocks()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, kinds);
        QFETCH(QStringList, starts);
        const Article a = cleanFixture(fixture);
        QCOMPARE(kindsOf(a), kinds);
        qsizetype from = 0;
        for (const QString &start : starts) {
            qsizetype found = -1;
            for (qsizetype i = from; i < a.blocks.size() && found < 0; ++i)
                if (a.blocks.at(i).text.startsWith(start))
                    found = i;
            QVERIFY2(found >= 0, qPrintable(u"no block starting \"%1\" in order"_s.arg(start)));
            from = found + 1;
        }
        verifyOffsets(a);
    }

    void removedReasons_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<QStringList>("texts"); // text of removed blocks, in order
        QTest::newRow("nominal: every box around the story, with its reason")
            << u"news-article"_s
            << QStringList {u"cookie-notice"_s, u"page-header"_s, u"title"_s,         u"byline"_s,
                            u"share-bar"_s,     u"ad"_s,          u"pull-quote"_s,    u"read-more"_s,
                            u"newsletter"_s,    u"author-bio"_s,  u"related-links"_s, u"comments"_s,
                            u"page-footer"_s}
            << QStringList {u"We use cookies"_s,
                            u"The Coastal Courier\nNews\nSport\nWeather"_s,
                            u"Harbour town votes"_s,
                            u"By Ada Fielding and Tom Reyes"_s,
                            u"Share on Twitter"_s,
                            u"Advertisement"_s,
                            u"It is the heart of this town"_s,
                            u"Read more: Storm damage"_s,
                            u"Get the Courier's morning briefing."_s,
                            u"Ada Fielding covers"_s,
                            u"Related\nHarbour festival returns"_s,
                            u"Comments\nFinally!"_s,
                            u"© 2025 The Coastal Courier."_s};
        QTest::newRow("nominal: hidden text and a modal dialog")
            << u"hidden-and-table"_s << QStringList {u"dialog"_s, u"hidden"_s}
            << QStringList {u"Subscribe now"_s, u"This paragraph is hidden"_s};
        QTest::newRow("nominal: navigation cell of a layout table")
            << u"br-paragraphs"_s << QStringList {u"navigation"_s} << QStringList {u"Home\nArchive\nAbout"_s};
        QTest::newRow("nominal: page chrome around a right-to-left article")
            << u"rtl-article"_s << QStringList {u"navigation"_s, u"title"_s, u"page-footer"_s}
            << QStringList {u"الرئيسية"_s, u"افتتاح مكتبة"_s, u"جميع الحقوق"_s};
        QTest::newRow("nominal: a page shell whose text comes from JSON-LD")
            << u"script-built"_s << QStringList {u"outside-article"_s, u"navigation"_s}
            << QStringList {u"Loading the article"_s, u"Home Rail"_s};
        QTest::newRow("robustness: a sign-in form")
            << u"login-wall"_s << QStringList {u"form"_s} << QStringList {u"Email Password"_s};
    }

    void removedReasons()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, reasons);
        QFETCH(QStringList, texts);
        const Article a = cleanFixture(fixture);
        QCOMPARE(reasonsOf(a), reasons);
        for (qsizetype i = 0; i < texts.size(); ++i)
            QVERIFY2(a.removed.at(i).text.startsWith(texts.at(i)), qPrintable(a.removed.at(i).text));
        // Removed text never reaches the article.
        for (const RemovedBlock &r : a.removed)
            if (r.reason != "title"_L1 && r.reason != "pull-quote"_L1 && r.text.size() > 12)
                QVERIFY2(!a.text.contains(r.text), qPrintable(r.text));
    }

    void removedPositions()
    {
        const Article a = cleanFixture(u"news-article"_s);
        // The ad stood between the second and third paragraphs (blocks 2 and 3).
        const auto ad = std::find_if(a.removed.cbegin(), a.removed.cend(),
                                     [](const RemovedBlock &r) { return r.reason == "ad"_L1; });
        QVERIFY(ad != a.removed.cend());
        QCOMPARE(ad->beforeBlock, 3);
        QVERIFY(a.blocks.at(3).text.startsWith(u"“It is the heart"_s));
        QCOMPARE(a.removed.last().beforeBlock, a.blocks.size());
    }

    void metadata_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("authors");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("modified");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("leadImage");
        QTest::addColumn<QString>("excerpt");
        QTest::newRow("nominal: JSON-LD, OpenGraph and canonical link")
            << u"news-article"_s << u"Harbour town votes to restore its lighthouse"_s
            << QStringList {u"Ada Fielding"_s, u"Tom Reyes"_s} << u"2025-03-04T09:00:00+00:00"_s
            << u"2025-03-04T18:30:00+00:00"_s << u"The Coastal Courier"_s
            << u"https://courier.example.co.uk/news/2025/lighthouse-vote"_s << u"en"_s << u"ltr"_s
            << u"https://courier.example.co.uk/images/lighthouse-large.jpg"_s
            << u"After years of debate, the council agreed to spend 2.4 million pounds on the 1868 "
               "tower."_s;
        QTest::newRow("nominal: meta author and a date-only publication")
            << u"rtl-article"_s << u"افتتاح مكتبة جديدة في المدينة"_s << QStringList {u"سارة أحمد"_s}
            << u"2024-11-02"_s << QString() << QString() << QString() << u"ar"_s << u"rtl"_s << QString()
            << u"افتتحت البلدية يوم السبت مكتبة عامة جديدة في وسط المدينة، تضم أكثر من عشرين ألف "
               "كتاب، وقاعة للقراءة، ومساحة مخصصة للأطفال."_s;
        QTest::newRow("nominal: written date in a meta tag, language from the text")
            << u"hidden-and-table"_s << u"Results of the village show"_s << QStringList {u"Priya Natarajan"_s}
            << u"2023-03-09"_s << QString() << QString() << QString() << u"en"_s << u"ltr"_s << QString()
            << u"The village show drew a record crowd on Saturday, with more than four hundred "
               "entries in the vegetable, baking and flower classes, and the judges needed the "
               "whole afternoon."_s;
        QTest::newRow("nominal: Chinese from the script")
            << u"mislabelled-utf8"_s << u"新公园开放"_s << QStringList {} << QString() << QString()
            << QString() << QString() << u"zh"_s << u"ltr"_s << QString()
            << u"市政府周六宣布，位于河边的新公园正式向公众开放，公园占地约二十公顷，设有步道、花园和儿童游乐场。"_s;
    }

    void metadata()
    {
        QFETCH(QString, fixture);
        const Article a = cleanFixture(fixture);
        QTEST(a.title, "title");
        QTEST(a.authors, "authors");
        QTEST(a.published, "published");
        QTEST(a.modified, "modified");
        QTEST(a.site, "site");
        QTEST(a.url, "url");
        QTEST(a.lang, "lang");
        QTEST(a.dir, "dir");
        QTEST(a.leadImage, "leadImage");
        QTEST(a.excerpt, "excerpt");
        QCOMPARE(a.sourceKind, u"html"_s);
    }

    void spans()
    {
        const Article a = cleanFixture(u"news-article"_s);
        const Block *first = blockWith(a, u"The town council"_s);
        QVERIFY(first);
        QCOMPARE(first->spans.size(), 1);
        QCOMPARE(first->spans.first().kind, InlineSpan::Kind::Link);
        QCOMPARE(spanText(*first, first->spans.first()), u"1868 lighthouse"_s);
        QCOMPARE(first->spans.first().href, u"https://courier.example.co.uk/topics/lighthouse"_s);
        const Block *strong = blockWith(a, u"Councillors approved"_s);
        QVERIFY(strong && strong->spans.size() == 1);
        QCOMPARE(strong->spans.first().kind, InlineSpan::Kind::Strong);
        QCOMPARE(spanText(*strong, strong->spans.first()), u"nine votes to four"_s);
        const Block *em = blockWith(a, u"“It is the"_s);
        QVERIFY(em && em->spans.size() == 1);
        QCOMPARE(em->spans.first().kind, InlineSpan::Kind::Emphasis);
        QCOMPARE(spanText(*em, em->spans.first()), u"heart"_s);

        const Article b = cleanFixture(u"hidden-and-table"_s);
        const Block *code = blockWith(b, u"The largest marrow"_s);
        QVERIFY(code && code->spans.size() == 2);
        QCOMPARE(code->spans.at(0).kind, InlineSpan::Kind::Code);
        QCOMPARE(spanText(*code, code->spans.at(0)), u"18.2 kg"_s);
        QCOMPARE(spanText(*code, code->spans.at(1)), u"Mrs Jones"_s);
        QCOMPARE(code->spans.at(1).href, u"https://example.org/people/jones"_s);
    }

    void figuresAndTables()
    {
        const Article a = cleanFixture(u"news-article"_s);
        const Block *figure = blockWith(a, u"The lighthouse has been dark"_s);
        QVERIFY(figure);
        QCOMPARE(figure->kind, Block::Kind::Figure);
        QCOMPARE(figure->text, u"The lighthouse has been dark since 2009."_s);
        QCOMPARE(figure->credit, u"Photo: Mara Quinn"_s);
        QCOMPARE(figure->alt, u"The white tower on the harbour wall"_s);
        QCOMPARE(figure->imageUrl, u"https://courier.example.co.uk/images/lighthouse.jpg"_s);
        QVERIFY(!a.text.contains(u"Mara Quinn"_s));

        const Block *table = blockWith(a, u"Item\tCost"_s);
        QVERIFY(table);
        QCOMPARE(table->rows.size(), 4);
        QCOMPARE(table->rows.at(0).at(0), (TableCell {u"Item"_s, true, 1, 1}));
        QCOMPARE(table->rows.at(3).at(1).text, u"£0.5m"_s);
        QCOMPARE(table->text, u"Item\tCost\nStonework\t£1.1m\nLantern\t£0.8m\nVisitor centre\t£0.5m"_s);

        const Article b = cleanFixture(u"hidden-and-table"_s);
        const Block *winners = blockWith(b, u"Class\t"_s);
        QVERIFY(winners);
        QCOMPARE(winners->rows.last().first().colspan, 2);
        QCOMPARE(winners->spans.size(), 1);
        QCOMPARE(spanText(*winners, winners->spans.first()), u"R. Ahmed"_s);
        QCOMPARE(winners->spans.first().href, u"/people/ahmed"_s); // no base URL to resolve against
    }

    void pageUrlResolvesLinks()
    {
        const QByteArray html = GlossTest::readAll(GlossTest::fixturePath("html/hidden-and-table.html"));
        const Article a = HtmlCleaner::clean(html, QUrl(u"https://show.example.net/2023/results"_s));
        const Block *winners = blockWith(a, u"Class\t"_s);
        QVERIFY(winners);
        QCOMPARE(winners->spans.first().href, u"https://show.example.net/people/ahmed"_s);
    }

    void equationsStay()
    {
        // MathJax marks every equation "CtxtMenu_Attached", which reads as a menu.
        const QByteArray html =
            "<html><body><div class=\"post\"><p>The roots of a quadratic equation are where "
            "it crosses the axis, and there are two of them when</p>"
            "<mjx-container class=\"MathJax CtxtMenu_Attached_0\"><math><mi>a</mi><mo>&#x2260;</mo>"
            "<mn>0</mn></math></mjx-container>, as every student learns early on, and then"
            "<mjx-container class=\"MathJax CtxtMenu_Attached_0\" display=\"true\"><math display=\"block\">"
            "<mi>x</mi><mo>=</mo><mn>1</mn></math></mjx-container>"
            "<p>is one of them, in the simplest case, which the next chapter explains at length.</p>"
            "</div></body></html>";
        const Article a = HtmlCleaner::clean(html);
        QVERIFY2(blockWith(a, u"a≠0, as every student"_s), qPrintable(a.text));
        QVERIFY2(blockWith(a, u"x=1"_s), qPrintable(a.text));
        verifyOffsets(a);
    }

    void charset_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("text");
        auto page = [](const QByteArray &head, const QByteArray &body) -> QByteArray {
            return "<html><head>" + head + "</head><body><p>" + body + "</p></body></html>";
        };
        QTest::newRow("nominal: UTF-8 byte order mark") << QByteArray("\xEF\xBB\xBF") +
                page("",
                     "Gr\xC3\xBC\xC3\x9F"
                     "e") << u"Grüße"_s;
        QTest::newRow("nominal: UTF-16 with a byte order mark") << QByteArray("\xFF\xFE") +
                QByteArray(reinterpret_cast<const char *>(u"<html><body><p>Grüße</p></body></html>"), 38 * 2)
                                                                << u"Grüße"_s;
        QTest::newRow("nominal: <meta charset>")
            << page("<meta charset=\"windows-1251\">", "\xCF\xF0\xE8\xE2\xE5\xF2") << u"Привет"_s;
        QTest::newRow("nominal: http-equiv")
            << page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", "Caf\xE9")
            << u"Café"_s;
        QTest::newRow("nominal: XML declaration")
            << QByteArray("<?xml version=\"1.0\" encoding=\"iso-8859-15\"?>") + page("", "\xA4 5")
            << u"€ 5"_s;
        QTest::newRow("nominal: undeclared Windows-1252")
            << page("", "\x93quoted\x94 na\xEFve") << u"“quoted” naïve"_s;
        QTest::newRow("nominal: undeclared Shift_JIS")
            << page("", "\x93\xFA\x96\x7B\x8C\xEA\x82\xCC\x95\xB6\x8F\xCD\x82\xC5\x82\xB7")
            << u"日本語の文章です"_s;
        QTest::newRow("nominal: undeclared GBK")
            << page("", "\xB9\xAB\xD4\xB0\xBD\xF1\xCC\xEC\xBF\xAA\xB7\xC5") << u"公园今天开放"_s;
        QTest::newRow("nominal: undeclared EUC-KR")
            << page("", "\xBC\xAD\xBF\xEF\xBF\xA1 \xBB\xF5 \xB0\xF8\xBF\xF8\xC0\xCC \xBF\xAD\xB7\xC8\xB4\xD9")
            << u"서울에 새 공원이 열렸다"_s;
        QTest::newRow("nominal: undeclared Windows-1251")
            << page("",
                    "\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0! \xDD\xF2\xEE \xED\xEE\xE2\xFB\xE9 "
                    "\xEF\xE0\xF0\xEA \xE2 \xF6\xE5\xED\xF2\xF0\xE5 \xE3\xEE\xF0\xEE\xE4\xE0.")
            << u"Привет, мир! Это новый парк в центре города."_s;
        QTest::newRow("robustness: UTF-8 with stray Windows-1252 bytes") << page("<meta charset=\"utf-8\">",
                                                                                 "Gr\xC3\xBC\xC3\x9F"
                                                                                 "e aus M\xFCnchen")
                                                                         << u"Grüße aus München"_s;
        QTest::newRow("robustness: UTF-8 declared as ISO-8859-1") << page("<meta charset=\"iso-8859-1\">",
                                                                          "Gr\xC3\xBC\xC3\x9F"
                                                                          "e")
                                                                  << u"Grüße"_s;
    }

    void charset()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, text);
        const Article a = HtmlCleaner::clean(html);
        QVERIFY(!a.blocks.isEmpty());
        QCOMPARE(a.blocks.first().text, text);
    }

    void prescan()
    {
        const QByteArray html =
            "<html><head><script>var a = '<div>';</script><script type=\"application/ld+json\">"
            "{\"@type\": \"NewsArticle\"}</script><style>p { x: '<p>' }</style></head><body>"
            "<!-- <p>commented out</p> --><p title=\"a > b\">kept</p></body></html>";
        const HtmlPrescan::Output out = HtmlPrescan::prepare(html, 512);
        QVERIFY(!out.html.contains("var a"));
        QVERIFY(!out.html.contains("x: "));
        QVERIFY(!out.html.contains("commented out"));
        QVERIFY(out.html.contains("{\"@type\": \"NewsArticle\"}"));
        QVERIFY(out.html.contains("<p title=\"a > b\">kept</p>"));
        QVERIFY(!out.nestingLimited);

        const QByteArray deep =
            "<body>" + QByteArray("<div>").repeated(600) + "text" + QByteArray("</div>").repeated(600);
        const HtmlPrescan::Output limited = HtmlPrescan::prepare(deep, 100);
        QVERIFY(limited.nestingLimited);
        QCOMPARE(limited.html.count("<div>"), 100);
        QCOMPARE(limited.html.count("</div>"), 100);
        QVERIFY(limited.html.contains("text"));
    }

    void isoDates_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("iso");
        QTest::newRow("nominal: date") << u"2016-03-24"_s << u"2016-03-24"_s;
        QTest::newRow("nominal: offset") << u"2024-02-03T10:15:00+01:00"_s << u"2024-02-03T10:15:00+01:00"_s;
        QTest::newRow("nominal: UTC with fractions")
            << u"2020-01-02T03:04:05.678Z"_s << u"2020-01-02T03:04:05Z"_s;
        QTest::newRow("nominal: compact offset")
            << u"2020-01-02T03:04:05+0530"_s << u"2020-01-02T03:04:05+05:30"_s;
        QTest::newRow("nominal: no zone") << u"2020-01-02 03:04"_s << u"2020-01-02T03:04:00"_s;
        QTest::newRow("nominal: RFC 2822")
            << u"Thu, 24 Mar 2016 10:15:00 +0100"_s << u"2016-03-24T10:15:00+01:00"_s;
        QTest::newRow("nominal: written") << u"March 24, 2016"_s << u"2016-03-24"_s;
        QTest::newRow("nominal: Unix time") << u"1458814500"_s << u"2016-03-24T10:15:00Z"_s;
        QTest::newRow("robustness: no date") << u"yesterday"_s << QString();
        QTest::newRow("robustness: impossible day") << u"2016-02-31"_s << QString();
    }

    void isoDates()
    {
        QFETCH(QString, value);
        QTEST(MetaText::isoDate(value), "iso");
    }

    void bylines_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QStringList>("authors");
        QTest::newRow("nominal: names")
            << u"By Ada Fielding and Tom Reyes"_s << u"By Ada Fielding and Tom Reyes"_s
            << QStringList {u"Ada Fielding"_s, u"Tom Reyes"_s};
        QTest::newRow("nominal: with a date")
            << u"By Joshua Sokol May 20, 2019"_s << u"By Joshua Sokol"_s << QStringList {u"Joshua Sokol"_s};
        QTest::newRow("nominal: with a time")
            << u"Sarah Archer 1:39 PM ET"_s << u"Sarah Archer"_s << QStringList {u"Sarah Archer"_s};
        QTest::newRow("nominal: with an age")
            << u"James Akinaka • 8h"_s << u"James Akinaka"_s << QStringList {u"James Akinaka"_s};
        QTest::newRow("nominal: list with an ampersand")
            << u"Jane Doe, John Roe & Max Mustermann"_s << u"Jane Doe, John Roe & Max Mustermann"_s
            << QStringList {u"Jane Doe"_s, u"John Roe"_s, u"Max Mustermann"_s};
        QTest::newRow("robustness: only dates")
            << u"April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm"_s << QString()
            << QStringList {};
        QTest::newRow("robustness: only a stamp")
            << u"Last Updated: January 7, 2025"_s << QString() << QStringList {};
    }

    void bylines()
    {
        QFETCH(QString, written);
        const QString byline = MetaText::cleanByline(written);
        QTEST(byline, "byline");
        QTEST(MetaText::splitAuthors(byline), "authors");
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<int>("seconds"); // the most it may take
        QTest::newRow("robustness: empty") << QByteArray() << 5;
        QTest::newRow("robustness: binary")
            << QByteArray::fromRawData("\x7f"
                                       "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00"
                                       "\x03\x00\x3e\x00\x01\x00\x00\x00\x10\x6b\x00\x00\x00\x00",
                                       30)
                   .repeated(64)
            << 5;
        QTest::newRow("robustness: no body text")
            << QByteArray("<html><body><script>x()</script></body></html>") << 5;
        QTest::newRow("robustness: frameset")
            << QByteArray("<html><frameset><frame src=a><frame src=b></frameset></html>") << 5;
        QTest::newRow("robustness: no <html>, <head> or <body>")
            << QByteArray("<title>T</title><p>Only a paragraph of text, and no body element.</p>") << 5;
        QTest::newRow("robustness: 100,000 nested divs") << QByteArray("<html><body>") +
                QByteArray("<div>").repeated(100000) + "deep text" +
                QByteArray("</div>").repeated(100000) << 10;
        QTest::newRow("robustness: 100,000 unclosed mixed tags")
            << QByteArray("<html><body>") + QByteArray("<div><span><b><i>").repeated(100000) + "x" << 10;
        QTest::newRow("robustness: 50,000 nested tables")
            << QByteArray("<html><body>") + QByteArray("<table><tr><td>").repeated(50000) + "x" << 10;
        QTest::newRow("robustness: 100,000 nested lists")
            << QByteArray("<html><body>") + QByteArray("<ul><li>").repeated(100000) + "x" << 10;
        QTest::newRow("robustness: 200,000 attributes")
            << QByteArray("<html><body><p ") + QByteArray("a=\"1\" ").repeated(200000) + ">x</p>" << 10;
        QTest::newRow("robustness: unclosed comment")
            << QByteArray("<html><body><p>before</p><!-- never closed") << 5;
        QTest::newRow("robustness: unclosed script")
            << QByteArray("<html><body><p>before</p><script>var s = '") << 5;
        QTest::newRow("robustness: invalid UTF-8")
            << QByteArray("<meta charset=utf-8><p>ok \xC3\x28 \xA0\xA1 \xF0\x28\x8C\xBC \xFF end</p>") << 5;
        QTest::newRow("robustness: unclosed tags")
            << QByteArray("<html><body><p>one<p>two<div><span>three") << 5;
        const QByteArray paragraph = QByteArray(
            "<p>" + QByteArray("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ").repeated(20) +
            "</p>\n");
        QByteArray big = QByteArray("<html><body><article>") +
            paragraph.repeated(int(Cleaner::MaxInputBytes / paragraph.size()) - 1);
        big += QByteArray(int(Cleaner::MaxInputBytes - big.size()), ' ');
        QTest::newRow("robustness: 50 MB") << big << 60;
        QTest::newRow("robustness: over 50 MB") << QByteArray(big + "x") << 5;
    }

    void badInput()
    {
        QFETCH(QByteArray, html);
        QFETCH(int, seconds);
        QElapsedTimer timer;
        timer.start();
        // Either a clear error or an article; never a crash or a hang.
        const auto result = Cleaner::clean(html, u"x.html"_s);
        QVERIFY2(timer.elapsed() < seconds * 1000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
        if (!result) {
            QVERIFY(!result.error().message.isEmpty());
            return;
        }
        QVERIFY(!result.value().blocks.isEmpty());
        for (const Block &b : result.value().blocks)
            QCOMPARE(result.value().text.mid(b.start, b.text.size()), b.text);
    }

    void badInputErrors()
    {
        QCOMPARE(int(Cleaner::clean({}, u"x.html"_s).error().code), int(Error::Code::Format));
        const auto frameset = Cleaner::clean("<html><frameset><frame src=a></frameset></html>", u"x.html"_s);
        QVERIFY(!frameset);
        QVERIFY(!frameset.error().message.isEmpty());
        const auto deep = Cleaner::clean(
            QByteArray("<body>") + QByteArray("<div>").repeated(100000) + "deep text", u"x.html"_s);
        QVERIFY(deep);
        QCOMPARE(deep.value().text, u"deep text"_s);
    }
};

QTEST_GUILESS_MAIN(TestHtmlCleaner)
#include "tst_htmlcleaner.moc"
