// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/anchoring.h"

#include "annotations/approxsearch.h"

#include <algorithm>
#include <cstdlib>
#include <numeric>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace Gloss::Anchoring {

namespace {

// Hypothesis's weights (match-quote.ts): the quote counts most, each side of
// the context less, and the position only breaks ties.
constexpr double QuoteWeight = 50;
constexpr double PrefixWeight = 20;
constexpr double SuffixWeight = 20;
constexpr double PositionWeight = 2;
constexpr double MaxScore = QuoteWeight + PrefixWeight + SuffixWeight + PositionWeight;

// Gloss's thresholds (docs/anchoring.md, "Thresholds").
// A quote or a side of context "agrees" when at most a quarter of it changed:
// halfway between Hypothesis's search limit (half of it) and no change.
constexpr double Agreement = 0.75;
// The best candidate must lead any other place by more than the whole
// position weight (2/92), so closeness to the old position alone never decides.
constexpr double Margin = 0.05;
// Below this score (e.g. half the quote and none of the context), there is
// nothing worth proposing.
constexpr double ProposalFloor = 0.5;
// Without any context, only the position can confirm a changed quote.
constexpr qsizetype NearPosition = 64;
// Context pieces searched to find the old place when the position is off.
constexpr qsizetype ContextProbe = 20;
constexpr qsizetype MinContextProbe = 6;
constexpr qsizetype MaxProbeHits = 8;

// Positions and hints come from files (annotations.json, W3C imports) and may
// hold any 64-bit number. No text is this long, and within this bound the
// offset arithmetic below cannot overflow.
constexpr qsizetype MaxPosition = qsizetype(1) << 40;

qsizetype bounded(qsizetype position)
{
    return std::clamp(position, -MaxPosition, MaxPosition);
}

std::optional<qsizetype> bounded(std::optional<qsizetype> hint)
{
    return hint ? std::optional<qsizetype>(bounded(*hint)) : std::nullopt;
}

int maxErrorsFor(qsizetype length)
{
    return int(std::min<qsizetype>(256, length / 2));
}

/// Every exact occurrence of needle (not empty), overlapping ones included.
QList<ApproxMatch> exactOccurrences(QStringView text, QStringView needle, qsizetype limit = -1)
{
    QList<ApproxMatch> found;
    for (qsizetype pos = text.indexOf(needle); pos >= 0; pos = text.indexOf(needle, pos + 1)) {
        found.append({pos, pos + needle.size(), 0});
        if (limit >= 0 && found.size() > limit)
            break;
    }
    return found;
}

/// Hypothesis's textMatchScore: 1 - (fewest errors of str in text) / length,
/// with str's search prepared once.
double textMatchScore(QStringView text, QStringView str, const ApproxSearch &search)
{
    if (str.isEmpty() || text.isEmpty())
        return 0.0;
    if (text.contains(str))
        return 1.0;
    const int errors = search.minErrors(text, int(str.size()));
    return 1.0 - double(errors) / double(str.size());
}

struct Scored {
    ApproxMatch match;
    double quote = 0;
    double prefix = 0;
    double suffix = 0;
    double score = 0;
};

/// Scores candidates the way match-quote.ts does.
class Scorer
{
public:
    Scorer(QStringView text, QStringView quote, QStringView prefix, QStringView suffix,
           std::optional<qsizetype> hint)
        : m_text(text)
        , m_quote(quote)
        , m_prefix(prefix)
        , m_suffix(suffix)
        , m_hint(hint)
        , m_prefixSearch(prefix)
        , m_suffixSearch(suffix)
    { }

