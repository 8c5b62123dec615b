// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/exporter.h"

#include <QObject>

class QAction;
class QWidget;

namespace Gloss {

class PdfPrinter;
class Workspace;

/// The window's side of File → Export and File → Export/Import Annotations:
/// asks what and where, runs the workflow layer's Exporter (PDF printing
/// through Qt WebEngine, with a progress dialog that can cancel), shows a
/// preview of a PDF and what happened.
class ArticleExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleExporter)

public:
    ArticleExporter(Workspace *workspace, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *exportAnnotationsAction() const { return m_exportAnnotations; }
    QAction *importAnnotationsAction() const { return m_importAnnotations; }

    /// Exports the open article; `preview` shows a written PDF. Returns success.
    bool exportTo(ExportFormat format, const QString &path, const ExportOptions &options, bool preview);
    /// Imports W3C or Hypothesis annotations into the open article, all or nothing.
    bool importAnnotations(const QString &path);

Q_SIGNALS:
    void statusMessage(const QString &message, int timeout);
    void problem(const QString &title, const QString &message);
    /// Annotations were imported: so many in place, so many need review.
    void annotationsImported(int anchored, int needsReview);

private:
    void showPreview(const QString &path);

    Workspace *m_workspace;
    QWidget *m_window;
    PdfPrinter *m_printer;
    QAction *m_export;
    QAction *m_exportAnnotations;
    QAction *m_importAnnotations;
};

} // namespace Gloss
