// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzz target "textdumpcleaner": any bytes, imported as a text file
// (Cleaner::clean -> TextDumpCleaner). A page the cleaner accepts must survive
// being saved as article.json and read back, as on the next start.
#include "article/cleaner.h"
#include "fuzzsupport.h"

#include <QJsonDocument>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Gloss::Fuzz {

int textDumpCleaner(const uint8_t *data, size_t size)
{
    return cleanAndReload(data, size, u"x.txt"_s, "textdumpcleaner");
}

} // namespace Gloss::Fuzz

GLOSS_FUZZ_ENTRY(Gloss::Fuzz::textDumpCleaner)
