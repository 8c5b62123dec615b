// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clisupport.h"
#include "cli/commands.h"
#include "core/jsonfile.h"
#include "workflow/annotationexchange.h"
#include "workflow/exporter.h"
#include "workflow/workspace.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Gloss::Cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::Cli)
};
} // namespace

int annotations(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Exports an article's annotations as W3C Web Annotations, or imports W3C or Hypothesis "
               "annotations into it."));
    const QCommandLineOption library = libraryOption();
    const QCommandLineOption outputOption({u"o"_s, u"output"_s},
                                          Tr::tr("Write to <file> instead of standard output."), u"file"_s);
    parser.addOption(library);
    parser.addOption(outputOption);
    parser.addPositionalArgument(u"action"_s, Tr::tr("export or import"));
    parser.addPositionalArgument(u"article"_s, Tr::tr("Article id, article folder, file or web address"));
    parser.addPositionalArgument(u"file"_s, Tr::tr("For import: the annotations file"), u"[FILE]"_s);
    if (const int parsed = parseCommand(parser, u"annotations"_s, arguments); parsed != Success)
        return parsed < 0 ? Success : parsed;
    const QStringList args = parser.positionalArguments();
    const bool exporting = args.size() == 2 && args.first() == "export"_L1;
    const bool importing = args.size() == 3 && args.first() == "import"_L1;
    if (!exporting && !importing) {
        err() << parser.helpText();
        return Usage;
    }
    StderrProgress progress(true);
    std::unique_ptr<Workspace> workspace;
    const QString id = resolveArticle(workspace, parser.value(library), args.at(1), progress);
    if (id.isEmpty())
        return Failure;

    if (exporting) {
        auto json = Exporter(workspace.get()).render(id, ExportFormat::W3c, ExportOptions());
        if (!json) {
            err() << json.error().message << Qt::endl;
            return Failure;
        }
        if (!parser.isSet(outputOption)) {
            QTextStream(stdout) << json.value();
            return Success;
        }
        if (auto ok = JsonFile::writeBytes(parser.value(outputOption), json.value()); !ok) {
            err() << ok.error().message << Qt::endl;
            return Failure;
        }
        return Success;
    }
    auto report = AnnotationExchange::importFile(workspace.get(), id, args.at(2));
    if (!report) {
        err() << args.at(2) << ": " << report.error().message << Qt::endl;
        return Failure;
    }
    err() << Tr::tr("%1 added, %2 updated, %3 need review")
                 .arg(report.value().added)
                 .arg(report.value().updated)
                 .arg(report.value().needsReview)
          << Qt::endl;
    return Success;
}

} // namespace Gloss::Cli
