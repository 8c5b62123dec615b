// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_library DIR: how Gloss copes with a large library (made by
// scripts/make-library). Prints the time until the main window shows an
// interactive library list, the index refresh, the full-text search times
// (median over several queries) and the process's peak RSS.
#include "library/library.h"
#include "library/librarystore.h"
#include "librarydock.h"
#include "mainwindow.h"
#include "workflow/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTreeView>

#include <algorithm>

using namespace Gloss;
using namespace Qt::StringLiterals;

namespace {
QElapsedTimer sinceStart;

qint64 statusKiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    return -1;
}

qint64 peakRssKiB()
{
    return statusKiB("VmHWM:");
}
} // namespace

int main(int argc, char *argv[])
{
    sinceStart.start();
    QApplication app(argc, argv);
    if (argc != 2) {
        qCritical("usage: bench_library LIBRARY_DIR");
        return 2;
    }
    LibraryStore store(QString::fromLocal8Bit(argv[1]));
    Workspace workspace(store.root());
    MainWindow window(&workspace);
    window.show();
    const bool exposed = QTest::qWaitForWindowExposed(&window, 10000);
    const qint64 listShown = sinceStart.elapsed();
    const int rows = window.library()->model()->rowCount();
    qInfo("library of %d articles: window with the library list shown %lld ms after start%s", rows, listShown,
          exposed ? "" : " (window not exposed!)");

    qInfo("RSS with the list shown: %lld MiB (peak so far %lld MiB)", statusKiB("VmRSS:") / 1024,
          peakRssKiB() / 1024);
    QElapsedTimer t;
    t.start();
    if (!QTest::qWaitFor([&] { return window.library()->isSearchReady(); }, 120000))
        qWarning("search corpus not ready after 120 s");
    qInfo("search corpus ready %lld ms later (background thread); RSS now %lld MiB", t.elapsed(),
          statusKiB("VmRSS:") / 1024);

    const QStringList queries {
        u"geneva"_s,  u"palmyra residents"_s, u"evacuated"_s, u"budget for 2026"_s, u"check this against"_s,
        u"Nairobi"_s, u"withdraw troops"_s,   u"zzzzzz"_s};
    QList<double> times;
    for (int pass = 0; pass < 3; ++pass)
        for (const QString &q : queries) {
            QElapsedTimer s;
            s.start();
            const auto hits = window.library()->search(q);
            times << double(s.nsecsElapsed()) / 1e6;
            if (pass == 0)
                qInfo("  \"%s\": %lld hits", qPrintable(q), qlonglong(hits.size()));
        }
    std::sort(times.begin(), times.end());
    qInfo("full-text search: median %.1f ms, worst %.1f ms over %lld queries", times.at(times.size() / 2),
          times.last(), qlonglong(times.size()));
    qInfo("peak RSS: %lld MiB", peakRssKiB() / 1024);
    return 0;
}
