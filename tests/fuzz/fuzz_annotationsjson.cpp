// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzz target "annotationsjson": any bytes as the annotations.json of a
// library folder, read the way LibraryStore reads it (JsonFile::readObject
// from a file -> AnnotationSet::fromJson), then re-anchored on a short
// article as Document does after an update (Anchoring::anchorAll). Whatever
// positions the file claims, every match must lie inside the text, and a set
// that loads must load again after a save.
#include "annotations/anchoring.h"
#include "annotations/annotation.h"
#include "core/jsonfile.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Gloss::Fuzz {

int annotationsJson(const uint8_t *data, size_t size)
{
    static const QTemporaryDir dir(QDir::tempPath() + u"/gloss-fuzz-XXXXXX"_s);
    static const QString path = dir.filePath(u"annotations.json"_s);
    const auto fail = [](const char *why) {
        std::fprintf(stderr, "annotationsjson: %s\n", why);
        std::abort();
    };
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fail("cannot write the input to a temporary file");
    file.close();
    const Result<QByteArray> raw = JsonFile::readBytes(path, qint64(1) << 30);
    if (!raw || raw.value() != bytes)
        fail("JsonFile::readBytes does not give back what was written");
    const Result<QJsonObject> object = JsonFile::readObject(path);
    if (!object)
        return 0;
    const Result<AnnotationSet> set = AnnotationSet::fromJson(object.value());
    if (!set)
        return 0;

    const Result<AnnotationSet> again = AnnotationSet::fromJson(set.value().toJson());
    if (!again || again.value().annotations.size() != set.value().annotations.size())
        fail("a loaded annotation set does not load again after a save");

    static const QString text =
        u"Assad forces close in on Palmyra. The army is 300 meters from Palmyra, "
        u"a source said. 🙂 مرحبا بالعالم. The army, the source said, is close."_s;
    const QList<Anchoring::Match> matches = Anchoring::anchorAll(text, set.value().annotations);
    if (matches.size() != set.value().annotations.size())
        fail("anchorAll did not answer for every annotation");
    for (const Anchoring::Match &m : matches) {
        if (m.status == Anchoring::Status::NotFound)
            continue;
        if (m.start < 0 || m.end < m.start || m.end > text.size())
            fail("a re-anchored highlight lies outside the text");
    }
    return 0;
}

} // namespace Gloss::Fuzz

GLOSS_FUZZ_ENTRY(Gloss::Fuzz::annotationsJson)
