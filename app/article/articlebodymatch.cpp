// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/articlebodymatch.h"

#include "article/htmldom.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace Gloss {

ArticleBodyMatch::ArticleBodyMatch(const QString &articleBody)
    : m_body(articleBody)
{
    // Some sites state the body as HTML.
    static const QRegularExpression tag(QStringLiteral("<(?:p|br|div|h[1-6]|li)\\b[^>]*>"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anyTag(QStringLiteral("<[^>]{0,200}>"));
    if (m_body.contains(u'<')) {
        m_body.replace(tag, QStringLiteral("\n"));
        m_body.remove(anyTag);
    }
    m_body.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    m_words = words(m_body);
    for (const QString &w : std::as_const(m_words))
        m_vocabulary.insert(w);
}

QStringList ArticleBodyMatch::words(QStringView text)
{
    QStringList out;
    qsizetype begin = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && text[i].isLetterOrNumber();
        if (letter && begin < 0)
            begin = i;
        if (!letter && begin >= 0) {
            out.append(text.mid(begin, i - begin).toString().toLower());
            begin = -1;
        }
    }
    return out;
}

double ArticleBodyMatch::recall(const QString &text) const
{
    if (m_words.isEmpty())
        return 1;
    QHash<QString, int> have;
    for (const QString &w : words(text))
        ++have[w];
    qsizetype found = 0;
    for (const QString &w : m_words) {
        auto it = have.find(w);
        if (it != have.end() && it.value() > 0) {
            --it.value();
            ++found;
        }
    }
    return double(found) / double(m_words.size());
}

int ArticleBodyMatch::bestElement(const HtmlDom &dom, double *f1) const
{
    // Words per subtree, and how many of them the stated text uses, bottom-up.
    std::vector<int> total(size_t(dom.size()), 0), matched(size_t(dom.size()), 0);
    for (int j = dom.size() - 1; j >= 0; --j) {
        const HtmlDom::Node &n = dom[j];
        if (n.type == HtmlDom::Type::Text) {
            for (const QString &w : words(dom.text(j))) {
                ++total[size_t(j)];
                matched[size_t(j)] += m_vocabulary.contains(w) ? 1 : 0;
            }
        } else if (n.type == HtmlDom::Type::Element && HtmlDom::isIgnored(n.tag)) {
            total[size_t(j)] = matched[size_t(j)] = 0;
            continue;
        }
        if (n.parent >= 0) {
            total[size_t(n.parent)] += total[size_t(j)];
            matched[size_t(n.parent)] += matched[size_t(j)];
        }
    }
    int best = -1;
    double bestF1 = 0;
    const double bodyWords = double(m_words.size());
    for (int j = 0; j < dom.size(); ++j) {
        if (dom[j].type != HtmlDom::Type::Element || total[size_t(j)] == 0)
            continue;
        // Matched words are capped by the body's own length: repeats do not count twice.
        const double m = std::min<double>(matched[size_t(j)], bodyWords);
        const double score = 2 * m / (double(total[size_t(j)]) + bodyWords);
        if (score > bestF1) { // the first (outermost) of equals wins: it holds the rest
            bestF1 = score;
            best = j;
        }
    }
    if (f1)
        *f1 = bestF1;
    return best;
}

QStringList ArticleBodyMatch::paragraphs() const
{
    QStringList out;
    for (const QString &line : m_body.split(u'\n')) {
        const QString p = line.simplified();
        if (!p.isEmpty())
            out.append(p);
    }
    return out;
}

} // namespace Gloss
