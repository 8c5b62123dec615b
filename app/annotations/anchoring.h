// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"

#include <QList>
#include <QString>

#include <optional>

/// Finding highlights again in an article whose text changed (docs/anchoring.md).
/// Every offset here is a UTF-16 index into the canonical text; see
/// text/codepoints.h for W3C code point offsets.
namespace Gloss::Anchoring {

/// A W3C TextQuoteSelector: the quoted text and some text around it.
struct QuoteSelector {
    QString exact;
    QString prefix;
    QString suffix;

    friend bool operator==(const QuoteSelector &, const QuoteSelector &) = default;
};

/// How a highlight was found again.
enum class Status {
    Exact, // the stored position still holds the quote
    Moved, // the exact quote, found elsewhere with certainty (its context or a unique copy)
    Fuzzy, // a slightly changed quote at the place its context points to
    NeedsReview, // a candidate the user has to confirm; never applied silently
    NotFound, // nothing worth proposing
};

/// "exact", "moved", "fuzzy", "needs-review", "not-found".
QString statusName(Status status);

/// Where a highlight is now: text[start, end), or -1 when not found. score is
/// Hypothesis's normalised score (0..1) of that candidate.
struct Match {
    qsizetype start = -1;
    qsizetype end = -1;
    double score = 0;
    Status status = Status::NotFound;
};

/// A port of Hypothesis's matchQuote (match-quote.ts): the best approximate
/// match of quote (at most min(256, length / 2) errors; exact matches only if
/// there are any), ranked by similarity of the quote (weight 50), prefix (20),
/// suffix (20) and closeness to hint (2), normalised to 0..1. No review policy:
/// status is Exact for an error-free match, else Fuzzy.
std::optional<Match> matchQuote(QStringView text, QStringView quote, QStringView prefix = {},
                                QStringView suffix = {}, std::optional<qsizetype> hint = std::nullopt);

/// Every occurrence of prefix + exact + suffix, exactly, in text order,
/// overlapping ones included (Apache Annotator's text quote matcher). The
/// matches cover `exact` only; their status is Exact and score 1.
QList<Match> matchAllExact(QStringView text, const QuoteSelector &selector);

/// Options of describe(), as in Apache Annotator's describeTextQuote.
struct DescribeOptions {
    bool minimalContext = false; // only the context needed to be unique
    int minimumQuoteLength = 0; // pad prefix + exact + suffix to at least this length
    int maxWordLength = 50; // give up finding a word boundary after this many units
};

/// A TextQuoteSelector for text[start, end) whose prefix and suffix make it
/// match only there (Apache Annotator's describeTextQuote). By default the
/// context is extended to word boundaries, for readability and robustness.
/// Context never ends inside a surrogate pair.
QuoteSelector describe(QStringView text, qsizetype start, qsizetype end, const DescribeOptions &options = {});

/// Gloss's re-anchoring policy (docs/anchoring.md): the stored position if it
/// still holds the quote (Exact); else a unique exact quote with its context,
/// or with enough of it (Moved); else an approximate match whose context
/// agrees (Fuzzy). Anything less certain is NeedsReview with the best candidate
/// filled in, so a highlight is never silently moved to different words.
/// positionStart/positionEnd may be -1 when there is no position selector.
Match anchor(QStringView text, const QuoteSelector &quote, qsizetype positionStart = -1,
             qsizetype positionEnd = -1);

/// anchor() for every annotation of an article, in the order given. Uses the
/// shift measured on the highlights before each one as a better position
/// hint, and checks the cheap candidates before searching the whole text.
QList<Match> anchorAll(QStringView text, const QList<Annotation> &annotations);

} // namespace Gloss::Anchoring
