// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

/// The titles and functions that EntityExtractor splits off a name as its
/// role ("President", "Secretary of State", "former foreign minister").
namespace Gloss::EntityRules {

/// Titles and functions that stand before a name ("President", "director"); lower case.
const QSet<QString> &titleWords();
/// Lower-case titles too vague to start a role on their own ("the general public").
bool isVagueLowerTitle(QStringView w);
/// "Mr", "Mrs", "Sir": honorifics (lower case).
bool isHonorific(QStringView w);
/// After "Secretary of", "Minister of": the portfolio, part of the title.
const QSet<QString> &departmentWords();
/// Lower-case words that may precede a title in a role ("former", "foreign minister").
const QSet<QString> &roleModifiers();

} // namespace Gloss::EntityRules
