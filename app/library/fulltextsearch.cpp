// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/fulltextsearch.h"

#include "library/librarystore.h"

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
constexpr qsizetype SnippetContext = 70;

QByteArray fold(const QString &text)
{
    return text.toCaseFolded().toUtf8();
}

bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

bool contains(const QByteArray &haystack, const QByteArray &needle, qsizetype *at = nullptr)
{
    const void *found =
        memmem(haystack.constData(), size_t(haystack.size()), needle.constData(), size_t(needle.size()));
    if (found && at)
        *at = static_cast<const char *>(found) - haystack.constData();
    return found != nullptr;
}
} // namespace

QString FullTextSearch::searchableText(const Article &article, const QList<Annotation> &annotations,
                                       qsizetype *articleLength)
{
    QString text = article.title + u'\n' + article.text;
    if (articleLength)
        *articleLength = text.size();
    for (const Annotation &a : annotations)
        for (const QString *part : {&a.exact, &a.note, &a.entity})
            if (!part->isEmpty())
                text += u'\n' + *part;
    for (const Annotation &a : annotations)
        if (!a.tags.isEmpty())
            text += u'\n' + a.tags.join(u' ');
    return text;
}

void FullTextSearch::add(const QString &id, const Article &article, const QList<Annotation> &annotations)
{
    remove(id);
    qsizetype articleLength = 0;
    const QString text = searchableText(article, annotations, &articleLength);
    Doc doc;
    doc.id = id;
    doc.folded = fold(text);
    doc.folded.squeeze();
    doc.annotations = fold(text.left(articleLength)).size();
    m_docs.push_back(std::move(doc));
}

void FullTextSearch::remove(const QString &id)
{
    m_docs.erase(std::remove_if(m_docs.begin(), m_docs.end(), [&](const Doc &d) { return d.id == id; }),
                 m_docs.end());
}

qsizetype FullTextSearch::size() const
{
    return qsizetype(m_docs.size());
}

qsizetype FullTextSearch::bytes() const
{
    qsizetype total = 0;
    for (const Doc &d : m_docs)
        total += d.folded.size();
    return total;
}

QList<FullTextSearch::Hit> FullTextSearch::search(const QString &query, int limit) const
{
    QList<QByteArray> words;
    for (const QString &w : query.split(u' ', Qt::SkipEmptyParts))
        if (QByteArray f = fold(w); !f.isEmpty() && !words.contains(f))
            words << f;
    QList<Hit> hits;
    if (words.isEmpty())
        return hits;
    // Scan for the longest word (fewest false starts), then check the others.
    std::sort(words.begin(), words.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    for (const Doc &doc : m_docs) {
        qsizetype at = 0;
        if (!contains(doc.folded, words.first(), &at))
            continue;
        if (!std::all_of(words.begin() + 1, words.end(),
                         [&](const QByteArray &w) { return contains(doc.folded, w); }))
            continue;
        hits.append({doc.id, at, words.first().size(), at >= doc.annotations});
        if (hits.size() >= limit)
            break;
    }
    return hits;
}

QString FullTextSearch::snippet(const Hit &hit, const Article &article, const QList<Annotation> &annotations)
{
    const QString text = searchableText(article, annotations, nullptr);
    const QByteArray folded = fold(text);
    const QByteArray original = text.toUtf8();
    // Offsets in the folded text match the original when folding kept the
    // length (almost always); otherwise show the folded words.
    const QByteArray &base = original.size() == folded.size() ? original : folded;
    const qsizetype size = base.size();
    qsizetype from = qBound<qsizetype>(0, hit.position - SnippetContext, size);
    qsizetype to = qBound<qsizetype>(0, hit.position + hit.length + SnippetContext, size);
    while (from > 0 && isContinuation(base.at(from)))
        --from;
    while (to < size && isContinuation(base.at(to)))
        ++to;
    QString s = QString::fromUtf8(base.constData() + from, to - from).simplified();
    if (from > 0)
        s.prepend(u'…');
    if (to < size)
        s.append(u'…');
    return s;
}

FullTextSearch FullTextSearch::build(LibraryStore &store, const QStringList &ids,
                                     const std::atomic_bool *cancel)
{
    FullTextSearch search;
    search.m_docs.reserve(size_t(ids.size()));
    for (const QString &id : ids) {
        if (cancel && cancel->load())
            break;
        auto article = store.loadArticle(id);
        if (!article)
            continue;
        auto set = store.loadAnnotations(id);
        search.add(id, article.value(), set ? set.value().annotations : QList<Annotation> {});
    }
    return search;
}

} // namespace Gloss
