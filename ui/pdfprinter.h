// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"
#include "export/pdfannotator.h"

#include <QObject>
#include <QTemporaryDir>

class QWebEnginePage;
class QWebEngineProfile;

namespace Gloss {

/// Makes the annotated PDF: prints the export HTML with Qt WebEngine (no
/// script, no network), then adds real PDF annotations with PdfAnnotator.
/// The destination is only ever replaced whole.
class PdfPrinter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfPrinter)

public:
    explicit PdfPrinter(QObject *parent = nullptr);
    ~PdfPrinter() override;

    /// Starts printing; finished() follows.
    void print(const QString &html, const QString &output, const QList<Annotation> &annotations,
               const HighlightPalette &palette, const ExportOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }

    /// Prints and waits (for the command line).
    static Result<PdfAnnotator::Report> printBlocking(const QString &html, const QString &output,
                                                       const QList<Annotation> &annotations,
                                                       const HighlightPalette &palette, const ExportOptions &options);

Q_SIGNALS:
    void finished(const Gloss::Result<Gloss::PdfAnnotator::Report> &result);

private:
    void finish(const Result<PdfAnnotator::Report> &result);

    QWebEngineProfile *m_profile;
    QWebEnginePage *m_page = nullptr;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_output;
    QList<Annotation> m_annotations;
    HighlightPalette m_palette;
    ExportOptions m_options;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Gloss
