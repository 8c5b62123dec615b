// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/nermodel.h"

#include "core/jsonfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Gloss::Ner {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::NerModel)
};

constexpr char Magic[8] = {'G', 'L', 'O', 'S', 'S', 'N', 'E', 'R'};
constexpr qsizetype HeaderBytes = 8 + 4 + 4 + 8 + 32;
constexpr quint32 MaxTextBytes = 32U * 1024 * 1024;

class Writer
{
public:
    void u32(quint32 v)
    {
        char b[4];
        qToLittleEndian(v, b);
        m_bytes.append(b, 4);
    }
    void u64(quint64 v)
    {
        char b[8];
        qToLittleEndian(v, b);
        m_bytes.append(b, 8);
    }
    void i16(qint16 v)
    {
        char b[2];
        qToLittleEndian(v, b);
        m_bytes.append(b, 2);
    }
    void text(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        u32(quint32(utf8.size()));
        m_bytes.append(utf8);
    }
    QByteArray &bytes() { return m_bytes; }

private:
    QByteArray m_bytes;
};

// Reads with bounds checks; after the first failure every read fails.
class Reader
{
public:
    Reader(const char *data, qsizetype size)
        : m_data(data)
        , m_size(size)
    { }

    bool ok() const { return m_ok; }
    qsizetype remaining() const { return m_size - m_pos; }

