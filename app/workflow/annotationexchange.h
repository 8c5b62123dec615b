// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

namespace Gloss {

class Workspace;

/// Annotations to and from other tools: W3C Web Annotations (JSON-LD) out,
/// W3C or Hypothesis exports in, merged into an article all or nothing.
namespace AnnotationExchange {

struct ImportReport {
    int added = 0;
    int updated = 0; // an annotation with the same id was replaced
    int needsReview = 0;
};

/// Reads `path` and merges its annotations into article `id`: into the
/// open Document as one undoable step when it is open, else into the
/// stored file. Nothing is changed when any annotation cannot be read.
Result<ImportReport> importFile(Workspace *workspace, const QString &id, const QString &path);

/// The largest annotations file read.
constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;

} // namespace AnnotationExchange
} // namespace Gloss
