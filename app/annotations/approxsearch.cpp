// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/approxsearch.h"

#include <algorithm>

namespace Gloss {

namespace {

constexpr int WordBits = 64;

int blockCount(qsizetype length)
{
    return int((length + WordBits - 1) / WordBits);
}

/// One block of one column of the edit-distance matrix (Myers 1999, fig. 8,
/// branch-free as in approx-string-match). P/M are the vertical +1/-1 deltas of
/// the block's rows, hIn the horizontal delta entering its top row; returns the
/// horizontal delta leaving its last row.
inline int advanceBlock(quint64 &P, quint64 &M, quint64 peq, quint64 lastRowMask, int hIn)
{
    const quint64 pV = P;
    const quint64 mV = M;
    const quint64 hInIsNegative = hIn < 0 ? 1 : 0;
    const quint64 eq = peq | hInIsNegative;

    const quint64 xV = eq | mV;
    const quint64 xH = (((eq & pV) + pV) ^ pV) | eq;

    quint64 pH = mV | ~(xH | pV);
    quint64 mH = pV & xH;

    const int hOut = int((pH & lastRowMask) != 0) - int((mH & lastRowMask) != 0);

    pH <<= 1;
    mH <<= 1;
    mH |= hInIsNegative;
    pH |= quint64(hIn > 0);

    P = mH | ~(xV | pH);
    M = pH & xV;
    return hOut;
}

quint64 lastRowMask(int block, int blocks, int length)
{
    return block == blocks - 1 ? quint64(1) << ((length - 1) % WordBits) : quint64(1) << (WordBits - 1);
}

} // namespace

ApproxSearch::Bits::Bits(QStringView pattern)
    : length(int(pattern.size()))
    , blocks(blockCount(pattern.size()))
{
    peq.assign(size_t(blocks), 0); // row 0: characters absent from the pattern
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const char16_t c = pattern[i].unicode();
        quint32 r = 0;
        if (c < 256) {
            r = latin1[c];
        } else {
            const auto it = std::lower_bound(others.begin(), others.end(), c,
                                             [](const auto &e, char16_t v) { return e.first < v; });
            if (it != others.end() && it->first == c)
                r = it->second;
        }
        if (r == 0) {
            r = quint32(peq.size() / size_t(blocks));
            peq.resize(peq.size() + size_t(blocks), 0);
            if (c < 256) {
                latin1[c] = r;
            } else {
                const auto it = std::lower_bound(others.begin(), others.end(), c,
                                                 [](const auto &e, char16_t v) { return e.first < v; });
                others.insert(it, {c, r});
            }
        }
        peq[size_t(r) * size_t(blocks) + size_t(i / WordBits)] |= quint64(1) << (i % WordBits);
    }
}

const quint64 *ApproxSearch::Bits::row(char16_t c) const
{
    quint32 r = 0;
    if (c < 256) {
        r = latin1[c];
    } else if (!others.empty()) {
        const auto it = std::lower_bound(others.begin(), others.end(), c,
                                         [](const auto &e, char16_t v) { return e.first < v; });
        if (it != others.end() && it->first == c)
            r = it->second;
    }
    return peq.data() + size_t(r) * size_t(blocks);
}

ApproxSearch::ApproxSearch(QStringView pattern)
    : m_pattern(pattern.toString())
    , m_bits(pattern)
{ }

// The block-based search of Myers 1999 (fig. 9) as approx-string-match
// implements it, with 64-bit words: only the blocks down to `y` are computed,
// the band where a cell can still be <= maxErrors (Ukkonen's cut-off). With
// `ratchet`, maxErrors drops to the best error count seen so far, because the
// caller only wants the best matches.
template<typename Sink>
void ApproxSearch::scan(QStringView text, int maxErrors, bool ratchet, Sink &&sink) const
{
    const int m = m_bits.length;
    if (m == 0 || text.isEmpty() || maxErrors < 0)
        return;
    maxErrors = std::min(maxErrors, m);
    const int bMax = m_bits.blocks - 1;

    if (bMax == 0) {
        // One word: the common case of quotes and contexts up to 64 units.
        quint64 P = ~quint64(0), M = 0;
        const quint64 last = lastRowMask(0, 1, m);
        int score = m;
        for (qsizetype j = 0; j < text.size(); ++j) {
            score += advanceBlock(P, M, *m_bits.row(text[j].unicode()), last, 0);
            if (score <= maxErrors) {
                sink(j + 1, score);
                if (ratchet)
                    maxErrors = score;
            }
        }
        return;
    }

    std::vector<quint64> P(size_t(bMax + 1), 0), M(size_t(bMax + 1), 0), lastRow(size_t(bMax + 1));
    for (int b = 0; b <= bMax; ++b)
        lastRow[size_t(b)] = lastRowMask(b, bMax + 1, m);
    std::vector<int> score(size_t(bMax + 1), 0);

    int y = std::max(0, (maxErrors + WordBits - 1) / WordBits - 1);
    for (int b = 0; b <= y; ++b) {
        score[size_t(b)] = (b + 1) * WordBits;
        P[size_t(b)] = ~quint64(0);
        M[size_t(b)] = 0;
    }
    score[size_t(bMax)] = m;

    for (qsizetype j = 0; j < text.size(); ++j) {
        const quint64 *peq = m_bits.row(text[j].unicode());
        int carry = 0;
        for (int b = 0; b <= y; ++b) {
            carry = advanceBlock(P[size_t(b)], M[size_t(b)], peq[b], lastRow[size_t(b)], carry);
            score[size_t(b)] += carry;
        }
        if (score[size_t(y)] - carry <= maxErrors && y < bMax && ((peq[y + 1] & 1) || carry < 0)) {
            // The next block's first row may be within the threshold: compute it too.
            ++y;
            P[size_t(y)] = ~quint64(0);
            M[size_t(y)] = 0;
            const int rows = y == bMax ? (m % WordBits == 0 ? WordBits : m % WordBits) : WordBits;
            score[size_t(y)] = score[size_t(y - 1)] + rows - carry +
                advanceBlock(P[size_t(y)], M[size_t(y)], peq[y], lastRow[size_t(y)], carry);
        } else {
            while (y > 0 && score[size_t(y)] >= maxErrors + WordBits)
                --y;
        }
        if (y == bMax && score[size_t(y)] <= maxErrors) {
            sink(j + 1, score[size_t(y)]);
            if (ratchet)
                maxErrors = score[size_t(y)];
        }
    }
}

