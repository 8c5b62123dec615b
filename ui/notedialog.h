// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Gloss {

class NoteEditor;

/// Asks for the Markdown note of a new or existing highlight.
class NoteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDialog)

public:
    NoteDialog(const QString &quote, const QString &note, QWidget *parent = nullptr);

    QString note() const;
    NoteEditor *editor() const { return m_editor; }

private:
    NoteEditor *m_editor;
};

} // namespace Gloss
