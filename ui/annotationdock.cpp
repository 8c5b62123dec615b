// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationdock.h"

#include "annotations/annotationmodel.h"

#include <QHeaderView>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Gloss {

AnnotationDock::AnnotationDock(AnnotationModel *model, QWidget *parent)
    : QDockWidget(tr("Annotations"), parent), m_view(new QTreeView(this))
{
    setObjectName(u"annotationDock"_s);
    m_view->setObjectName(u"annotationView"_s);
    m_view->setAccessibleName(tr("Highlights and notes"));
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->header()->setSectionResizeMode(AnnotationModel::QuoteColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT annotationActivated(index.data(AnnotationModel::IdRole).toString(),
                                   index.data(AnnotationModel::StartRole).toInt());
    });
    setWidget(m_view);
}

QString AnnotationDock::currentId() const
{
    return m_view->currentIndex().data(AnnotationModel::IdRole).toString();
}

} // namespace Gloss