    Scored operator()(const ApproxMatch &m) const
    {
        Scored s {m};
        s.quote = 1.0 - double(m.errors) / double(m_quote.size());
        // An empty side is no constraint: full marks, as in Hypothesis.
        if (m_prefix.isEmpty()) {
            s.prefix = 1.0;
        } else {
            const qsizetype from = std::max<qsizetype>(0, m.start - m_prefix.size());
            s.prefix = textMatchScore(m_text.sliced(from, m.start - from), m_prefix, m_prefixSearch);
        }
        if (m_suffix.isEmpty()) {
            s.suffix = 1.0;
        } else {
            const qsizetype length = std::min(m_suffix.size(), m_text.size() - m.end);
            s.suffix = textMatchScore(m_text.sliced(m.end, length), m_suffix, m_suffixSearch);
        }
        double position = 1.0;
        if (m_hint)
            position = 1.0 - double(std::abs(m.start - *m_hint)) / double(m_text.size());
        s.score = (QuoteWeight * s.quote + PrefixWeight * s.prefix + SuffixWeight * s.suffix +
                   PositionWeight * position) /
            MaxScore;
        return s;
    }

private:
    QStringView m_text;
    QStringView m_quote;
    QStringView m_prefix;
    QStringView m_suffix;
    std::optional<qsizetype> m_hint;
    ApproxSearch m_prefixSearch;
    ApproxSearch m_suffixSearch;
};

Match toMatch(const Scored &s, Status status)
{
    return {s.match.start, s.match.end, s.score, status};
}

bool holdsAt(QStringView text, QStringView needle, qsizetype start)
{
    return start >= 0 && start + needle.size() <= text.size() && text.sliced(start, needle.size()) == needle;
}

/// The quote and its whole context, exactly, at start.
bool holdsWithContextAt(QStringView text, const QuoteSelector &q, qsizetype start)
{
    return holdsAt(text, q.exact, start) && holdsAt(text, q.prefix, start - q.prefix.size()) &&
        holdsAt(text, q.suffix, start + q.exact.size());
}

class Anchorer
{
public:
    Anchorer(QStringView text, const QuoteSelector &q, std::optional<qsizetype> hint)
        : m_text(text)
        , m_q(q)
        , m_hint(hint)
        , m_score(text, q.exact, q.prefix, q.suffix, hint)
        , m_contextFree(q.prefix.isEmpty() && q.suffix.isEmpty())
    { }

    Match run(qsizetype positionStart, qsizetype positionEnd)
    {
        const qsizetype length = m_q.exact.size();
        if (length == 0 || m_text.isEmpty())
            return {};

        // (1) The stored position still holds the quote.
        if (positionStart >= 0 && positionEnd - positionStart == length &&
            holdsAt(m_text, m_q.exact, positionStart)) {
            const Scored here = m_score({positionStart, positionEnd, 0});
            if (m_contextFree || contextAgrees(here))
                return toMatch(here, Status::Exact);
            // Both sides of the context changed: the words here may be another
            // copy of the quote, so prefer the one place that kept its context.
            const QList<ApproxMatch> full = fullContextMatches();
            if (full.size() == 1)
                return toMatch(m_score(full.first()), Status::Moved);
            return toMatch(here, full.isEmpty() ? Status::Exact : Status::NeedsReview);
        }

        // (2) The quote with its whole context, exactly.
        const QList<ApproxMatch> full = fullContextMatches();
        if (full.size() == 1)
            return toMatch(m_score(full.first()), Status::Moved);
        if (full.size() > 1) {
            // Identical passages: the content cannot tell them apart, only a
            // position that lands exactly on one of them can.
            const ApproxMatch *nearest = &full.first();
            for (const ApproxMatch &m : full) {
                if (m_hint && m.start == *m_hint)
                    return toMatch(m_score(m), Status::Moved);
                if (m_hint && std::abs(m.start - *m_hint) < std::abs(nearest->start - *m_hint))
                    nearest = &m;
            }
            return toMatch(m_score(*nearest), Status::NeedsReview);
        }

        // (3) Exact copies of the quote whose context changed, and approximate
        // matches: everywhere if there is no exact copy (Hypothesis), and in any
        // case near the position and near what is left of the context.
        QList<ApproxMatch> candidates =
            m_contextFree ? QList<ApproxMatch>() : exactOccurrences(m_text, m_q.exact);
        const ApproxSearch searcher(m_q.exact);
        const int maxErrors = maxErrorsFor(length);
        if (candidates.isEmpty())
            candidates = searcher.search(m_text, maxErrors);
        for (const auto &[from, to] : windows(length, maxErrors)) {
            const QList<ApproxMatch> local =
                searcher.search(m_text.sliced(from, to - from), maxErrors, ApproxSearch::Report::LocalBest);
            for (const ApproxMatch &m : local)
                candidates.append({m.start + from, m.end + from, m.errors});
        }
        return decide(candidates);
    }

private:
    // A side of the context agrees when at least Agreement of it is found next
    // to the candidate; an empty side agrees when the candidate touches that
    // end of the text (the quote was at the start or the end). One side is
    // enough to confirm the exact quote; a changed quote needs both, because
    // the change may be at an edge: a highlight cut or extended by the edit.
    bool contextAgrees(const Scored &s, bool bothSides = false) const
    {
        const bool prefixAgrees = m_q.prefix.isEmpty() ? s.match.start == 0 : s.prefix >= Agreement;
        const bool suffixAgrees = m_q.suffix.isEmpty() ? s.match.end == m_text.size() : s.suffix >= Agreement;
        return bothSides ? prefixAgrees && suffixAgrees : prefixAgrees || suffixAgrees;
    }

