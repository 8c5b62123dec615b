// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace GlossTest {

/// The bundled sample article (resources/sample/palmyra.txt).
inline QString samplePath()
{
    return QStringLiteral(GLOSS_SOURCE_DIR "/resources/sample/palmyra.txt");
}

inline QString fixturePath(const char *name)
{
    return QStringLiteral(GLOSS_FIXTURES_DIR "/") + QString::fromUtf8(name);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace GlossTest
