// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzz target "webannotation": W3C Web Annotation / Hypothesis import
// (WebAnnotation::fromJson). Input: the JSON document, then optionally a NUL
// byte and the article's text in UTF-8 (else a short built-in article).
// Every imported highlight must lie inside the text, and one not marked for
// review must sit on its quote.
#include "annotations/webannotation.h"
#include "fuzzsupport.h"

#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Gloss::Fuzz {

int webAnnotation(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = bytes.indexOf('\0');
    const QByteArray json = nul < 0 ? bytes : bytes.left(nul);
    const QString text = nul < 0
        ? u"Intro 🙂🙂 text. مرحبا بالعالم. The army is 300 meters from Palmyra, a source said."_s
        : QString::fromUtf8(bytes.mid(nul + 1));
    const Result<QList<Annotation>> imported = WebAnnotation::fromJson(json, text);
    if (!imported)
        return 0;
    for (const Annotation &a : imported.value()) {
        if (!a.isPassage())
            continue;
        if (a.start < 0 || a.end < a.start || a.end > text.size()) {
            std::fprintf(stderr, "webannotation: an imported highlight lies outside the text\n");
            std::abort();
        }
        if (!a.needsReview && QStringView(text).sliced(a.start, a.end - a.start) != a.exact) {
            std::fprintf(stderr, "webannotation: an imported highlight is not on its quote\n");
            std::abort();
        }
    }
    return 0;
}

} // namespace Gloss::Fuzz

GLOSS_FUZZ_ENTRY(Gloss::Fuzz::webAnnotation)
