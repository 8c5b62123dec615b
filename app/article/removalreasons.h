// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Machine-readable reasons a cleaner gives for text it took out of the
/// article. The reader shows them translated (see ReaderBridge).
namespace Gloss::RemovalReason {
inline const QString Navigation = QStringLiteral("navigation");
inline const QString ShortLink = QStringLiteral("short-link");
inline const QString AgencySignOff = QStringLiteral("agency-sign-off");
} // namespace Gloss::RemovalReason
