// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the fuzz targets share: the libFuzzer entry points, and the check
// that a cleaned article survives being saved and read back.
#include "article/cleaner.h"

#include <QJsonDocument>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Gloss::Fuzz {

/// Cleans `data` as a file called `fileName`; aborts when an accepted article
/// does not load again unchanged from its saved JSON (as on the next start).
inline int cleanAndReload(const uint8_t *data, size_t size, const QString &fileName, const char *target)
{
    // A copy, like QFile::readAll(): the cleaners may rely on the terminating NUL.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Article> article = Cleaner::clean(bytes, fileName);
    if (!article)
        return 0;
    const QByteArray saved = QJsonDocument(article.value().toJson()).toJson(QJsonDocument::Compact);
    const Result<Article> loaded = Article::fromJson(QJsonDocument::fromJson(saved).object());
    if (!loaded || loaded.value().text != article.value().text) {
        std::fprintf(stderr, "%s: the cleaned article does not load again: %s\n", target,
                     loaded ? "its text changed" : qPrintable(loaded.error().message));
        std::abort();
    }
    return 0;
}

} // namespace Gloss::Fuzz

// The libFuzzer entry points of a target whose body is `function`; left out
// when the target is compiled into tst_fuzzregressions (GLOSS_FUZZ_NO_MAIN).
#ifndef GLOSS_FUZZ_NO_MAIN
#define GLOSS_FUZZ_ENTRY(function)                                                                           \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                                     \
    {                                                                                                        \
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});               \
        return 0;                                                                                            \
    }                                                                                                        \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)                                  \
    {                                                                                                        \
        return function(data, size);                                                                         \
    }
#else
#define GLOSS_FUZZ_ENTRY(function)
#endif
