// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clisupport.h"
#include "cli/commands.h"
#include "library/library.h"
#include "workflow/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Gloss::Cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::Cli)
};

QString outcomeName(ImportResult::Outcome outcome)
{
    // In the order of ImportResult::Outcome.
    static const char *const names[] = {"added", "already-there", "updated", "skipped", "failed"};
    static_assert(std::size(names) == size_t(ImportResult::Outcome::Failed) + 1);
    return QString::fromLatin1(names[size_t(outcome)]);
}

QJsonObject toJson(const ImportResult &r)
{
    QJsonObject o {{"source"_L1, r.label}, {"outcome"_L1, outcomeName(r.outcome)}};
    if (r.hasArticle())
        o.insert("id"_L1, r.id);
    if (!r.title.isEmpty())
        o.insert("title"_L1, r.title);
    if (!r.error.isEmpty())
        o.insert("error"_L1, r.error);
    if (r.outcome == ImportResult::Outcome::Updated)
        o.insert("highlights"_L1,
                 QJsonObject {{"exact"_L1, r.report.exact},
                              {"moved"_L1, r.report.moved},
                              {"fuzzy"_L1, r.report.fuzzy},
                              {"needsReview"_L1, r.report.needsReview}});
    return o;
}

std::optional<VersionChoice> choiceFromName(const QString &name)
{
    if (name == "update"_L1)
        return VersionChoice::Update;
    if (name == "keep-both"_L1)
        return VersionChoice::KeepBoth;
    if (name == "skip"_L1)
        return VersionChoice::Skip;
    return std::nullopt;
}
} // namespace

int importArticles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Puts articles into the library and prints the id of each, one a line. Something already in "
               "the library is not imported twice; a new version of an article (same address, other text) "
               "updates it, its highlights moved with the text, unless --new-version says otherwise."));
    const QCommandLineOption library = libraryOption();
    const QCommandLineOption json(u"json"_s,
                                  Tr::tr("Print a JSON array of objects (id, title, outcome, …)."));
    const QCommandLineOption newVersion(
        u"new-version"_s, Tr::tr("update, keep-both or skip (default: update)."), u"choice"_s, u"update"_s);
    const QCommandLineOption quiet({u"q"_s, u"quiet"_s}, Tr::tr("No progress lines."));
    parser.addOptions({library, json, newVersion, quiet});
    parser.addPositionalArgument(u"inputs"_s, Tr::tr("HTML or text files, or web addresses"),
                                 u"FILE|URL..."_s);
    if (const int parsed = parseCommand(parser, u"import"_s, arguments); parsed != Success)
        return parsed < 0 ? Success : parsed;
    const auto choice = choiceFromName(parser.value(newVersion));
    if (parser.positionalArguments().isEmpty() || !choice) {
        err() << parser.helpText();
        return Usage;
    }
    auto workspace = openWorkspace(parser.value(library));
    if (!workspace)
        return Failure;
    StderrProgress progress(parser.isSet(quiet));
    const QStringList inputs = parser.positionalArguments();
    progress.start(Tr::tr("Importing"), int(inputs.size()));
    Importer importer(workspace.get());
    QList<ImportResult> results;
    for (const QString &input : inputs) {
        progress.advance(int(results.size()), input);
        const auto source = readSource(input);
        ImportResult result;
        result.label = input;
        if (source) {
            result = importer.import(*source, [&](const IncomingVersion &) { return *choice; });
            result.label = input;
            if (result.outcome == ImportResult::Outcome::Failed)
                err() << input << ": " << result.error << Qt::endl;
        } else {
            result.error = Tr::tr("could not be read");
        }
        results << result;
    }
    progress.finish();
    QTextStream out(stdout);
    QJsonArray array;
    int failures = 0;
    for (const ImportResult &r : std::as_const(results)) {
        failures += r.outcome == ImportResult::Outcome::Failed;
        if (parser.isSet(json))
            array.append(toJson(r));
        else if (r.hasArticle())
            out << r.id << '\n';
    }
    if (parser.isSet(json))
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return failures == 0 ? Success : Failure;
}

int listArticles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists the articles of the library: id, title, site, publication "
                                            "date and number of highlights, separated by tabs."));
    const QCommandLineOption library = libraryOption();
    const QCommandLineOption json(u"json"_s, Tr::tr("Print a JSON array of objects."));
    parser.addOptions({library, json});
    if (const int parsed = parseCommand(parser, u"list"_s, arguments); parsed != Success)
        return parsed < 0 ? Success : parsed;
    if (!parser.positionalArguments().isEmpty()) {
        err() << parser.helpText();
        return Usage;
    }
    auto workspace = openWorkspace(parser.value(library));
    if (!workspace)
        return Failure;
    QTextStream out(stdout);
    QJsonArray array;
    for (const LibraryEntry &e : workspace->library()->index().entries()) {
        if (parser.isSet(json)) {
            QJsonObject o {
                {"id"_L1, e.id},      {"title"_L1, e.title},         {"site"_L1, e.site},
                {"url"_L1, e.url},    {"published"_L1, e.published}, {"highlights"_L1, e.highlights},
                {"notes"_L1, e.notes}};
            if (!e.problem.isEmpty())
                o.insert("problem"_L1, e.problem);
            array.append(o);
        } else {
            out << e.id << '\t' << e.title << '\t' << e.site << '\t' << e.published << '\t' << e.highlights
                << '\n';
        }
    }
    if (parser.isSet(json))
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Success;
}

} // namespace Gloss::Cli