    // 0..2: how many ends of the candidate fall on a word boundary.
    int wordBoundaries(const ApproxMatch &m) const
    {
        const auto inWord = [this](qsizetype i) {
            return i >= 0 && i < m_text.size() && m_text[i].isLetterOrNumber();
        };
        return int(!(inWord(m.start - 1) && inWord(m.start))) + int(!(inWord(m.end - 1) && inWord(m.end)));
    }

    QList<ApproxMatch> fullContextMatches() const
    {
        const QString needle = m_q.prefix + m_q.exact + m_q.suffix;
        QList<ApproxMatch> found = exactOccurrences(m_text, needle);
        for (ApproxMatch &m : found) {
            m.start += m_q.prefix.size();
            m.end = m.start + m_q.exact.size();
        }
        return found;
    }

    // Text ranges worth an approximate search: around the position hint and
    // right after / before exact copies of the end / start of the context.
    std::vector<std::pair<qsizetype, qsizetype>> windows(qsizetype length, int maxErrors) const
    {
        std::vector<std::pair<qsizetype, qsizetype>> ranges;
        const qsizetype slack = maxErrors + 8;
        if (m_hint) {
            const qsizetype reach = std::max<qsizetype>(256, length);
            ranges.emplace_back(*m_hint - reach, *m_hint + length + reach);
        }
        const QStringView prefixProbe = QStringView(m_q.prefix).right(ContextProbe);
        if (prefixProbe.size() >= MinContextProbe) {
            const QList<ApproxMatch> hits = exactOccurrences(m_text, prefixProbe, MaxProbeHits);
            if (hits.size() <= MaxProbeHits)
                for (const ApproxMatch &h : hits)
                    ranges.emplace_back(h.end - slack, h.end + length + slack);
        }
        const QStringView suffixProbe = QStringView(m_q.suffix).left(ContextProbe);
        if (suffixProbe.size() >= MinContextProbe) {
            const QList<ApproxMatch> hits = exactOccurrences(m_text, suffixProbe, MaxProbeHits);
            if (hits.size() <= MaxProbeHits)
                for (const ApproxMatch &h : hits)
                    ranges.emplace_back(h.start - length - slack, h.start + slack);
        }
        for (auto &[from, to] : ranges) {
            from = std::clamp<qsizetype>(from, 0, m_text.size());
            to = std::clamp<qsizetype>(to, 0, m_text.size());
        }
        std::sort(ranges.begin(), ranges.end());
        std::vector<std::pair<qsizetype, qsizetype>> merged;
        for (const auto &r : ranges) {
            if (r.first >= r.second)
                continue;
            if (!merged.empty() && r.first <= merged.back().second)
                merged.back().second = std::max(merged.back().second, r.second);
            else
                merged.push_back(r);
        }
        return merged;
    }

    static bool samePlace(const ApproxMatch &a, const ApproxMatch &b)
    {
        const qsizetype overlap = std::min(a.end, b.end) - std::max(a.start, b.start);
        return overlap * 2 >= std::max(a.end - a.start, b.end - b.start) && overlap > 0;
    }

