// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace Gloss {

class AnnotationFilterModel;
class AnnotationModel;

/// The highlights and notes of the open article: a legend of what each
/// colour means, search across quotes, notes and tags, filters by colour, tag
/// and review state, and the list itself.
class AnnotationDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationDock)

public:
    explicit AnnotationDock(AnnotationModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *colorFilter() const { return m_colorFilter; }
    QComboBox *tagFilter() const { return m_tagFilter; }
    QCheckBox *reviewFilter() const { return m_reviewOnly; }
    AnnotationFilterModel *proxy() const { return m_proxy; }

    /// Id of the selected annotation, empty when none.
    QString currentId() const;
    /// Selects the annotation `id` in the list (clearing filters that hide it).
    void select(const QString &id);

public Q_SLOTS:
    /// Refreshes the legend and colour filter from the model's palette.
    void refreshPalette();

Q_SIGNALS:
    void annotationActivated(const QString &id);

private:
    void refreshTags();

    AnnotationModel *m_model;
    AnnotationFilterModel *m_proxy;
    QLabel *m_legend;
    QLineEdit *m_search;
    QComboBox *m_colorFilter;
    QComboBox *m_tagFilter;
    QCheckBox *m_reviewOnly;
    QTreeView *m_view;
};

} // namespace Gloss
