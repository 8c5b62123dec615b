// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/highlightpalette.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::HighlightPalette)
};
} // namespace

HighlightPalette HighlightPalette::defaults()
{
    HighlightPalette p;
    p.m_entries = {
        {DefaultColor, QColor(0xff, 0xf1, 0x76), Tr::tr("Claim")},
        {u"green"_s, QColor(0xb9, 0xf6, 0xca), Tr::tr("Evidence")},
        {u"blue"_s, QColor(0xb3, 0xe5, 0xfc), Tr::tr("Quote")},
        {u"pink"_s, QColor(0xf8, 0xbb, 0xd0), Tr::tr("Question")},
        {u"orange"_s, QColor(0xff, 0xcc, 0x80), Tr::tr("Follow-up")},
    };
    return p;
}

HighlightPalette HighlightPalette::load()
{
    HighlightPalette p = defaults();
    QSettings settings;
    for (Entry &e : p.m_entries) {
        const QString stored = settings.value(u"highlights/meaning/"_s + e.key).toString();
        if (!stored.trimmed().isEmpty())
            e.meaning = stored.trimmed();
    }
    return p;
}

void HighlightPalette::save() const
{
    QSettings settings;
    for (const Entry &e : m_entries)
        settings.setValue(u"highlights/meaning/"_s + e.key, e.meaning);
}

const HighlightPalette::Entry *HighlightPalette::find(const QString &key) const
{
    for (const Entry &e : m_entries)
        if (e.key == key)
            return &e;
    return nullptr;
}

QString HighlightPalette::meaning(const QString &key) const
{
    const Entry *e = find(key);
    return e ? e->meaning : key;
}

void HighlightPalette::setMeaning(const QString &key, const QString &meaning)
{
    for (Entry &e : m_entries)
        if (e.key == key && !meaning.trimmed().isEmpty())
            e.meaning = meaning.trimmed();
}

QString HighlightPalette::styleClass(const QString &key)
{
    return u"gloss-"_s + key;
}

QString HighlightPalette::stylesheet() const
{
    QStringList rules;
    for (const Entry &e : m_entries)
        rules << u".%1 { background-color: %2; }"_s.arg(styleClass(e.key), e.color.name());
    return rules.join(u' ');
}

} // namespace Gloss
