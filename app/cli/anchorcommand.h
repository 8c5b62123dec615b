// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Gloss {

/// `gloss-cli anchor --text FILE --selector SELECTOR.json`: anchors one
/// selector in a text and prints {"start", "end", "score", "status"} as JSON
/// (docs/anchoring.md). arguments are those after the word "anchor". Returns
/// the exit code: 0, 1 when a file cannot be used, 2 for a usage error.
int runAnchorCommand(const QStringList &arguments);

} // namespace Gloss
