// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEnginePage>

namespace Gloss {

/// The reader's web page, locked down: it shows only the app's own qrc:
/// page, runs no page script (the app's script lives in ApplicationWorld),
/// and hands clicked web links to the system browser instead of navigating.
class ReaderPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderPage)

public:
    static inline const QUrl PageUrl {QStringLiteral("qrc:/reader/reader.html")};

    explicit ReaderPage(QWebEngineProfile *profile, QObject *parent = nullptr);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &source) override;
};

} // namespace Gloss
