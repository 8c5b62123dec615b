// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QStringList>

namespace Gloss {

/// One document of a CoNLL file: sentences of words and their tags.
struct ConllDocument {
    QList<QStringList> words;
    QList<QStringList> tags;
};

/// Reads CoNLL-style text: one token a line, its tag in the last of its
/// tab- or space-separated columns (none: "O"), a blank line between
/// sentences, "-DOCSTART-" between documents.
QList<ConllDocument> readConll(const QByteArray &bytes);

/// Scores tagged sentences against gold ones the way CoNLL's conlleval does:
/// a name counts only when its span and its type are both exact. Tags are
/// IOB1 or IOB2 ("B-PER", "I-PER", "O").
class NerEvaluation final
{
public:
    struct Counts {
        qint64 gold = 0;
        qint64 predicted = 0;
        qint64 correct = 0;
        double precision() const { return predicted ? double(correct) / double(predicted) : 0.0; }
        double recall() const { return gold ? double(correct) / double(gold) : 0.0; }
        double f1() const
        {
            const double p = precision(), r = recall();
            return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        }
    };

    void addSentence(const QStringList &gold, const QStringList &predicted);

    /// Counts over the given types ("PER", ...), or over all types when empty.
    Counts counts(const QStringList &types = {}) const;
    QStringList types() const { return m_byType.keys(); }
    qint64 tokens() const { return m_tokens; }
    qint64 correctTokens() const { return m_correctTokens; }

    /// The conlleval report: totals, then one line per type, then PER/ORG/LOC.
    QString report() const;

private:
    QMap<QString, Counts> m_byType;
    qint64 m_tokens = 0;
    qint64 m_correctTokens = 0;
};

} // namespace Gloss