    Match decide(QList<ApproxMatch> candidates) const
    {
        std::sort(candidates.begin(), candidates.end(), [](const ApproxMatch &a, const ApproxMatch &b) {
            return std::tie(a.start, a.end, a.errors) < std::tie(b.start, b.end, b.errors);
        });
        candidates.erase(std::unique(candidates.begin(), candidates.end(),
                                     [](const ApproxMatch &a, const ApproxMatch &b) {
                                         return a.start == b.start && a.end == b.end;
                                     }),
                         candidates.end());
        if (candidates.isEmpty())
            return {};
        std::vector<Scored> scored;
        scored.reserve(size_t(candidates.size()));
        for (const ApproxMatch &m : candidates)
            scored.push_back(m_score(m));
        // Among equal scores, whole words: highlights are made of words, and a
        // match that ends inside one is the less likely reading.
        std::stable_sort(scored.begin(), scored.end(), [this](const Scored &a, const Scored &b) {
            if (a.score != b.score)
                return a.score > b.score;
            return wordBoundaries(a.match) > wordBoundaries(b.match);
        });
        const Scored &best = scored.front();
        if (best.score < ProposalFloor)
            return {};

        const Scored *rival = nullptr;
        for (const Scored &s : scored)
            if (!samePlace(s.match, best.match)) {
                rival = &s;
                break;
            }
        const bool evidence = m_contextFree
            ? m_hint && std::abs(best.match.start - *m_hint) <= std::max(NearPosition, m_q.exact.size())
            : contextAgrees(best, best.match.errors > 0);
        const bool contentful =
            std::any_of(m_q.exact.cbegin(), m_q.exact.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        const bool confident = best.quote >= Agreement && evidence &&
            (rival == nullptr || best.score - rival->score >= Margin) &&
            (best.match.errors == 0 || contentful);
        if (!confident)
            return toMatch(best, Status::NeedsReview);
        return toMatch(best, best.match.errors == 0 ? Status::Moved : Status::Fuzzy);
    }

    QStringView m_text;
    const QuoteSelector &m_q;
    std::optional<qsizetype> m_hint;
    Scorer m_score;
    bool m_contextFree;
};

} // namespace

QString statusName(Status status)
{
    switch (status) {
    case Status::Exact:
        return u"exact"_s;
    case Status::Moved:
        return u"moved"_s;
    case Status::Fuzzy:
        return u"fuzzy"_s;
    case Status::NeedsReview:
        return u"needs-review"_s;
    case Status::NotFound:
        break;
    }
    return u"not-found"_s;
}

std::optional<Match> matchQuote(QStringView text, QStringView quote, QStringView prefix, QStringView suffix,
                                std::optional<qsizetype> hint)
{
    if (quote.isEmpty())
        return std::nullopt;
    // Hypothesis allows length / 2 errors (a fraction for odd lengths, which
    // is the same limit as its floor for whole error counts).
    QList<ApproxMatch> matches = exactOccurrences(text, quote);
    if (matches.isEmpty())
        matches = ApproxSearch::search(text, quote, maxErrorsFor(quote.size()));
    if (matches.isEmpty())
        return std::nullopt;
    const Scorer score(text, quote, prefix, suffix, bounded(hint));
    std::vector<Scored> scored;
    scored.reserve(size_t(matches.size()));
    for (const ApproxMatch &m : matches)
        scored.push_back(score(m));
    // Array.prototype.sort is stable: equal scores keep text order.
    std::stable_sort(scored.begin(), scored.end(),
                     [](const Scored &a, const Scored &b) { return a.score > b.score; });
    const Scored &best = scored.front();
    return toMatch(best, best.match.errors == 0 ? Status::Exact : Status::Fuzzy);
}

QList<Match> matchAllExact(QStringView text, const QuoteSelector &selector)
{
    QList<Match> matches;
    const QString needle = selector.prefix + selector.exact + selector.suffix;
    const qsizetype offset = selector.prefix.size();
    if (needle.isEmpty()) {
        // The empty selector matches at every position, the end included.
        for (qsizetype i = 0; i <= text.size(); ++i)
            matches.append({i, i, 1.0, Status::Exact});
        return matches;
    }
    for (const ApproxMatch &m : exactOccurrences(text, needle))
        matches.append({m.start + offset, m.start + offset + selector.exact.size(), 1.0, Status::Exact});
    return matches;
}

namespace {

bool isWhitespace(char32_t c)
{
    return QChar::isSpace(c) || c == 0xfeff; // JavaScript's \s includes the BOM
}

/// Reads the text one character at a time (a surrogate pair is one), forwards
/// or backwards, like Apache Annotator's TextSeeker.
struct Seeker {
    QStringView text;
    qsizetype pos;

