// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace Gloss;
using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondInstance_handsOverItsArguments()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QVERIFY(first.listen());
        QSignalSpy activated(&first, &SingleInstance::activated);
        const QStringList args {u"/tmp/article.html"_s, u"https://example.org/news"_s};
        // The second instance is another process, as in real use.
        const pid_t pid = fork();
        if (pid == 0)
            _exit(SingleInstance::sendToRunning(dir.path(), args) ? 0 : 1);
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toStringList(), args);
        int status = 0;
        waitpid(pid, &status, 0);
        QCOMPARE(WEXITSTATUS(status), 0);
    }

    void noInstance_sendFailsQuickly()
    {
        QTemporaryDir dir;
        QVERIFY(!SingleInstance::sendToRunning(dir.path(), {u"x"_s}, 500));
    }

    void differentLibraries_differentNames()
    {
        QCOMPARE(SingleInstance::serverName(u"/a/library"_s), SingleInstance::serverName(u"/a/library/"_s));
        QVERIFY(SingleInstance::serverName(u"/a/library"_s) != SingleInstance::serverName(u"/b/library"_s));
    }

    void lock_keepsOneWriter()
    {
        QTemporaryDir dir;
        QLockFile first(dir.filePath(u".lock"_s));
        first.setStaleLockTime(0);
        QVERIFY(first.tryLock(0));
        const pid_t pid = fork();
        if (pid == 0) {
            QLockFile second(dir.filePath(u".lock"_s));
            second.setStaleLockTime(0);
            _exit(second.tryLock(100) ? 1 : 0);
        }
        int status = 0;
        waitpid(pid, &status, 0);
        QCOMPARE(WEXITSTATUS(status), 0); // the second could not take it
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
