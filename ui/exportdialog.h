// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"
#include "workflow/exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace Gloss {

/// File → Export: the format (annotated PDF, Markdown, HTML, W3C Web
/// Annotations), where to, and what to include (paper size, notes section,
/// entity index, only some colours or tags).
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const HighlightPalette &palette, const QStringList &tags, const QString &suggestedName,
                 QWidget *parent = nullptr);

    ExportFormat format() const;
    QString path() const;
    ExportOptions options() const;

    QComboBox *formatBox() const { return m_format; }
    QLineEdit *pathEdit() const { return m_path; }

private:
    void updateSuffix();

    QComboBox *m_format;
    QLineEdit *m_path;
    QComboBox *m_paper;
    QCheckBox *m_notes;
    QCheckBox *m_entities;
    QListWidget *m_colors;
    QLineEdit *m_tags;
};

} // namespace Gloss
