// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "export/exportoptions.h"

#include <optional>

namespace Gloss {

class Progress;
class Workspace;

/// Prints an HTML file to PDF. Qt WebEngine does it, which lives in the
/// window's side of Gloss: the desktop app prints in its own process,
/// gloss-cli through the gloss-print-pdf program.
class PdfPrinting
{
public:
    virtual ~PdfPrinting() = default;
    virtual Result<void> printToPdf(const QString &htmlPath, const QString &pdfPath,
                                    QPageSize::PageSizeId paper, Progress &progress) = 0;
};

enum class ExportFormat { Pdf, Markdown, Html, W3c };

/// Writes an article with its annotations: the annotated PDF, Markdown,
/// HTML or W3C Web Annotations, with every ExportOptions field. The window's
/// File ▸ Export and `gloss-cli export` both come here, so the same article
/// and options give the same file.
class Exporter final
{
public:
    explicit Exporter(Workspace *workspace, PdfPrinting *printing = nullptr);

    struct Report {
        int annotations = 0; // annotations the export includes
        int pdfHighlights = 0; // PDF: /Highlight annotations written
        QStringList notFound; // PDF: passages whose words were not found
    };
    Result<Report> exportArticle(const QString &id, ExportFormat format, const QString &path,
                                 const ExportOptions &options, Progress &progress);
    /// The bytes of a text export (not PDF).
    Result<QByteArray> render(const QString &id, ExportFormat format, const ExportOptions &options);

    /// "pdf", "md", "html", "w3c" (and "markdown", "jsonld").
    static std::optional<ExportFormat> formatFromName(const QString &name);
    /// The usual file name ending of a format, without the dot.
    static QString suffix(ExportFormat format);

private:
    Workspace *m_workspace;
    PdfPrinting *m_printing;
};

} // namespace Gloss
