// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QLocale>

namespace Gloss {

class LibraryStore;

namespace Startup {

/// Resource path of the sample article Gloss opens on first start.
inline const QString SampleResource = QStringLiteral(":/sample/palmyra.txt");

/// The article to show at start: the last one read when it is still in the
/// library, else the bundled sample (imported on first use).
Result<QString> initialArticle(LibraryStore &store);

/// Imports the bundled sample article and returns its id.
Result<QString> importSample(LibraryStore &store);

/// Before QApplication: lets Chromium start without its sandbox where it
/// refuses to run one (as root: containers, CI).
void prepareWebEngine();

/// Loads the translation for `locale` (and Qt's own), installing it on
/// the application; returns false when there is none.
bool installTranslations(const QLocale &locale);

} // namespace Startup
} // namespace Gloss
