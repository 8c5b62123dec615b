// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/cleaner.h"
#include "article/textdumpcleaner.h"
#include "testutil.h"

#include <QTest>

using namespace Gloss;
using namespace Qt::StringLiterals;

class TestTextDumpCleaner : public QObject
{
    Q_OBJECT

    Article m_seed;

    const Block *findBlock(const QString &startsWith) const
    {
        for (const Block &b : m_seed.blocks)
            if (b.text.startsWith(startsWith))
                return &b;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray bytes = GlossTest::readAll(GlossTest::samplePath());
        QVERIFY(!bytes.isEmpty());
        auto article = Cleaner::clean(bytes, u"palmyra.txt"_s);
        QVERIFY(article);
        m_seed = article.value();
    }

    void seed_metadata()
    {
        QCOMPARE(m_seed.title, u"Assad forces close in on Palmyra"_s);
        QCOMPARE(m_seed.authors, QStringList({u"Jacob Alexander"_s, u"Lewis Sanders IV"_s}));
        QCOMPARE(m_seed.published, u"2016-03-24"_s);
        QCOMPARE(m_seed.url, u"https://p.dw.com/p/1IIjQ"_s);
        QCOMPARE(m_seed.site, u"dw.com"_s);
        QCOMPARE(m_seed.lang, u"en"_s);
        QCOMPARE(m_seed.dir, u"ltr"_s);
        QCOMPARE(m_seed.agencies, QStringList({u"AFP"_s, u"Reuters"_s}));
        QCOMPARE(m_seed.signOff, u"ls, jar/msh (AFP, Reuters)"_s);
    }

