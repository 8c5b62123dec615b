// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "entities/nerfeatures.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace Gloss::Ner {

/// The trained weights of the tagger and the gazetteer they were trained
/// with, as read from a model file. Immutable once loaded; scoring is a hash
/// look-up per feature and a row of LabelCount floats.
///
/// File format (little-endian): "GLOSSNER", u32 format version, u32 label
/// count, u64 payload size, SHA-256 of the payload, then the payload: the
/// description, the gazetteer categories and phrases, the number of rows, the
/// weight scale, the sorted feature keys and the weights as int16.
class Model
{
public:
    static constexpr quint32 FormatVersion = 1;
    static constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;

    /// Reads and validates a model file; a missing, truncated or corrupt file
    /// is an Error that names the file and the problem.
    static Result<std::shared_ptr<const Model>> load(const QString &path);
    /// Validates and parses the bytes of a model file; `path` is for messages.
    static Result<std::shared_ptr<const Model>> fromBytes(const QByteArray &bytes, const QString &path);
    /// The bytes of a model file: weights are keys.size() rows of LabelCount
    /// floats, quantised to int16.
    static QByteArray toBytes(const QString &description, const Gazetteer &gazetteer,
                              const std::vector<quint64> &keys, const std::vector<float> &weights);

    const QString &description() const { return m_description; }
    const Gazetteer &gazetteer() const { return m_gazetteer; }
    qsizetype rowCount() const { return qsizetype(m_weights.size() / LabelCount); }

    /// Adds the weights of the features to scores[0, LabelCount).
    void score(const std::vector<quint64> &features, float *scores) const
    {
        for (const quint64 key : features) {
            size_t slot = size_t(key) & m_mask;
            while (m_slots[slot].key != 0) {
                if (m_slots[slot].key == key) {
                    const float *row = m_weights.data() + size_t(m_slots[slot].row) * LabelCount;
                    for (int l = 0; l < LabelCount; ++l)
                        scores[l] += row[l];
                    break;
                }
                slot = (slot + 1) & m_mask;
            }
        }
    }

private:
    struct Slot {
        quint64 key = 0;
        quint32 row = 0;
    };

    QString m_description;
    Gazetteer m_gazetteer;
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    std::vector<float> m_weights;
};

} // namespace Gloss::Ner
