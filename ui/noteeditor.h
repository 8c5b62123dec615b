// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTextBrowser;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Gloss {

/// A Markdown note editor: the source highlighted with KDE Syntax
/// Highlighting's Markdown definition, beside a rendered preview.
class NoteEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteEditor)

public:
    explicit NoteEditor(QWidget *parent = nullptr);

    QString markdown() const;
    void setMarkdown(const QString &text);
    QPlainTextEdit *editor() const { return m_editor; }
    /// Name of the syntax definition in use ("Markdown" when available).
    QString definitionName() const;

private:
    void updatePreview();

    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace Gloss
