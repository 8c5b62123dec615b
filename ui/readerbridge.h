// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

namespace Gloss {

/// The one object the reader page sees over QWebChannel. The page reads the
/// article and highlights as properties and reports selections, clicks and
/// readiness back; it can call nothing else in the application.
class ReaderBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderBridge)
    Q_PROPERTY(QJsonObject article READ article NOTIFY articleChanged)
    Q_PROPERTY(QJsonArray highlights READ highlights NOTIFY highlightsChanged)
    Q_PROPERTY(QJsonObject appearance READ appearance NOTIFY appearanceChanged)
    Q_PROPERTY(bool showRemoved READ showRemoved NOTIFY showRemovedChanged)
    Q_PROPERTY(QJsonArray mentions READ mentions NOTIFY mentionsChanged)
    Q_PROPERTY(QJsonObject labels READ labels CONSTANT)

public:
    explicit ReaderBridge(QObject *parent = nullptr);

    QJsonObject article() const { return m_article; }
    QJsonArray highlights() const { return m_highlights; }
    void setArticle(const QJsonObject &article);
    void setHighlights(const QJsonArray &highlights);
    QJsonObject appearance() const { return m_appearance; }
    bool showRemoved() const { return m_showRemoved; }
    /// Every mention of a named entity: [start, end, "name (type)"], for hover hints.
    QJsonArray mentions() const { return m_mentions; }
    void setMentions(const QJsonArray &mentions);
    void setShowRemoved(bool show);
    /// Translated words the page shows: removal reasons and button labels.
    QJsonObject labels() const;
    void setAppearance(const QJsonObject &appearance);

    bool isReady() const { return m_ready; }
    qsizetype selectionStart() const { return m_selectionStart; }
    qsizetype selectionEnd() const { return m_selectionEnd; }
    bool hasSelection() const { return m_selectionStart >= 0 && m_selectionEnd > m_selectionStart; }

    /// Called by the page.
    Q_INVOKABLE void reportReady();
    Q_INVOKABLE void reportSelection(int start, int end);
    Q_INVOKABLE void activateHighlight(const QString &id);
    /// The user asked to put removed text `index` back into the article.
    Q_INVOKABLE void restoreRemoved(int index);

Q_SIGNALS:
    void articleChanged();
    void highlightsChanged();
    void appearanceChanged();
    void showRemovedChanged();
    void mentionsChanged();
    void restoreRequested(int index);
    /// Ask the page to show highlight `id` and mark it as the current one.
    void focusRequested(const QString &id);
    /// Mark every mention of an entity and show mention `current`.
    void entityMentionsRequested(const QString &name, const QJsonArray &mentions, int current);
    /// A short message for the status bar.
    void statusMessage(const QString &message);
    void pageReady();
    void selectionChanged();
    void highlightActivated(const QString &id);

private:
    QJsonObject m_article;
    QJsonArray m_highlights;
    QJsonObject m_appearance;
    bool m_showRemoved = false;
    QJsonArray m_mentions;
    qsizetype m_selectionStart = -1;
    qsizetype m_selectionEnd = -1;
    bool m_ready = false;
};

} // namespace Gloss
