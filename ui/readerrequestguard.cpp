// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerrequestguard.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcReader)

using namespace Qt::StringLiterals;

namespace Gloss {

ReaderRequestGuard::ReaderRequestGuard(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{ }

void ReaderRequestGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const QString scheme = url.scheme();
    // The app's own files, and data: URLs (nothing leaves the machine;
    // the reader page's CSP and navigation rules keep them out of the page).
    if (scheme == "qrc"_L1 || scheme == "data"_L1)
        return;
    const bool web = scheme == "https"_L1 || scheme == "http"_L1;
    if (web && m_loadImages && info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeImage &&
        info.requestMethod() == "GET")
        return; // sent without referrer (reader.js) or cookies (ReaderView's cookie filter)
    ++m_blocked;
    qCDebug(lcReader) << "blocked request" << info.resourceType() << url.toDisplayString(QUrl::RemoveQuery);
    info.block(true);
}

} // namespace Gloss
