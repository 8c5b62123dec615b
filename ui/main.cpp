// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarystore.h"
#include "mainwindow.h"
#include "readerbridge.h"
#include "settingsdialog.h"
#include "singleinstance.h"
#include "startup.h"
#include "workflow/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageBox>
#include <QTimer>
#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Arguments {
    QString library;
    QString language;
    QString screenshot; // hidden: save a picture of the window and quit (scripts/screenshots)
    QStringList locations;
};

Arguments parseArguments(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Read, annotate and export news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption library(u"library"_s,
                                     QApplication::translate("main", "Use the library in <folder>."),
                                     QApplication::translate("main", "folder"));
    const QCommandLineOption language(
        u"language"_s, QApplication::translate("main", "Use the interface language <code> (en, de, fr, ar)."),
        QApplication::translate("main", "code"));
    QCommandLineOption screenshot(
        u"screenshot"_s, QApplication::translate("main", "Save a picture of the window to <file> and quit."),
        QApplication::translate("main", "file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({library, language, screenshot});
    parser.addPositionalArgument(
        u"location"_s,
        QApplication::translate("main", "Articles to open: HTML or text files, or web addresses."),
        u"[file|url...]"_s);
    parser.process(app);
    Arguments a {parser.isSet(library) ? parser.value(library) : Gloss::LibraryStore::defaultRoot(),
                 parser.value(language),
                 parser.value(screenshot),
                 {}};
    for (const QString &argument : parser.positionalArguments())
        a.locations << (QUrl(argument).scheme().startsWith(u"http"_s)
                            ? argument
                            : QFileInfo(argument).absoluteFilePath());
    return a;
}

// One writer per library: a second Gloss hands its files to the first. The
// exit code when this one must not go on.
std::optional<int> lockLibrary(QLockFile &lock, const QString &root, const QStringList &locations)
{
    lock.setStaleLockTime(0); // only a lock whose process is gone is stale
    if (lock.tryLock(100))
        return std::nullopt;
    if (Gloss::SingleInstance::sendToRunning(root, locations))
        return 0;
    qint64 pid = 0;
    QString host, application;
    lock.getLockInfo(&pid, &host, &application);
    QMessageBox::critical(nullptr, QApplication::translate("main", "Gloss"),
                          QApplication::translate("main",
                                                  "The library %1 is in use by another program "
                                                  "(process %2 on %3) that does not answer. Close it, "
                                                  "or start Gloss with --library and another folder.")
                              .arg(root)
                              .arg(pid)
                              .arg(host));
    return 1;
}

// Saves a picture of the window once the reader has painted, then quits.
void shootWhenReady(Gloss::MainWindow &window, const QString &path, int &status)
{
    auto shoot = [&window, path, &status] {
        QTimer::singleShot(1000, &window, [&window, path, &status] {
            if (!window.grab().save(path))
                status = 1;
            qApp->quit();
        });
    };
    if (window.bridge()->isReady())
        shoot();
    else
        QObject::connect(window.bridge(), &Gloss::ReaderBridge::pageReady, &window, shoot,
                         Qt::SingleShotConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    Gloss::Startup::prepareWebEngine();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Gloss"_s);
    QApplication::setApplicationName(u"gloss"_s);
    QApplication::setApplicationDisplayName(u"Gloss"_s);
    QApplication::setApplicationVersion(QStringLiteral(GLOSS_VERSION));
    QApplication::setDesktopFileName(u"io.github.gloss.Gloss"_s);
    const Arguments arguments = parseArguments(app);
    // The language: the command line, else Settings, else the system's.
    const QString language =
        arguments.language.isEmpty() ? Gloss::SettingsDialog::language() : arguments.language;
    Gloss::Startup::installTranslations(language.isEmpty() ? QLocale() : QLocale(language));

    Gloss::Workspace workspace(arguments.library);
    if (auto ok = workspace.store()->ensureExists(); !ok) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Gloss"), ok.error().message);
        return 1;
    }
    QLockFile lock(workspace.store()->lockPath());
    if (const auto exit = lockLibrary(lock, workspace.store()->root(), arguments.locations))
        return *exit;

    Gloss::MainWindow window(&workspace);
    Gloss::SingleInstance instance(workspace.store()->root());
    if (!instance.listen())
        qWarning("Gloss: other instances cannot reach this one (local socket unavailable)");
    QObject::connect(&instance, &Gloss::SingleInstance::activated, &window,
                     [&window](const QStringList &locations) {
                         for (const QString &location : locations)
                             window.openLocation(location);
                         window.show();
                         window.raise();
                         window.activateWindow();
                     });
    window.show();
    bool opened = false;
    for (const QString &location : arguments.locations)
        opened = window.openLocation(location) || opened;
    if (!opened) {
        if (auto id = Gloss::Startup::initialArticle(*workspace.store()))
            window.openArticle(id.value());
        else
            QMessageBox::warning(&window, QApplication::translate("main", "Gloss"), id.error().message);
    }
    int status = 0;
    if (!arguments.screenshot.isEmpty())
        shootWhenReady(window, arguments.screenshot, status);
    const int code = app.exec();
    return code != 0 ? code : status;
}
