// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/exporter.h"

namespace Gloss::Cli {

/// PDF printing for gloss-cli, which has no Qt WebEngine of its own: runs
/// the gloss-print-pdf program (beside gloss-cli, in the build tree, or on
/// PATH; GLOSS_PRINT_PDF names another) without a display. Its messages
/// (Chromium's start-up lines among them) are shown only when it fails, or
/// always with `verbose`.
class PrintProcess final : public PdfPrinting
{
public:
    explicit PrintProcess(bool verbose)
        : m_verbose(verbose)
    { }
    Result<void> printToPdf(const QString &htmlPath, const QString &pdfPath, QPageSize::PageSizeId paper,
                            Progress &progress) override;
    static QString program();

private:
    bool m_verbose;
};

} // namespace Gloss::Cli
