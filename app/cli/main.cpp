// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/anchorcommand.h"
#include "cli/commands.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::Cli)
};

int usage(QTextStream &stream, int code)
{
    stream << Tr::tr("Usage: gloss-cli COMMAND [options]\n"
                     "Gloss without a window: bring articles into the library, list and export them, "
                     "clean news pages, list their entities, anchor and exchange annotations.\n\n"
                     "Commands:\n"
                     "  import FILE|URL...                  put articles into the library, print their ids\n"
                     "  list                                the articles of the library\n"
                     "  export --format pdf|md|html|w3c ARTICLE -o OUT   an annotated export\n"
                     "  annotations export ARTICLE          an article's annotations as W3C JSON-LD\n"
                     "  annotations import ARTICLE FILE     import W3C or Hypothesis annotations\n"
                     "  clean FILE|URL...                   clean pages into articles (JSON, text or HTML)\n"
                     "  entities FILE                       list the entities of an article\n"
                     "  tag [--evaluate|--text]             tag names (CoNLL tokens on stdin)\n"
                     "  anchor --text FILE --selector FILE  find a highlight again in a text\n\n"
                     "ARTICLE is an id in the library (--library DIR, default: the desktop app's), the path "
                     "of an article folder, or a file or web address, imported first.\n"
                     "Standard output carries the results, standard error only Gloss's own messages.\n\n"
                     "Exit codes: 0 success; 1 an input could not be read, found, imported or exported; "
                     "2 wrong usage.\n\n"
                     "Run gloss-cli COMMAND --help for a command's options.\n")
           << Qt::flush;
    return code;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop app, so both find the same library.
    QCoreApplication::setOrganizationName(u"Gloss"_s);
    QCoreApplication::setApplicationName(u"gloss"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GLOSS_VERSION));

    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    if (args.isEmpty())
        return usage(Gloss::Cli::err(), 2);
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == "--help"_L1 || command == "-h"_L1 || command == "help"_L1)
        return usage(out, 0);
    if (command == "--version"_L1 || command == "-v"_L1) {
        out << "gloss-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (command == "clean"_L1)
        return Gloss::Cli::clean(rest);
    if (command == "entities"_L1)
        return Gloss::Cli::entities(rest);
    if (command == "tag"_L1)
        return Gloss::Cli::tag(rest);
    if (command == "anchor"_L1)
        return Gloss::runAnchorCommand(rest);
    if (command == "annotations"_L1)
        return Gloss::Cli::annotations(rest);
    if (command == "export"_L1)
        return Gloss::Cli::exportArticle(rest);
    if (command == "import"_L1)
        return Gloss::Cli::importArticles(rest);
    if (command == "list"_L1)
        return Gloss::Cli::listArticles(rest);
    Gloss::Cli::err() << Tr::tr("Unknown command: %1").arg(command) << Qt::endl;
    return usage(Gloss::Cli::err(), 2);
}
