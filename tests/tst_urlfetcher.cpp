// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/urlfetcher.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Gloss;
using namespace Qt::StringLiterals;

// Downloads from a server the test runs on 127.0.0.1; never the internet.
class TestUrlFetcher : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_server.route(u"/article.html"_s,
                       {200, "text/html; charset=utf-8", "<html><body><p>Hello</p></body></html>"});
        m_server.route(u"/moved"_s, {302, "text/plain", "", m_server.url(u"/article.html"_s).toLatin1()});
        m_server.route(u"/loop"_s, {302, "text/plain", "", m_server.url(u"/loop"_s).toLatin1()});
        m_server.route(u"/big"_s, {200, "text/html", QByteArray(3000, 'x')});
        m_server.route(u"/claims-big"_s, {200, "text/html", "small", {}, 50LL * 1024 * 1024});
        m_server.route(u"/image.png"_s, {200, "image/png", "\x89PNG"});
        m_server.route(u"/gone"_s, {410, "text/plain", "gone"});
        TestHttpServer::Response hang;
        hang.hang = true;
        m_server.route(u"/hang"_s, hang);
    }

    void fetch_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("nominal: a page") << u"/article.html"_s << true << QString();
        QTest::newRow("nominal: redirect followed") << u"/moved"_s << true << QString();
        QTest::newRow("robustness: redirect loop") << u"/loop"_s << false << u"loop"_s;
        QTest::newRow("robustness: too large") << u"/big"_s << false << u"larger than"_s;
        QTest::newRow("robustness: claims to be too large") << u"/claims-big"_s << false << u"larger than"_s;
        QTest::newRow("robustness: not a page") << u"/image.png"_s << false << u"image/png"_s;
        QTest::newRow("robustness: HTTP error") << u"/gone"_s << false << u"410"_s;
        QTest::newRow("robustness: missing") << u"/nothing"_s << false << u"404"_s;
        QTest::newRow("robustness: no answer") << u"/hang"_s << false << u"did not answer"_s;
    }

    void fetch()
    {
        QFETCH(QString, path);
        QFETCH(bool, ok);
        QFETCH(QString, messagePart);
        const auto result = UrlFetcher::fetchBlocking(QUrl(m_server.url(path)), 1024, 1500);
        QCOMPARE(bool(result), ok);
        if (ok) {
            QVERIFY(result.value().bytes.contains("Hello"));
            QCOMPARE(result.value().url, QUrl(m_server.url(u"/article.html"_s)));
            QCOMPARE(result.value().fileName(), u"page.html"_s);
        } else {
            QVERIFY2(result.error().message.contains(messagePart, Qt::CaseInsensitive),
                     qPrintable(result.error().message));
        }
    }

    void rejectsOtherSchemes_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("robustness: file") << u"file:///etc/passwd"_s;
        QTest::newRow("robustness: javascript") << u"javascript:alert(1)"_s;
        QTest::newRow("robustness: ftp") << u"ftp://127.0.0.1/x"_s;
        QTest::newRow("robustness: garbage") << u"not a url"_s;
    }

    void rejectsOtherSchemes()
    {
        QFETCH(QString, address);
        QVERIFY(!UrlFetcher::isWebAddress(address));
        const auto result = UrlFetcher::fetchBlocking(QUrl(address));
        QVERIFY(!result);
        QVERIFY(!result.error().message.isEmpty());
    }

    void cancel()
    {
        UrlFetcher fetcher;
        QString message;
        int finished = 0;
        connect(&fetcher, &UrlFetcher::finished, this, [&](const Result<UrlFetcher::Page> &result) {
            ++finished;
            message = result ? QString() : result.error().message;
        });
        const int before = int(m_server.requests().count(u"/hang"_s));
        fetcher.fetch(QUrl(m_server.url(u"/hang"_s)));
        QTRY_VERIFY(m_server.requests().count(u"/hang"_s) > before);
        fetcher.cancel();
        QTRY_COMPARE(finished, 1);
        QVERIFY2(message.contains(u"cancelled"_s), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestUrlFetcher)
#include "tst_urlfetcher.moc"
