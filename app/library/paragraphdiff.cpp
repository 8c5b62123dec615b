// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/paragraphdiff.h"

#include <vector>

namespace Gloss {

QList<ParagraphChange> diffParagraphs(const QStringList &before, const QStringList &after)
{
    // Common head and tail first: most new versions change a few paragraphs.
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before.at(head) == after.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head &&
           before.at(before.size() - 1 - tail) == after.at(after.size() - 1 - tail))
        ++tail;
    const qsizetype n = before.size() - head - tail;
    const qsizetype m = after.size() - head - tail;

    QList<ParagraphChange> out;
    for (qsizetype i = 0; i < head; ++i)
        out.append({ParagraphChange::Kind::Same, before.at(i)});
    // LCS table over the middle; articles have hundreds of paragraphs at most,
    // and beyond a bound the middle is shown as replaced whole.
    if (n > 0 && m > 0 && n * m <= 4'000'000) {
        std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[i][j] = before.at(head + i) == after.at(head + j)
                    ? lcs[i + 1][j + 1] + 1
                    : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        qsizetype i = 0, j = 0;
        while (i < n && j < m) {
            if (before.at(head + i) == after.at(head + j)) {
                out.append({ParagraphChange::Kind::Same, before.at(head + i)});
                ++i;
                ++j;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.append({ParagraphChange::Kind::Removed, before.at(head + i++)});
            } else {
                out.append({ParagraphChange::Kind::Added, after.at(head + j++)});
            }
        }
        while (i < n)
            out.append({ParagraphChange::Kind::Removed, before.at(head + i++)});
        while (j < m)
            out.append({ParagraphChange::Kind::Added, after.at(head + j++)});
    } else {
        for (qsizetype i = 0; i < n; ++i)
            out.append({ParagraphChange::Kind::Removed, before.at(head + i)});
        for (qsizetype j = 0; j < m; ++j)
            out.append({ParagraphChange::Kind::Added, after.at(head + j)});
    }
    for (qsizetype i = before.size() - tail; i < before.size(); ++i)
        out.append({ParagraphChange::Kind::Same, before.at(i)});
    return out;
}

} // namespace Gloss
