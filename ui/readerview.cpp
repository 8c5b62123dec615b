// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "readerbridge.h"
#include "readerpage.h"
#include "readerrequestguard.h"

#include <QContextMenuEvent>
#include <QFile>
#include <QMenu>
#include <QWebChannel>
#include <QWebEngineCookieStore>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
QWebEngineScript appScript(const QString &name, const QString &resource,
                           QWebEngineScript::InjectionPoint point)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Gloss: missing resource %s", qPrintable(resource));
    QWebEngineScript script;
    script.setName(name);
    script.setSourceCode(QString::fromUtf8(file.readAll()));
    script.setInjectionPoint(point);
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setRunsOnSubFrames(false);
    return script;
}
} // namespace

ReaderView::ReaderView(ReaderBridge *bridge, QWidget *parent)
    : QWebEngineView(parent)
    , m_channel(new QWebChannel(this))
    , m_profile(new QWebEngineProfile(this))
    , m_guard(new ReaderRequestGuard(this))
{
    // An off-the-record profile: no cookies, cache or history on disk; no
    // cookie at all, so an image server cannot follow the reader from one
    // article to the next; and no request but those the guard lets through.
    m_profile->cookieStore()->setCookieFilter(
        [](const QWebEngineCookieStore::FilterRequest &) { return false; });
    m_profile->setUrlRequestInterceptor(m_guard);
    auto *page = new ReaderPage(m_profile, this);
    setPage(page);
    setAccessibleName(tr("Article"));
    setFocusPolicy(Qt::StrongFocus);

    m_channel->registerObject(u"bridge"_s, bridge);
    page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);
    page->scripts().insert(
        appScript(u"qwebchannel"_s, u":/qtwebchannel/qwebchannel.js"_s, QWebEngineScript::DocumentCreation));
    page->scripts().insert(appScript(u"reader"_s, u":/reader/reader.js"_s, QWebEngineScript::DocumentReady));
    page->load(ReaderPage::PageUrl);
}

ReaderView::~ReaderView()
{
    // The page must go before the profile it was made with.
    delete page();
}

void ReaderView::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

void ReaderView::setLoadImages(bool on)
{
    m_guard->setLoadImages(on);
    page()->settings()->setAttribute(QWebEngineSettings::AutoLoadImages, on);
}

bool ReaderView::loadImages() const
{
    return m_guard->loadImages();
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    const QList<QAction *> standard = menu->actions();
    QAction *before = standard.isEmpty() ? nullptr : standard.first();
    menu->insertActions(before, m_contextActions);
    if (before)
        menu->insertSeparator(before);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace Gloss
