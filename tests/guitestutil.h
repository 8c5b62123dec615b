// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/librarystore.h"
#include "mainwindow.h"

#include <QJsonArray>
#include <QVariant>

#include <functional>

/// Helpers for GUI tests that drive the real main window offscreen.
namespace GlossGuiTest {

/// Runs `script` in the reader's own script world and waits for the result.
QVariant js(Gloss::MainWindow &window, const QString &script);

/// Makes a real DOM selection over canonical text [start, end), as a mouse
/// drag would; returns the selection's text as the page sees it.
QString selectCanonical(Gloss::MainWindow &window, qsizetype start, qsizetype end);

/// The highlight marks in the page: [{id, color, text}], in document order.
QJsonArray marksInPage(Gloss::MainWindow &window);

/// The text under the marks of highlight `id`, segments joined with "|".
QString markedText(const QJsonArray &marks, const QString &id);

/// How many different highlights have marks in the page.
int highlightCount(const QJsonArray &marks);

/// The "annotations" list of the article's annotations.json.
QJsonArray annotationsOnDisk(const Gloss::LibraryStore &store, const QString &id);

/// Runs `fill` on the next modal dialog as soon as it is shown (for dialogs
/// opened with exec()); returns false when no dialog came within 10 s.
void onNextModalDialog(std::function<void(QWidget *)> fill, bool *seen);

} // namespace GlossGuiTest
