// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace Gloss::JsonFile {

/// Reads a file that must hold one JSON object. A missing, unreadable,
/// truncated or otherwise invalid file is an Error, never an empty object.
Result<QJsonObject> readObject(const QString &path);

/// Writes atomically through QSaveFile: the previous file stays intact until
/// the new one is complete on disk.
Result<void> writeObject(const QString &path, const QJsonObject &object, bool compact = false);

/// Atomic write of raw bytes.
Result<void> writeBytes(const QString &path, const QByteArray &bytes);

/// Reads a whole file, refusing anything larger than maxBytes.
Result<QByteArray> readBytes(const QString &path, qint64 maxBytes);

} // namespace Gloss::JsonFile
