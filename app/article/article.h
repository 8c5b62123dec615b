// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gloss {

/// Inline formatting inside a block: emphasis, strong text, a link or code.
/// `start` and `end` (exclusive) are UTF-16 offsets into the block's text,
/// which stays plain, so canonical offsets never depend on formatting. Spans
/// nest (a link may hold emphasis) but never cross each other.
struct InlineSpan {
    enum class Kind { Emphasis, Strong, Link, Code };

    Kind kind = Kind::Emphasis;
    qsizetype start = 0;
    qsizetype end = 0;
    QString href; // links: the absolute URL

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    friend bool operator==(const InlineSpan &, const InlineSpan &) = default;
};

/// One cell of a table block. A cell's text never holds a tab or a line
/// break, so the table's text (rows joined by "\n", cells by "\t") maps
/// back onto its cells.
struct TableCell {
    QString text;
    bool header = false;
    int colspan = 1;
    int rowspan = 1;
    friend bool operator==(const TableCell &, const TableCell &) = default;
};

/// One unit of the cleaned article. `start` is the block's offset in the
/// canonical text (UTF-16 code units); the block's text is exactly
/// `Article::text.mid(start, text.size())`.
struct Block {
    enum class Kind { Heading, Paragraph, Quote, ListItem, Figure, Preformatted, Table };

    Kind kind = Kind::Paragraph;
    QString text; // for a figure: its caption; for a table: its cells
    qsizetype start = 0;
    int level = 0; // heading level (2..6), list nesting
    QString credit; // figure credit ("dpa"), not part of the text
    QString alt; // figure alt text, not part of the text
    QString imageUrl; // figure image, when known
    QList<InlineSpan> spans;
    QList<QList<TableCell>> rows; // a table's cells, row by row

    /// A table's text from its rows: cells joined by "\t", rows by "\n".
    static QString tableText(const QList<QList<TableCell>> &rows);

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    friend bool operator==(const Block &, const Block &) = default;
};

/// Text the cleaner took out of the article, kept with the reason so that
/// nothing is silently lost. `beforeBlock` is the index of the kept block it
/// stood before (blocks.size() when it stood at the end).
struct RemovedBlock {
    QString text;
    QString reason;
    qsizetype beforeBlock = 0;
    friend bool operator==(const RemovedBlock &, const RemovedBlock &) = default;
};

/// A cleaned article: metadata, blocks and the canonical text every offset
/// in Gloss refers to (the blocks' text joined with "\n\n").
struct Article {
    static constexpr int SchemaVersion = 1;
    static inline const QString BlockSeparator = QStringLiteral("\n\n");

    QString title;
    QStringList authors;
    QString byline;
    QString published; // ISO 8601 date or date-time
    QString modified;
    QString site;
    QString url;
    QString lang;
    QString dir = QStringLiteral("ltr");
    QStringList agencies;
    QString signOff;
    QString sourceKind; // "text" or "html"
    QString leadImage; // URL of the article's main image
    QString excerpt; // a short summary: the page's description or the first paragraph
    QList<Block> blocks;
    QList<RemovedBlock> removed;
    QString text;

    /// Recomputes `text` and every block's `start` from the blocks.
    void rebuildText();
    /// Removes every U+FEFF (a byte-order mark in the middle of the input, or
    /// the obsolete zero-width no-break space) from the article's strings,
    /// with the white space it leaves at either end; spans move with their
    /// words, blocks and removed text that held nothing else go; then
    /// rebuilds the text. It is invisible, and Qt's JSON reader
    /// drops one that starts a string, so an article holding it would not
    /// load back as saved: every offset after it would move.
    void dropByteOrderMarks();
    /// This article with removed text `index` put back as a paragraph where
    /// it stood; nothing when there is no such removed text.
    std::optional<Article> withRemovedRestored(qsizetype index) const;
    /// SHA-256 over the canonical text, hex.
    QString contentHash() const;

    QJsonObject toJson() const;
    static Result<Article> fromJson(const QJsonObject &object);

    friend bool operator==(const Article &, const Article &) = default;
};

} // namespace Gloss
