// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
QString plain(QString text)
{
    // "&Open…" -> "Open…", keeping a literal "&&".
    text.replace(u"&&"_s, QString(QChar(0xE000)));
    text.remove(u'&');
    return text.replace(QChar(0xE000), u'&');
}

void addMenu(QTreeWidgetItem *parent, const QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            auto *item = new QTreeWidgetItem(parent, {plain(action->text())});
            addMenu(item, action->menu());
            continue;
        }
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        new QTreeWidgetItem(parent, {plain(action->text()), keys});
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_list->setAccessibleName(tr("Commands and their keyboard shortcuts"));
    for (QAction *top : menus->actions()) {
        if (!top->menu())
            continue;
        auto *item = new QTreeWidgetItem(m_list, {plain(top->text())});
        addMenu(item, top->menu());
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 620);
}

} // namespace Gloss
