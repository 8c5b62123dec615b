// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/urlfetcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::UrlFetcher)
};
} // namespace

QString UrlFetcher::Page::fileName() const
{
    const QString type = contentType.toLower();
    if (type.contains(u"html"_s))
        return u"page.html"_s;
    if (type.startsWith(u"text/"_s))
        return u"page.txt"_s;
    const QString name = url.fileName();
    return name.isEmpty() ? u"page.html"_s : name;
}

UrlFetcher::UrlFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

UrlFetcher::~UrlFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

bool UrlFetcher::isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1) &&
        !url.host().isEmpty();
}

void UrlFetcher::fetch(const QUrl &url)
{
    cancel();
    m_tooLarge = false;
    m_cancelled = false;
    if (!isWebAddress(url.toString())) {
        finish(Error {Error::Code::Format,
                      Tr::tr("“%1” is not a web address (http or https).").arg(url.toString())});
        return;
    }
    QNetworkRequest request(url);
    request.setMaximumRedirectsAllowed(10);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      u"Gloss/%1"_s.arg(QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        Q_EMIT progressed(received, total);
        if (received > m_maxBytes || total > m_maxBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        QNetworkReply *reply = m_reply;
        reply->deleteLater();
        m_reply = nullptr;
        const QUrl url = reply->url();
        if (m_cancelled) {
            finish(Error {Error::Code::Io, Tr::tr("The download was cancelled.")});
            return;
        }
        if (m_tooLarge) {
            finish(Error {Error::Code::TooLarge,
                          Tr::tr("%1 is larger than %2 MB, the most Gloss downloads.")
                              .arg(url.toString())
                              .arg(m_maxBytes / (1024 * 1024))});
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::OperationCanceledError ||
            reply->error() == QNetworkReply::TimeoutError) {
            finish(Error {
                Error::Code::Io,
                Tr::tr("%1 did not answer within %2 seconds.").arg(url.host()).arg(m_timeoutMs / 1000)});
            return;
        }
        if (reply->error() == QNetworkReply::HostNotFoundError) {
            finish(Error {Error::Code::NotFound,
                          Tr::tr("The server %1 was not found. Check the address and your connection.")
                              .arg(url.host())});
            return;
        }
        if (status >= 400) {
            finish(Error {Error::Code::NotFound,
                          Tr::tr("%1 answered with error %2 (%3).")
                              .arg(url.toString())
                              .arg(status)
                              .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())});
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            finish(Error {Error::Code::Io,
                          Tr::tr("Could not download %1: %2").arg(url.toString(), reply->errorString())});
            return;
        }
        Page page;
        page.bytes = reply->readAll();
        page.url = url;
        page.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (page.bytes.size() > m_maxBytes) {
            finish(Error {Error::Code::TooLarge,
                          Tr::tr("%1 is larger than %2 MB, the most Gloss downloads.")
                              .arg(url.toString())
                              .arg(m_maxBytes / (1024 * 1024))});
            return;
        }
        const QString type = page.contentType.toLower();
        if (!type.isEmpty() && !type.contains(u"html"_s) && !type.startsWith(u"text/"_s)) {
            finish(Error {
                Error::Code::Unsupported,
                Tr::tr("%1 is not a web page or text (it is %2).").arg(url.toString(), page.contentType)});
            return;
        }
        finish(page);
    });
}

void UrlFetcher::cancel()
{
    if (m_reply) {
        m_cancelled = true;
        m_reply->abort();
    }
}

void UrlFetcher::finish(const Result<Page> &result)
{
    Q_EMIT finished(result);
}

Result<UrlFetcher::Page> UrlFetcher::fetchBlocking(const QUrl &url, qint64 maxBytes, int timeoutMs)
{
    UrlFetcher fetcher;
    fetcher.setMaxBytes(maxBytes);
    fetcher.setTimeout(timeoutMs);
    std::optional<Result<Page>> result;
    QEventLoop loop;
    connect(&fetcher, &UrlFetcher::finished, &loop, [&](const Result<Page> &r) {
        result = r;
        loop.quit();
    });
    fetcher.fetch(url);
    if (!result)
        loop.exec();
    return *result;
}

} // namespace Gloss