    void seed_bodyLeavesOutPageChrome_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("nominal: skip link") << u"Skip to content"_s;
        QTest::newRow("nominal: menu skip link") << u"Skip to main menu"_s;
        QTest::newRow("nominal: short link") << u"p.dw.com"_s;
        QTest::newRow("nominal: image credit dpa") << u"Image: dpa"_s;
        QTest::newRow("nominal: image credit AP") << u"Image: picture alliance"_s;
        QTest::newRow("nominal: agency sign-off") << u"jar/msh"_s;
        QTest::newRow("nominal: byline") << u"Lewis Sanders IVMarch"_s;
    }

    void seed_bodyLeavesOutPageChrome()
    {
        QFETCH(QString, text);
        QVERIFY2(!m_seed.text.contains(text), qPrintable(text));
    }

    void seed_removedBlocksKeepTheirReason()
    {
        QStringList reasons;
        for (const RemovedBlock &r : m_seed.removed)
            reasons << r.reason + u": "_s + r.text;
        QVERIFY(reasons.contains(u"navigation: 1. Skip to content"_s));
        QVERIFY(reasons.contains(u"navigation: 3. Skip to more DW sites"_s));
        QVERIFY(reasons.contains(u"short-link: https://p.dw.com/p/1IIjQ"_s));
        QVERIFY(reasons.contains(u"agency-sign-off: ls, jar/msh (AFP, Reuters)"_s));
    }

    void seed_figuresAndHeadings()
    {
        const Block *arch = findBlock(u"Triumphbogen in Palmyra"_s);
        QVERIFY(arch);
        QCOMPARE(arch->kind, Block::Kind::Figure);
        QCOMPARE(arch->credit, u"dpa"_s);

        const Block *temple = findBlock(u"This undated photo released August 25, 2015"_s);
        QVERIFY(temple);
        QCOMPARE(temple->kind, Block::Kind::Figure);
        QCOMPARE(temple->credit, u"picture alliance/AP Photo"_s);
        QCOMPARE(temple->alt, u"Syrien Tempel Baal Shamin in Palmyra Sprengung"_s);
        QVERIFY(temple->text.endsWith(u"caravan city of Palmyra."_s));

        const Block *heading = findBlock(u"The fate of Assad"_s);
        QVERIFY(heading);
        QCOMPARE(heading->kind, Block::Kind::Heading);

        int figures = 0, headings = 0, paragraphs = 0;
        for (const Block &b : m_seed.blocks) {
            figures += b.kind == Block::Kind::Figure;
            headings += b.kind == Block::Kind::Heading;
            paragraphs += b.kind == Block::Kind::Paragraph;
        }
        QCOMPARE(figures, 2);
        QCOMPARE(headings, 1);
        QCOMPARE(paragraphs, 15);
    }

    void seed_offsetsAreExact()
    {
        QVERIFY(m_seed.text.startsWith(u"Pro-Assad forces have launched"_s));
        QVERIFY(m_seed.text.endsWith(u"committed to ending Syria's devastating conflict."_s));
        for (const Block &b : m_seed.blocks)
            QCOMPARE(m_seed.text.mid(b.start, b.text.size()), b.text);
    }

    void clean_variants_data()
    {
        QTest::addColumn<QString>("dump");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("authors");
        QTest::addColumn<QString>("published");
        QTest::addColumn<int>("blocks");
        QTest::newRow("nominal: by-line with 'By' and day-first date")
            << u"Menu\nSearch\n\nA headline here\n\nBy Jane Doe and John Roe | 5 May 2021\n\n"
               "First paragraph of the story.\n\nSecond paragraph.\n"_s
            << u"A headline here"_s << QStringList {u"Jane Doe"_s, u"John Roe"_s} << u"2021-05-05"_s << 2;
        QTest::newRow("nominal: soft-wrapped paragraph joins")
            << u"Headline\n\nThis sentence is wrapped\nacross two lines.\n\nEnd.\n"_s << u"Headline"_s
            << QStringList {} << QString() << 2;
        QTest::newRow("nominal: list items") << u"Headline\n\n- first point\n- second point\n"_s
                                             << u"Headline"_s << QStringList {} << QString() << 2;
        QTest::newRow("robustness: windows line ends")
            << u"Headline\r\n\r\nBody text.\r\n"_s << u"Headline"_s << QStringList {} << QString() << 1;
        QTest::newRow("robustness: only a headline")
            << u"Only a line"_s << u"Only a line"_s << QStringList {} << QString() << 0;
    }

    void clean_variants()
    {
        QFETCH(QString, dump);
        QFETCH(QString, title);
        QFETCH(QStringList, authors);
        QFETCH(QString, published);
        QFETCH(int, blocks);
        const Article a = TextDumpCleaner::clean(dump);
        QCOMPARE(a.title, title);
        QCOMPARE(a.authors, authors);
        QCOMPARE(a.published, published);
        QCOMPARE(a.blocks.size(), blocks);
        for (const Block &b : a.blocks)
            QCOMPARE(a.text.mid(b.start, b.text.size()), b.text);
    }

    void cleaner_badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("robustness: empty") << QByteArray();
        QTest::newRow("robustness: white space") << QByteArray("  \n\n\t ");
        QTest::newRow("robustness: binary") << QByteArray("\x7f"
                                                          "ELF\x02\x01\x01\x00\x00\x00\x00",
                                                          12);
        QTest::newRow("robustness: headline only, no body") << QByteArray("Just a title");
    }

    void cleaner_badInput()
    {
        QFETCH(QByteArray, bytes);
        const auto result = Cleaner::clean(bytes, u"input.txt"_s);
        QVERIFY(!result);
        QVERIFY(!result.error().message.isEmpty());
    }

    void cleaner_decodesLegacyEncodings()
    {
        // "Café in Köln" in Windows-1252, which is not valid UTF-8.
        const QByteArray latin = "Headline\n\nCaf\xe9 in K\xf6ln, said the report.\n";
        const auto result = Cleaner::clean(latin, u"x.txt"_s);
        QVERIFY(result);
        QCOMPARE(result.value().blocks.first().text, u"Café in Köln, said the report."_s);
    }
};

QTEST_GUILESS_MAIN(TestTextDumpCleaner)
#include "tst_textdumpcleaner.moc"
