// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include "annotations/webannotation.h"
#include "core/jsonfile.h"
#include "library/librarystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Gloss::Cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::Cli)
};

// "ARTICLE" is an id in the library, or the path of an article folder.
std::pair<LibraryStore, QString> locate(const QString &library, const QString &article)
{
    const QFileInfo folder(article);
    if (folder.isDir() && QFileInfo::exists(folder.filePath() + u"/article.json"_s))
        return {LibraryStore(folder.absoluteDir().absolutePath()), folder.fileName()};
    return {LibraryStore(library), article};
}
} // namespace

int annotations(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Exports an article's annotations as W3C Web Annotations, or imports W3C or Hypothesis "
               "annotations into it."));
    const QCommandLineOption libraryOption(u"library"_s, Tr::tr("The library folder."), u"folder"_s,
                                           LibraryStore::defaultRoot());
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, Tr::tr("Write to <file> instead of standard output."),
                                          u"file"_s);
    parser.addOption(libraryOption);
    parser.addOption(outputOption);
    parser.addPositionalArgument(u"action"_s, Tr::tr("export or import"));
    parser.addPositionalArgument(u"article"_s, Tr::tr("Article id, or the path of an article folder"));
    parser.addPositionalArgument(u"file"_s, Tr::tr("For import: the annotations file"), u"[FILE]"_s);
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"gloss-cli annotations"_s} + arguments)) {
        err() << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    const bool exporting = args.size() == 2 && args.first() == "export"_L1;
    const bool importing = args.size() == 3 && args.first() == "import"_L1;
    if (!exporting && !importing) {
        err() << parser.helpText();
        return 2;
    }
    auto [store, id] = locate(parser.value(libraryOption), args.at(1));
    auto article = store.loadArticle(id);
    if (!article) {
        err() << article.error().message << Qt::endl;
        return 1;
    }
    auto existing = store.loadAnnotations(id);
    if (!existing) {
        err() << existing.error().message << Qt::endl;
        return 1;
    }

    if (exporting) {
        const QJsonObject collection = WebAnnotation::collectionToJson(
            existing.value().annotations, WebAnnotation::sourceFor(article.value(), id), HighlightPalette::load());
        const QByteArray json = QJsonDocument(collection).toJson(QJsonDocument::Indented);
        if (!parser.isSet(outputOption)) {
            QTextStream(stdout) << json;
            return 0;
        }
        if (auto ok = JsonFile::writeBytes(parser.value(outputOption), json); !ok) {
            err() << ok.error().message << Qt::endl;
            return 1;
        }
        return 0;
    }

    auto bytes = JsonFile::readBytes(args.at(2), 64LL * 1024 * 1024);
    if (!bytes) {
        err() << bytes.error().message << Qt::endl;
        return 1;
    }
    auto imported = WebAnnotation::fromJson(bytes.value(), article.value().text);
    if (!imported) {
        err() << args.at(2) << ": " << imported.error().message << Qt::endl;
        return 1;
    }
    AnnotationSet set = existing.value();
    int added = 0, replaced = 0, review = 0;
    for (const Annotation &a : imported.value()) {
        review += a.needsReview;
        auto it = std::find_if(set.annotations.begin(), set.annotations.end(),
                               [&](const Annotation &b) { return b.id == a.id; });
        if (it != set.annotations.end()) {
            *it = a;
            ++replaced;
        } else {
            set.annotations.append(a);
            ++added;
        }
    }
    if (auto ok = store.saveAnnotations(id, set); !ok) {
        err() << ok.error().message << Qt::endl;
        return 1;
    }
    err() << Tr::tr("%1 added, %2 updated, %3 need review").arg(added).arg(replaced).arg(review) << Qt::endl;
    return 0;
}

} // namespace Gloss::Cli
