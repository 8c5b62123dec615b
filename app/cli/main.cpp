// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/cleaner.h"
#include "core/jsonfile.h"
#include "entities/simpleentityextractor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usage(const QCommandLineParser &parser)
{
    err() << parser.helpText() << Qt::endl
          << QCoreApplication::translate("gloss-cli", "Commands:\n"
                                                      "  clean FILE...     clean files into articles\n"
                                                      "  entities FILE     list the entities of an article\n")
          << Qt::flush;
    return 2;
}

Gloss::Result<Gloss::Article> cleanFile(const QString &path)
{
    auto bytes = Gloss::JsonFile::readBytes(path, Gloss::Cleaner::MaxInputBytes);
    if (!bytes)
        return bytes.error();
    return Gloss::Cleaner::clean(bytes.value(), QFileInfo(path).fileName());
}

int runClean(const QStringList &files, const QString &format)
{
    QTextStream out(stdout);
    int failures = 0;
    for (const QString &path : files) {
        auto article = cleanFile(path);
        if (!article) {
            err() << path << ": " << article.error().message << Qt::endl;
            ++failures;
            continue;
        }
        if (format == "text"_L1)
            out << article.value().title << "\n\n" << article.value().text << Qt::endl;
        else
            out << QJsonDocument(article.value().toJson()).toJson(QJsonDocument::Indented);
    }
    out.flush();
    return failures == 0 ? 0 : 1;
}

int runEntities(const QString &path)
{
    auto article = cleanFile(path);
    if (!article) {
        err() << path << ": " << article.error().message << Qt::endl;
        return 1;
    }
    QJsonArray list;
    for (const Gloss::Entity &e : Gloss::SimpleEntityExtractor::extract(article.value().text)) {
        QJsonArray mentions;
        for (const Gloss::Mention &m : e.mentions)
            mentions.append(QJsonArray{m.start, m.end});
        QJsonObject o{{"id"_L1, e.id},
                      {"type"_L1, Gloss::Entity::typeName(e.type)},
                      {"name"_L1, e.name},
                      {"mentions"_L1, mentions}};
        if (!e.role.isEmpty())
            o.insert("role"_L1, e.role);
        list.append(o);
    }
    QTextStream(stdout) << QJsonDocument(list).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"gloss-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GLOSS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("gloss-cli", "Gloss, headless: clean news articles and list their entities."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("gloss-cli", "clean or entities"));
    parser.addPositionalArgument(u"files"_s, QCoreApplication::translate("gloss-cli", "Input files"),
                                 u"FILE..."_s);
    const QCommandLineOption formatOption(
        {u"f"_s, u"format"_s}, QCoreApplication::translate("gloss-cli", "Output format: json or text."),
        u"format"_s, u"json"_s);
    parser.addOption(formatOption);
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return usage(parser);
    const QString command = args.first();
    const QStringList files = args.mid(1);
    const QString format = parser.value(formatOption);
    if (format != "json"_L1 && format != "text"_L1) {
        err() << QCoreApplication::translate("gloss-cli", "Unknown format: %1").arg(format) << Qt::endl;
        return 2;
    }
    if (command == "clean"_L1)
        return runClean(files, format);
    if (command == "entities"_L1 && files.size() == 1)
        return runEntities(files.first());
    return usage(parser);
}
