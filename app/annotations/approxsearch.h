// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <array>
#include <utility>
#include <vector>

namespace Gloss {

/// One approximate occurrence of a pattern: text[start, end) differs from the
/// pattern by `errors` insertions, deletions or substitutions.
struct ApproxMatch {
    qsizetype start = -1;
    qsizetype end = -1;
    int errors = 0;

    friend bool operator==(const ApproxMatch &, const ApproxMatch &) = default;
};

/// Myers' bit-parallel approximate string search (Myers 1999, with the
/// block-based extension for patterns longer than one 64-bit word), after
/// Robert Knight's approx-string-match-js, which Hypothesis anchors with.
///
/// Errors are counted in UTF-16 code units, like the JavaScript library, so a
/// character outside the BMP costs two. For each end position the search finds
/// the fewest errors of any match ending there; the start is then found by
/// aligning the reversed pattern backwards from that end, preferring the
/// longest match among equally good ones. The pattern is prepared once and can
/// be searched in many texts; an instance is not meant to be shared between
/// threads.
class ApproxSearch
{
public:
    enum class Report {
        Best, // only the matches with the fewest errors (approx-string-match's `search`)
        EveryEnd, // for every end position, its best match when it has <= maxErrors errors
        LocalBest, // EveryEnd, keeping in each run of adjacent ends only those with the run's fewest errors
    };

    explicit ApproxSearch(QStringView pattern);

    qsizetype patternLength() const { return m_pattern.size(); }

    /// Matches in order of their end. maxErrors is clamped to the pattern
    /// length; an empty pattern or text, or a negative maxErrors, finds nothing.
    QList<ApproxMatch> search(QStringView text, int maxErrors, Report report = Report::Best) const;

    /// The fewest errors of any match with at most maxErrors errors, or -1.
    /// Cheaper than search(): no start is computed.
    int minErrors(QStringView text, int maxErrors) const;

    static QList<ApproxMatch> search(QStringView text, QStringView pattern, int maxErrors,
                                     Report report = Report::Best);

private:
    // Bit masks of the pattern positions holding each character, one 64-bit
    // word per block; row 0 is the all-zero mask of characters not in the pattern.
    struct Bits {
        explicit Bits(QStringView pattern);
        const quint64 *row(char16_t c) const;

        int length = 0;
        int blocks = 0;
        std::vector<quint64> peq;
        std::array<quint32, 256> latin1 {};
        std::vector<std::pair<char16_t, quint32>> others; // sorted by character
    };

    template<typename Sink> void scan(QStringView text, int maxErrors, bool ratchet, Sink &&sink) const;

    QString m_pattern;
    Bits m_bits;
};

} // namespace Gloss
