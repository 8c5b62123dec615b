// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include "article/cleaner.h"
#include "core/jsonfile.h"
#include "entities/simpleentityextractor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

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
    if (!parser.parse(QStringList{u"gloss-cli "_s + name} + arguments)) {
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
    parser.setApplicationDescription(Tr::tr("Cleans web pages and text dumps into articles."));
    const QCommandLineOption format({u"f"_s, u"format"_s}, Tr::tr("Output format: json or text."),
                                    u"format"_s, u"json"_s);
    parser.addOption(format);
    const QCommandLineOption timing(
        u"timing"_s, Tr::tr("Print each file's cleaning time (read, clean, write) to stderr."));
    parser.addOption(timing);
    parser.addPositionalArgument(u"files"_s, Tr::tr("Input files"), u"FILE..."_s);
    if (!parse(parser, u"clean"_s, arguments))
        return parser.isSet(u"help"_s) ? 0 : 2;
    const QString fmt = parser.value(format);
    if (fmt != "json"_L1 && fmt != "text"_L1) {
        err() << Tr::tr("Unknown format: %1").arg(fmt) << Qt::endl;
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err() << Tr::tr("No input files.") << Qt::endl << parser.helpText();
        return 2;
    }
    QTextStream out(stdout);
    int failures = 0;
    const bool timed = parser.isSet(timing);
    QElapsedTimer timer;
    for (const QString &path : files) {
        timer.start();
        auto article = cleanFile(path);
        if (!article) {
            err() << path << ": " << article.error().message << Qt::endl;
            ++failures;
            continue;
        }
        if (fmt == "text"_L1)
            out << article.value().title << "\n\n" << article.value().text << Qt::endl;
        else
            out << QJsonDocument(article.value().toJson()).toJson(QJsonDocument::Indented);
        if (timed) {
            out.flush();
            // Machine-readable: "timing", the file, milliseconds.
            err() << "timing\t" << path << '\t' << QString::number(timer.nsecsElapsed() / 1e6, 'f', 3)
                  << Qt::endl;
        }
    }
    return failures == 0 ? 0 : 1;
}

int entities(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists the people, organisations and places of an article."));
    parser.addPositionalArgument(u"file"_s, Tr::tr("Input file"), u"FILE"_s);
    if (!parse(parser, u"entities"_s, arguments))
        return parser.isSet(u"help"_s) ? 0 : 2;
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
    QJsonArray list;
    for (const Entity &e : SimpleEntityExtractor::extract(article.value().text)) {
        QJsonArray mentions;
        for (const Mention &m : e.mentions)
            mentions.append(QJsonArray{m.start, m.end});
        QJsonObject o{{"id"_L1, e.id},
                      {"type"_L1, Entity::typeName(e.type)},
                      {"name"_L1, e.name},
                      {"mentions"_L1, mentions}};
        if (!e.role.isEmpty())
            o.insert("role"_L1, e.role);
        list.append(o);
    }
    QTextStream(stdout) << QJsonDocument(list).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace Gloss::Cli