    quint32 u32() { return fixed<quint32>(); }
    quint64 u64() { return fixed<quint64>(); }
    qint16 i16() { return fixed<qint16>(); }
    QString text()
    {
        const quint32 n = u32();
        if (!m_ok || n > MaxTextBytes || qsizetype(n) > remaining()) {
            m_ok = false;
            return {};
        }
        const QString s = QString::fromUtf8(m_data + m_pos, qsizetype(n));
        m_pos += qsizetype(n);
        return s;
    }
    const char *take(qsizetype n)
    {
        if (!m_ok || n < 0 || n > remaining()) {
            m_ok = false;
            return nullptr;
        }
        const char *p = m_data + m_pos;
        m_pos += n;
        return p;
    }

private:
    template<typename T> T fixed()
    {
        const char *p = take(sizeof(T));
        return p ? qFromLittleEndian<T>(p) : T {};
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

Error damaged(const QString &path, const QString &why)
{
    return Error {Error::Code::Format,
                  Tr::tr("The named-entity model %1 is damaged or not a Gloss model (%2). "
                         "Reinstall Gloss or retrain the model with scripts/train-ner.")
                      .arg(path, why)};
}
} // namespace

QByteArray Model::toBytes(const QString &description, const Gazetteer &gazetteer,
                          const std::vector<quint64> &keys, const std::vector<float> &weights)
{
    Writer payload;
    payload.text(description);
    payload.u32(quint32(gazetteer.categories().size()));
    for (qsizetype c = 0; c < gazetteer.categories().size(); ++c) {
        payload.text(gazetteer.categories().at(c));
        payload.text(gazetteer.phrases().at(c).join(u'\n'));
    }
    float maxAbs = 0;
    for (float w : weights)
        maxAbs = std::max(maxAbs, std::fabs(w));
    const float scale = maxAbs > 0 ? maxAbs / 32767.0F : 1.0F;
    payload.u64(quint64(keys.size()));
    quint32 scaleBits;
    std::memcpy(&scaleBits, &scale, sizeof scaleBits);
    payload.u32(scaleBits);
    for (quint64 key : keys)
        payload.u64(key);
    for (float w : weights)
        payload.i16(qint16(std::lround(std::clamp(w / scale, -32767.0F, 32767.0F))));

    Writer file;
    file.bytes().append(Magic, sizeof Magic);
    file.u32(FormatVersion);
    file.u32(LabelCount);
    file.u64(quint64(payload.bytes().size()));
    file.bytes().append(QCryptographicHash::hash(payload.bytes(), QCryptographicHash::Sha256));
    file.bytes().append(payload.bytes());
    return file.bytes();
}

Result<std::shared_ptr<const Model>> Model::load(const QString &path)
{
    auto bytes = JsonFile::readBytes(path, MaxFileBytes);
    if (!bytes) {
        if (bytes.error().code == Error::Code::NotFound)
            return Error {Error::Code::NotFound,
                          Tr::tr("The named-entity model %1 does not exist. Train it with scripts/train-ner.")
                              .arg(path)};
        return bytes.error();
    }
    return fromBytes(bytes.value(), path);
}

Result<std::shared_ptr<const Model>> Model::fromBytes(const QByteArray &bytes, const QString &path)
{
    if (bytes.size() < HeaderBytes)
        return damaged(path, Tr::tr("%n bytes, shorter than the header", nullptr, int(bytes.size())));
    if (std::memcmp(bytes.constData(), Magic, sizeof Magic) != 0)
        return damaged(path, Tr::tr("wrong magic number"));
    Reader header(bytes.constData() + sizeof Magic, HeaderBytes - qsizetype(sizeof Magic));
    const quint32 version = header.u32();
    if (version != FormatVersion)
        return Error {Error::Code::Unsupported,
                      Tr::tr("The named-entity model %1 has format version %2; this Gloss reads version %3. "
                             "Retrain it with scripts/train-ner.")
                          .arg(path)
                          .arg(version)
                          .arg(FormatVersion)};
    if (header.u32() != quint32(LabelCount))
        return damaged(path, Tr::tr("unexpected label count"));
    const quint64 payloadSize = header.u64();
    if (payloadSize != quint64(bytes.size() - HeaderBytes))
        return damaged(path,
                       Tr::tr("%1 bytes of payload, the header says %2")
                           .arg(bytes.size() - HeaderBytes)
                           .arg(payloadSize));
    const QByteArrayView storedHash(bytes.constData() + HeaderBytes - 32, 32);
    const QByteArrayView payload(bytes.constData() + HeaderBytes, bytes.size() - HeaderBytes);
    if (QCryptographicHash::hash(payload, QCryptographicHash::Sha256) != storedHash)
        return damaged(path, Tr::tr("checksum mismatch"));

    auto model = std::make_shared<Model>();
    Reader in(payload.data(), payload.size());
    model->m_description = in.text();
    const quint32 categories = in.u32();
    if (!in.ok() || categories > quint32(Gazetteer::MaxCategories))
        return damaged(path, Tr::tr("bad gazetteer header"));
    for (quint32 c = 0; c < categories; ++c) {
        const QString name = in.text();
        const QString phrases = in.text();
        if (!in.ok())
            return damaged(path, Tr::tr("truncated gazetteer"));
        model->m_gazetteer.addCategory(name, phrases.split(u'\n', Qt::SkipEmptyParts));
    }
    const quint64 rows = in.u64();
    const quint32 scaleBits = in.u32();
    float scale;
    std::memcpy(&scale, &scaleBits, sizeof scale);
    const quint64 rowBytes = 8 + 2 * quint64(LabelCount);
    if (!in.ok() || rows == 0 || rows > quint64(in.remaining()) / rowBytes ||
        rows * rowBytes != quint64(in.remaining()))
        return damaged(path, Tr::tr("the weight table does not fit the file"));
    if (!std::isfinite(scale) || scale <= 0)
        return damaged(path, Tr::tr("bad weight scale"));

    const char *keyData = in.take(qsizetype(rows * 8));
    const char *weightData = in.take(qsizetype(rows * 2 * LabelCount));
    if (!keyData || !weightData)
        return damaged(path, Tr::tr("truncated weight table"));
    size_t capacity = 16;
    while (capacity < rows * 2)
        capacity *= 2;
    model->m_slots.assign(capacity, Slot {});
    model->m_mask = capacity - 1;
    quint64 previous = 0;
    for (quint64 r = 0; r < rows; ++r) {
        const quint64 key = qFromLittleEndian<quint64>(keyData + r * 8);
        if (key <= previous)
            return damaged(path, Tr::tr("feature keys out of order"));
        previous = key;
        size_t slot = size_t(key) & model->m_mask;
        while (model->m_slots[slot].key != 0)
            slot = (slot + 1) & model->m_mask;
        model->m_slots[slot] = Slot {key, quint32(r)};
    }
    model->m_weights.resize(size_t(rows) * LabelCount);
    for (size_t k = 0; k < model->m_weights.size(); ++k)
        model->m_weights[k] = float(qFromLittleEndian<qint16>(weightData + k * 2)) * scale;
    return std::shared_ptr<const Model>(std::move(model));
}

} // namespace Gloss::Ner
