// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/workspace.h"

#include "library/library.h"
#include "library/librarystore.h"

#include <QCoreApplication>

namespace Gloss {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::Workspace)
};
} // namespace

Workspace::Workspace(const QString &root, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<LibraryStore>(root))
    , m_library(new Library(m_store.get(), this))
    , m_document(new Document(this))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &Workspace::save);
    connect(m_document, &Document::edited, this, &Workspace::scheduleSave);
}

Workspace::~Workspace()
{
    flush();
    delete m_library; // before the store it reads
    m_library = nullptr;
}

Result<ArticleContent> Workspace::loadContent(const QString &id) const
{
    auto article = m_store->loadArticle(id);
    if (!article)
        return article.error();
    ArticleContent content;
    content.id = id;
    content.article = std::move(article).value();
    if (auto set = m_store->loadAnnotations(id)) {
        content.annotations = set.value().annotations;
        content.annotationExtras = set.value().unknown;
    } else {
        content.annotationsError = set.error().message;
    }
    auto state = m_store->loadState(id);
    content.state = state ? state.value() : QJsonObject();
    if (auto corrections = m_store->loadEntityCorrections(id))
        content.entityCorrections = std::move(corrections).value();
    else
        content.entityCorrectionsError = corrections.error().message;
    if (m_store->isReadOnly(id))
        content.readOnlyReason = m_store->readOnlyReason(id);
    return content;
}

Result<void> Workspace::open(const QString &id)
{
    flush();
    auto content = loadContent(id);
    if (!content)
        return content.error();
    m_unsaved = {};
    m_editedSinceOpen = false;
    m_document->load(std::move(content).value());
    return {};
}

void Workspace::close()
{
    flush();
    m_unsaved = {};
    m_editedSinceOpen = false;
    m_document->close();
}

void Workspace::flush()
{
    if (m_saveTimer.isActive()) {
        m_saveTimer.stop();
        save();
    }
}

void Workspace::scheduleSave(Document::Parts parts)
{
    m_unsaved |= parts;
    m_editedSinceOpen = m_editedSinceOpen || parts.testFlag(Document::Part::Annotations);
    m_saveTimer.start();
}

void Workspace::save()
{
    if (!m_document->isOpen())
        return;
    bool refused = false;
    for (Document::Part part :
         {Document::Part::State, Document::Part::EntityCorrections, Document::Part::Annotations}) {
        if (!m_unsaved.testFlag(part))
            continue;
        if (auto ok = savePart(part); !ok) {
            // Refused corrections are reported once per change; the rest is still saved.
            if (part == Document::Part::EntityCorrections && ok.error().code == Error::Code::ReadOnly &&
                !m_document->isReadOnly()) {
                m_unsaved.setFlag(part, false);
                refused = true;
                Q_EMIT saveFailed(ok.error().message);
                continue;
            }
            Q_EMIT saveFailed(ok.error().message);
            return;
        }
        m_unsaved.setFlag(part, false);
    }
    if (!refused)
        Q_EMIT saved();
}

Result<void> Workspace::savePart(Document::Part part)
{
    const QString &id = m_document->id();
    switch (part) {
    case Document::Part::State:
        return m_store->saveState(id, m_document->state());
    case Document::Part::EntityCorrections:
        return m_store->saveEntityCorrections(id, m_document->entityCorrections());
    case Document::Part::Annotations:
        return m_store->saveAnnotations(
            id, AnnotationSet {m_document->annotations()->annotations(), m_document->annotationExtras()});
    }
    return {};
}

Result<ReanchorReport> Workspace::replaceArticle(const QString &id, const Article &article,
                                                 const std::optional<QByteArray> &newSource)
{
    const bool isOpen = m_document->isOpen() && m_document->id() == id;
    AnnotationSet set;
    if (isOpen) {
        flush();
        if (!m_document->annotationsError().isEmpty())
            return Error {
                Error::Code::ReadOnly,
                Tr::tr("The annotations of this article could not be read, so Gloss does not change "
                       "the article under them.")};
        set = AnnotationSet {m_document->annotations()->annotations(), m_document->annotationExtras()};
    } else if (auto loaded = m_store->loadAnnotations(id)) {
        set = std::move(loaded).value();
    } else {
        return loaded.error();
    }
    const ReanchorReport report = reanchor(set.annotations, article.text);
    if (auto ok = m_store->replaceArticle(id, article, set, newSource); !ok)
        return ok.error();
    if (isOpen)
        m_document->replaceArticle(article, set.annotations);
    m_library->articleChanged(id);
    return report;
}

Result<ReanchorReport> Workspace::reclean(const QString &id)
{
    auto current = m_store->loadArticle(id);
    if (!current)
        return current.error();
    auto article = m_store->recleanSource(id);
    if (!article)
        return article.error();
    if (article.value().text != current.value().text)
        return replaceArticle(id, article.value());
    ReanchorReport unchanged;
    const bool isOpen = m_document->isOpen() && m_document->id() == id;
    auto set = isOpen ? Result<AnnotationSet>(AnnotationSet {m_document->annotations()->annotations(), {}})
                      : m_store->loadAnnotations(id);
    if (set)
        for (const Annotation &a : set.value().annotations)
            unchanged.exact += a.isAnchored();
    return unchanged;
}

Result<ReanchorReport> Workspace::restoreRemoved(qsizetype index)
{
    const std::optional<Article> restored =
        m_document->isOpen() ? m_document->article().withRemovedRestored(index) : std::nullopt;
    if (!restored)
        return Error {Error::Code::NotFound, Tr::tr("There is no such removed text.")};
    return replaceArticle(m_document->id(), *restored);
}

Result<void> Workspace::resolveDamagedAnnotations(DamagedAnnotations choice)
{
    if (!m_document->isOpen() || m_document->annotationsError().isEmpty())
        return {};
    const QString id = m_document->id();
    const QList<Annotation> madeSince = m_document->annotations()->annotations();
    if (choice == DamagedAnnotations::RestoreBackup) {
        if (auto ok = m_store->restoreAnnotationsBackup(id); !ok)
            return ok;
    } else if (auto aside = m_store->setAnnotationsAside(id); !aside) {
        return aside.error();
    }
    if (auto ok = open(id); !ok)
        return ok;
    if (!madeSince.isEmpty())
        m_document->importAnnotations(madeSince);
    flush();
    return {};
}

bool Workspace::hasUnsavableEdits() const
{
    return m_document->isOpen() && !m_document->annotationsError().isEmpty() && m_editedSinceOpen;
}

} // namespace Gloss
