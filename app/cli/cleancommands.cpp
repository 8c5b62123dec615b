// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/cleaner.h"
#include "cli/commands.h"
#include "core/jsonfile.h"
#include "entities/entityextractor.h"
#include "entities/entitymodel.h"
#include "export/htmlexporter.h"
#include "library/urlfetcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Gloss::Cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::Cli)
};

Result<Article> cleanFile(const QString &path)
{
    auto bytes = JsonFile::readBytes(path, Cleaner::MaxInputBytes);
    if (!bytes)
        return bytes.error();
    return Cleaner::clean(bytes.value(), QFileInfo(path).fileName());
}

// Parses `arguments` ("gloss-cli NAME" prepended); false after printing the problem.
bool parse(QCommandLineParser &parser, const QString &name, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList {u"gloss-cli "_s + name} + arguments)) {
        err() << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return false;
    }
    return true;
}
} // namespace

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int clean(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Cleans web pages, web addresses and text dumps into articles."));
    const QCommandLineOption format({u"f"_s, u"format"_s}, Tr::tr("Output format: json, text or html."),
                                    u"format"_s, u"json"_s);
    parser.addOption(format);
    const QCommandLineOption jobsOption({u"j"_s, u"jobs"_s},
                                        Tr::tr("Clean this many files at once (default: all cores)."), u"n"_s,
                                        QString::number(QThread::idealThreadCount()));
    parser.addOption(jobsOption);
    const QCommandLineOption timing(
        u"timing"_s, Tr::tr("Print each file's cleaning time (read, clean, write) to stderr."));
    parser.addOption(timing);
    parser.addPositionalArgument(u"files"_s, Tr::tr("Input files or web addresses"), u"FILE|URL..."_s);
    if (!parse(parser, u"clean"_s, arguments))
        return parser.isSet(u"help"_s) ? 0 : 2;
    const QString fmt = parser.value(format);
    if (fmt != "json"_L1 && fmt != "text"_L1 && fmt != "html"_L1) {
        err() << Tr::tr("Unknown format: %1").arg(fmt) << Qt::endl;
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err() << Tr::tr("No input files.") << Qt::endl << parser.helpText();
        return 2;
    }
    QTextStream out(stdout);
    const bool timed = parser.isSet(timing);
    const int jobs = timed ? 1 : qBound(1, parser.value(jobsOption).toInt(), 64);

    auto render = [&fmt](const Article &article) {
        if (fmt == "text"_L1)
            return QString(article.title + u"\n\n"_s + article.text + u'\n').toUtf8();
        if (fmt == "html"_L1)
            return HtmlExporter::toHtml(article, {}, HighlightPalette::defaults()).toUtf8();
        return QJsonDocument(article.toJson()).toJson(QJsonDocument::Indented);
    };
    auto cleanOne = [](const QString &input) -> Result<Article> {
        if (UrlFetcher::isWebAddress(input)) {
            auto page = UrlFetcher::fetchBlocking(QUrl(input));
            if (!page)
                return page.error();
            return Cleaner::clean(page.value().bytes, page.value().fileName(), page.value().url);
        }
        return cleanFile(input);
    };

    if (jobs == 1 || files.size() == 1) {
        int failures = 0;
        QElapsedTimer timer;
        for (const QString &path : files) {
            timer.start();
            auto article = cleanOne(path);
            if (!article) {
                err() << path << ": " << article.error().message << Qt::endl;
                ++failures;
                continue;
            }
            out << render(article.value());
            if (timed) {
                out.flush();
                // Machine-readable: "timing", the file, milliseconds.
                err() << "timing\t" << path << '\t' << QString::number(timer.nsecsElapsed() / 1e6, 'f', 3)
                      << Qt::endl;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    // Many files: every core cleans, the output keeps the order of the inputs.
    const qsizetype count = files.size();
    std::vector<std::optional<Result<Article>>> results(size_t(count), std::nullopt);
    std::atomic<qsizetype> next = 0, done = 0;
    std::vector<std::thread> workers;
    for (int w = 0; w < jobs; ++w)
        workers.emplace_back([&] {
            for (qsizetype i = next++; i < count; i = next++) {
                results[size_t(i)] = cleanOne(files.at(i));
                ++done;
            }
        });
    qsizetype reported = -1;
    while (done.load() < count) {
        if (done.load() != reported) {
            reported = done.load();
            err() << '\r' << Tr::tr("cleaned %1 of %2").arg(reported).arg(count) << Qt::flush;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    for (std::thread &t : workers)
        t.join();
    err() << '\r' << Tr::tr("cleaned %1 of %2").arg(count).arg(count) << Qt::endl;
    int failures = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const Result<Article> &article = *results[size_t(i)];
        if (!article) {
            err() << files.at(i) << ": " << article.error().message << Qt::endl;
            ++failures;
            continue;
        }
        out << render(article.value());
    }
    return failures == 0 ? 0 : 1;
}

int entities(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists the people, organisations, places, dates, figures and "
                                            "quotations of an article."));
    const QCommandLineOption format(
        {u"f"_s, u"format"_s},
        Tr::tr("Output format: json (the list) or tsv (type, name, role or value, "
               "mentions)."),
        u"format"_s, u"json"_s);
    parser.addOption(format);
    parser.addPositionalArgument(u"file"_s, Tr::tr("Input file"), u"FILE"_s);
    if (!parse(parser, u"entities"_s, arguments))
        return parser.isSet(u"help"_s) ? 0 : 2;
    const QString fmt = parser.value(format);
    if (fmt != "json"_L1 && fmt != "tsv"_L1) {
        err() << Tr::tr("Unknown format: %1").arg(fmt) << Qt::endl;
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << Tr::tr("Give exactly one file.") << Qt::endl << parser.helpText();
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    auto article = cleanFile(path);
    if (!article) {
        err() << path << ": " << article.error().message << Qt::endl;
        return 1;
    }
    auto extractor = EntityExtractor::loadDefault();
    if (!extractor) {
        err() << extractor.error().message << Qt::endl;
        return 1;
    }
    const QList<Entity> list = extractor.value().extract(article.value());
    QTextStream out(stdout);
    if (fmt == "json"_L1) {
        out << QJsonDocument(Entity::listToJson(list)).toJson(QJsonDocument::Indented);
        return 0;
    }
    // One line each; tabs and line breaks inside a field become spaces.
    const auto field = [](QString s) {
        return s.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    };
    for (const Entity &e : list)
        out << Entity::typeName(e.type) << '\t' << field(e.name) << '\t' << field(EntityModel::detailText(e))
            << '\t' << e.mentions.size() << '\n';
    return 0;
}

} // namespace Gloss::Cli
