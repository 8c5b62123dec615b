// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include "annotations/webannotation.h"
#include "core/jsonfile.h"
#include "export/htmlexporter.h"
#include "export/markdownexporter.h"
#include "library/librarystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Gloss::Cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::Cli)
};

// The desktop app prints PDFs (Qt WebEngine lives there); find it beside us.
QString guiExecutable()
{
    if (const QString env = qEnvironmentVariable("GLOSS_APP"); !env.isEmpty())
        return env;
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(u"gloss"_s), here.filePath(u"../ui/gloss"_s)})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return QStandardPaths::findExecutable(u"gloss"_s);
}
} // namespace

int exportArticle(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Exports an article with its annotations."));
    const QCommandLineOption formatOption({u"f"_s, u"format"_s}, Tr::tr("pdf, md, html or w3c."), u"format"_s, u"md"_s);
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, Tr::tr("The file to write."), u"file"_s);
    const QCommandLineOption libraryOption(u"library"_s, Tr::tr("The library folder."), u"folder"_s,
                                           LibraryStore::defaultRoot());
    const QCommandLineOption paperOption(u"paper"_s, Tr::tr("PDF paper size: a4 or letter."), u"size"_s, u"a4"_s);
    const QCommandLineOption noNotesOption(u"no-notes"_s, Tr::tr("Leave out the notes section."));
    const QCommandLineOption entitiesOption(u"entity-index"_s, Tr::tr("Add an index of people, organisations and places."));
    const QCommandLineOption colorsOption(u"colors"_s, Tr::tr("Only highlights of these colours (comma-separated)."), u"list"_s);
    const QCommandLineOption tagsOption(u"tags"_s, Tr::tr("Only annotations with these tags (comma-separated)."), u"list"_s);
    parser.addOptions({formatOption, outputOption, libraryOption, paperOption, noNotesOption, entitiesOption,
                       colorsOption, tagsOption});
    parser.addPositionalArgument(u"article"_s, Tr::tr("Article id, or the path of an article folder"));
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"gloss-cli export"_s} + arguments)) {
        err() << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QString format = parser.value(formatOption).toLower();
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outputOption) ||
        !QStringList{u"pdf"_s, u"md"_s, u"html"_s, u"w3c"_s}.contains(format)) {
        err() << parser.helpText();
        return 2;
    }
    QString library = parser.value(libraryOption);
    QString id = parser.positionalArguments().first();
    const QFileInfo folder(id);
    if (folder.isDir() && QFileInfo::exists(folder.filePath() + u"/article.json"_s)) {
        library = folder.absoluteDir().absolutePath();
        id = folder.fileName();
    }
    const QString output = QFileInfo(parser.value(outputOption)).absoluteFilePath();

    if (format == "pdf"_L1) {
        const QString gui = guiExecutable();
        if (gui.isEmpty()) {
            err() << Tr::tr("Making a PDF needs the gloss program, which was not found.") << Qt::endl;
            return 1;
        }
        QStringList args{u"--library"_s, library, u"--export-pdf"_s, output, u"--paper"_s, parser.value(paperOption)};
        if (parser.isSet(noNotesOption))
            args << u"--no-notes"_s;
        if (parser.isSet(entitiesOption))
            args << u"--entity-index"_s;
        if (parser.isSet(colorsOption))
            args << u"--colors"_s << parser.value(colorsOption);
        if (parser.isSet(tagsOption))
            args << u"--tags"_s << parser.value(tagsOption);
        args << id;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s); // no window, no display needed
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(gui, args);
        if (!process.waitForFinished(10 * 60 * 1000))
            return 1;
        return process.exitCode();
    }

    LibraryStore store(library);
    auto article = store.loadArticle(id);
    if (!article) {
        err() << article.error().message << Qt::endl;
        return 1;
    }
    auto set = store.loadAnnotations(id);
    if (!set) {
        err() << set.error().message << Qt::endl;
        return 1;
    }
    ExportOptions options;
    options.notesSection = !parser.isSet(noNotesOption);
    options.entityIndex = parser.isSet(entitiesOption);
    if (parser.isSet(colorsOption))
        options.colors = parser.value(colorsOption).split(u',', Qt::SkipEmptyParts);
    if (parser.isSet(tagsOption))
        options.tags = parser.value(tagsOption).split(u',', Qt::SkipEmptyParts);
    const HighlightPalette palette = HighlightPalette::load();
    const QList<Annotation> &annotations = set.value().annotations;
    QByteArray bytes;
    if (format == "md"_L1)
        bytes = MarkdownExporter::toMarkdown(article.value(), annotations, palette, options).toUtf8();
    else if (format == "html"_L1)
        bytes = HtmlExporter::toHtml(article.value(), annotations, palette, options).toUtf8();
    else
        bytes = QJsonDocument(WebAnnotation::collectionToJson(options.select(annotations),
                                                              WebAnnotation::sourceFor(article.value(), id), palette))
                    .toJson();
    if (auto ok = JsonFile::writeBytes(output, bytes); !ok) {
        err() << ok.error().message << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace Gloss::Cli
