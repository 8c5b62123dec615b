// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Gloss {

/// A calendar date written in a line of text ("March 24, 2016",
/// "24 March 2016", "24.03.2016", "2016-03-24").
struct DateInText {
    QDate date;
    qsizetype position = -1;
    qsizetype length = 0;
    bool isValid() const { return date.isValid(); }
};

/// Finds the first full date (day, month and year) in `line`; English and
/// German month names and numeric forms.
DateInText findDate(const QString &line);

} // namespace Gloss
