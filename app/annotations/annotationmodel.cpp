// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationmodel.h"

#include "text/markdowntext.h"

#include <QLocale>

namespace Gloss {

AnnotationModel::AnnotationModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AnnotationModel::setAnnotations(QList<Annotation> annotations)
{
    beginResetModel();
    m_annotations = std::move(annotations);
    m_plainNotes.clear();
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

bool AnnotationModel::update(const Annotation &annotation)
{
    const int row = rowOf(annotation.id);
    if (row < 0)
        return false;
    m_annotations[row] = annotation;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT annotationsChanged();
    return true;
}

const Annotation *AnnotationModel::find(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_annotations.at(row);
}

void AnnotationModel::setPalette(const HighlightPalette &palette)
{
    m_palette = palette;
    if (!m_annotations.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QStringList AnnotationModel::allTags() const
{
    QStringList tags;
    for (const Annotation &a : m_annotations)
        tags += a.tags;
    tags.removeDuplicates();
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

QString AnnotationModel::quoteText(const Annotation &a) const
{
    switch (a.scope) {
    case Annotation::Scope::Article:
        return tr("(whole article)");
    case Annotation::Scope::Entity:
        return tr("(about %1)").arg(a.entity);
    case Annotation::Scope::Passage:
        break;
    }
    return a.exact;
}

QString AnnotationModel::plainNote(const Annotation &a) const
{
    if (a.note.isEmpty())
        return {};
    auto it = m_plainNotes.find(a.id);
    if (it == m_plainNotes.end() || it->first != a.note)
        it = m_plainNotes.insert(a.id, {a.note, MarkdownText::toPlainText(a.note)});
    return it->second;
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
            return quoteText(a);
        case NoteColumn:
            return plainNote(a).simplified(); // as the reader sees it, not its marks
        case TagsColumn:
            return a.tags.join(QStringLiteral(", "));
        case CreatedColumn:
            return QLocale().toString(a.created.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == QuoteColumn && a.isPassage())
            if (const auto *entry = m_palette.find(a.color))
                return entry->color;
        return {};
    case Qt::ToolTipRole: {
        QString tip = quoteText(a);
        if (a.isPassage())
            tip = m_palette.meaning(a.color) + QStringLiteral(": ") + tip;
        if (a.needsReview)
            tip += QStringLiteral("\n") +
                tr("Needs review: the article changed and Gloss is not sure where this highlight belongs.");
        if (a.created.isValid())
            tip += QStringLiteral("\n") +
                tr("Created %1").arg(QLocale().toString(a.created.toLocalTime(), QLocale::ShortFormat));
        return a.note.isEmpty() ? tip : tip + QStringLiteral("\n\n") + plainNote(a);
    }
    case Qt::AccessibleTextRole:
        return a.isPassage() ? tr("%1 highlight: %2").arg(m_palette.meaning(a.color), a.exact) : quoteText(a);
    case QuoteRole:
        return a.exact;
    case ScopeRole:
        return int(a.scope);
    case NeedsReviewRole:
        return a.needsReview;
    case SearchTextRole:
        return QStringList {a.exact, a.entity, a.note, a.tags.join(QLatin1Char(' '))}.join(QLatin1Char('\n'));
    case CreatedRole:
        return a.created;
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
    case TagsColumn:
        return tr("Tags");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

} // namespace Gloss
