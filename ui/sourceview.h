// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QTabWidget;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Gloss {

/// Shows an article's raw source and its stored JSON, read-only, with KDE
/// Syntax Highlighting (HTML, JSON or plain text) in a theme that follows
/// the light or dark palette.
class SourceView final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceView)

public:
    /// The article's files: its original source (empty when it has none), the
    /// stored article and its annotations.
    SourceView(const QString &source, const QString &article, const QString &annotations,
               QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    /// The syntax definition used in tab `index` ("HTML", "JSON", ...).
    QString definitionName(int index) const;

private:
    QPlainTextEdit *addTab(const QString &title, const QString &path, const QString &definition);

    QTabWidget *m_tabs;
    QList<KSyntaxHighlighting::SyntaxHighlighter *> m_highlighters;
};

} // namespace Gloss
