// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/article.h"

#include <QJsonArray>
#include <QTest>

using namespace Gloss;
using namespace Qt::StringLiterals;

class TestArticle : public QObject
{
    Q_OBJECT

    static Article sample()
    {
        Article a;
        a.title = u"Title"_s;
        a.authors = {u"A. Writer"_s, u"B. Writer"_s};
        a.published = u"2016-03-24"_s;
        a.lang = u"en"_s;
        Block heading;
        heading.kind = Block::Kind::Heading;
        heading.level = 2;
        heading.text = u"Heading"_s;
        Block para;
        para.text = u"A paragraph with emoji 🙂 and عربي."_s;
        Block figure;
        figure.kind = Block::Kind::Figure;
        figure.text = u"A caption."_s;
        figure.credit = u"dpa"_s;
        Block table;
        table.kind = Block::Kind::Table;
        table.rows = {{{u"City"_s, true, 1, 1}, {u"People"_s, true, 1, 1}},
                      {{u"Palmyra"_s, false, 1, 1}, {u"about 50,000"_s, false, 1, 1}},
                      {{u"Both columns"_s, false, 2, 1}}};
        table.text = Block::tableText(table.rows);
        table.spans = {{InlineSpan::Kind::Link, 12, 19, u"https://example.org/palmyra"_s}};
        para.spans = {{InlineSpan::Kind::Emphasis, 2, 11, {}},
                      {InlineSpan::Kind::Link, 12, 16, u"https://example.org/"_s}};
        a.blocks = {heading, para, figure, table};
        a.leadImage = u"https://example.org/lead.jpg"_s;
        a.excerpt = u"A short summary."_s;
        a.removed = {{u"Skip to content"_s, u"navigation"_s, 0}};
        a.rebuildText();
        return a;
    }

private Q_SLOTS:
    void rebuildText_offsetsMatchBlocks()
    {
        const Article a = sample();
        QCOMPARE(a.text,
                 u"Heading\n\nA paragraph with emoji 🙂 and عربي.\n\nA caption.\n\n"
                 "City\tPeople\nPalmyra\tabout 50,000\nBoth columns"_s);
        for (const Block &b : a.blocks)
            QCOMPARE(a.text.mid(b.start, b.text.size()), b.text);
    }

    void json_roundTrip()
    {
        const Article a = sample();
        const auto back = Article::fromJson(a.toJson());
        QVERIFY(back);
        QCOMPARE(back.value(), a);
        QCOMPARE(a.toJson().value("contentHash"_L1).toString(), a.contentHash());
    }

    void json_spansAndTables()
    {
        const QJsonObject o = sample().toJson();
        QCOMPARE(o.value("leadImage"_L1).toString(), u"https://example.org/lead.jpg"_s);
        QCOMPARE(o.value("excerpt"_L1).toString(), u"A short summary."_s);
        const QJsonArray blocks = o.value("blocks"_L1).toArray();
        const QJsonObject span = blocks.at(1).toObject().value("spans"_L1).toArray().at(1).toObject();
        QCOMPARE(span.value("kind"_L1).toString(), u"link"_s);
        QCOMPARE(span.value("start"_L1).toInt(), 12);
        QCOMPARE(span.value("end"_L1).toInt(), 16);
        QCOMPARE(span.value("href"_L1).toString(), u"https://example.org/"_s);
        QVERIFY(!blocks.at(0).toObject().contains("spans"_L1));
        const QJsonObject table = blocks.at(3).toObject();
        QCOMPARE(table.value("kind"_L1).toString(), u"table"_s);
        const QJsonArray rows = table.value("rows"_L1).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toArray().at(0).toObject(),
                 (QJsonObject {{"text"_L1, u"City"_s}, {"header"_L1, true}}));
        QCOMPARE(rows.at(2).toArray().at(0).toObject(),
                 (QJsonObject {{"text"_L1, u"Both columns"_s}, {"colspan"_L1, 2}}));

