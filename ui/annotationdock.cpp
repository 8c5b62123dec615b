// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationdock.h"

#include "annotations/annotationfiltermodel.h"
#include "annotations/annotationmodel.h"
#include "biditemdelegate.h"
#include "swatch.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

AnnotationDock::AnnotationDock(AnnotationModel *model, QWidget *parent)
    : QDockWidget(tr("Annotations"), parent)
    , m_model(model)
    , m_proxy(new AnnotationFilterModel(this))
    , m_legend(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_colorFilter(new QComboBox(this))
    , m_tagFilter(new QComboBox(this))
    , m_reviewOnly(new QCheckBox(tr("Needs &review"), this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"annotationDock"_s);
    m_proxy->setSourceModel(model);

    m_legend->setObjectName(u"highlightLegend"_s);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setAccessibleName(tr("Highlight colours and their meanings"));

    m_search->setObjectName(u"annotationSearch"_s);
    m_search->setPlaceholderText(tr("Search quotes, notes and tags"));
    m_search->setAccessibleName(tr("Search annotations"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &AnnotationFilterModel::setSearchText);

    m_colorFilter->setObjectName(u"annotationColorFilter"_s);
    m_colorFilter->setAccessibleName(tr("Show highlights of colour"));
    connect(m_colorFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setColor(m_colorFilter->currentData().toString()); });
    m_tagFilter->setObjectName(u"annotationTagFilter"_s);
    m_tagFilter->setAccessibleName(tr("Show annotations with tag"));
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTag(m_tagFilter->currentData().toString()); });
    m_reviewOnly->setObjectName(u"annotationReviewFilter"_s);
    m_reviewOnly->setToolTip(
        tr("Only highlights whose place Gloss could not confirm after the article changed"));
    connect(m_reviewOnly, &QCheckBox::toggled, m_proxy, &AnnotationFilterModel::setNeedsReviewOnly);

    m_view->setObjectName(u"annotationView"_s);
    m_view->setAccessibleName(tr("Highlights and notes"));
    m_view->setModel(m_proxy);
    auto *delegate = new BidiItemDelegate(m_view);
    delegate->setWrappedLines(4);
    m_view->setItemDelegate(delegate);
    m_view->setRootIsDecorated(false);
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AnnotationModel::QuoteColumn, Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The quote and the note share the dock's width and wrap; a long note
    // sized to its contents would leave the quote a few words.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AnnotationModel::QuoteColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(AnnotationModel::NoteColumn, QHeaderView::Stretch);
    // Rows follow the columns' widths (the quote and note wrap over up to four lines).
    // When an annotation was made is in its tooltip; the column is there on request.
    m_view->header()->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = AnnotationModel::NoteColumn; column < AnnotationModel::ColumnCount; ++column) {
        auto *show = new QAction(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                                 m_view->header());
        show->setCheckable(true);
        show->setChecked(column != AnnotationModel::CreatedColumn);
        m_view->setColumnHidden(column, !show->isChecked());
        connect(show, &QAction::toggled, m_view,
                [this, column](bool on) { m_view->setColumnHidden(column, !on); });
        m_view->header()->addAction(show);
    }
    auto *relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, m_view, &QTreeView::doItemsLayout);
    connect(m_view->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT annotationActivated(index.data(AnnotationModel::IdRole).toString());
    });

    connect(model, &AnnotationModel::annotationsChanged, this, &AnnotationDock::refreshTags);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_colorFilter, 1);
    filters->addWidget(m_tagFilter, 1);
    filters->addWidget(m_reviewOnly);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_legend);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    setWidget(content);
    setFocusProxy(m_view);

    refreshPalette();
    refreshTags();
}

void AnnotationDock::refreshPalette()
{
    const HighlightPalette &palette = m_model->palette();
    QStringList legend;
    const QString current = m_colorFilter->currentData().toString();
    const QSignalBlocker blocker(m_colorFilter);
    m_colorFilter->clear();
    m_colorFilter->addItem(tr("All colours"), QString());
    for (const auto &entry : palette.entries()) {
        legend << u"<span style=\"background:%1;border:1px solid #777\">&nbsp;&nbsp;&nbsp;</span>&nbsp;%2"_s
                      .arg(entry.color.name(), entry.meaning.toHtmlEscaped());
        m_colorFilter->addItem(Swatch::icon(entry.color), entry.meaning, entry.key);
    }
    m_colorFilter->setCurrentIndex(qMax(0, m_colorFilter->findData(current)));
    m_legend->setText(legend.join(u"&nbsp;&nbsp; "_s));
}

void AnnotationDock::refreshTags()
{
    const QString current = m_tagFilter->currentData().toString();
    const QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), QString());
    for (const QString &tag : m_model->allTags())
        m_tagFilter->addItem(tag, tag);
    const int index = m_tagFilter->findData(current);
    m_tagFilter->setCurrentIndex(qMax(0, index));
    if (index < 0 && !current.isEmpty())
        m_proxy->setTag({});
}

QString AnnotationDock::currentId() const
{
    return m_view->currentIndex().data(AnnotationModel::IdRole).toString();
}

void AnnotationDock::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_colorFilter->setCurrentIndex(0);
        m_tagFilter->setCurrentIndex(0);
        m_reviewOnly->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

} // namespace Gloss
