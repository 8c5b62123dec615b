// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"
#include "guitestutil.h"
#include "library/librarystore.h"
#include "mainwindow.h"
#include "readerbridge.h"
#include "readerrequestguard.h"
#include "readerview.h"
#include "testhttpserver.h"
#include "testutil.h"
#include "workflow/workspace.h"

#include <QAction>
#include <QBuffer>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace Gloss;
using namespace GlossGuiTest;
using namespace Qt::StringLiterals;

// A page full of scripts, trackers and traps goes through the real importer
// and reader: nothing of it may run, load or navigate.
class TestHostilePage : public QObject
{
    Q_OBJECT

    // The hostile fixture, pointed at the test's server.
    static QString writeHostilePage(const TestHttpServer &server, const QTemporaryDir &dir)
    {
        QByteArray page = GlossTest::readAll(GlossTest::fixturePath("hostile-page.html"));
        if (page.isEmpty())
            return {};
        page.replace("PORT", server.url(QString()).section(u':', -1).toLatin1());
        const QString path = dir.filePath(u"hostile.html"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(page) != page.size())
            return {};
        return path;
    }

    // The hostile fixture in a real main window, its addresses pointing at a
    // counting server on 127.0.0.1.
    struct HostileReader {
        TestHttpServer server;
        QTemporaryDir dir;
        LibraryStore store {dir.filePath(u"library"_s)};
        bool storeReady = store.ensureExists().ok();
        Workspace workspace {store.root()};
        MainWindow window {&workspace};

