// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzz target "anchoring": re-anchoring search (Anchoring::anchor, anchorAll,
// matchQuote, matchAllExact, describe) and ApproxSearch underneath.
//
// Input: one flag byte, then text, exact, prefix, suffix and positions,
// separated by U+0000. Flag bit 0 set: the rest is raw UTF-16 (little endian,
// lone surrogates possible, as a hostile article.json can hold); else UTF-8.
// Bit 1: describe() with minimal context. Bits 2..7: ApproxSearch's maxErrors
// + 8 (so negative limits are tried too). Positions: "start end" in decimal
// UTF-16 offsets, any value (a missing one is -1).
//
// Every match must lie inside the text, an exact or moved match must sit on
// the quote, and ApproxSearch::minErrors must agree with search().
#include "annotations/anchoring.h"
#include "annotations/approxsearch.h"
#include "fuzzsupport.h"

#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

using namespace Qt::StringLiterals;

namespace Gloss::Fuzz {

namespace {

[[noreturn]] void fail(const char *why)
{
    std::fprintf(stderr, "anchoring: %s\n", why);
    std::abort();
}

void checkRange(QStringView text, qsizetype start, qsizetype end, const char *what)
{
    if (start < 0 || end < start || end > text.size())
        fail(what);
}

qsizetype number(QStringView s)
{
    bool ok = false;
    const qlonglong n = s.trimmed().toLongLong(&ok);
    return ok ? qsizetype(n) : -1;
}

} // namespace

int anchoring(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    const char *rest = reinterpret_cast<const char *>(data + 1);
    const qsizetype restSize = qsizetype(size - 1);
    QString all;
    if (flags & 1) {
        all.resize(restSize / 2);
        std::memcpy(all.data(), rest, size_t(all.size()) * 2);
    } else {
        all = QString::fromUtf8(rest, restSize);
    }
    const QList<QStringView> parts = QStringView(all).split(u'\0');
    const auto part = [&](qsizetype i) {
        return i < parts.size() ? parts.at(i) : QStringView();
    };
    const QStringView text = part(0);
    const Anchoring::QuoteSelector quote {part(1).toString(), part(2).toString(), part(3).toString()};
    const QList<QStringView> positions = part(4).split(u' ', Qt::SkipEmptyParts);
    const qsizetype positionStart = positions.size() > 0 ? number(positions.at(0)) : -1;
    const qsizetype positionEnd = positions.size() > 1 ? number(positions.at(1)) : -1;
    const int maxErrors = int(flags >> 2) - 8;

    // ApproxSearch, in each way of reporting; minErrors() agrees with search().
    const ApproxSearch searcher(quote.exact);
    for (const auto report :
         {ApproxSearch::Report::Best, ApproxSearch::Report::EveryEnd, ApproxSearch::Report::LocalBest}) {
        const QList<ApproxMatch> found = searcher.search(text, maxErrors, report);
        int fewest = -1;
        for (const ApproxMatch &m : found) {
            checkRange(text, m.start, m.end, "an approximate match lies outside the text");
            if (m.errors < 0 || m.errors > std::max(maxErrors, 0))
                fail("an approximate match has more errors than allowed");
            fewest = fewest < 0 ? m.errors : std::min(fewest, m.errors);
        }
        if (report == ApproxSearch::Report::Best && searcher.minErrors(text, maxErrors) != fewest)
            fail("minErrors() and search() disagree");
    }

    const std::optional<qsizetype> hint =
        positionStart >= 0 ? std::optional<qsizetype>(positionStart) : std::nullopt;
    if (const auto m = Anchoring::matchQuote(text, quote.exact, quote.prefix, quote.suffix, hint))
        checkRange(text, m->start, m->end, "matchQuote() lies outside the text");

    for (const Anchoring::Match &m : Anchoring::matchAllExact(text, quote)) {
        checkRange(text, m.start, m.end, "matchAllExact() lies outside the text");
        if (text.sliced(m.start, m.end - m.start) != quote.exact)
            fail("matchAllExact() is not on the quote");
    }

    const auto checkAnchored = [&](const Anchoring::Match &m) {
        if (m.status == Anchoring::Status::NotFound)
            return;
        checkRange(text, m.start, m.end, "anchor() lies outside the text");
        if ((m.status == Anchoring::Status::Exact || m.status == Anchoring::Status::Moved) &&
            text.sliced(m.start, m.end - m.start) != quote.exact)
            fail("an exact or moved match is not on the quote");
    };
    checkAnchored(Anchoring::anchor(text, quote, positionStart, positionEnd));

    Annotation a;
    a.exact = quote.exact;
    a.prefix = quote.prefix;
    a.suffix = quote.suffix;
    a.start = positionStart;
    a.end = positionEnd;
    Annotation b = a;
    std::swap(b.start, b.end);
    for (const Anchoring::Match &m : Anchoring::anchorAll(text, {a, b}))
        checkAnchored(m);

    // describe() a range and find it again with the selector.
    Anchoring::DescribeOptions options;
    options.minimalContext = flags & 2;
    options.minimumQuoteLength = int(flags >> 2);
    const Anchoring::QuoteSelector described = Anchoring::describe(text, positionStart, positionEnd, options);
    const qsizetype start = std::clamp<qsizetype>(positionStart, 0, text.size());
    const qsizetype end = std::clamp<qsizetype>(positionEnd, start, text.size());
    if (described.exact != text.sliced(start, end - start))
        fail("describe() quotes other text");
    const QList<Anchoring::Match> again = Anchoring::matchAllExact(text, described);
    if (std::none_of(again.cbegin(), again.cend(),
                     [&](const Anchoring::Match &m) { return m.start == start && m.end == end; }))
        fail("describe()'s selector does not find its own range");
    return 0;
}

} // namespace Gloss::Fuzz

GLOSS_FUZZ_ENTRY(Gloss::Fuzz::anchoring)
