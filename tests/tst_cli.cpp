// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

    struct Run {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(GLOSS_CLI_PATH), args);
        if (!p.waitForFinished(60000))
            return {-1, {}, "timeout"};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void clean_sample()
    {
        const Run r = run({u"clean"_s, GlossTest::samplePath()});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject a = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(a.value("title"_L1).toString(), u"Assad forces close in on Palmyra"_s);
        QCOMPARE(a.value("authors"_L1).toArray(),
                 QJsonArray({u"Jacob Alexander"_s, u"Lewis Sanders IV"_s}));
        QCOMPARE(a.value("published"_L1).toString(), u"2016-03-24"_s);
        QCOMPARE(a.value("lang"_L1).toString(), u"en"_s);
        QCOMPARE(a.value("url"_L1).toString(), u"https://p.dw.com/p/1IIjQ"_s);
        const QString text = a.value("text"_L1).toString();
        QVERIFY(!text.contains(u"Skip to"_s));
        QVERIFY(!text.contains(u"p.dw.com"_s));
        QVERIFY(!text.contains(u"Image:"_s));
        int figures = 0;
        for (const QJsonValue &v : a.value("blocks"_L1).toArray()) {
            const QJsonObject b = v.toObject();
            const QString blockText = b.value("text"_L1).toString();
            QCOMPARE(text.mid(b.value("start"_L1).toInt(), blockText.size()), blockText);
            figures += b.value("kind"_L1).toString() == "figure"_L1;
            if (blockText == "The fate of Assad"_L1)
                QCOMPARE(b.value("kind"_L1).toString(), u"heading"_s);
        }
        QCOMPARE(figures, 2);
    }

    void clean_textFormat()
    {
        const Run r = run({u"clean"_s, u"--format"_s, u"text"_s, GlossTest::samplePath()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Assad forces close in on Palmyra\n\nPro-Assad forces"));
    }

    void entities_sample()
    {
        const Run r = run({u"entities"_s, GlossTest::samplePath()});
        QCOMPARE(r.exitCode, 0);
        QStringList names;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            names << v.toObject().value("name"_L1).toString();
        QVERIFY(names.contains(u"John Kerry"_s));
        QVERIFY(!names.contains(u"Meanwhile"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("robustness: missing file") << QStringList{u"clean"_s, u"/no/such/file.txt"_s} << 1;
        QTest::newRow("robustness: unknown command") << QStringList{u"frobnicate"_s, u"x"_s} << 2;
        QTest::newRow("robustness: unknown format")
            << QStringList{u"clean"_s, u"--format"_s, u"yaml"_s, GlossTest::samplePath()} << 2;
        QTest::newRow("robustness: no arguments") << QStringList{} << 2;
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
