// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace Gloss::PdfAppearance {

/// Finishes the /Highlight annotations of the PDF at `input` so that every
/// viewer draws them the same, and writes the result to `output` (a
/// different file): each gets an /AP /N appearance stream that fills its
/// /QuadPoints in its /C colour with the Multiply blend mode (the text stays
/// readable), no border (/Border [0 0 0]), /T `author`, the print flag, and
/// a closed /Popup when it carries a note. poppler-qt6 cannot write
/// appearance streams, so this edits the file with qpdf.
Result<int> finish(const QString &input, const QString &output, const QString &author);

} // namespace Gloss::PdfAppearance
