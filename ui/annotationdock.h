// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QTreeView;

namespace Gloss {

class AnnotationModel;

/// The list of highlights and notes of the open article.
class AnnotationDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationDock)

public:
    explicit AnnotationDock(AnnotationModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    /// Id of the selected annotation, empty when none.
    QString currentId() const;

Q_SIGNALS:
    void annotationActivated(const QString &id, int offset);

private:
    QTreeView *m_view;
};

} // namespace Gloss
