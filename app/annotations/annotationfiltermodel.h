// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Gloss {

/// Narrows the annotations list: free text across quotes, notes and tags,
/// one colour, one tag, or only those that need review. Sorts by position
/// in the article unless a column header asks otherwise.
class AnnotationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationFilterModel)

public:
    explicit AnnotationFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setColor(const QString &key); // empty: every colour
    void setTag(const QString &tag); // empty: every tag
    void setNeedsReviewOnly(bool only);

    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    QString m_color;
    QString m_tag;
    bool m_needsReviewOnly = false;
};

} // namespace Gloss
