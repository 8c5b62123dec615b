// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Gloss {

/// The delegate of Gloss's lists: each item's text, and each line of its
/// tooltip, is laid out in its own direction (a directional isolate), so
/// English names, figures and notes keep their order in the Arabic
/// interface, and Arabic text in the others.
class BidiItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BidiItemDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The style option the delegate paints `index` of `view` with.
    QStyleOptionViewItem optionFor(const QModelIndex &index, const QWidget *view) const;

    /// Rows of a word-wrapping tree view grow to show up to `lines` lines of
    /// each cell at its column's width (0, the default: one line). Qt sizes
    /// rows without the column width, so wrapped text would be cut.
    void setWrappedLines(int lines) { m_lines = lines; }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_lines = 0;
};

} // namespace Gloss
