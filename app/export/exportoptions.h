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
    QStringList tags;   // only annotations with one of these tags (empty: all)
    QString author;     // /T of the PDF annotations

    /// The name PDF annotations carry as their author: the one chosen in
    /// Settings (`export/author`), else the system user's full name (the
    /// account's GECOS field), else the login name.
    static QString defaultAuthor();
    static void setAuthor(const QString &name);

    /// The annotations this export includes, in reading order.
    QList<Annotation> select(const QList<Annotation> &annotations) const;
};

/// Numbers the notes of an export: passages with a note in reading order,
/// then notes on the article and on entities.
QList<std::pair<int, const Annotation *>> numberNotes(const QList<Annotation> &selected);

} // namespace Gloss
