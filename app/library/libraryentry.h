// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace Gloss {

/// What the library list shows of one article, cached in index.json so the
/// list appears without reading every article.
struct LibraryEntry {
    QString id;
    QString title;
    QString site;
    QString url;
    QString published;
    QStringList authors;
    QStringList tags;
    QString contentHash;
    int highlights = 0;
    int notes = 0;
    double progress = 0; // 0..1, how far the user has read
    QDateTime added;
    qint64 stamp = 0; // the article folder's modification time (ms) when read
    QString problem; // set when the article could not be read

    QJsonObject toJson() const;
    static LibraryEntry fromJson(const QJsonObject &object);
};

} // namespace Gloss
