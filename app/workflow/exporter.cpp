// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/exporter.h"

#include "annotations/webannotation.h"
#include "core/jsonfile.h"
#include "entities/entityextractor.h"
#include "export/htmlexporter.h"
#include "export/markdownexporter.h"
#include "export/pdfannotator.h"
#include "workflow/progress.h"
#include "workflow/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::Exporter)
};

// What an export is made of, as the library holds it (the open article's
// edits are saved first, so the window and the command line read the same).
struct Material {
    ArticleContent content;
    QList<Entity> entities;
    HighlightPalette palette;
    ExportOptions options;
};

Result<Material> gather(Workspace *workspace, const QString &id, const ExportOptions &options)
{
    workspace->flush();
    auto content = workspace->loadContent(id);
    if (!content)
        return content.error();
    Material m {std::move(content).value(), {}, HighlightPalette::load(), options};
    if (!m.content.annotationsError.isEmpty())
        return Error {Error::Code::Parse, m.content.annotationsError};
    if (m.options.entityIndex) {
        m.entities = EntityExtractor::shared().extract(m.content.article);
        m.content.entityCorrections.apply(m.entities, m.content.article.text);
    }
    if (m.options.author.isEmpty())
        m.options.author = ExportOptions::defaultAuthor();
    if (m.options.author.isEmpty())
        m.options.author = Tr::tr("Gloss user");
    return m;
}
QByteArray bytesOf(const Material &m, const QString &id, ExportFormat format)
{
    const Article &article = m.content.article;
    const QList<Annotation> &annotations = m.content.annotations;
    switch (format) {
    case ExportFormat::Markdown:
        return MarkdownExporter::toMarkdown(article, annotations, m.palette, m.options).toUtf8();
    case ExportFormat::Html:
    case ExportFormat::Pdf:
        return HtmlExporter::toHtml(article, annotations, m.palette, m.options, m.entities).toUtf8();
    case ExportFormat::W3c:
        return QJsonDocument(WebAnnotation::collectionToJson(
                                 m.options.select(annotations, ExportOptions::Unanchored::Keep),
                                 WebAnnotation::sourceFor(article, id), m.palette))
            .toJson();
    }
    return {};
}
} // namespace

Exporter::Exporter(Workspace *workspace, PdfPrinting *printing)
    : m_workspace(workspace)
    , m_printing(printing)
{ }

Result<QByteArray> Exporter::render(const QString &id, ExportFormat format, const ExportOptions &options)
{
    auto material = gather(m_workspace, id, options);
    if (!material)
        return material.error();
    return bytesOf(material.value(), id, format);
}

Result<Exporter::Report> Exporter::exportArticle(const QString &id, ExportFormat format, const QString &path,
                                                 const ExportOptions &options, Progress &progress)
{
    auto material = gather(m_workspace, id, options);
    if (!material)
        return material.error();
    const Material &m = material.value();
    Report report;
    report.annotations = int(m.options.select(m.content.annotations).size());
    const QByteArray bytes = bytesOf(m, id, format);
    if (format != ExportFormat::Pdf) {
        if (auto ok = JsonFile::writeBytes(path, bytes); !ok)
            return ok.error();
        return report;
    }
    if (!m_printing)
        return Error {Error::Code::Unsupported,
                      Tr::tr("Making a PDF needs Qt WebEngine, which is not available here.")};
    progress.start(Tr::tr("Making the annotated PDF…"), 0);
    QTemporaryDir work;
    const QString html = work.filePath(u"article.html"_s);
    const QString printed = work.filePath(u"printed.pdf"_s);
    if (!work.isValid())
        return Error {Error::Code::Io, Tr::tr("Cannot prepare the page to print.")};
    // The /Highlight annotations paint the colours; the printed page keeps the underlines.
    if (auto ok = JsonFile::writeBytes(
            html, HtmlExporter::withoutHighlightColours(QString::fromUtf8(bytes)).toUtf8());
        !ok)
        return ok.error();
    auto ok = m_printing->printToPdf(html, printed, m.options.paper, progress);
    progress.finish();
    if (!ok)
        return ok.error();
    auto annotated =
        PdfAnnotator::annotate(printed, QFileInfo(path).absoluteFilePath(),
                               m.options.select(m.content.annotations), m.palette, m.options.author);
    if (!annotated)
        return annotated.error();
    report.pdfHighlights = annotated.value().highlights;
    report.notFound = annotated.value().notFound;
    return report;
}

std::optional<ExportFormat> Exporter::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == "pdf"_L1)
        return ExportFormat::Pdf;
    if (n == "md"_L1 || n == "markdown"_L1)
        return ExportFormat::Markdown;
    if (n == "html"_L1 || n == "htm"_L1)
        return ExportFormat::Html;
    if (n == "w3c"_L1 || n == "jsonld"_L1)
        return ExportFormat::W3c;
    return std::nullopt;
}

QString Exporter::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return u"pdf"_s;
    case ExportFormat::Markdown:
        return u"md"_s;
    case ExportFormat::Html:
        return u"html"_s;
    case ExportFormat::W3c:
        return u"jsonld"_s;
    }
    return {};
}

} // namespace Gloss