int ApproxSearch::minErrors(QStringView text, int maxErrors) const
{
    int best = -1;
    scan(text, maxErrors, true, [&best](qsizetype, int errors) {
        if (best < 0 || errors < best)
            best = errors;
    });
    return best;
}

QList<ApproxMatch> ApproxSearch::search(QStringView text, int maxErrors, Report report) const
{
    QList<ApproxMatch> matches;
    if (report == Report::Best) {
        scan(text, maxErrors, true, [&matches](qsizetype end, int errors) {
            if (!matches.isEmpty() && errors < matches.constLast().errors)
                matches.clear(); // an earlier, worse match
            matches.append({-1, end, errors});
        });
    } else {
        scan(text, maxErrors, false, [&matches](qsizetype end, int errors) {
            matches.append({-1, end, errors});
        });
    }
    if (report == Report::LocalBest) {
        // One place per run: the ends around a match are worse copies of it.
        QList<ApproxMatch> kept;
        for (qsizetype i = 0; i < matches.size();) {
            qsizetype j = i + 1;
            int fewest = matches.at(i).errors;
            while (j < matches.size() && matches.at(j).end == matches.at(j - 1).end + 1)
                fewest = std::min(fewest, matches.at(j++).errors);
            for (qsizetype k = i; k < j; ++k)
                if (matches.at(k).errors == fewest)
                    kept.append(matches.at(k));
            i = j;
        }
        matches = std::move(kept);
    }
    if (matches.isEmpty())
        return matches;

    // Starts: align the reversed pattern against the text read backwards from
    // each end, anchored at that end (every block active, +1 entering the top
    // row: the global edit distance of the pattern against text[end - j, end)).
    // The library searches the reversed text unanchored instead; anchoring
    // guarantees that text[start, end) really has `errors` errors, even for
    // the non-optimal ends EveryEnd reports.
    QString reversed = m_pattern;
    std::reverse(reversed.begin(), reversed.end());
    const Bits rev(reversed);
    const int m = rev.length;
    const int blocks = rev.blocks;
    std::vector<quint64> P(static_cast<size_t>(blocks)), M(static_cast<size_t>(blocks)),
        lastRow(static_cast<size_t>(blocks));
    std::vector<int> score(static_cast<size_t>(blocks));
    for (int b = 0; b < blocks; ++b)
        lastRow[size_t(b)] = lastRowMask(b, blocks, m);
    for (ApproxMatch &match : matches) {
        for (int b = 0; b < blocks; ++b) {
            P[size_t(b)] = ~quint64(0);
            M[size_t(b)] = 0;
            score[size_t(b)] = b == blocks - 1 ? m : (b + 1) * WordBits;
        }
        const qsizetype span = std::min<qsizetype>(match.end, m + match.errors);
        int best = m;
        qsizetype bestLength = 0;
        for (qsizetype j = 0; j < span; ++j) {
            const quint64 *peq = rev.row(text[match.end - 1 - j].unicode());
            int carry = 1;
            for (int b = 0; b < blocks; ++b) {
                carry = advanceBlock(P[size_t(b)], M[size_t(b)], peq[b], lastRow[size_t(b)], carry);
                score[size_t(b)] += carry;
            }
            if (score[size_t(blocks - 1)] <= best) { // "<=": the longest of equal matches
                best = score[size_t(blocks - 1)];
                bestLength = j + 1;
            }
        }
        match.start = match.end - bestLength;
    }
    return matches;
}

QList<ApproxMatch> ApproxSearch::search(QStringView text, QStringView pattern, int maxErrors, Report report)
{
    return ApproxSearch(pattern).search(text, maxErrors, report);
}

} // namespace Gloss
