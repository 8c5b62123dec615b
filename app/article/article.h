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

/// One unit of the cleaned article. `start` is the block's offset in the
/// canonical text (UTF-16 code units); the block's text is exactly
/// `Article::text.mid(start, text.size())`.
struct Block {
    enum class Kind { Heading, Paragraph, Quote, ListItem, Figure, Preformatted };

    Kind kind = Kind::Paragraph;
    QString text;       // for a figure: its caption
    qsizetype start = 0;
    int level = 0;      // heading level (2..6), list nesting
    QString credit;     // figure credit ("dpa"), not part of the text
    QString alt;        // figure alt text, not part of the text
    QString imageUrl;   // figure image, when known

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
    QList<Block> blocks;
    QList<RemovedBlock> removed;
    QString text;

    /// Recomputes `text` and every block's `start` from the blocks.
    void rebuildText();
    /// SHA-256 over the canonical text, hex.
    QString contentHash() const;

    QJsonObject toJson() const;
    static Result<Article> fromJson(const QJsonObject &object);

    friend bool operator==(const Article &, const Article &) = default;
};

} // namespace Gloss
