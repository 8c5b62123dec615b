// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace Gloss::JsonFile {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::JsonFile)
};

constexpr qint64 MaxJsonBytes = 256LL * 1024 * 1024;
} // namespace

Result<QByteArray> readBytes(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error {Error::Code::NotFound, Tr::tr("The file %1 does not exist.").arg(path)};
    if (info.isDir())
        return Error {Error::Code::Format, Tr::tr("%1 is a folder, not a file.").arg(path)};
    if (info.size() > maxBytes)
        return Error {Error::Code::TooLarge,
                      Tr::tr("%1 is too large (%2 MB; the limit is %3 MB).")
                          .arg(path)
                          .arg(info.size() / (1024 * 1024))
                          .arg(maxBytes / (1024 * 1024))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Code::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString())};
    return file.readAll();
}

Result<QJsonObject> readObject(const QString &path)
{
    auto bytes = readBytes(path, MaxJsonBytes);
    if (!bytes)
        return bytes.error();
    if (bytes.value().trimmed().isEmpty())
        return Error {Error::Code::Parse, Tr::tr("%1 is empty.").arg(path)};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {Error::Code::Parse,
                      Tr::tr("%1 is not valid JSON (%2 at byte %3).")
                          .arg(path, parseError.errorString())
                          .arg(parseError.offset)};
    if (!doc.isObject())
        return Error {Error::Code::Format, Tr::tr("%1 does not hold a JSON object.").arg(path)};
    return doc.object();
}

Result<void> writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {Error::Code::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error {Error::Code::Io, Tr::tr("Writing %1 failed: %2").arg(path, reason)};
    }
    if (!file.commit())
        return Error {Error::Code::Io, Tr::tr("Saving %1 failed: %2").arg(path, file.errorString())};
    return {};
}

Result<void> writeObject(const QString &path, const QJsonObject &object, bool compact)
{
    return writeBytes(
        path, QJsonDocument(object).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
}

} // namespace Gloss::JsonFile
