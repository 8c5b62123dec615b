// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/exporter.h"

#include <QObject>

class QWebEngineProfile;

namespace Gloss {

/// Prints an HTML file to PDF with a hidden Qt WebEngine page (no script,
/// no images, no network): the desktop app's way to the annotated PDF, and
/// gloss-print-pdf's for gloss-cli. The workflow layer's Exporter adds the
/// annotations.
class PdfPrinter final : public QObject, public PdfPrinting
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfPrinter)

public:
    explicit PdfPrinter(QObject *parent = nullptr);
    ~PdfPrinter() override;

    /// Prints and waits, handling events meanwhile; `progress` can cancel.
    Result<void> printToPdf(const QString &htmlPath, const QString &pdfPath, QPageSize::PageSizeId paper,
                            Progress &progress) override;

private:
    QWebEngineProfile *m_profile;
};

} // namespace Gloss
