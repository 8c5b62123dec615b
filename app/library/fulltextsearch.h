// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "article/article.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <vector>

namespace Gloss {

class LibraryStore;

/// Full-text search over every article's text, its highlights and notes.
/// Each article is kept once, case-folded, as UTF-8 and scanned with
/// memmem(), which finds a word in 10,000 articles in milliseconds without
/// an inverted index to build or store. Snippets are cut from the article
/// itself when they are shown (snippet()), so the corpus holds no second copy.
class FullTextSearch final
{
public:
    struct Hit {
        QString id;
        qsizetype position = 0; // of the first match, in the folded UTF-8 text
        qsizetype length = 0;
        bool inAnnotations = false; // the match is in a highlight or note, not the article text
    };

    /// Adds (or replaces) one article.
    void add(const QString &id, const Article &article, const QList<Annotation> &annotations);
    void remove(const QString &id);
    qsizetype size() const;
    qsizetype bytes() const;

    /// Articles containing every word of `query` (case-insensitive), each
    /// once, in library order; at most `limit`.
    QList<Hit> search(const QString &query, int limit = 500) const;

    /// The words around a hit, cut from the article and annotations it was found in.
    static QString snippet(const Hit &hit, const Article &article, const QList<Annotation> &annotations);

    /// Reads every article of the store; stops early when `cancel` becomes true.
    static FullTextSearch build(LibraryStore &store, const QStringList &ids,
                                const std::atomic_bool *cancel = nullptr);

private:
    struct Doc {
        QString id;
        QByteArray folded;
        qsizetype annotations = 0; // where the highlights and notes start in `folded`
    };
    static QString searchableText(const Article &article, const QList<Annotation> &annotations,
                                  qsizetype *articleLength);

    std::vector<Doc> m_docs;
};

} // namespace Gloss
