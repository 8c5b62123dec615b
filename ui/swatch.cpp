// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "swatch.h"

#include <QPainter>
#include <QPixmap>

namespace Gloss::Swatch {

QIcon icon(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 140));
    painter.setBrush(color);
    painter.drawRect(1, 1, 13, 13);
    return QIcon(pixmap);
}

} // namespace Gloss::Swatch
