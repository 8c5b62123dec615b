// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/paragraphdiff.h"

#include <QDialog>

class QTextBrowser;

namespace Gloss {

/// Shows what changed between two versions of an article, paragraph by
/// paragraph: removed text struck through, added text marked, unchanged
/// paragraphs folded away.
class ChangesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesDialog)

public:
    ChangesDialog(const QList<ParagraphChange> &changes, const QString &summary, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace Gloss
