// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzz target "textdumpcleaner": any bytes, imported as a text file
// (Cleaner::clean -> TextDumpCleaner). A page the cleaner accepts must survive
// being saved as article.json and read back, as on the next start.
#include "article/cleaner.h"

#include <QJsonDocument>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Gloss::Fuzz {

int textDumpCleaner(const uint8_t *data, size_t size)
{
    // A copy, like QFile::readAll(): the cleaners may rely on the terminating NUL.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Article> article = Cleaner::clean(bytes, u"x.txt"_s);
    if (!article)
        return 0;
    const QByteArray saved = QJsonDocument(article.value().toJson()).toJson(QJsonDocument::Compact);
    const Result<Article> loaded = Article::fromJson(QJsonDocument::fromJson(saved).object());
    if (!loaded || loaded.value().text != article.value().text) {
        std::fprintf(stderr, "textdumpcleaner: the cleaned article does not load again: %s\n",
                     loaded ? "its text changed" : qPrintable(loaded.error().message));
        std::abort();
    }
    return 0;
}

} // namespace Gloss::Fuzz

#ifndef GLOSS_FUZZ_NO_MAIN
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) { });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return Gloss::Fuzz::textDumpCleaner(data, size);
}
#endif
