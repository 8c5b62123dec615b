// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace Gloss {

class HtmlDom;

/// Compares what the cleaner found with the article text a page states in
/// its JSON-LD (`articleBody`). Many news sites give it; when the found text
/// covers little of it, the element of the page that matches it best is the
/// article, and when the page holds no copy of it at all (a page that builds
/// its text with scripts), the stated text itself is.
class ArticleBodyMatch final
{
public:
    /// Fewer words than this and the stated body is a summary, not the text.
    static constexpr int MinimumWords = 150;

    explicit ArticleBodyMatch(const QString &articleBody);

    bool isUsable() const { return m_words.size() >= MinimumWords; }
    /// The share of the stated text's words that `text` holds (0..1).
    double recall(const QString &text) const;
    /// The element whose text matches the stated text best (by F1 over
    /// words), and that F1; -1 when none matches at all.
    int bestElement(const HtmlDom &dom, double *f1) const;
    /// The stated text as paragraphs.
    QStringList paragraphs() const;

    static QStringList words(QStringView text);

private:
    QString m_body;
    QStringList m_words;
    QSet<QString> m_vocabulary;
};

} // namespace Gloss
