// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestutil.h"
#include "library/document.h"
#include "library/librarystore.h"
#include "mainwindow.h"
#include "readerbridge.h"
#include "readerview.h"
#include "testhttpserver.h"
#include "testutil.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss;
using namespace GlossGuiTest;
using namespace Qt::StringLiterals;

// A page full of scripts, trackers and traps goes through the real importer
// and reader: nothing of it may run, load or navigate.
class TestHostilePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void hostilePage_runsNothingLoadsNothing()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        QByteArray page = GlossTest::readAll(GlossTest::fixturePath("hostile-page.html"));
        QVERIFY(!page.isEmpty());
        const QString port = server.url(QString()).section(u':', -1);
        page.replace("PORT", port.toLatin1());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hostile.html"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(page);
        f.close();

        LibraryStore store(dir.filePath(u"library"_s));
        QVERIFY(store.ensureExists());
        MainWindow window(&store);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.bridge()->isReady(), 30000);
        QVERIFY(window.openLocation(path));
        QCOMPARE(window.document()->article().title, u"Hostile page"_s);
        QTRY_VERIFY(js(window, u"document.body.innerText"_s).toString().contains(u"harmless text"_s));

        // Give anything that might fire time to do so, and interact like a user.
        js(window, u"for (const e of document.querySelectorAll('p')) { e.click(); "
                   "e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); } true"_s);
        QTest::qWait(1500);

        // 0 scripts executed: the canary attribute stays unset ...
        QCOMPARE(js(window, u"document.documentElement.dataset.pwned === undefined"_s).toBool(), true);
        // ... the page holds no script, iframe, form, object or remote resource ...
        QCOMPARE(js(window, u"document.querySelectorAll('script, iframe, form, object, embed, video, link, img, style').length"_s)
                     .toInt(),
                 1); // the reader's own stylesheet link
        QCOMPARE(js(window, u"document.querySelector('link').href"_s).toString(), u"qrc:/reader/reader.css"_s);
        QCOMPARE(js(window, u"Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes)"
                            ".some(a => a.name.startsWith('on'))).length"_s)
                     .toInt(),
                 0);
        // ... links keep only web addresses; javascript:, data: and file: ones are plain text ...
        QCOMPARE(js(window, u"Array.from(document.querySelectorAll('a')).filter(a => !/^https?:/.test(a.href)).length"_s)
                     .toInt(),
                 0);
        QVERIFY(js(window, u"document.body.innerText"_s).toString().contains(u"evil link"_s));
        // ... the script text is shown as text, not run ...
        QVERIFY(js(window, u"document.body.innerText"_s).toString().contains(u"<script>alert(1)</script>"_s));
        // ... no request reached the server, and the view never left its page.
        QCOMPARE(server.requests(), QStringList());
        QCOMPARE(window.readerView()->url(), QUrl(u"qrc:/reader/reader.html"_s));
        // The stored article keeps none of it either.
        QVERIFY(!window.document()->article().text.contains(u"pwned"_s));
    }

    void pageCannotNavigateTheViewAway()
    {
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"library"_s));
        MainWindow window(&store);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.bridge()->isReady(), 30000);
        // Even the app's own script world cannot move the view elsewhere.
        js(window, u"window.location.href = 'http://127.0.0.1:9/elsewhere'; true"_s);
        js(window, u"window.open('http://127.0.0.1:9/popup'); true"_s);
        QTest::qWait(500);
        QCOMPARE(window.readerView()->url(), QUrl(u"qrc:/reader/reader.html"_s));
        QVERIFY(window.bridge()->isReady());
    }
};

QTEST_MAIN(TestHostilePage)
#include "tst_hostilepage.moc"
