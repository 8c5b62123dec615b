// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/htmlhints.h"

#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace Gloss::HtmlHints {

namespace {
enum class Match : quint8 {
    Substring,
    Word, // not preceded or followed by a letter or digit
    SpaceWord, // Readability's "hid": separated by spaces only
};

struct Keyword {
    std::string_view word;
    quint32 hints;
    Match match = Match::Substring;
};

// clang-format off
constexpr Keyword Keywords[] = {
    // Readability's unlikelyCandidates, okMaybeItsACandidate, positive and negative.
    {"-ad-", Unlikely | Negative | Advertisement},
    {"ai2html", Unlikely},
    {"banner", Unlikely | Negative | Advertisement},
    {"breadcrumbs", Unlikely},
    {"combx", Unlikely | Negative},
    {"comment", Unlikely | Negative | Comments},
    {"community", Unlikely},
    {"cover-wrap", Unlikely},
    {"disqus", Unlikely | Comments},
    {"extra", Unlikely},
    {"footer", Unlikely | Negative | PageFooter},
    {"gdpr", Unlikely | Negative | Cookie},
    {"header", Unlikely | PageHeader},
    {"legends", Unlikely},
    {"menu", Unlikely | Navigation},
    {"related", Unlikely | Negative | Related},
    {"remark", Unlikely},
    {"replies", Unlikely | Comments},
    {"rss", Unlikely},
    {"shoutbox", Unlikely | Negative},
    {"sidebar", Unlikely | Negative | Sidebar},
    {"skyscraper", Unlikely | Negative | Advertisement},
    {"social", Unlikely | ShareBar},
    {"sponsor", Unlikely | Negative | Advertisement},
    {"supplemental", Unlikely},
    {"ad-break", Unlikely | Advertisement},
    {"agegate", Unlikely},
    {"pagination", Unlikely | Positive | Navigation},
    {"pager", Unlikely | Navigation},
    {"popup", Unlikely},
    {"yom-remote", Unlikely},
    {"and", MaybeCandidate},
    {"article", MaybeCandidate | Positive},
    {"body", MaybeCandidate | Positive},
    {"column", MaybeCandidate},
    {"content", MaybeCandidate | Positive},
    {"main", MaybeCandidate | Positive},
    {"shadow", MaybeCandidate},
    {"entry", Positive},
    {"h-entry", Positive},
    {"page", Positive},
    {"post", Positive},
    {"text", Positive},
    {"blog", Positive},
    {"story", Positive},
    {"hidden", Negative},
    {"hid", Negative, Match::SpaceWord},
    {"com-", Negative},
    {"contact", Negative},
    {"masthead", Negative | PageHeader},
    {"media", Negative},
    {"meta", Negative},
    {"outbrain", Negative | Related},
    {"promo", Negative | Advertisement},
    {"scroll", Negative},
    {"share", Negative},
    {"shopping", Negative},
    {"tags", Negative},
    {"widget", Negative | Sidebar},
    {"byline", Byline},
    {"author", Byline},
    {"dateline", Byline},
    {"writtenby", Byline},
    {"p-author", Byline},
    {"share", ShareWord | ShareBar, Match::Word},
    {"sharedaddy", ShareWord | ShareBar, Match::Word},
    // The names of boxes that are not the story, for the reason they are left out.
    {"breadcrumb", Navigation},
    {"navigation", Navigation},
    {"navbar", Navigation},
    {"nav", Navigation, Match::Word},
    {"skip-link", Navigation},
    {"skiplink", Navigation},
    {"topbar", PageHeader},
    {"top-bar", PageHeader},
    {"colophon", PageFooter},
    {"sharing", ShareBar},
    {"addthis", ShareBar},
    {"sociable", ShareBar},
    {"advert", Advertisement},
    {"adslot", Advertisement},
    {"ad-slot", Advertisement},
    {"ad-container", Advertisement},
    {"ad-wrapper", Advertisement},
    {"adunit", Advertisement},
    {"ad-unit", Advertisement},
    {"gpt-ad", Advertisement},
    {"doubleclick", Advertisement},
    {"ad", Advertisement, Match::Word},
    {"ads", Advertisement, Match::Word},
    {"recommend", Related},
    {"taboola", Related},
    {"more-stories", Related},
    {"morestories", Related},
    {"read-next", Related},
    {"readnext", Related},
    {"trending", Related},
    {"most-popular", Related},
    {"mostpopular", Related},
    {"most-read", Related},
    {"mostread", Related},
    {"also-read", Related},
    {"respond", Comments},
    {"cookie", Cookie},
    {"consent", Cookie},
    {"cmp", Cookie, Match::Word},
    {"newsletter", Newsletter},
    {"subscribe", Newsletter},
    {"subscription", Newsletter},
    {"signup", Newsletter},
    {"sign-up", Newsletter},
    {"optin", Newsletter},
    {"opt-in", Newsletter},
    {"author-bio", AuthorBio},
    {"authorbio", AuthorBio},
    {"author-info", AuthorBio},
    {"author-box", AuthorBio},
    {"authorbox", AuthorBio},
    {"about-author", AuthorBio},
    {"about-the-author", AuthorBio},
    {"author-card", AuthorBio},
    {"bio", AuthorBio, Match::Word},
    {"read-more", ReadMore},
    {"readmore", ReadMore},
    {"more-link", ReadMore},
    {"continue-reading", ReadMore},
    {"rail", Sidebar, Match::Word},
    {"aside", Sidebar},
    {"caption", Caption},
    {"credit", Credit},
    {"copyright", Credit},
    {"photographer", Credit},
    {"attribution", Credit},
    {"pullquote", PullQuote},
    {"pull-quote", PullQuote},
    {"pull_quote", PullQuote},
    {"fallback-image", FallbackImage},
    {"modal", Dialog},
    {"dialog", Dialog},
    {"visually-hidden", ScreenReaderOnly},
    {"visuallyhidden", ScreenReaderOnly},
    {"sr-only", ScreenReaderOnly},
    {"screen-reader-text", ScreenReaderOnly},
    {"screen-reader-only", ScreenReaderOnly},
};
// clang-format on

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Keyword indices by first character, so each position tries only a few words.
const std::array<std::vector<quint8>, 128> &buckets()
{
    static const std::array<std::vector<quint8>, 128> table = [] {
        std::array<std::vector<quint8>, 128> t;
        for (size_t i = 0; i < std::size(Keywords); ++i)
            t[size_t(Keywords[i].word.front())].push_back(quint8(i));
        return t;
    }();
    return table;
}
} // namespace

quint32 of(const char *value)
{
    if (!value || !*value)
        return 0;
    const size_t n = std::strlen(value);
    char small[256];
    std::string large;
    char *buffer = small;
    if (n > sizeof small) {
        large.resize(n);
        buffer = large.data();
    }
    for (size_t i = 0; i < n; ++i) {
        const char c = value[i];
        buffer[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    }
    const std::string_view s(buffer, n);
    const auto &table = buckets();
    quint32 hints = 0;
    for (size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 128)
            continue;
        for (quint8 k : table[c]) {
            const Keyword &kw = Keywords[k];
            if ((hints & kw.hints) == kw.hints || s.compare(i, kw.word.size(), kw.word) != 0)
                continue;
            const size_t after = i + kw.word.size();
            if (kw.match == Match::Word && ((i > 0 && isAlnum(s[i - 1])) || (after < n && isAlnum(s[after]))))
                continue;
            if (kw.match == Match::SpaceWord &&
                ((i > 0 && s[i - 1] != ' ') || (after < n && s[after] != ' ')))
                continue;
            hints |= kw.hints;
        }
    }
    return hints;
}

} // namespace Gloss::HtmlHints
