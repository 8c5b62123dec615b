// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportoptions.h"

#include <QSettings>

#include <algorithm>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Gloss {

QString ExportOptions::defaultAuthor()
{
    const QString chosen = QSettings().value("export/author"_L1).toString().trimmed();
    if (!chosen.isEmpty())
        return chosen;
    if (const passwd *account = getpwuid(getuid()); account && account->pw_gecos) {
        // GECOS: "Full Name,room,work phone,home phone,other".
        const QString full = QString::fromLocal8Bit(account->pw_gecos).section(u',', 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
    }
    return qEnvironmentVariable("USER").trimmed();
}

void ExportOptions::setAuthor(const QString &name)
{
    if (name.trimmed().isEmpty())
        QSettings().remove("export/author"_L1);
    else
        QSettings().setValue("export/author"_L1, name.trimmed());
}

QList<Annotation> ExportOptions::select(const QList<Annotation> &annotations, Unanchored unanchored) const
{
    QList<Annotation> out;
    for (const Annotation &a : annotations) {
        if (a.isPassage() && !a.isAnchored() && unanchored == Unanchored::Leave)
            continue; // a highlight without a sure place is not printed on the text
        if (!colors.isEmpty() && a.isPassage() && !colors.contains(a.color))
            continue;
        if (!tags.isEmpty() &&
            std::none_of(a.tags.cbegin(), a.tags.cend(), [&](const QString &t) { return tags.contains(t); }))
            continue;
        out << a;
    }
    std::stable_sort(out.begin(), out.end(), [](const Annotation &l, const Annotation &r) {
        if (l.isPassage() != r.isPassage())
            return l.isPassage();
        return l.start < r.start;
    });
    return out;
}

QDateTime lastAnnotated(const QList<Annotation> &annotations)
{
    QDateTime last;
    for (const Annotation &a : annotations)
        for (const QDateTime &t : {a.created, a.modified})
            if (t.isValid() && (!last.isValid() || t > last))
                last = t;
    return last;
}

QList<std::pair<int, const Annotation *>> numberNotes(const QList<Annotation> &selected)
{
    QList<std::pair<int, const Annotation *>> out;
    int n = 0;
    for (const Annotation &a : selected)
        if (!a.note.isEmpty())
            out.append({++n, &a});
    return out;
}

} // namespace Gloss
