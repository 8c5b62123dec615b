// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "annotations/highlightpalette.h"

namespace Gloss {

/// Adds real PDF annotations to a printed article (poppler-qt6, as Okular
/// does): one /Highlight per annotated passage per page, its /QuadPoints on
/// exactly the highlighted words, /C the colour, /Contents the note (its
/// Markdown as plain text), /T the author and /NM the annotation's id; a
/// /Text note on the first page for each note on the whole article. Page text
/// is matched after NFKC (ligatures). PdfAppearance then gives each highlight
/// the appearance stream every viewer draws alike.
class PdfAnnotator final
{
public:
    struct Report {
        int highlights = 0; // /Highlight annotations written (parts per page count once each)
        int notes = 0; // /Text annotations
        QStringList notFound; // ids of passages whose words were not found in the PDF
    };

    /// Reads `input`, annotates it and writes the result atomically to `output`
    /// (which may be the same file).
    static Result<Report> annotate(const QString &input, const QString &output,
                                   const QList<Annotation> &annotations, const HighlightPalette &palette,
                                   const QString &author);

    /// Text of a page inside `rect` (normalised 0..1 page coordinates), as a
    /// reader of the PDF would extract it; for tests and checks.
    static QString normalise(const QString &text);
};

} // namespace Gloss