    // The next character's length in UTF-16 units, 0 at the end of the text.
    qsizetype next(bool backwards) const
    {
        if (backwards) {
            if (pos <= 0)
                return 0;
            return pos >= 2 && text[pos - 1].isLowSurrogate() && text[pos - 2].isHighSurrogate() ? 2 : 1;
        }
        if (pos >= text.size())
            return 0;
        return pos + 1 < text.size() && text[pos].isHighSurrogate() && text[pos + 1].isLowSurrogate() ? 2 : 1;
    }

    // Reads one character; an empty view at the end of the text.
    QStringView read(bool backwards)
    {
        const qsizetype n = next(backwards);
        if (backwards)
            pos -= n;
        const QStringView c = text.sliced(pos, n);
        if (!backwards)
            pos += n;
        return c;
    }
};

/// Units read until the first character that differs between the two
/// seekers (that character included); nullopt if seeker1 reaches the end first.
std::optional<qsizetype> readUntilDifferent(Seeker &seeker1, Seeker &seeker2, bool backwards)
{
    qsizetype length = 0;
    while (true) {
        const QStringView c = seeker1.read(backwards);
        if (c.isEmpty())
            return std::nullopt;
        length += c.size();
        if (c != seeker2.read(backwards))
            return length;
    }
}

/// Units read up to (not including) white space, at most about limit units.
qsizetype readUntilWhitespace(Seeker &seeker, qsizetype limit, bool backwards)
{
    qsizetype length = 0;
    while (length < limit) {
        const qsizetype n = seeker.next(backwards);
        if (n == 0)
            break;
        const qsizetype at = backwards ? seeker.pos - n : seeker.pos;
        const char32_t c =
            n == 2 ? QChar::surrogateToUcs4(seeker.text[at], seeker.text[at + 1]) : seeker.text[at].unicode();
        if (isWhitespace(c))
            break;
        seeker.read(backwards);
        length += n;
    }
    return length;
}

/// n units back from pos (or forward), widened so as not to split a pair.
qsizetype widen(QStringView text, qsizetype pos, qsizetype n, bool backwards)
{
    n = std::max<qsizetype>(0, n);
    if (backwards) {
        // pos - 0 may be the end of the text, where there is no unit to look at.
        qsizetype to = std::max<qsizetype>(0, pos - n);
        if (to > 0 && to < text.size() && text[to].isLowSurrogate() && text[to - 1].isHighSurrogate())
            --to;
        return pos - to;
    }
    qsizetype to = std::min(text.size(), pos + n);
    if (to < text.size() && to > 0 && text[to].isLowSurrogate() && text[to - 1].isHighSurrogate())
        ++to;
    return to - pos;
}

} // namespace

QuoteSelector describe(QStringView text, qsizetype start, qsizetype end, const DescribeOptions &options)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    const qsizetype length = end - start;
    // The selector is text[start - prefix, start) + exact + text[end, end + suffix).
    qsizetype prefix = 0;
    qsizetype suffix = 0;
    const auto total = [&] {
        return prefix + length + suffix;
    };

    const qsizetype minimum = options.minimumQuoteLength;
    if (total() < minimum) {
        // Half of what is missing before, the rest after, then before again
        // if the text ended.
        prefix += widen(text, start - prefix, (minimum - total()) / 2, true);
        if (total() < minimum) {
            suffix += widen(text, end + suffix, minimum - total(), false);
            if (total() < minimum)
                prefix += widen(text, start - prefix, minimum - total(), true);
        }
    }
    if (!options.minimalContext) {
        // Do not end the context halfway through a word.
        Seeker before {text, start - prefix};
        prefix += readUntilWhitespace(before, options.maxWordLength, true);
        Seeker after {text, end + suffix};
        suffix += readUntilWhitespace(after, options.maxWordLength, false);
    }

