// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace Gloss {

class Workspace;

/// The open article's annotations file could not be read. Says so, never
/// writes over it, and offers a way forward: put the last good backup back,
/// or set the damaged file aside and start a new one. Highlights made before
/// the choice are kept either way. Non-modal: the user may read on and
/// decide later (quitting asks before anything is lost).
class AnnotationsRecovery final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationsRecovery)

public:
    AnnotationsRecovery(Workspace *workspace, const QString &problem, QWidget *parent);

    QAbstractButton *restoreButton() const { return m_restore; }
    QAbstractButton *setAsideButton() const { return m_setAside; }

    /// Before quitting with highlights that could not be saved: true when
    /// the user agrees to lose them.
    static bool confirmDiscard(Workspace *workspace, QWidget *parent);

Q_SIGNALS:
    void failed(const QString &title, const QString &message);
    void resolved();

private:
    void choose(QAbstractButton *button);

    Workspace *m_workspace;
    QAbstractButton *m_restore = nullptr;
    QAbstractButton *m_setAside;
};

} // namespace Gloss
