// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfprinter.h"

#include "export/htmlexporter.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

using namespace Qt::StringLiterals;

namespace Gloss {

PdfPrinter::PdfPrinter(QObject *parent) : QObject(parent), m_profile(new QWebEngineProfile(this)) { }

PdfPrinter::~PdfPrinter()
{
    delete m_page; // before the profile it belongs to
}

void PdfPrinter::print(const QString &html, const QString &output, const QList<Annotation> &annotations,
                       const HighlightPalette &palette, const ExportOptions &options)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_output = output;
    m_annotations = annotations;
    m_palette = palette;
    m_options = options;
    m_work = std::make_unique<QTemporaryDir>();
    const QString page = m_work->filePath(u"article.html"_s);
    QFile file(page);
    // The /Highlight annotations paint the colours; the page keeps the underlines.
    const QByteArray bytes = HtmlExporter::withoutHighlightColours(html).toUtf8();
    if (!m_work->isValid() || !file.open(QIODevice::WriteOnly) || file.write(bytes) < 0) {
        finish(Error{Error::Code::Io, tr("Cannot prepare the page to print.")});
        return;
    }
    file.close();

    delete m_page;
    m_page = new QWebEnginePage(m_profile, this);
    QWebEngineSettings *s = m_page->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadImages, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::PrintElementBackgrounds, true);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (m_cancelled) {
            finish(Error{Error::Code::Io, tr("The export was cancelled.")});
            return;
        }
        if (!ok) {
            finish(Error{Error::Code::Io, tr("The page to print could not be laid out.")});
            return;
        }
        const QPageLayout layout(QPageSize(m_options.paper), QPageLayout::Portrait, QMarginsF(18, 18, 18, 20),
                                 QPageLayout::Millimeter);
        m_page->printToPdf(m_work->filePath(u"printed.pdf"_s), layout);
    });
    connect(m_page, &QWebEnginePage::pdfPrintingFinished, this, [this](const QString &path, bool ok) {
        if (m_cancelled) {
            finish(Error{Error::Code::Io, tr("The export was cancelled.")});
            return;
        }
        if (!ok) {
            finish(Error{Error::Code::Io, tr("Printing the article failed.")});
            return;
        }
        finish(PdfAnnotator::annotate(path, m_output, m_annotations, m_palette, m_options.author));
    });
    m_page->load(QUrl::fromLocalFile(page));
}

void PdfPrinter::cancel()
{
    m_cancelled = true;
}

void PdfPrinter::finish(const Result<PdfAnnotator::Report> &result)
{
    m_running = false;
    m_work.reset();
    Q_EMIT finished(result);
}

Result<PdfAnnotator::Report> PdfPrinter::printBlocking(const QString &html, const QString &output,
                                                        const QList<Annotation> &annotations,
                                                        const HighlightPalette &palette, const ExportOptions &options)
{
    PdfPrinter printer;
    std::optional<Result<PdfAnnotator::Report>> result;
    QEventLoop loop;
    connect(&printer, &PdfPrinter::finished, &loop, [&](const Result<PdfAnnotator::Report> &r) {
        result = r;
        loop.quit();
    });
    printer.print(html, output, annotations, palette, options);
    if (!result)
        loop.exec();
    return *result;
}

} // namespace Gloss
