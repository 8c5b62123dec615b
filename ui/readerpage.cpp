// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerpage.h"

#include <QDesktopServices>
#include <QLoggingCategory>
#include <QWebEngineSettings>

Q_LOGGING_CATEGORY(lcReader, "gloss.ui.reader")

namespace Gloss {

ReaderPage::ReaderPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    QWebEngineSettings *s = settings();
    // Main-world JavaScript off: nothing from an article can ever run.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::AutoLoadImages, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
}

bool ReaderPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isMainFrame && url == PageUrl && type != NavigationTypeLinkClicked)
        return true;
    if (type == NavigationTypeLinkClicked &&
        (url.scheme() == QLatin1StringView("https") || url.scheme() == QLatin1StringView("http")))
        QDesktopServices::openUrl(url);
    qCDebug(lcReader) << "refused navigation to" << url;
    return false;
}

QWebEnginePage *ReaderPage::createWindow(WebWindowType)
{
    return nullptr;
}

void ReaderPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                          int line, const QString &source)
{
    if (level == ErrorMessageLevel)
        qCWarning(lcReader) << source << line << message;
    else
        qCDebug(lcReader) << source << line << message;
}

} // namespace Gloss
