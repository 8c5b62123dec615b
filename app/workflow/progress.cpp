// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/progress.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Gloss {

void runBeside(const std::function<void(std::atomic_int &done, const std::atomic_bool &cancel)> &work,
               Progress &progress)
{
    std::atomic_int done = 0;
    std::atomic_bool cancel = false;
    std::unique_ptr<QThread> worker(QThread::create([&] { work(done, cancel); }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (progress.isCancelled())
            cancel = true;
        progress.advance(done.load(), {});
    });
    tick.start(100);
    worker->start();
    loop.exec(); // the queued quit arrives even when the work was quicker than this line
    worker->wait();
    progress.advance(done.load(), {});
}

} // namespace Gloss
