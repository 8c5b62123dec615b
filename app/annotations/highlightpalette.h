// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace Gloss {

/// The highlight colours and what each one means to the user ("claim",
/// "evidence", ...). Keys are stable and stored in annotations; meanings are
/// the user's own words, kept in the settings.
class HighlightPalette final
{
public:
    struct Entry {
        QString key; // "yellow"
        QColor color; // the highlight colour on a light page
        QString meaning; // "Claim"
    };

    /// The colour of a highlight nobody chose a colour for.
    static inline const QString DefaultColor = QStringLiteral("yellow");

    /// The five default colours with their default, translated meanings.
    static HighlightPalette defaults();
    /// The defaults with the user's meanings from QSettings applied.
    static HighlightPalette load();
    void save() const;

    const QList<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &key) const;
    QString meaning(const QString &key) const;
    void setMeaning(const QString &key, const QString &meaning);

    /// CSS class for a colour key, as used in W3C styleClass and the reader.
    static QString styleClass(const QString &key);
    /// A CSS stylesheet with one rule per colour.
    QString stylesheet() const;

private:
    QList<Entry> m_entries;
};

} // namespace Gloss
