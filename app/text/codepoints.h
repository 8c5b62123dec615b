// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Gloss::CodePoints {

/// Which way an offset that falls between the two halves of a surrogate pair
/// moves: to the start of that character (Down) or past it (Up).
enum class Rounding { Down, Up };

/// Number of Unicode code points in text. A surrogate pair counts once; a
/// lone surrogate (malformed UTF-16) counts once too, like JavaScript's
/// string iterator and Python's str.
qsizetype count(QStringView text);

/// The code point offset of a UTF-16 offset (a QString index), clamped to
/// [0, text.size()] first.
qsizetype fromUtf16(QStringView text, qsizetype utf16Offset, Rounding rounding = Rounding::Down);

/// The UTF-16 offset of a code point offset (W3C TextPositionSelector unit),
/// clamped to [0, count(text)]. The result never splits a surrogate pair.
qsizetype toUtf16(QStringView text, qsizetype codePointOffset);

} // namespace Gloss::CodePoints
