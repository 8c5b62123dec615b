// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerbridge.h"

#include "article/removalreasons.h"

namespace Gloss {

ReaderBridge::ReaderBridge(QObject *parent)
    : QObject(parent)
{ }

void ReaderBridge::setArticle(const QJsonObject &article)
{
    m_article = article;
    m_selectionStart = m_selectionEnd = -1;
    Q_EMIT articleChanged();
    Q_EMIT selectionChanged();
}

void ReaderBridge::setHighlights(const QJsonArray &highlights)
{
    m_highlights = highlights;
    Q_EMIT highlightsChanged();
}

void ReaderBridge::setAppearance(const QJsonObject &appearance)
{
    if (appearance == m_appearance)
        return;
    m_appearance = appearance;
    Q_EMIT appearanceChanged();
}

void ReaderBridge::setShowRemoved(bool show)
{
    if (show == m_showRemoved)
        return;
    m_showRemoved = show;
    Q_EMIT showRemovedChanged();
}

void ReaderBridge::setMentions(const QJsonArray &mentions)
{
    if (mentions == m_mentions)
        return;
    m_mentions = mentions;
    Q_EMIT mentionsChanged();
}

void ReaderBridge::restoreRemoved(int index)
{
    Q_EMIT restoreRequested(index);
}

QJsonObject ReaderBridge::labels() const
{
    QJsonObject map;
    for (const RemovalReason::Description &reason : RemovalReason::all())
        map.insert(reason.code, reason.label);
    return QJsonObject {{QLatin1StringView("reasons"), map},
                        {QLatin1StringView("restore"), tr("Put back into the article")}};
}

void ReaderBridge::reportReady()
{
    m_ready = true;
    Q_EMIT pageReady();
}

void ReaderBridge::reportSelection(int start, int end)
{
    const qsizetype length = m_article.value(QLatin1StringView("text")).toString().size();
    if (start < 0 || end <= start || end > length)
        start = end = -1;
    if (start == m_selectionStart && end == m_selectionEnd)
        return;
    m_selectionStart = start;
    m_selectionEnd = end;
    Q_EMIT selectionChanged();
}

void ReaderBridge::activateHighlight(const QString &id)
{
    Q_EMIT highlightActivated(id);
}

} // namespace Gloss
