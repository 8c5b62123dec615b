// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/annotationexchange.h"

#include "annotations/webannotation.h"
#include "core/jsonfile.h"
#include "library/librarystore.h"
#include "workflow/workspace.h"

#include <algorithm>

namespace Gloss::AnnotationExchange {

Result<ImportReport> importFile(Workspace *workspace, const QString &id, const QString &path)
{
    auto content = workspace->loadContent(id);
    if (!content)
        return content.error();
    if (!content.value().annotationsError.isEmpty())
        return Error {Error::Code::ReadOnly, content.value().annotationsError};
    auto bytes = JsonFile::readBytes(path, MaxFileBytes);
    if (!bytes)
        return bytes.error();
    auto imported = WebAnnotation::fromJson(bytes.value(), content.value().article.text);
    if (!imported)
        return imported.error();

    Document *document = workspace->document();
    const bool isOpen = document->isOpen() && document->id() == id;
    const QList<Annotation> existing =
        isOpen ? document->annotations()->annotations() : content.value().annotations;
    ImportReport report;
    QList<Annotation> merged = existing;
    for (const Annotation &a : imported.value()) {
        report.needsReview += a.needsReview;
        auto it =
            std::find_if(merged.begin(), merged.end(), [&](const Annotation &b) { return b.id == a.id; });
        if (it != merged.end()) {
            *it = a;
            ++report.updated;
        } else {
            merged.append(a);
            ++report.added;
        }
    }
    if (isOpen) {
        document->importAnnotations(imported.value());
        workspace->flush();
        return report;
    }
    if (auto ok =
            workspace->store()->saveAnnotations(id, AnnotationSet {merged, content.value().annotationExtras});
        !ok)
        return ok.error();
    return report;
}

} // namespace Gloss::AnnotationExchange
