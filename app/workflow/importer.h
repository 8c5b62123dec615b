// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/reanchoring.h"
#include "article/article.h"
#include "library/paragraphdiff.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

namespace Gloss {

class Progress;
class Workspace;

/// One thing to bring into the library: a file's bytes, a downloaded page,
/// pasted text.
struct ImportSource {
    QByteArray bytes;
    QString fileName; // helps to tell HTML from text
    QString url; // where it was downloaded from, if it was
    QString label; // the file name or address, for messages

    static Result<ImportSource> fromFile(const QString &path);
    static ImportSource fromPage(const QByteArray &bytes, const QString &fileName, const QString &url);
    static ImportSource fromPaste(const QString &text, bool html);
};

/// What to do with an article that is in the library already in another
/// version (same address, different text).
enum class VersionChoice { Update, KeepBoth, Skip };
struct IncomingVersion {
    QString existingId;
    QString existingTitle;
    QString title;
};
using VersionChooser = std::function<VersionChoice(const IncomingVersion &)>;

struct ImportResult {
    enum class Outcome { Added, AlreadyThere, Updated, Skipped, Failed };
    Outcome outcome = Outcome::Failed;
    QString label;
    QString id;
    QString title;
    QString error;
    ReanchorReport report; // Updated: how the highlights moved
    QList<ParagraphChange> changes; // Updated: what changed in the text
    /// The article is in the library (added, updated or already there).
    bool hasArticle() const { return !id.isEmpty(); }
};

/// Brings articles into the library, one or many, with one policy: the same
/// bytes, or the same text at the same address, is the article already
/// there; the same address with another text is a new version, and `choose`
/// says whether to update it (the earlier version is kept, the highlights
/// move with the text), keep both, or skip it.
class Importer final
{
public:
    explicit Importer(Workspace *workspace);

    ImportResult import(const ImportSource &source, const VersionChooser &choose);
    /// Reads and cleans the files beside this thread (cancellable through
    /// `progress`), then stores each like import(), in order.
    QList<ImportResult> importFiles(const QStringList &paths, const VersionChooser &choose,
                                    Progress &progress);

private:
    struct Cleaned {
        ImportSource source;
        Result<Article> article = Error {};
        bool known = false; // the same bytes are in the library
    };
    Cleaned clean(ImportSource source) const;
    ImportResult store(Cleaned cleaned, const VersionChooser &choose);
    ImportResult updateVersion(const QString &id, const Cleaned &cleaned, ImportResult result);

    Workspace *m_workspace;
};

} // namespace Gloss
