// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/article.h"

#include <QList>
#include <QString>

namespace Gloss {

/// Builds one block's text from the HTML text nodes inside it, with white
/// space collapsed as a browser renders it, and records emphasis, links and
/// code as InlineSpans over that text. Spans still open when the block ends
/// are closed there and reopened in the next block, so a link around two
/// paragraphs becomes a link in each.
class InlineText final
{
public:
    /// Keeps white space as written (for <pre>).
    void setPreserveSpace(bool preserve) { m_preserve = preserve; }

    void append(QStringView text);
    /// A <br>: a line break inside the block.
    void lineBreak();
    /// A space unless the text ends in one (a block boundary inside a table cell).
    void space() { m_pendingSpace = true; }
    void openSpan(InlineSpan::Kind kind, const QString &href = {});
    void closeSpan();

    bool isEmpty() const;
    /// The text so far without leading and trailing white space, with its
    /// spans; clears the text and keeps the open spans for the next block.
    QString take(QList<InlineSpan> *spans);

private:
    struct Open {
        InlineSpan::Kind kind;
        QString href;
        qsizetype start;
    };

    QString m_text;
    QList<InlineSpan> m_spans;
    QList<Open> m_open;
    bool m_pendingSpace = false;
    bool m_preserve = false;
};

} // namespace Gloss
