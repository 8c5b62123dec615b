// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzz target "articlejson": any bytes as the article.json of a library
// folder (QJsonDocument::fromJson -> Article::fromJson). An article that
// loads must be consistent (every block where the canonical text says) and
// load again after a save.
#include "article/article.h"
#include "fuzzsupport.h"

#include <QJsonDocument>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Gloss::Fuzz {

int articleJson(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Article> article = Article::fromJson(QJsonDocument::fromJson(bytes).object());
    if (!article)
        return 0;
    const Article &a = article.value();
    const auto fail = [](const char *why) {
        std::fprintf(stderr, "articlejson: %s\n", why);
        std::abort();
    };
    for (const Block &b : a.blocks) {
        if (b.start < 0 || b.start + b.text.size() > a.text.size() ||
            QStringView(a.text).sliced(b.start, b.text.size()) != b.text)
            fail("a block is not where the canonical text has it");
        for (const InlineSpan &s : b.spans)
            if (s.start < 0 || s.end < s.start || s.end > b.text.size())
                fail("a span lies outside its block");
    }
    for (const RemovedBlock &r : a.removed)
        if (r.beforeBlock < 0 || r.beforeBlock > a.blocks.size())
            fail("a removed block points outside the article");
    const QByteArray saved = QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact);
    const Result<Article> loaded = Article::fromJson(QJsonDocument::fromJson(saved).object());
    if (!loaded || loaded.value().text != a.text)
        fail("a loaded article does not load again after a save");
    (void)a.contentHash();
    return 0;
}

} // namespace Gloss::Fuzz

GLOSS_FUZZ_ENTRY(Gloss::Fuzz::articleJson)
