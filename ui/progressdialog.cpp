// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressdialog.h"

namespace Gloss {

DialogProgress::DialogProgress(QWidget *parent, const QString &objectName)
    : m_dialog(parent)
{
    m_dialog.setObjectName(objectName);
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setMinimumDuration(500);
    m_dialog.setAutoReset(false);
    m_dialog.setAutoClose(false);
    m_dialog.reset();
}

void DialogProgress::start(const QString &what, int total)
{
    m_dialog.setLabelText(what);
    m_dialog.setRange(0, total);
    m_dialog.setValue(0);
}

void DialogProgress::advance(int done, const QString &current)
{
    if (!current.isEmpty())
        m_dialog.setLabelText(current);
    if (m_dialog.maximum() > 0)
        m_dialog.setValue(qMin(done, m_dialog.maximum()));
    else
        m_dialog.setValue(0); // busy indicator; also lets the dialog appear after its delay
}

void DialogProgress::finish()
{
    m_dialog.reset();
    m_dialog.hide();
}

} // namespace Gloss
