// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleexporter.h"

#include "mainwindow.h"
#include "pdfprinter.h"

#include "annotations/webannotation.h"
#include "core/jsonfile.h"
#include "export/htmlexporter.h"
#include "export/markdownexporter.h"
#include "library/document.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QJsonDocument>
#include <QPdfDocument>
#include <QPdfView>
#include <QProgressDialog>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

ArticleExporter::ArticleExporter(MainWindow *window)
    : QObject(window), m_window(window),
      m_export(new QAction(QIcon::fromTheme(u"document-export"_s), tr("&Export…"), this))
{
    m_export->setObjectName(u"actionExport"_s);
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_export, &QAction::triggered, this, [this] {
        Document *document = m_window->document();
        if (!document->isOpen())
            return;
        ExportDialog dialog(document->annotations()->palette(), document->annotations()->allTags(),
                            document->article().title, m_window);
        if (dialog.exec() == QDialog::Accepted)
            exportTo(dialog.format(), dialog.path(), dialog.options(), true);
    });
}

bool ArticleExporter::exportTo(ExportDialog::Format format, const QString &path, const ExportOptions &chosen,
                               bool preview)
{
    Document *document = m_window->document();
    ExportOptions options = chosen;
    if (options.author.isEmpty())
        options.author = ExportOptions::defaultAuthor();
    if (options.author.isEmpty())
        options.author = tr("Gloss user");
    const Article &article = document->article();
    const QList<Annotation> &annotations = document->annotations()->annotations();
    const HighlightPalette &palette = document->annotations()->palette();

    if (format != ExportDialog::Format::Pdf) {
        QByteArray bytes;
        if (format == ExportDialog::Format::Markdown)
            bytes = MarkdownExporter::toMarkdown(article, annotations, palette, options).toUtf8();
        else if (format == ExportDialog::Format::Html)
            bytes = HtmlExporter::toHtml(article, annotations, palette, options, document->entities()->entities()).toUtf8();
        else
            bytes = QJsonDocument(WebAnnotation::collectionToJson(options.select(annotations),
                                                                  WebAnnotation::sourceFor(article, document->id()), palette))
                        .toJson();
        if (auto ok = JsonFile::writeBytes(path, bytes); !ok) {
            m_window->showError(tr("Could not export"), ok.error().message);
            return false;
        }
        m_window->statusBar()->showMessage(tr("Exported to %1").arg(path), 8000);
        return true;
    }

    PdfPrinter printer;
    QProgressDialog progress(tr("Making the annotated PDF…"), tr("Cancel"), 0, 0, m_window);
    progress.setObjectName(u"exportProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    connect(&progress, &QProgressDialog::canceled, &printer, &PdfPrinter::cancel);
    std::optional<Result<PdfAnnotator::Report>> result;
    QEventLoop loop;
    connect(&printer, &PdfPrinter::finished, &loop, [&](const Result<PdfAnnotator::Report> &r) {
        result = r;
        loop.quit();
    });
    printer.print(HtmlExporter::toHtml(article, annotations, palette, options, document->entities()->entities()), path,
                  options.select(annotations), palette, options);
    if (!result)
        loop.exec();
    progress.reset();
    if (!result->ok()) {
        m_window->showError(tr("Could not export the PDF"), result->error().message);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Exported to %1: %n highlight(s)", nullptr, result->value().highlights).arg(path), 8000);
    if (preview) {
        auto *dialog = new QDialog(m_window);
        dialog->setObjectName(u"pdfPreview"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Preview of %1").arg(path));
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
    return true;
}

} // namespace Gloss
