// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clisupport.h"
#include "cli/commands.h"
#include "cli/printprocess.h"
#include "workflow/exporter.h"
#include "workflow/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Gloss::Cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::Cli)
};

struct ExportArguments {
    QCommandLineOption format {{u"f"_s, u"format"_s}, Tr::tr("pdf, md, html or w3c."), u"format"_s, u"md"_s};
    QCommandLineOption output {{u"o"_s, u"output"_s}, Tr::tr("The file to write."), u"file"_s};
    QCommandLineOption library = libraryOption();
    QCommandLineOption paper {u"paper"_s, Tr::tr("PDF paper size: a4 or letter."), u"size"_s, u"a4"_s};
    QCommandLineOption noNotes {u"no-notes"_s, Tr::tr("Leave out the notes section.")};
    QCommandLineOption entities {
        u"entity-index"_s,
        Tr::tr("Add an index of people, organisations and places, and the quotes by speaker.")};
    QCommandLineOption colors {u"colors"_s, Tr::tr("Only highlights of these colours (comma-separated)."),
                               u"list"_s};
    QCommandLineOption tags {u"tags"_s, Tr::tr("Only annotations with these tags (comma-separated)."),
                             u"list"_s};
    QCommandLineOption author {u"author"_s, Tr::tr("Who the PDF annotations are by."), u"name"_s};
    QCommandLineOption verbose {u"verbose"_s, Tr::tr("Show the messages of the PDF printer too.")};

    ExportOptions options(const QCommandLineParser &parser) const
    {
        ExportOptions o;
        o.paper = parser.value(paper).toLower() == "letter"_L1 ? QPageSize::Letter : QPageSize::A4;
        o.notesSection = !parser.isSet(noNotes);
        o.entityIndex = parser.isSet(entities);
        o.colors = parser.value(colors).split(u',', Qt::SkipEmptyParts);
        o.tags = parser.value(tags).split(u',', Qt::SkipEmptyParts);
        o.author = parser.value(author);
        return o;
    }
};
} // namespace

int exportArticle(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Exports an article with its annotations. ARTICLE is an id in the library, the path of an "
               "article folder, or a file or web address (imported into the library first)."));
    const ExportArguments a;
    parser.addOptions({a.format, a.output, a.library, a.paper, a.noNotes, a.entities, a.colors, a.tags,
                       a.author, a.verbose});
    parser.addPositionalArgument(u"article"_s, Tr::tr("Article id, article folder, file or web address"));
    if (const int parsed = parseCommand(parser, u"export"_s, arguments); parsed != Success)
        return parsed < 0 ? Success : parsed;
    const auto format = Exporter::formatFromName(parser.value(a.format));
    if (parser.positionalArguments().size() != 1 || !parser.isSet(a.output) || !format) {
        err() << parser.helpText();
        return Usage;
    }
    StderrProgress progress(!parser.isSet(a.verbose));
    std::unique_ptr<Workspace> workspace;
    const QString id =
        resolveArticle(workspace, parser.value(a.library), parser.positionalArguments().first(), progress);
    if (id.isEmpty())
        return Failure;
    PrintProcess printing(parser.isSet(a.verbose));
    Exporter exporter(workspace.get(), &printing);
    auto report = exporter.exportArticle(id, *format, QFileInfo(parser.value(a.output)).absoluteFilePath(),
                                         a.options(parser), progress);
    if (!report) {
        err() << report.error().message << Qt::endl;
        return Failure;
    }
    for (const QString &missing : report.value().notFound)
        err() << Tr::tr("Highlight %1: its words were not found in the PDF.").arg(missing) << Qt::endl;
    return Success;
}

} // namespace Gloss::Cli
