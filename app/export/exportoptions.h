// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "annotations/highlightpalette.h"
#include "article/article.h"

#include <QPageSize>

namespace Gloss {

/// What an export contains, shared by every format.
struct ExportOptions {
    QPageSize::PageSizeId paper = QPageSize::A4;
    bool notesSection = true;
    bool entityIndex = false;
    QStringList colors; // only highlights of these colours (empty: all)
    QStringList tags; // only annotations with one of these tags (empty: all)
    QString author; // /T of the PDF annotations

    /// The name PDF annotations carry as their author: the one chosen in
    /// Settings (`export/author`), else the system user's full name (the
    /// account's GECOS field), else the login name.
    static QString defaultAuthor();
    static void setAuthor(const QString &name);

    /// Highlights without a sure place in the text are left out of what is
    /// printed on the text, and kept in an exchange of annotations.
    enum class Unanchored { Leave, Keep };
    /// The annotations this export includes, in reading order.
    QList<Annotation> select(const QList<Annotation> &annotations,
                             Unanchored unanchored = Unanchored::Leave) const;
};

/// When the annotations were last changed (created or edited); invalid when
/// there are none. Exports print it instead of the time of export, so the
/// same annotations always give the same file.
QDateTime lastAnnotated(const QList<Annotation> &annotations);

/// Numbers the notes of an export: passages with a note in reading order,
/// then notes on the article and on entities.
QList<std::pair<int, const Annotation *>> numberNotes(const QList<Annotation> &selected);

} // namespace Gloss
