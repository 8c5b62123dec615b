// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationmodel.h"

#include <QLocale>

namespace Gloss {

AnnotationModel::AnnotationModel(QObject *parent) : QAbstractTableModel(parent) { }

void AnnotationModel::setAnnotations(QList<Annotation> annotations)
{
    beginResetModel();
    m_annotations = std::move(annotations);
    endResetModel();
    Q_EMIT annotationsChanged();
}

void AnnotationModel::insert(const Annotation &annotation, int row)
{
    if (row < 0 || row > m_annotations.size())
        row = int(m_annotations.size());
    beginInsertRows({}, row, row);
    m_annotations.insert(row, annotation);
    endInsertRows();
    Q_EMIT annotationsChanged();
}

std::optional<std::pair<Annotation, int>> AnnotationModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    beginRemoveRows({}, row, row);
    Annotation removed = m_annotations.takeAt(row);
    endRemoveRows();
    Q_EMIT annotationsChanged();
    return std::make_pair(removed, row);
}

int AnnotationModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_annotations.size(); ++i)
        if (m_annotations.at(i).id == id)
            return i;
    return -1;
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

int AnnotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_annotations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuoteColumn:
            return a.exact;
        case NoteColumn:
            return a.note;
        case CreatedColumn:
            return QLocale().toString(a.created.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        return a.note.isEmpty() ? a.exact : a.exact + QStringLiteral("\n\n") + a.note;
    case IdRole:
        return a.id;
    case StartRole:
        return qlonglong(a.start);
    case EndRole:
        return qlonglong(a.end);
    case ColorRole:
        return a.color;
    case NoteRole:
        return a.note;
    case TagsRole:
        return a.tags;
    }
    return {};
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuoteColumn:
        return tr("Quote");
    case NoteColumn:
        return tr("Note");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

} // namespace Gloss
