// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationsrecovery.h"

#include "library/librarystore.h"
#include "workflow/workspace.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Gloss {

AnnotationsRecovery::AnnotationsRecovery(Workspace *workspace, const QString &problem, QWidget *parent)
    : QMessageBox(QMessageBox::Warning, tr("Annotations not loaded"), {}, QMessageBox::NoButton, parent)
    , m_workspace(workspace)
{
    setObjectName(u"annotationsRecovery"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    const QString id = workspace->document()->id();
    const bool backup = workspace->store()->hasAnnotationsBackup(id);
    setText(
        tr("%1\n\nThe article is shown without its annotations; the file is left as it is. New highlights "
           "are kept, but they cannot be saved until you choose what to do with the damaged file.")
            .arg(problem));
    if (backup) {
        m_restore = addButton(tr("&Restore Last Backup"), QMessageBox::AcceptRole);
        m_restore->setObjectName(u"restoreBackupButton"_s);
    }
    m_setAside = addButton(tr("&Set Aside and Start New"), QMessageBox::DestructiveRole);
    m_setAside->setObjectName(u"setAsideButton"_s);
    QAbstractButton *later = addButton(tr("Decide &Later"), QMessageBox::RejectRole);
    later->setObjectName(u"decideLaterButton"_s);
    setDefaultButton(qobject_cast<QPushButton *>(m_restore ? m_restore : later));
    connect(this, &QMessageBox::buttonClicked, this, &AnnotationsRecovery::choose);
}

void AnnotationsRecovery::choose(QAbstractButton *button)
{
    if (button != m_restore && button != m_setAside)
        return;
    const auto choice = button == m_restore ? Workspace::DamagedAnnotations::RestoreBackup
                                            : Workspace::DamagedAnnotations::SetAside;
    if (auto ok = m_workspace->resolveDamagedAnnotations(choice); !ok)
        Q_EMIT failed(tr("Could not repair the annotations"), ok.error().message);
    else
        Q_EMIT resolved();
}

bool AnnotationsRecovery::confirmDiscard(Workspace *workspace, QWidget *parent)
{
    if (!workspace->hasUnsavableEdits())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Highlights Not Saved"),
                    tr("The annotations file of this article is damaged, so the highlights you made since "
                       "opening it were not saved. Quit and lose them?"),
                    QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(u"discardUnsavedQuestion"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

} // namespace Gloss