        /// Starts the server and opens the page as the user would; false when
        /// any step fails.
        bool open()
        {
            const QString path = server.start() ? writeHostilePage(server, dir) : QString();
            if (path.isEmpty() || !storeReady)
                return false;
            window.show();
            return QTest::qWaitFor([this] { return window.bridge()->isReady(); }, 30000) &&
                window.openLocation(path) && QTest::qWaitFor([this] {
                       return js(window, u"document.body.innerText"_s)
                           .toString()
                           .contains(u"harmless text"_s);
                   });
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void hostilePage_runsNothingLoadsNothing()
    {
        HostileReader reader;
        QVERIFY(reader.open());
        MainWindow &window = reader.window;
        const TestHttpServer &server = reader.server;
        QCOMPARE(window.document()->article().title, u"Hostile page"_s);

        // Give anything that might fire time to do so, and interact like a user.
        js(window,
           u"for (const e of document.querySelectorAll('p')) { e.click(); "
           "e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); } true"_s);
        QTest::qWait(1500);

        // 0 scripts executed: the canary attribute stays unset ...
        QCOMPARE(js(window, u"document.documentElement.dataset.pwned === undefined"_s).toBool(), true);
        // ... the page holds no script, iframe, form, object or remote resource ...
        QCOMPARE(
            js(window,
               u"document.querySelectorAll('script, iframe, form, object, embed, video, link, img, style').length"_s)
                .toInt(),
            1); // the reader's own stylesheet link
        QCOMPARE(js(window, u"document.querySelector('link').href"_s).toString(),
                 u"qrc:/reader/reader.css"_s);
        QCOMPARE(js(window,
                    u"Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes)"
                    ".some(a => a.name.startsWith('on'))).length"_s)
                     .toInt(),
                 0);
        // ... links keep only web addresses; javascript:, data: and file: ones are plain text ...
        QCOMPARE(
            js(window,
               u"Array.from(document.querySelectorAll('a')).filter(a => !/^https?:/.test(a.href)).length"_s)
                .toInt(),
            0);
        QVERIFY(js(window, u"document.body.innerText"_s).toString().contains(u"evil link"_s));
        // ... the script text is shown as text, not run ...
        QVERIFY(js(window, u"document.body.innerText"_s).toString().contains(u"<script>alert(1)</script>"_s));
        // ... the figure shows what its picture is of, without the picture ...
        QCOMPARE(js(window, u"document.querySelector('figure .image').innerText"_s).toString(),
                 u"The harbour at dawn"_s);
        // ... no request reached the server, and the view never left its page.
        QCOMPARE(server.requests(), QStringList());
        QCOMPARE(window.readerView()->url(), QUrl(u"qrc:/reader/reader.html"_s));
        // The stored article keeps none of it either.
        QVERIFY(!window.document()->article().text.contains(u"pwned"_s));
    }

    void loadImages_fetchesOnlyThePictures()
    {
        HostileReader reader;
        QVERIFY(reader.open());
        MainWindow &window = reader.window;
        TestHttpServer &server = reader.server;
        auto *loadImages = window.findChild<QAction *>(u"actionLoadImages"_s);
        QVERIFY(loadImages);
        QVERIFY(!loadImages->isChecked());
        const QString figure = u"document.querySelector('figure')"_s;
        QCOMPARE(js(window, figure + u".dataset.src"_s).toString(), server.url(u"/photo.png"_s));

        // View > Load Images, while the server has no such picture: one
        // request, and the description stays.
        loadImages->trigger();
        QVERIFY(QSettings().value(u"reader/loadImages"_s).toBool());
        QTRY_COMPARE(js(window, figure + u".dataset.image"_s).toString(), u"failed"_s);
        QCOMPARE(server.requests(), QStringList {u"/photo.png"_s});
        QCOMPARE(js(window, figure + u".querySelector('.image').hidden"_s).toBool(), false);

        // Off and on again, now that the picture is there: it replaces its description.
        QImage picture(40, 30, QImage::Format_RGB32);
        picture.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && picture.save(&buffer, "PNG"));
        server.route(u"/photo.png"_s, {200, "image/png", png});
        loadImages->trigger();
        QVERIFY(!QSettings().value(u"reader/loadImages"_s).toBool());
        QTRY_VERIFY(js(window, figure + u".dataset.image === undefined"_s).toBool());
        loadImages->trigger();
        QTRY_COMPARE(js(window, figure + u".dataset.image"_s).toString(), u"loaded"_s);
        QCOMPARE(js(window, figure + u".querySelector('img').naturalWidth"_s).toInt(), 40);
        QCOMPARE(js(window, figure + u".querySelector('img').alt"_s).toString(), u"The harbour at dawn"_s);
        QCOMPARE(js(window, figure + u".querySelector('.image').hidden"_s).toBool(), true);

        // Only the pictures went out: no script, style, frame, form or
        // tracker pixel, and the requests carry no referrer and no cookie.
        QTest::qWait(500);
        QCOMPARE(server.requests(), (QStringList {u"/photo.png"_s, u"/photo.png"_s}));
        for (const QByteArray &headers : server.requestHeaders()) {
            QVERIFY2(!headers.toLower().contains("\r\nreferer:"), headers.constData());
            QVERIFY2(!headers.toLower().contains("\r\ncookie:"), headers.constData());
        }
        QCOMPARE(js(window, u"document.documentElement.dataset.pwned === undefined"_s).toBool(), true);
        QCOMPARE(window.readerView()->url(), QUrl(u"qrc:/reader/reader.html"_s));
        // Whatever gets into the page, only pictures pass the request guard,
        // even from the app's own script world, where the page's CSP does not hold.
        const QString probe = u"fetch('%1').catch(() => 0); const l = document.createElement('link');"
                              "l.rel = 'stylesheet'; l.href = '%2'; document.head.appendChild(l); true"_s;
        js(window, probe.arg(server.url(u"/fetch"_s), server.url(u"/guard.css"_s)));
        QTest::qWait(500);
        QCOMPARE(server.requests().size(), 2);

        // Off again: the picture goes, and redrawing the article fetches nothing.
        loadImages->trigger();
        QTRY_COMPARE(js(window, figure + u".querySelectorAll('img').length"_s).toInt(), 0);
        QCOMPARE(js(window, figure + u".querySelector('.image').hidden"_s).toBool(), false);
        window.findChild<QAction *>(u"actionShowRemoved"_s)->trigger();
        window.findChild<QAction *>(u"actionShowRemoved"_s)->trigger();
        QTest::qWait(500);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(js(window, u"document.querySelectorAll('img').length"_s).toInt(), 0);
        // ... and no picture passes the guard any more.
        js(window,
           u"const i = new Image(); i.src = '%1'; document.body.appendChild(i); true"_s.arg(
               server.url(u"/guard.png"_s)));
        QTest::qWait(500);
        QCOMPARE(server.requests().size(), 2);
    }

