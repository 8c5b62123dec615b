// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationfiltermodel.h"

#include "annotations/annotationmodel.h"

#include <QDateTime>

namespace Gloss {

AnnotationFilterModel::AnnotationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AnnotationModel::StartRole);
    setDynamicSortFilter(true);
}

void AnnotationFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void AnnotationFilterModel::setColor(const QString &key)
{
    m_color = key;
    invalidateFilter();
}

void AnnotationFilterModel::setTag(const QString &tag)
{
    m_tag = tag;
    invalidateFilter();
}

void AnnotationFilterModel::setNeedsReviewOnly(bool only)
{
    m_needsReviewOnly = only;
    invalidateFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_needsReviewOnly && !i.data(AnnotationModel::NeedsReviewRole).toBool())
        return false;
    if (!m_color.isEmpty() && i.data(AnnotationModel::ColorRole).toString() != m_color)
        return false;
    if (!m_tag.isEmpty() && !i.data(AnnotationModel::TagsRole).toStringList().contains(m_tag))
        return false;
    if (m_search.isEmpty())
        return true;
    // Every word must occur somewhere in the quote, note or tags.
    const QString haystack = i.data(AnnotationModel::SearchTextRole).toString();
    const QStringList words = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words)
        if (!haystack.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

bool AnnotationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (sortColumn() == AnnotationModel::CreatedColumn)
        return left.data(AnnotationModel::CreatedRole).toDateTime() <
            right.data(AnnotationModel::CreatedRole).toDateTime();
    if (sortColumn() == AnnotationModel::QuoteColumn || sortColumn() < 0) {
        // Article notes first, then passages in reading order.
        const int ls = left.data(AnnotationModel::ScopeRole).toInt();
        const int rs = right.data(AnnotationModel::ScopeRole).toInt();
        if (ls != rs)
            return ls > rs;
        return left.data(AnnotationModel::StartRole).toLongLong() <
            right.data(AnnotationModel::StartRole).toLongLong();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Gloss
