// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleexporter.h"

#include "exportdialog.h"
#include "pdfprinter.h"
#include "progressdialog.h"
#include "text/bidi.h"
#include "workflow/annotationexchange.h"
#include "workflow/workspace.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QPdfDocument>
#include <QPdfView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

ArticleExporter::ArticleExporter(Workspace *workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_printer(new PdfPrinter(this))
    , m_export(new QAction(QIcon::fromTheme(u"document-export"_s), tr("&Export…"), this))
    , m_exportAnnotations(
          new QAction(QIcon::fromTheme(u"document-export"_s), tr("E&xport Annotations (W3C)…"), this))
    , m_importAnnotations(
          new QAction(QIcon::fromTheme(u"document-import"_s), tr("&Import Annotations…"), this))
{
    m_export->setObjectName(u"actionExport"_s);
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_export, &QAction::triggered, this, [this] {
        Document *document = m_workspace->document();
        if (!document->isOpen())
            return;
        ExportDialog dialog(document->annotations()->palette(), document->annotations()->allTags(),
                            document->article().title, m_window);
        if (dialog.exec() == QDialog::Accepted)
            exportTo(dialog.format(), dialog.path(), dialog.options(), true);
    });
    m_exportAnnotations->setObjectName(u"actionExportAnnotations"_s);
    m_exportAnnotations->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    connect(m_exportAnnotations, &QAction::triggered, this, [this] {
        if (!m_workspace->document()->isOpen())
            return;
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export Annotations"), m_workspace->document()->article().title + u".jsonld"_s,
            tr("Web Annotations (*.jsonld *.json)"));
        if (!path.isEmpty())
            exportTo(ExportFormat::W3c, path, {}, false);
    });
    m_importAnnotations->setObjectName(u"actionImportAnnotations"_s);
    m_importAnnotations->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    connect(m_importAnnotations, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Import Annotations"), {},
            tr("Web Annotations or Hypothesis export (*.json *.jsonld);;All files (*)"));
        if (!path.isEmpty())
            importAnnotations(path);
    });
}

bool ArticleExporter::exportTo(ExportFormat format, const QString &path, const ExportOptions &options,
                               bool preview)
{
    Document *document = m_workspace->document();
    if (!document->isOpen())
        return false;
    DialogProgress progress(m_window, u"exportProgress"_s);
    auto report =
        Exporter(m_workspace, m_printer).exportArticle(document->id(), format, path, options, progress);
    if (!report) {
        Q_EMIT problem(format == ExportFormat::Pdf ? tr("Could not export the PDF") : tr("Could not export"),
                       report.error().message);
        return false;
    }
    if (format == ExportFormat::Pdf)
        Q_EMIT statusMessage(tr("Exported to %1: %n highlight(s)", nullptr, report.value().pdfHighlights)
                                 .arg(Bidi::isolated(path)),
                             8000);
    else
        Q_EMIT statusMessage(tr("Exported %n annotation(s) to %1", nullptr, report.value().annotations)
                                 .arg(Bidi::isolated(path)),
                             8000);
    if (preview && format == ExportFormat::Pdf)
        showPreview(path);
    return true;
}

bool ArticleExporter::importAnnotations(const QString &path)
{
    Document *document = m_workspace->document();
    if (!document->isOpen())
        return false;
    auto report = AnnotationExchange::importFile(m_workspace, document->id(), path);
    if (!report) {
        Q_EMIT problem(tr("Could not import the annotations"),
                       tr("%1\n\nNothing was imported.").arg(report.error().message));
        return false;
    }
    const int total = report.value().added + report.value().updated;
    Q_EMIT annotationsImported(total - report.value().needsReview, report.value().needsReview);
    return true;
}

void ArticleExporter::showPreview(const QString &path)
{
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(u"pdfPreview"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Preview of %1").arg(Bidi::isolated(path)));
    auto *pdf = new QPdfDocument(dialog);
    pdf->load(path);
    auto *view = new QPdfView(dialog);
    view->setDocument(pdf);
    view->setPageMode(QPdfView::PageMode::MultiPage);
    view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog->resize(800, 900);
    dialog->show();
}

} // namespace Gloss