    void loadImages_offWhileLoading_keepsTheDescription()
    {
        HostileReader reader;
        TestHttpServer::Response hanging;
        hanging.hang = true;
        reader.server.route(u"/photo.png"_s, hanging);
        QVERIFY(reader.open());
        MainWindow &window = reader.window;
        const TestHttpServer &server = reader.server;
        auto *loadImages = window.findChild<QAction *>(u"actionLoadImages"_s);
        const QString figure = u"document.querySelector('figure')"_s;
        loadImages->trigger();
        QTRY_COMPARE(server.requests(), QStringList {u"/photo.png"_s});
        QCOMPARE(js(window, figure + u".dataset.image"_s).toString(), u"loading"_s);
        js(window, u"window.pendingPicture = %1.querySelector('img'); true"_s.arg(figure));
        // Off before the picture came: it is dropped, the description stays,
        // and a load that settles late (either way) changes nothing.
        loadImages->trigger();
        QTRY_COMPARE(js(window, figure + u".querySelectorAll('img').length"_s).toInt(), 0);
        QCOMPARE(js(window, u"window.pendingPicture.hasAttribute('src')"_s).toBool(), false); // load stopped
        js(window,
           u"pendingPicture.dispatchEvent(new Event('load')); "
           "pendingPicture.dispatchEvent(new Event('error')); true"_s);
        QTest::qWait(500);
        QCOMPARE(js(window, figure + u".dataset.image === undefined"_s).toBool(), true);
        QCOMPARE(js(window, figure + u".querySelector('.image').hidden"_s).toBool(), false);
        QSettings().remove(u"reader/loadImages"_s);
    }

    void requestGuard_passesOnlyAllowedPictures()
    {
        // The guard alone, on a page with script on and no CSP: the layer
        // under the reader page's own defences.
        TestHttpServer server;
        QVERIFY(server.start());
        QWebEngineProfile profile;
        ReaderRequestGuard guard;
        profile.setUrlRequestInterceptor(&guard);
        QWebEnginePage page(&profile);
        const QString html =
            u"<html><head><title>page</title><script>document.title = 'ran'; fetch('%1/fetch');"
            "</script><link rel=stylesheet href='%1/a.css'><script src='%1/a.js'></script>"
            "</head><body><img src='%1/a.png'><iframe src='%1/frame'></iframe>"
            "</body></html>"_s.arg(server.url(QString()));
        const auto load = [&] {
            QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
            page.setHtml(html, QUrl(u"qrc:/probe.html"_s));
            QVERIFY(loaded.wait(20000));
            QTest::qWait(700);
        };
        load();
        QCOMPARE(page.title(), u"ran"_s); // script ran, yet nothing reached the network
        QCOMPARE(server.requests(), QStringList());
        QVERIFY(guard.blockedCount() >= 4);
        guard.setLoadImages(true);
        load();
        QCOMPARE(server.requests(), QStringList {u"/a.png"_s});
    }

    void pageCannotNavigateTheViewAway()
    {
        QTemporaryDir dir;
        LibraryStore store(dir.filePath(u"library"_s));
        Workspace workspace(store.root());
        MainWindow window(&workspace);
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