    while (true) {
        const QuoteSelector selector {text.sliced(start, length).toString(),
                                      text.sliced(start - prefix, prefix).toString(),
                                      text.sliced(end, suffix).toString()};
        const QList<Match> matches = matchAllExact(text, selector);
        const auto unintended = std::find_if(matches.cbegin(), matches.cend(), [&](const Match &m) {
            return m.start != start || m.end != end;
        });
        if (unintended == matches.cend())
            return selector;

        // How much more context tells the target from this match?
        Seeker target {text, start - prefix};
        Seeker other {text, unintended->start - prefix};
        std::optional<qsizetype> extraPrefix = readUntilDifferent(target, other, true);
        if (extraPrefix && !options.minimalContext)
            *extraPrefix += readUntilWhitespace(target, options.maxWordLength, true);

        target = {text, end + suffix};
        other = {text, unintended->end + suffix};
        std::optional<qsizetype> extraSuffix = readUntilDifferent(target, other, false);
        if (extraSuffix && !options.minimalContext)
            *extraSuffix += readUntilWhitespace(target, options.maxWordLength, false);

        if (!extraPrefix && !extraSuffix)
            return selector; // cannot be told apart (never happens for a real range)
        if (options.minimalContext) {
            // The shorter of the two.
            if (extraPrefix && (!extraSuffix || *extraPrefix <= *extraSuffix))
                prefix += *extraPrefix;
            else
                suffix += *extraSuffix;
        } else {
            // Both, for redundancy.
            prefix += extraPrefix.value_or(0);
            suffix += extraSuffix.value_or(0);
        }
    }
}

Match anchor(QStringView text, const QuoteSelector &quote, qsizetype positionStart, qsizetype positionEnd)
{
    positionStart = bounded(positionStart);
    positionEnd = bounded(positionEnd);
    const std::optional<qsizetype> hint =
        positionStart >= 0 ? std::optional<qsizetype>(positionStart) : std::nullopt;
    return Anchorer(text, quote, hint).run(positionStart, positionEnd);
}

QList<Match> anchorAll(QStringView text, const QList<Annotation> &annotations)
{
    QList<Match> results(annotations.size());
    std::vector<qsizetype> order(size_t(annotations.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return std::pair(annotations.at(a).start, annotations.at(a).end) <
            std::pair(annotations.at(b).start, annotations.at(b).end);
    });

    // An edit shifts every highlight after it by the same amount: the shift of
    // the last highlight found with certainty is the best guess for the next.
    qsizetype shift = 0;
    for (const qsizetype i : order) {
        const Annotation &a = annotations.at(i);
        const QuoteSelector q {a.exact, a.prefix, a.suffix};
        const qsizetype start = bounded(a.start);
        const qsizetype end = bounded(a.end);
        const bool positionFits = end - start == a.exact.size() && !a.exact.isEmpty();
        Match m;
        if (positionFits && holdsWithContextAt(text, q, start)) {
            m = {start, end, 1.0, Status::Exact};
        } else if (positionFits && holdsAt(text, a.exact, start)) {
            // The quote is still there but its context changed: the full policy.
            m = Anchorer(text, q, bounded(start + shift)).run(start, end);
        } else if (positionFits && shift != 0 && holdsWithContextAt(text, q, start + shift)) {
            // The whole passage, exactly where the shift puts it.
            const double position = 1.0 - double(std::abs(shift)) / double(text.size());
            m = {start + shift, end + shift,
                 (QuoteWeight + PrefixWeight + SuffixWeight + PositionWeight * position) / MaxScore,
                 Status::Moved};
        } else {
            const std::optional<qsizetype> hint =
                start >= 0 ? std::optional<qsizetype>(bounded(start + shift)) : std::nullopt;
            m = Anchorer(text, q, hint).run(start, end);
        }
        if (m.status == Status::Exact || m.status == Status::Moved)
            shift = m.start - start;
        results[i] = m;
    }
    return results;
}

} // namespace Gloss::Anchoring
