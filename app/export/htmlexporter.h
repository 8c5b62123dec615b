// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entity.h"
#include "export/exportoptions.h"

namespace Gloss {

/// A self-contained HTML page of the annotated article: header (title,
/// authors, date, site, source, date annotated), the text with highlights
/// in their colours and numbered note markers, a Notes section (number,
/// quote, colour meaning, tags, note) and an optional index of entities.
/// No script, no remote resource. It is also what the annotated PDF prints.
class HtmlExporter final
{
public:
    static QString toHtml(const Article &article, const QList<Annotation> &annotations,
                          const HighlightPalette &palette, const ExportOptions &options = {},
                          const QList<Entity> &entities = {});

    /// The page as the annotated PDF prints it: the highlights keep their
    /// underline but not their colour, which the PDF's own /Highlight
    /// annotations paint (once, the same in every viewer, and gone where a
    /// reader deletes the annotation).
    static QString withoutHighlightColours(const QString &html);
};

} // namespace Gloss
