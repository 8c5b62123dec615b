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
        a.blocks = {heading, para, figure};
        a.removed = {{u"Skip to content"_s, u"navigation"_s, 0}};
        a.rebuildText();
        return a;
    }

private Q_SLOTS:
    void rebuildText_offsetsMatchBlocks()
    {
        const Article a = sample();
        QCOMPARE(a.text, u"Heading\n\nA paragraph with emoji 🙂 and عربي.\n\nA caption."_s);
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
        QTest::newRow("robustness: newer schema") << future << int(Error::Code::Unsupported);
        QTest::newRow("robustness: no schema version") << noVersion << int(Error::Code::Format);
        QTest::newRow("robustness: unknown block kind") << badKind << int(Error::Code::Format);
        QTest::newRow("robustness: text does not match blocks") << mismatch << int(Error::Code::Format);
        QTest::newRow("robustness: blocks not a list") << blocksNotList << int(Error::Code::Format);
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
