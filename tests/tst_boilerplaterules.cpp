// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/cuewords.h"
#include "article/htmlcleaner.h"
#include "article/removalreasons.h"

#include <QTest>

using namespace Gloss;
using namespace Qt::StringLiterals;

namespace {
// Three paragraphs of story, long enough for the cleaner to take the article.
const QString Story =
    u"<p>The council voted on Tuesday to rebuild the old bridge over the river, after a year of "
    "debate about its cost, its design and the traffic it would carry into the town centre.</p>"
    "<p>Engineers had warned that the structure, built in 1902, could no longer carry buses, and "
    "the regional government agreed to pay for half of the work, which starts in the spring.</p>"
    "<p>Residents who spoke at the meeting asked for a wider footpath and a cycle lane, and the "
    "council promised to publish the final plans before the end of the year for comment.</p>"_s;

Article cleanPage(const QString &before, const QString &after, const QString &url = {})
{
    const QString html = u"<html><head><title>Bridge to be rebuilt</title></head><body>"
                         "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"_s +
        before + Story + after + u"</article><footer>Footer</footer></body></html>"_s;
    return HtmlCleaner::clean(html.toUtf8(), QUrl(url));
}

QString reasonOf(const Article &a, const QString &text)
{
    for (const RemovedBlock &r : a.removed)
        if (r.text.simplified() == text)
            return r.reason;
    return {};
}

bool kept(const Article &a, const QString &text)
{
    return a.text.contains(text);
}
} // namespace

class TestBoilerplateRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesRemoved_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("reason");
        auto row = [](const char *name, const QString &before, const QString &after, const QString &line,
                      const QString &reason) {
            QTest::newRow(name) << before << after << line << reason;
        };
        row("nominal: update line (en)", u"<p>Updated at 1:23 p.m.</p>"_s, {}, u"Updated at 1:23 p.m."_s,
            RemovalReason::Dateline);
        row("nominal: published and updated (en)",
            u"<p>PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:02, Tue, Nov 19, 2019</p>"_s, {},
            u"PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:02, Tue, Nov 19, 2019"_s,
            RemovalReason::Dateline);
        row("nominal: created on (de)", u"<p>Erstellt am Dienstag 6. Mai 2014</p>"_s, {},
            u"Erstellt am Dienstag 6. Mai 2014"_s, RemovalReason::Dateline);
        row("nominal: bare date (pl)", u"<p>12 marca 2021</p>"_s, {}, u"12 marca 2021"_s,
            RemovalReason::Dateline);
        row("nominal: bare date and time", u"<p>03.04.2020 19:49</p>"_s, {}, u"03.04.2020 19:49"_s,
            RemovalReason::Dateline);
        row("nominal: by-name-date line", u"<p>By Jane Doe - Nov 19, 2019</p>"_s, {},
            u"By Jane Doe - Nov 19, 2019"_s, RemovalReason::Byline);
        row("nominal: photo credit line", {}, u"<p>Photo: Jane Doe / Associated Press</p>"_s,
            u"Photo: Jane Doe / Associated Press"_s, RemovalReason::ImageCredit);
        row("nominal: agency credit line", {}, u"<p>AFP / Marco Rossi</p>"_s, u"AFP / Marco Rossi"_s,
            RemovalReason::ImageCredit);
        row("nominal: share row", {}, u"<p>Whatsapp Facebook Pint Baixar</p>"_s,
            u"Whatsapp Facebook Pint Baixar"_s, RemovalReason::ShareBar);
        row("nominal: ad label", u"<p>Advert</p>"_s, {}, u"Advert"_s, RemovalReason::Advertisement);
        row("nominal: slideshow notice", {}, u"<p>This slideshow requires JavaScript.</p>"_s,
            u"This slideshow requires JavaScript."_s, RemovalReason::Boilerplate);
        row("nominal: shortcode", {}, u"<p>[button link=\"https://example.org/shop\"]Buy now[/button]</p>"_s,
            u"[button link=\"https://example.org/shop\"]Buy now[/button]"_s, RemovalReason::Shortcode);
        row("nominal: teaser (es)", {}, u"<p>LEA TAMBIÉN: El puente nuevo costará el doble</p>"_s,
            u"LEA TAMBIÉN: El puente nuevo costará el doble"_s, RemovalReason::ReadMore);
        row("nominal: teaser (pl)", {}, u"<p>Czytaj też: Nowy most w mieście</p>"_s,
            u"Czytaj też: Nowy most w mieście"_s, RemovalReason::ReadMore);
        row("nominal: copyright (en)", {}, u"<p>© 2020 Example Media Inc. All Rights Reserved.</p>"_s,
            u"© 2020 Example Media Inc. All Rights Reserved."_s, RemovalReason::Copyright);
        row("nominal: copyright (pl)", {}, u"<p>Materiał chroniony prawem autorskim.</p>"_s,
            u"Materiał chroniony prawem autorskim."_s, RemovalReason::Copyright);
        row("nominal: contact line (de)", {}, u"<p>Tel.: 030 1234 5678, Fax: 030 1234 5679</p>"_s,
            u"Tel.: 030 1234 5678, Fax: 030 1234 5679"_s, RemovalReason::Contact);
        row("nominal: citation box", {},
            u"<p>Citation: Bridge to be rebuilt (2020, May 3) retrieved 4 May 2020 from https://example.org/</p>"_s,
            u"Citation: Bridge to be rebuilt (2020, May 3) retrieved 4 May 2020 from https://example.org/"_s,
            RemovalReason::Citation);
        row("nominal: subscription (en)", {}, u"<p>Subscribe now to our e-edition for the full story.</p>"_s,
            u"Subscribe now to our e-edition for the full story."_s, RemovalReason::Subscription);
        row("nominal: follow us (es)", {}, u"<p>Síguenos en Twitter y Facebook.</p>"_s,
            u"Síguenos en Twitter y Facebook."_s, RemovalReason::Subscription);
        row("nominal: tag list (de)", {}, u"<p>Schlagwörter: Brücke, Verkehr, Stadtrat</p>"_s,
            u"Schlagwörter: Brücke, Verkehr, Stadtrat"_s, RemovalReason::TagList);
        row("nominal: comments line (de)", {}, u"<p>Keine Kommentare</p>"_s, u"Keine Kommentare"_s,
            RemovalReason::Comments);
        row("nominal: comment policy (en)", {}, u"<p>Comments are moderated before they appear.</p>"_s,
            u"Comments are moderated before they appear."_s, RemovalReason::Comments);
        row("nominal: rating prompt (de)", {}, u"<p>War der Artikel nützlich?</p>"_s,
            u"War der Artikel nützlich?"_s, RemovalReason::Disclaimer);
        row("nominal: own channel (es)", {}, u"<p>¡Mira lo que tiene nuestro canal de YouTube!</p>"_s,
            u"¡Mira lo que tiene nuestro canal de YouTube!"_s, RemovalReason::Subscription);
        row("nominal: field label without value", {}, u"<p>Von:</p>"_s, u"Von:"_s,
            RemovalReason::Boilerplate);
        row("nominal: post metadata row",
            u"<p>Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel | 0 COMMENTS</p>"_s, {},
            u"Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel | 0 COMMENTS"_s, RemovalReason::Dateline);
        row("nominal: reading time (de)", u"<p>Lesezeit: 4 Minuten</p>"_s, {}, u"Lesezeit: 4 Minuten"_s,
            RemovalReason::Boilerplate);
        row("nominal: paywall prompt (fr)", {}, u"<p>Pour lire la suite, abonnez-vous.</p>"_s,
            u"Pour lire la suite, abonnez-vous."_s, RemovalReason::Subscription);
        row("nominal: pdf download", {}, u"<p>Dieses Skript als PDF herunterladen</p>"_s,
            u"Dieses Skript als PDF herunterladen"_s, RemovalReason::Boilerplate);
        row("nominal: linked teaser between paragraphs",
            u"<p><a href='/other'>Mayor opens the new park</a></p>"_s, {}, u"Mayor opens the new park"_s,
            RemovalReason::MoreStories);
    }

    void linesRemoved()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, line);
        QFETCH(QString, reason);
        const Article a = cleanPage(before, after);
        QCOMPARE(reasonOf(a, line), reason);
        QVERIFY(!kept(a, line));
        QVERIFY(kept(a, u"The council voted on Tuesday"_s));
        QVERIFY(kept(a, u"for comment."_s));
    }

    void linesKept_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("robustness: sentence starting with Von")
            << u"Von Berlin aus fuhr die Delegation weiter nach Potsdam."_s;
        QTest::newRow("robustness: sentence with a date")
            << u"The study was published on March 3, 2020 in a journal."_s;
        QTest::newRow("robustness: telephone number is no date") << u"+81 158-23-2012"_s;
        QTest::newRow("robustness: teaser word without colon")
            << u"Read more about the plans at the town hall."_s;
        QTest::newRow("robustness: a year alone") << u"1902"_s;
        QTest::newRow("robustness: sentence naming a phone")
            << u"Informationen erteilt das Amt unter Tel. 02382 59743 gerne."_s;
    }

    void linesKept()
    {
        QFETCH(QString, line);
        const Article a = cleanPage({}, u"<p>"_s + line + u"</p>"_s);
        QVERIFY2(kept(a, line), qPrintable(reasonOf(a, line)));
    }

    void datelineLine_cutFromBlock()
    {
        const Article a = cleanPage(u"<p>24.01.2022 11:38<br>Kategorie: News</p>"_s, {});
        QCOMPARE(reasonOf(a, u"24.01.2022 11:38 Kategorie: News"_s), RemovalReason::Dateline);
        QVERIFY(!kept(a, u"Kategorie: News"_s));
        QVERIFY(!kept(a, u"24.01.2022"_s));
        const Article b = cleanPage({}, u"<p>The bridge opens in 2026.<br>Updated: 03.04.2020, 12:35</p>"_s);
        QVERIFY(kept(b, u"The bridge opens in 2026."_s));
        QCOMPARE(reasonOf(b, u"Updated: 03.04.2020, 12:35"_s), RemovalReason::Dateline);
    }

    void figureOfOnlyACredit_removed()
    {
        const Article a =
            cleanPage({}, u"<figure><img src='b.jpg'><figcaption>Foto: Jane Doe</figcaption></figure>"_s);
        QCOMPARE(reasonOf(a, u"Foto: Jane Doe"_s), RemovalReason::ImageCredit);
        for (const Block &b : a.blocks)
            QVERIFY(b.kind != Block::Kind::Figure);
    }

    void leadInHeader_restoredFromDescription()
    {
        const QString lead =
            u"The town will rebuild its oldest bridge next spring, the council decided after a year of debate."_s;
        const QString html =
            u"<html><head><title>Bridge to be rebuilt</title><meta name='description' content='"_s + lead +
            u"'></head><body><header><nav><a href='/'>Home</a></nav><p class='standfirst'>"_s + lead +
            u"</p></header><article>"_s + Story + u"</article></body></html>"_s;
        const Article a = HtmlCleaner::clean(html.toUtf8());
        QVERIFY(!a.blocks.isEmpty());
        QCOMPARE(a.blocks.first().text, lead);
        QVERIFY(!kept(a, u"Home"_s));
    }

    void captionWithCredit_becomesFigure()
    {
        const Article a = cleanPage({}, u"<p>The old bridge in winter. (Image: GETTY)</p>"_s);
        const Block *figure = nullptr;
        for (const Block &b : a.blocks)
            if (b.kind == Block::Kind::Figure)
                figure = &b;
        QVERIFY(figure);
        QCOMPARE(figure->text, u"The old bridge in winter."_s);
        QCOMPARE(figure->credit, u"GETTY"_s);
        QVERIFY(!a.text.contains(u"GETTY"_s));
    }

    void creditLine_goesToFigureBefore()
    {
        const Article a = cleanPage({},
                                    u"<figure><img src='b.jpg'><figcaption>The old bridge</figcaption>"
                                    "</figure><p>Photo: Jane Doe/AP</p>"_s);
        bool found = false;
        for (const Block &b : a.blocks)
            if (b.kind == Block::Kind::Figure && b.text == u"The old bridge"_s)
                found = b.credit == u"Jane Doe/AP"_s;
        QVERIFY(found);
        QCOMPARE(reasonOf(a, u"Photo: Jane Doe/AP"_s), RemovalReason::ImageCredit);
    }

    void datelineAndByline_becomeMetadata()
    {
        const Article a = cleanPage(
            u"<p>By Jane Doe - Nov 19, 2019</p><p>Published 4:00 am CST, Wednesday, November 20, 2019</p>"_s,
            {});
        QCOMPARE(a.byline, u"Jane Doe"_s);
        QCOMPARE(a.published.left(10), u"2019-11-20"_s);
    }

    void pageAddress_removed()
    {
        const Article a =
            cleanPage({}, u"<p>https://example.org/news/bridge</p>"_s, u"https://example.org/news/bridge"_s);
        QCOMPARE(reasonOf(a, u"https://example.org/news/bridge"_s), RemovalReason::PageAddress);
    }

    void moreStoriesHeading_takesHeadlines()
    {
        const Article a =
            cleanPage({},
                      u"<h3>You may also like</h3><ul><li><a href='/a'>Mayor opens park</a></li>"
                      "<li><a href='/b'>Buses change routes</a></li></ul>"_s);
        QCOMPARE(reasonOf(a, u"You may also like"_s), RemovalReason::MoreStories);
        QCOMPARE(reasonOf(a, u"Mayor opens park"_s), RemovalReason::MoreStories);
        QCOMPARE(reasonOf(a, u"Buses change routes"_s), RemovalReason::MoreStories);
    }

    void seeAlsoList_stays()
    {
        const Article a =
            cleanPage({}, u"<h2>See also</h2><ul><li><a href='/a'>Bridges of the region</a></li></ul>"_s);
        QVERIFY(kept(a, u"Bridges of the region"_s));
    }

    void closingLinkList_removed()
    {
        const Article a = cleanPage({},
                                    u"<p><a href='/1'>Mayor opens the new park in the east</a></p>"
                                    "<p><a href='/2'>Buses change their routes next week</a></p>"
                                    "<p><a href='/3'>Library extends its opening hours</a></p>"_s);
        QCOMPARE(reasonOf(a, u"Library extends its opening hours"_s), RemovalReason::MoreStories);
        QVERIFY(kept(a, u"for comment."_s));
    }

    void repeatedWidget_betweenItems()
    {
        QString items;
        for (const char *name : {"Oak", "Birch", "Maple"})
            items += u"<h3>%1</h3><p>The %1 grows well beside the river and gives shade in summer, "
                     "which the residents like.</p><p>Find one near you</p>"_s.arg(QLatin1StringView(name));
        const Article a = cleanPage({}, items);
        QCOMPARE(reasonOf(a, u"Find one near you"_s), RemovalReason::RepeatedWidget);
        QVERIFY(!kept(a, u"Find one near you"_s));
        QVERIFY(kept(a, u"The Maple grows well"_s));
    }

    void aboutThePublisher_closesPressRelease()
    {
        const Article a = cleanPage({},
                                    u"<h3>About Example Bridges Ltd</h3><p>Example Bridges Ltd builds and "
                                    "repairs bridges in five countries.</p><p>Press contact: Jane Doe</p>"_s);
        QCOMPARE(reasonOf(a, u"About Example Bridges Ltd"_s), RemovalReason::AboutPublisher);
        QCOMPARE(reasonOf(a, u"Example Bridges Ltd builds and repairs bridges in five countries."_s),
                 RemovalReason::AboutPublisher);
        QVERIFY(kept(a, u"for comment."_s));
    }

    void everyReason_hasALabel()
    {
        for (const QString &code :
             {RemovalReason::Dateline, RemovalReason::MoreStories, RemovalReason::RepeatedWidget,
              RemovalReason::Shortcode, RemovalReason::PageAddress, RemovalReason::Subscription,
              RemovalReason::TagList, RemovalReason::Copyright, RemovalReason::Contact,
              RemovalReason::Citation, RemovalReason::AboutPublisher, RemovalReason::Disclaimer})
            QVERIFY(RemovalReason::label(code) != code);
    }
};

QTEST_GUILESS_MAIN(TestBoilerplateRules)
#include "tst_boilerplaterules.moc"