        // Span kinds from a newer Gloss are skipped, not refused.
        QJsonObject newer = o;
        QJsonArray list = newer.value("blocks"_L1).toArray();
        QJsonObject para = list.at(1).toObject();
        para.insert("spans"_L1,
                    QJsonArray {QJsonObject {{"kind"_L1, u"sparkle"_s}, {"start"_L1, 0}, {"end"_L1, 1}}});
        list.replace(1, para);
        newer.insert("blocks"_L1, list);
        const auto back = Article::fromJson(newer);
        QVERIFY(back);
        QVERIFY(back.value().blocks.at(1).spans.isEmpty());
    }

    void byteOrderMarks_dropped()
    {
        // U+FEFF is invisible, and Qt's JSON reader drops one that starts a
        // string: an article holding one would load back with its offsets moved.
        const QChar bom(0xFEFF);
        Article a = sample();
        a.title = bom + a.title;
        a.authors.prepend(QString(bom));
        // Marks, and the space one leaves at the start, go; the spans follow.
        a.blocks[1].text = bom + u" "_s + a.blocks[1].text.first(5) + bom + a.blocks[1].text.sliced(5);
        a.blocks[1].spans = {{InlineSpan::Kind::Emphasis, 4, 14, {}},
                             {InlineSpan::Kind::Link, 15, 19, u"https://example.org/"_s + bom}};
        a.blocks[3].rows[1][0].text = bom + a.blocks[3].rows[1][0].text;
        a.blocks[3].text = Block::tableText(a.blocks[3].rows);
        a.blocks[3].spans = {{InlineSpan::Kind::Link, 12, 20, u"https://example.org/palmyra"_s}};
        Block onlyMarks;
        onlyMarks.text = bom + u" "_s + bom;
        a.blocks.insert(1, onlyMarks);
        a.removed.append({u"Related"_s, u"related"_s, 3});
        a.removed.append({QString(bom), u"navigation"_s, 1});
        a.rebuildText();
        QVERIFY(a.text.contains(bom));

        a.dropByteOrderMarks();
        const Article expected = [] {
            Article e = sample();
            e.removed.append({u"Related"_s, u"related"_s, 2});
            e.rebuildText();
            return e;
        }();
        QCOMPARE(a, expected);
        const auto back = Article::fromJson(a.toJson());
        QVERIFY(back);
        QCOMPARE(back.value(), a);
    }

    void fromJson_rejects_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::addColumn<int>("code");
        QJsonObject good = sample().toJson();
        QJsonObject future = good;
        future.insert("schemaVersion"_L1, Article::SchemaVersion + 1);
        QJsonObject noVersion = good;
        noVersion.remove("schemaVersion"_L1);
        QJsonObject badKind = good;
        QJsonArray blocks = badKind.value("blocks"_L1).toArray();
        QJsonObject b0 = blocks.at(0).toObject();
        b0.insert("kind"_L1, u"marquee"_s);
        blocks.replace(0, b0);
        badKind.insert("blocks"_L1, blocks);
        QJsonObject mismatch = good;
        mismatch.insert("text"_L1, u"something else"_s);
        QJsonObject blocksNotList = good;
        blocksNotList.insert("blocks"_L1, u"x"_s);
        auto withBlock = [&good](int index, const char *key, const QJsonValue &value) {
            QJsonObject changed = good;
            QJsonArray list = changed.value("blocks"_L1).toArray();
            QJsonObject block = list.at(index).toObject();
            block.insert(QLatin1StringView(key), value);
            list.replace(index, block);
            changed.insert("blocks"_L1, list);
            changed.remove("text"_L1);
            return changed;
        };
        const QJsonObject spanOutside = withBlock(
            1, "spans", QJsonArray {QJsonObject {{"kind"_L1, u"em"_s}, {"start"_L1, 2}, {"end"_L1, 999}}});
        const QJsonObject spanBackwards = withBlock(
            1, "spans", QJsonArray {QJsonObject {{"kind"_L1, u"em"_s}, {"start"_L1, 5}, {"end"_L1, 2}}});
        const QJsonObject tableMismatch =
            withBlock(3, "rows", QJsonArray {QJsonArray {QJsonObject {{"text"_L1, u"Other"_s}}}});
        QTest::newRow("robustness: newer schema") << future << int(Error::Code::Unsupported);
        QTest::newRow("robustness: no schema version") << noVersion << int(Error::Code::Format);
        QTest::newRow("robustness: unknown block kind") << badKind << int(Error::Code::Format);
        QTest::newRow("robustness: text does not match blocks") << mismatch << int(Error::Code::Format);
        QTest::newRow("robustness: blocks not a list") << blocksNotList << int(Error::Code::Format);
        QTest::newRow("robustness: span beyond its block") << spanOutside << int(Error::Code::Format);
        QTest::newRow("robustness: span ending before it starts")
            << spanBackwards << int(Error::Code::Format);
        QTest::newRow("robustness: table text does not match its cells")
            << tableMismatch << int(Error::Code::Format);
    }

    void fromJson_rejects()
    {
        QFETCH(QJsonObject, object);
        QFETCH(int, code);
        const auto result = Article::fromJson(object);
        QVERIFY(!result);
        QCOMPARE(int(result.error().code), code);
        QVERIFY(!result.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArticle)
#include "tst_article.moc"
