// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace Gloss::Swatch {

/// A small square icon filled with `color`, with a dark outline so that light
/// colours stay visible on light backgrounds.
QIcon icon(const QColor &color);

} // namespace Gloss::Swatch
