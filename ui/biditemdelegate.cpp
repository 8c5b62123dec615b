// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "biditemdelegate.h"

#include "text/bidi.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeView>

namespace Gloss {

QStyleOptionViewItem BidiItemDelegate::optionFor(const QModelIndex &index, const QWidget *view) const
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.direction = view->layoutDirection();
    initStyleOption(&option, index);
    return option;
}

void BidiItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->features & QStyleOptionViewItem::HasDisplay)
        option->text = Bidi::isolated(option->text);
}

QSize BidiItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    auto *view = qobject_cast<const QTreeView *>(parent());
    if (m_lines <= 0 || !view || !view->wordWrap())
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem wrapped = option;
    int width = view->columnWidth(index.column());
    if (index.column() == 0 && view->rootIsDecorated())
        width -= view->indentation();
    wrapped.rect = QRect(0, 0, qMax(1, width), 1);
    QSize size = QStyledItemDelegate::sizeHint(wrapped, index);
    const int most = m_lines * option.fontMetrics.lineSpacing() +
        2 * view->style()->pixelMetric(QStyle::PM_FocusFrameVMargin);
    size.setHeight(qMin(size.height(), qMax(most, QStyledItemDelegate::sizeHint(option, index).height())));
    return size;
}

bool BidiItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && view && event->type() == QEvent::ToolTip) {
        const QString tip = index.data(Qt::ToolTipRole).toString();
        if (!tip.isEmpty() && !Qt::mightBeRichText(tip)) {
            QToolTip::showText(event->globalPos(), Bidi::isolated(tip), view, option.rect);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Gloss
