// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/progress.h"

#include <QProgressDialog>

namespace Gloss {

/// Long work of the workflow layer shown as a window-modal progress dialog
/// with Cancel; it appears only when the work takes longer than half a second.
class DialogProgress final : public Progress
{
public:
    DialogProgress(QWidget *parent, const QString &objectName);
    void start(const QString &what, int total) override;
    void advance(int done, const QString &current) override;
    void finish() override;
    bool isCancelled() const override { return m_dialog.wasCanceled(); }

private:
    QProgressDialog m_dialog;
};

} // namespace Gloss
