// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfprinter.h"

#include "workflow/progress.h"

#include <QEventLoop>
#include <QPageLayout>
#include <QTimer>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Gloss {

PdfPrinter::PdfPrinter(QObject *parent)
    : QObject(parent)
    , m_profile(new QWebEngineProfile(this))
{ }

PdfPrinter::~PdfPrinter() = default;

Result<void> PdfPrinter::printToPdf(const QString &htmlPath, const QString &pdfPath,
                                    QPageSize::PageSizeId paper, Progress &progress)
{
    // Deleted before the profile it belongs to.
    auto page = std::make_unique<QWebEnginePage>(m_profile);
    QWebEngineSettings *s = page->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadImages, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::PrintElementBackgrounds, true);
    std::optional<Result<void>> result;
    QEventLoop loop;
    auto finish = [&](Result<void> r) {
        if (!result)
            result = std::move(r);
        loop.quit();
    };
    connect(page.get(), &QWebEnginePage::loadFinished, &loop, [&](bool ok) {
        if (!ok)
            return finish(Error {Error::Code::Io, tr("The page to print could not be laid out.")});
        const QPageLayout layout(QPageSize(paper), QPageLayout::Portrait, QMarginsF(18, 18, 18, 20),
                                 QPageLayout::Millimeter);
        page->printToPdf(pdfPath, layout);
    });
    connect(page.get(), &QWebEnginePage::pdfPrintingFinished, &loop, [&](const QString &, bool ok) {
        finish(ok ? Result<void>()
                  : Result<void>(Error {Error::Code::Io, tr("Printing the article failed.")}));
    });
    QTimer cancel;
    connect(&cancel, &QTimer::timeout, &loop, [&] {
        progress.advance(0, {});
        if (progress.isCancelled())
            finish(Error {Error::Code::Io, tr("The export was cancelled.")});
    });
    cancel.start(100);
    page->load(QUrl::fromLocalFile(htmlPath));
    loop.exec();
    return *result;
}

} // namespace Gloss
