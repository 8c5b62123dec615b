// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportdialog.h"

#include <QObject>

class QAction;

namespace Gloss {

class MainWindow;

/// File → Export: writes the open article with its annotations as an
/// annotated PDF (with a preview in Qt PDF), Markdown, HTML or W3C Web
/// Annotations; long work shows progress and can be cancelled.
class ArticleExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleExporter)

public:
    explicit ArticleExporter(MainWindow *window);

    QAction *exportAction() const { return m_export; }
    /// Writes the export; `preview` shows a written PDF. Returns success.
    bool exportTo(ExportDialog::Format format, const QString &path, const ExportOptions &options, bool preview);

private:
    MainWindow *m_window;
    QAction *m_export;
};

} // namespace Gloss
