// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/highlightpalette.h"

#include <QDialog>

class QLineEdit;

namespace Gloss {

/// Lets the user name what each highlight colour means.
class MeaningsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeaningsDialog)

public:
    MeaningsDialog(const HighlightPalette &palette, QWidget *parent = nullptr);

    /// The palette with the meanings as edited.
    HighlightPalette palette() const;

private:
    HighlightPalette m_palette;
    QList<QLineEdit *> m_edits;
};

} // namespace Gloss
