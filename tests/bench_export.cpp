// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Benchmark: the sample article with 20 highlights (some with notes) to the
// annotated PDF through `gloss-cli export --format pdf`, so the time includes
// starting Qt WebEngine. Prints the median of five runs. Run by hand.
#include "library/librarystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

using namespace Gloss;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    LibraryStore store(dir.filePath(u"library"_s));
    QFile sample(QStringLiteral(GLOSS_SOURCE_DIR "/resources/sample/palmyra.txt"));
    if (!sample.open(QIODevice::ReadOnly))
        return 1;
    const QString id = store.import(sample.readAll(), u"palmyra.txt"_s).value();
    const Article article = store.loadArticle(id).value();
    AnnotationSet set;
    const qsizetype step = article.text.size() / 21;
    for (int i = 0; i < 20; ++i) {
        auto a = Annotation::create(article.text, i * step + 5, i * step + 40);
        if (!a)
            continue;
        if (i % 3 == 0)
            a.value().note = u"Note %1 with **Markdown**."_s.arg(i);
        a.value().color = QStringList {u"yellow"_s, u"green"_s, u"blue"_s, u"pink"_s, u"orange"_s}.at(i % 5);
        set.annotations << a.value();
    }
    if (!store.saveAnnotations(id, set))
        return 1;
    QList<qint64> times;
    for (int run = 0; run < 5; ++run) {
        QProcess cli;
        QElapsedTimer timer;
        timer.start();
        cli.start(QStringLiteral(GLOSS_CLI_PATH),
                  {u"export"_s, u"--format"_s, u"pdf"_s, u"--library"_s, store.root(), id, u"-o"_s,
                   dir.filePath(u"out.pdf"_s)});
        cli.waitForFinished(120000);
        if (cli.exitCode() != 0) {
            qCritical("export failed: %s", cli.readAllStandardError().constData());
            return 1;
        }
        times << timer.elapsed();
    }
    std::sort(times.begin(), times.end());
    qInfo("annotated PDF of the sample with %lld highlights, including Qt WebEngine start: median %lld ms "
          "(min %lld, max %lld)",
          qlonglong(set.annotations.size()), times.at(2), times.first(), times.last());
    return 0;
}
