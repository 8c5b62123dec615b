// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

class QPalette;

namespace Gloss::SyntaxRepository {

/// The one KSyntaxHighlighting repository of the process (loading the
/// definitions is costly, so it is shared and made on first use).
KSyntaxHighlighting::Repository &instance();

/// The default light or dark theme, whichever suits the palette.
KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette);

} // namespace Gloss::SyntaxRepository
