// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace Gloss::DateDisplay {

/// A date entity's value (ISO 8601: "2016-03-24", "2016-03", "2016",
/// "2016-W11", the weekend "2016-W11-WE") as a reader says it, in `locale`:
/// "Thursday, 24 March 2016", "March 2016", "2016", "14–20 March 2016",
/// "19–20 March 2016". A value it does not know comes back unchanged. The
/// ISO value stays what Gloss stores and exchanges; this is only for people.
QString text(const QString &iso, const QLocale &locale = QLocale());

} // namespace Gloss::DateDisplay
