// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/nerevaluation.h"

#include <QRegularExpression>
#include <QSet>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
using Chunk = std::tuple<qsizetype, qsizetype, QString>;

QString typeOf(const QString &tag)
{
    return tag.size() > 2 && tag.at(1) == u'-' ? tag.mid(2) : QString();
}

// conlleval's chunks: a B- tag, or an I- tag after a different type, starts one.
QList<Chunk> chunks(const QStringList &tags)
{
    QList<Chunk> out;
    qsizetype start = -1;
    QString current;
    for (qsizetype i = 0; i <= tags.size(); ++i) {
        const QString tag = i < tags.size() ? tags.at(i) : u"O"_s;
        const QString type = typeOf(tag);
        const bool begins = !type.isEmpty() && (tag.front() == u'B' || type != current);
        if (start >= 0 && (type.isEmpty() || begins)) {
            out.append({start, i, current});
            start = -1;
            current.clear();
        }
        if (begins) {
            start = i;
            current = type;
        }
    }
    return out;
}

QString percent(double v)
{
    return u"%1%"_s.arg(v * 100, 6, 'f', 2);
}

QString line(const QString &label, const NerEvaluation::Counts &c)
{
    return u"%1: precision: %2; recall: %3; FB1: %4  %5\n"_s.arg(label, 17)
        .arg(percent(c.precision()), percent(c.recall()))
        .arg(c.f1() * 100, 6, 'f', 2)
        .arg(c.predicted);
}
} // namespace

QList<ConllDocument> readConll(const QByteArray &bytes)
{
    QList<ConllDocument> documents(1);
    QStringList words;
    QStringList tags;
    const auto endSentence = [&] {
        if (words.isEmpty())
            return;
        documents.last().words.append(words);
        documents.last().tags.append(tags);
        words.clear();
        tags.clear();
    };
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        qsizetype eol = bytes.indexOf('\n', pos);
        if (eol < 0)
            eol = bytes.size();
        const QString line = QString::fromUtf8(bytes.constData() + pos, eol - pos).trimmed();
        pos = eol + 1;
        if (line.isEmpty()) {
            endSentence();
            continue;
        }
        static const QRegularExpression separators(u"[\\t ]+"_s);
        const QStringList columns = line.split(separators);
        if (columns.first() == "-DOCSTART-"_L1) {
            endSentence();
            if (!documents.last().words.isEmpty())
                documents.append(ConllDocument());
            continue;
        }
        words.append(columns.first());
        tags.append(columns.size() > 1 ? columns.last() : u"O"_s);
    }
    endSentence();
    if (documents.last().words.isEmpty())
        documents.removeLast();
    return documents;
}

void NerEvaluation::addSentence(const QStringList &gold, const QStringList &predicted)
{
    const qsizetype n = std::min(gold.size(), predicted.size());
    for (qsizetype i = 0; i < n; ++i) {
        ++m_tokens;
        if (gold.at(i) == predicted.at(i))
            ++m_correctTokens;
    }
    const QList<Chunk> g = chunks(gold.mid(0, n));
    const QList<Chunk> p = chunks(predicted.mid(0, n));
    QSet<QString> goldKeys;
    for (const Chunk &c : g) {
        ++m_byType[std::get<2>(c)].gold;
        goldKeys.insert(u"%1:%2:%3"_s.arg(std::get<0>(c)).arg(std::get<1>(c)).arg(std::get<2>(c)));
    }
    for (const Chunk &c : p) {
        Counts &counts = m_byType[std::get<2>(c)];
        ++counts.predicted;
        if (goldKeys.contains(u"%1:%2:%3"_s.arg(std::get<0>(c)).arg(std::get<1>(c)).arg(std::get<2>(c))))
            ++counts.correct;
    }
}

NerEvaluation::Counts NerEvaluation::counts(const QStringList &types) const
{
    Counts total;
    for (auto it = m_byType.cbegin(); it != m_byType.cend(); ++it) {
        if (!types.isEmpty() && !types.contains(it.key()))
            continue;
        total.gold += it->gold;
        total.predicted += it->predicted;
        total.correct += it->correct;
    }
    return total;
}

QString NerEvaluation::report() const
{
    const Counts all = counts();
    QString out = u"processed %1 tokens with %2 phrases; found: %3 phrases; correct: %4.\n"_s.arg(m_tokens)
                      .arg(all.gold)
                      .arg(all.predicted)
                      .arg(all.correct);
    out += u"accuracy: %1; precision: %2; recall: %3; FB1: %4\n"_s
               .arg(percent(m_tokens ? double(m_correctTokens) / double(m_tokens) : 0.0),
                    percent(all.precision()), percent(all.recall()))
               .arg(all.f1() * 100, 6, 'f', 2);
    for (auto it = m_byType.cbegin(); it != m_byType.cend(); ++it)
        out += line(it.key(), *it);
    out += line(u"PER/ORG/LOC"_s, counts({u"PER"_s, u"ORG"_s, u"LOC"_s}));
    return out;
}

} // namespace Gloss
