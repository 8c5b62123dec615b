// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss;
using namespace Qt::StringLiterals;

class TestJsonFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readObject_rejects_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::newRow("robustness: empty file") << QByteArray() << int(Error::Code::Parse);
        QTest::newRow("robustness: white space only") << QByteArray(" \n ") << int(Error::Code::Parse);
        QTest::newRow("robustness: truncated") << QByteArray(R"({"a": [1, 2)") << int(Error::Code::Parse);
        QTest::newRow("robustness: array where an object belongs")
            << QByteArray("[1, 2]") << int(Error::Code::Format);
        QTest::newRow("robustness: invalid UTF-8")
            << QByteArray("{\"a\": \"\xff\xfe\"}") << int(Error::Code::Parse);
        QTest::newRow("robustness: binary junk")
            << QByteArray("\x00\x01\x02\x89PNG", 7) << int(Error::Code::Parse);
    }

    void readObject_rejects()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"x.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const auto result = JsonFile::readObject(path);
        QVERIFY(!result);
        QCOMPARE(int(result.error().code), code);
        QVERIFY(result.error().message.contains(path));
        // Reading never changes the file.
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), content);
    }

    void readObject_missingAndFolder()
    {
        QTemporaryDir dir;
        QCOMPARE(int(JsonFile::readObject(dir.filePath(u"none.json"_s)).error().code),
                 int(Error::Code::NotFound));
        QVERIFY(QDir(dir.path()).mkdir(u"folder.json"_s));
        QCOMPARE(int(JsonFile::readObject(dir.filePath(u"folder.json"_s)).error().code),
                 int(Error::Code::Format));
    }

    void writeThenRead_roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"x.json"_s);
        const QJsonObject object {{"name"_L1, u"Gloss ✓ جملة"_s}, {"n"_L1, 3}};
        QVERIFY(JsonFile::writeObject(path, object));
        const auto back = JsonFile::readObject(path);
        QVERIFY(back);
        QCOMPARE(back.value(), object);
    }

    void write_intoMissingFolder_fails()
    {
        QTemporaryDir dir;
        const auto result = JsonFile::writeObject(dir.filePath(u"no/such/x.json"_s), {});
        QVERIFY(!result);
        QVERIFY(!result.error().message.isEmpty());
    }

    void readBytes_refusesTooLarge()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2048, 'x'));
        file.close();
        QCOMPARE(int(JsonFile::readBytes(path, 1024).error().code), int(Error::Code::TooLarge));
        QCOMPARE(JsonFile::readBytes(path, 4096).value().size(), 2048);
    }
};

QTEST_GUILESS_MAIN(TestJsonFile)
#include "tst_jsonfile.moc"
