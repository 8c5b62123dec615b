// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Gloss::Language {

/// Guesses the language of a text (ISO 639-1 code, empty when unsure) from
/// its script and its most frequent function words.
QString detect(QStringView text);

/// "rtl" for languages written right to left (ar, he, fa, ur, ...), else "ltr".
QString direction(const QString &languageCode);

/// "rtl" when most letters of the text are in a right-to-left script.
QString directionOfText(QStringView text);

} // namespace Gloss::Language
