// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace Gloss {

/// How long work reports how far it got and learns that the user cancelled
/// it: the window shows it as a progress dialog, gloss-cli as lines on
/// standard error. Called on the thread that started the work.
class Progress
{
public:
    virtual ~Progress() = default;
    /// Work on `total` items starts (0: an unknown amount).
    virtual void start(const QString &what, int total) = 0;
    /// `done` items are finished; `current` names the one under way.
    virtual void advance(int done, const QString &current) = 0;
    virtual void finish() = 0;
    virtual bool isCancelled() const = 0;
};

/// Reports nothing and is never cancelled.
class NoProgress final : public Progress
{
public:
    void start(const QString &, int) override { }
    void advance(int, const QString &) override { }
    void finish() override { }
    bool isCancelled() const override { return false; }
};

/// Runs `work` on a thread of its own while this thread goes on handling
/// events (the window stays responsive) and reports `done` to `progress`
/// every 100 ms. `work` reads `cancel` between items and counts `done`.
void runBeside(const std::function<void(std::atomic_int &done, const std::atomic_bool &cancel)> &work,
               Progress &progress);

} // namespace Gloss
