// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace Gloss {

class HighlightPalette;
class NoteEditor;

/// Edits the Markdown note, the tags and (for a highlight) the colour of an
/// annotation.
class NoteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDialog)

public:
    /// `subject` is the quote, or a description for article and entity notes.
    /// A null palette hides the colour choice.
    NoteDialog(const QString &subject, const QString &note, QWidget *parent = nullptr);

    void setTags(const QStringList &tags);
    void setColorChoice(const HighlightPalette &palette, const QString &current);

    QString note() const;
    QStringList tags() const;
    QString color() const;
    NoteEditor *editor() const { return m_editor; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QComboBox *colorBox() const { return m_color; }

private:
    NoteEditor *m_editor;
    QLineEdit *m_tags;
    QComboBox *m_color;
};

} // namespace Gloss
