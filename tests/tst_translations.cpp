// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/datedisplay.h"
#include "library/librarystore.h"
#include "mainwindow.h"
#include "startup.h"
#include "workflow/workspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Gloss;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

    static void removeTranslators()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tsFiles_completeAndCurrent_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(GLOSS_SOURCE_DIR "/translations"));
        const QStringList files = dir.entryList({u"gloss_*.ts"_s}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void tsFiles_completeAndCurrent()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList problems;
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == "source"_L1) {
                source = xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                ++messages;
                const QString type = xml.attributes().value("type"_L1).toString();
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == "unfinished"_L1 || type == "obsolete"_L1 || type == "vanished"_L1)
                    problems << type + u": "_s + source;
                else if (translation.trimmed().isEmpty())
                    problems << u"empty: "_s + source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 20);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void tsFiles_inSyncWithTheSources_data() { tsFiles_completeAndCurrent_data(); }

    // lupdate over app/ and ui/ must find nothing new: every user-visible
    // string in the code has its translation.
    void tsFiles_inSyncWithTheSources()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(GLOSS_SOURCE_DIR));
        lupdate.start(QStringLiteral(GLOSS_LUPDATE_PATH),
                      {u"-recursive"_s, u"-extensions"_s, u"cpp,h"_s, u"app"_s, u"ui"_s, u"-no-obsolete"_s,
                       u"-locations"_s, u"none"_s, u"-ts"_s, copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList untranslated;
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == "source"_L1)
                source = xml.readElementText();
            else if (xml.name() == "translation"_L1 && xml.attributes().value("type"_L1) == "unfinished"_L1)
                untranslated << source;
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(u"not translated in %1 (run the update_translations target): %2"_s.arg(
                     QFileInfo(path).fileName(), untranslated.join(u" | "_s))));
    }

    void german_menus()
    {
        removeTranslators();
        QVERIFY(Startup::installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"library"_s));
        Workspace workspace(store.root());
        MainWindow window(&workspace);
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles << a->text();
        QCOMPARE(titles,
                 QStringList({u"&Datei"_s, u"&Bearbeiten"_s, u"An&merken"_s, u"&Ansicht"_s, u"&Hilfe"_s}));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        // Dates read in the interface's language.
        QCOMPARE(DateDisplay::text(u"2016-03-24"_s), u"Donnerstag, 24. März 2016"_s);
    }

    void arabic_rightToLeft()
    {
        removeTranslators();
        QVERIFY(Startup::installTranslations(QLocale(QLocale::Arabic, QLocale::Egypt)));
        QCoreApplication::processEvents();
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"library"_s));
        Workspace workspace(store.root());
        MainWindow window(&workspace);
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles << a->text();
        QCOMPARE(titles.size(), 5);
        for (const QString &title : titles) {
            QVERIFY2(title.contains(u'&'), qPrintable(title));
            const bool arabic = std::any_of(title.cbegin(), title.cend(), [](QChar c) {
                return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF;
            });
            QVERIFY2(arabic, qPrintable(title));
        }
        removeTranslators();
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
