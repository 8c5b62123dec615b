// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "pdfprinter.h"
#include "readerbridge.h"
#include "settingsdialog.h"
#include "singleinstance.h"
#include "startup.h"

#include "export/htmlexporter.h"
#include "library/document.h"
#include "library/librarystore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QUrl>
#include <QMessageBox>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Chromium refuses to start its sandbox as root (containers, CI).
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Gloss"_s);
    QApplication::setApplicationName(u"gloss"_s);
    QApplication::setApplicationDisplayName(u"Gloss"_s);
    QApplication::setApplicationVersion(QStringLiteral(GLOSS_VERSION));
    QApplication::setDesktopFileName(u"io.github.gloss.Gloss"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Read, annotate and export news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(
        u"library"_s, QApplication::translate("main", "Use the library in <folder>."),
        QApplication::translate("main", "folder"));
    parser.addOption(libraryOption);
    const QCommandLineOption languageOption(
        u"language"_s, QApplication::translate("main", "Use the interface language <code> (en, de, fr, ar)."),
        QApplication::translate("main", "code"));
    parser.addOption(languageOption);
    QCommandLineOption screenshotOption(
        u"screenshot"_s, QApplication::translate("main", "Save a picture of the window to <file> and quit."),
        QApplication::translate("main", "file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    // Headless PDF export for gloss-cli (which has no Qt WebEngine of its own).
    const QCommandLineOption exportPdfOption(u"export-pdf"_s, u"Write the annotated PDF of the article to <file>."_s,
                                             u"file"_s);
    const QCommandLineOption paperOption(u"paper"_s, u"a4 or letter"_s, u"size"_s, u"a4"_s);
    const QCommandLineOption noNotesOption(u"no-notes"_s, u"no notes section"_s);
    const QCommandLineOption entitiesOption(u"entity-index"_s, u"entity index"_s);
    const QCommandLineOption colorsOption(u"colors"_s, u"colours"_s, u"list"_s);
    const QCommandLineOption tagsOption(u"tags"_s, u"tags"_s, u"list"_s);
    for (QCommandLineOption option : {exportPdfOption, paperOption, noNotesOption, entitiesOption, colorsOption, tagsOption}) {
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    parser.addPositionalArgument(u"location"_s,
                                 QApplication::translate("main", "Articles to open: HTML or text files, or web addresses."),
                                 u"[file|url...]"_s);
    parser.process(app);
    // The language: the command line, else Settings, else the system's.
    QString language = parser.value(languageOption);
    if (language.isEmpty())
        language = Gloss::SettingsDialog::language();
    Gloss::Startup::installTranslations(language.isEmpty() ? QLocale() : QLocale(language));

    Gloss::LibraryStore store(parser.isSet(libraryOption) ? parser.value(libraryOption)
                                                          : Gloss::LibraryStore::defaultRoot());
    if (auto ok = store.ensureExists(); !ok) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Gloss"), ok.error().message);
        return 1;
    }

    if (parser.isSet(exportPdfOption)) {
        if (parser.positionalArguments().size() != 1) {
            qCritical("gloss --export-pdf FILE needs one article id");
            return 2;
        }
        Gloss::Document document(&store);
        if (auto ok = document.open(parser.positionalArguments().first()); !ok) {
            qCritical("%s", qPrintable(ok.error().message));
            return 1;
        }
        Gloss::ExportOptions options;
        options.paper = parser.value(paperOption).toLower() == "letter"_L1 ? QPageSize::Letter : QPageSize::A4;
        options.notesSection = !parser.isSet(noNotesOption);
        options.entityIndex = parser.isSet(entitiesOption);
        options.colors = parser.value(colorsOption).split(u',', Qt::SkipEmptyParts);
        options.tags = parser.value(tagsOption).split(u',', Qt::SkipEmptyParts);
        options.author = Gloss::ExportOptions::defaultAuthor();
        const auto &annotations = document.annotations()->annotations();
        const auto &palette = document.annotations()->palette();
        const auto result = Gloss::PdfPrinter::printBlocking(
            Gloss::HtmlExporter::toHtml(document.article(), annotations, palette, options, document.entities()->entities()),
            parser.value(exportPdfOption), options.select(annotations), palette, options);
        if (!result) {
            qCritical("%s", qPrintable(result.error().message));
            return 1;
        }
        return 0;
    }

    // One writer per library: a second Gloss hands its files to the first.
    QStringList files;
    for (const QString &argument : parser.positionalArguments())
        files << (QUrl(argument).scheme().startsWith(u"http"_s) ? argument : QFileInfo(argument).absoluteFilePath());
    QLockFile lock(store.lockPath());
    lock.setStaleLockTime(0); // only a lock whose process is gone is stale
    if (!lock.tryLock(100)) {
        if (Gloss::SingleInstance::sendToRunning(store.root(), files))
            return 0;
        qint64 pid = 0;
        QString host, application;
        lock.getLockInfo(&pid, &host, &application);
        QMessageBox::critical(nullptr, QApplication::translate("main", "Gloss"),
                              QApplication::translate("main", "The library %1 is in use by another program "
                                                              "(process %2 on %3) that does not answer. Close it, "
                                                              "or start Gloss with --library and another folder.")
                                  .arg(store.root())
                                  .arg(pid)
                                  .arg(host));
        return 1;
    }

    Gloss::MainWindow window(&store);
    Gloss::SingleInstance instance(store.root());
    if (!instance.listen())
        qWarning("Gloss: other instances cannot reach this one (local socket unavailable)");
    QObject::connect(&instance, &Gloss::SingleInstance::activated, &window, [&window](const QStringList &arguments) {
        for (const QString &argument : arguments)
            window.openLocation(argument);
        window.show();
        window.raise();
        window.activateWindow();
    });
    window.show();
    bool opened = false;
    for (const QString &file : files)
        opened = window.openLocation(file) || opened;
    if (!opened) {
        if (auto id = Gloss::Startup::initialArticle(store))
            window.openArticle(id.value());
        else
            QMessageBox::warning(&window, QApplication::translate("main", "Gloss"), id.error().message);
    }
    int status = 0;
    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        auto shoot = [&] {
            // Give the page a moment to lay out and paint.
            QTimer::singleShot(1000, &window, [&] {
                if (!window.grab().save(path))
                    status = 1;
                app.quit();
            });
        };
        if (window.bridge()->isReady())
            shoot();
        else
            QObject::connect(window.bridge(), &Gloss::ReaderBridge::pageReady, &window, shoot,
                             Qt::SingleShotConnection);
    }
    const int code = app.exec();
    return code != 0 ? code : status;
}
