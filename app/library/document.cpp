// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/document.h"

#include "annotations/anchoring.h"
#include "annotations/annotationcommands.h"
#include "core/jsonfile.h"
#include "entities/entityextractor.h"
#include "library/librarystore.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
/// One correction of the entities; undo restores the list as it was.
class EntityCorrectionsCommand final : public QUndoCommand
{
public:
    EntityCorrectionsCommand(Document *document, EntityCorrections before, EntityCorrections after,
                             const QString &text)
        : m_document(document), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(text);
    }
    void redo() override { m_document->setEntityCorrections(m_after); }
    void undo() override { m_document->setEntityCorrections(m_before); }

private:
    Document *m_document;
    EntityCorrections m_before;
    EntityCorrections m_after;
};
} // namespace

Document::Document(LibraryStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &Document::save);
    connect(&m_annotations, &AnnotationModel::annotationsChanged, this, [this] {
        if (m_loading)
            return;
        m_annotationsDirty = true;
        scheduleSave();
    });
}

Document::~Document()
{
    flush();
}

void Document::scheduleSave()
{
    m_saveTimer.start();
}

void Document::setReadingPosition(double progress, qsizetype offset)
{
    if (!isOpen())
        return;
    progress = qBound(0.0, progress, 1.0);
    if (qFuzzyCompare(progress + 1, readingProgress() + 1) && offset == readingOffset())
        return;
    m_state.insert(QLatin1StringView("progress"), progress);
    m_state.insert(QLatin1StringView("position"), offset);
    m_stateDirty = true;
    scheduleSave();
}

double Document::readingProgress() const
{
    return m_state.value(QLatin1StringView("progress")).toDouble();
}

qsizetype Document::readingOffset() const
{
    return m_state.value(QLatin1StringView("position")).toInteger();
}

void Document::flush()
{
    if (m_saveTimer.isActive()) {
        m_saveTimer.stop();
        save();
    }
}

void Document::close()
{
    flush();
    m_loading = true;
    m_id.clear();
    m_article = Article();
    m_undoStack.clear();
    m_annotations.setAnnotations({});
    m_extractedEntities.clear();
    m_entityCorrections = {};
    m_entityCorrectionsError.clear();
    m_entityCorrectionsReadable = true;
    m_entityCorrectionsDirty = false;
    m_staleEntityCorrections = 0;
    m_entities.setEntities({});
    m_loading = false;
    Q_EMIT opened();
}

Result<void> Document::open(const QString &id)
{
    flush();
    auto article = m_store->loadArticle(id);
    if (!article)
        return article.error();
    auto annotations = m_store->loadAnnotations(id);

    m_loading = true;
    m_id = id;
    m_article = std::move(article).value();
    m_undoStack.clear();
    m_annotationsError = annotations ? QString() : annotations.error().message;
    m_annotationSetExtras = annotations ? annotations.value().unknown : QJsonObject();
    auto state = m_store->loadState(id);
    m_state = state ? state.value() : QJsonObject();
    m_stateDirty = false;
    m_annotationsDirty = false;
    m_annotations.setAnnotations(annotations ? annotations.value().annotations : QList<Annotation>{});
    loadEntityCorrections();
    refreshEntities(true);
    m_loading = false;
    Q_EMIT opened();
    return {};
}

Result<QString> Document::addHighlight(qsizetype start, qsizetype end, const QString &note,
                                       const QString &color, const QStringList &tags)
{
    if (m_annotations.rowCount() >= MaxAnnotations)
        return Error{Error::Code::TooLarge,
                     tr("This article already has %1 annotations, the most Gloss keeps for one article.").arg(MaxAnnotations)};
    if (note.size() > MaxNoteLength)
        return Error{Error::Code::TooLarge,
                     tr("The note is longer than %1 characters, the most Gloss keeps in one note.").arg(MaxNoteLength)};
    auto annotation = Annotation::create(m_article.text, start, end);
    if (!annotation)
        return annotation.error();
    annotation.value().note = note;
    annotation.value().color = color;
    annotation.value().tags = tags;
    const QString id = annotation.value().id;
    m_undoStack.push(new AddAnnotationCommand(&m_annotations, std::move(annotation).value()));
    return id;
}

QString Document::addNote(const QString &note, const QString &entity)
{
    Annotation a = Annotation::createNote(note, entity);
    const QString id = a.id;
    auto *command = new AddAnnotationCommand(&m_annotations, std::move(a));
    command->setText(entity.isEmpty() ? tr("Article Note") : tr("Entity Note"));
    m_undoStack.push(command);
    return id;
}

bool Document::editAnnotation(const Annotation &edited)
{
    const Annotation *current = m_annotations.find(edited.id);
    if (!current || edited.note.size() > MaxNoteLength)
        return false;
    Annotation after = edited;
    after.modified = QDateTime::currentDateTimeUtc();
    QString what = tr("Edit Annotation");
    if (current->note != after.note && current->color == after.color && current->tags == after.tags)
        what = tr("Edit Note");
    else if (current->color != after.color && current->note == after.note)
        what = tr("Change Colour");
    else if (current->tags != after.tags && current->note == after.note)
        what = tr("Edit Tags");
    m_undoStack.push(new EditAnnotationCommand(&m_annotations, *current, after, what));
    return true;
}

Result<void> Document::reattach(const QString &id, qsizetype start, qsizetype end)
{
    const Annotation *current = m_annotations.find(id);
    if (!current || !current->isPassage())
        return Error{Error::Code::NotFound, tr("There is no such highlight.")};
    Annotation after = *current;
    if (auto ok = after.attachTo(m_article.text, start, end); !ok)
        return ok;
    m_undoStack.push(new EditAnnotationCommand(&m_annotations, *current, after, tr("Re-attach Highlight")));
    return {};
}

bool Document::keepDetached(const QString &id)
{
    const Annotation *current = m_annotations.find(id);
    if (!current || !current->isPassage())
        return false;
    Annotation after = *current;
    after.needsReview = false;
    after.detached = true;
    m_undoStack.push(new EditAnnotationCommand(&m_annotations, *current, after, tr("Keep Detached")));
    return true;
}

void Document::removeAnnotation(const QString &id)
{
    if (m_annotations.rowOf(id) >= 0)
        m_undoStack.push(new RemoveAnnotationCommand(&m_annotations, id));
}

void Document::importAnnotations(const QList<Annotation> &annotations)
{
    if (annotations.isEmpty())
        return;
    m_undoStack.beginMacro(tr("Import %n Annotation(s)", nullptr, int(annotations.size())));
    for (const Annotation &a : annotations) {
        if (m_annotations.find(a.id))
            m_undoStack.push(new EditAnnotationCommand(&m_annotations, *m_annotations.find(a.id), a,
                                                       tr("Update Annotation")));
        else
            m_undoStack.push(new AddAnnotationCommand(&m_annotations, a));
    }
    m_undoStack.endMacro();
}

Result<Document::ReanchorReport> Document::replaceArticle(const Article &article)
{
    if (!isOpen())
        return Error{Error::Code::NotFound, tr("No article is open.")};
    if (auto ok = m_store->saveArticle(m_id, article); !ok)
        return ok.error();
    QList<Annotation> annotations = m_annotations.annotations();
    QList<Annotation> passages;
    for (const Annotation &a : std::as_const(annotations))
        if (a.isPassage() && !a.detached)
            passages << a;
    const QList<Anchoring::Match> matches = Anchoring::anchorAll(article.text, passages);
    ReanchorReport report;
    qsizetype next = 0;
    for (Annotation &a : annotations) {
        if (!a.isPassage() || a.detached)
            continue;
        const Anchoring::Match &m = matches.at(next++);
        switch (m.status) {
        case Anchoring::Status::Exact:
        case Anchoring::Status::Moved:
        case Anchoring::Status::Fuzzy: {
            if (auto ok = a.attachTo(article.text, m.start, m.end); !ok) {
                a.needsReview = true;
                ++report.needsReview;
                break;
            }
            report.exact += m.status == Anchoring::Status::Exact;
            report.moved += m.status == Anchoring::Status::Moved;
            report.fuzzy += m.status == Anchoring::Status::Fuzzy;
            break;
        }
        case Anchoring::Status::NeedsReview:
        case Anchoring::Status::NotFound:
            // Keep the old quote and context: they say what the user meant.
            a.needsReview = true;
            if (m.start >= 0 && m.end > m.start) {
                a.start = m.start;
                a.end = m.end;
            }
            ++report.needsReview;
            break;
        }
    }
    m_loading = true;
    m_article = article;
    m_undoStack.clear();
    m_annotations.setAnnotations(annotations);
    refreshEntities(true);
    m_loading = false;
    m_saveTimer.stop();
    m_annotationsDirty = true;
    save();
    Q_EMIT opened();
    Q_EMIT articleReplaced(report);
    return report;
}

Result<Document::ReanchorReport> Document::restoreRemoved(qsizetype index)
{
    if (!isOpen() || index < 0 || index >= m_article.removed.size())
        return Error{Error::Code::NotFound, tr("There is no such removed text.")};
    Article article = m_article;
    const RemovedBlock restored = article.removed.takeAt(index);
    const qsizetype at = qBound<qsizetype>(0, restored.beforeBlock, article.blocks.size());
    Block block;
    block.kind = Block::Kind::Paragraph;
    block.text = restored.text;
    article.blocks.insert(at, block);
    // Text removed after this point now stands one block further on.
    for (qsizetype i = 0; i < article.removed.size(); ++i)
        if (article.removed[i].beforeBlock > at || (article.removed[i].beforeBlock == at && i >= index))
            ++article.removed[i].beforeBlock;
    article.rebuildText();
    return replaceArticle(article);
}

Result<Document::ReanchorReport> Document::reclean()
{
    auto article = m_store->recleanSource(m_id);
    if (!article)
        return article.error();
    if (article.value().text == m_article.text) {
        ReanchorReport unchanged;
        for (const Annotation &a : m_annotations.annotations())
            unchanged.exact += a.isAnchored();
        return unchanged;
    }
    return replaceArticle(article.value());
}

void Document::save()
{
    if (!isOpen())
        return;
    if (m_stateDirty) {
        if (auto ok = m_store->saveState(m_id, m_state); !ok) {
            Q_EMIT saveFailed(ok.error().message);
            return;
        }
        m_stateDirty = false;
    }
    bool refused = false;
    if (m_entityCorrectionsDirty) {
        const QString path = m_store->articleDir(m_id) + u"/entities.json"_s;
        if (!m_entityCorrectionsReadable) {
            // Reported once per change; the annotations are still saved.
            m_entityCorrectionsDirty = false;
            refused = true;
            Q_EMIT saveFailed(tr("The entity corrections of this article could not be read, so Gloss does not "
                                 "save over them. Repair or move %1 and reopen the article.")
                                  .arg(path));
        } else if (auto ok = m_store->saveEntityCorrections(m_id, m_entityCorrections.toJson()); !ok) {
            Q_EMIT saveFailed(ok.error().message);
            return;
        } else {
            m_entityCorrectionsDirty = false;
        }
    }
    if (!m_annotationsDirty) {
        if (!refused)
            Q_EMIT saved();
        return;
    }
    AnnotationSet set;
    set.annotations = m_annotations.annotations();
    set.unknown = m_annotationSetExtras;
    if (auto ok = m_store->saveAnnotations(m_id, set); !ok) {
        Q_EMIT saveFailed(ok.error().message);
        return;
    }
    m_annotationsDirty = false;
    if (!refused)
        Q_EMIT saved();
}

void Document::loadEntityCorrections()
{
    m_entityCorrections = {};
    m_entityCorrectionsError.clear();
    m_entityCorrectionsReadable = true;
    m_entityCorrectionsDirty = false;
    const QString path = m_store->articleDir(m_id) + u"/entities.json"_s;
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return;
    auto object = JsonFile::readObject(path);
    auto corrections = object ? EntityCorrections::fromJson(object.value())
                              : Result<EntityCorrections>(object.error());
    if (!corrections) {
        m_entityCorrectionsError = corrections.error().message;
        m_entityCorrectionsReadable = false;
        return;
    }
    m_entityCorrections = std::move(corrections).value();
}

void Document::refreshEntities(bool extract)
{
    if (extract)
        m_extractedEntities = EntityExtractor::shared().extract(m_article);
    QList<Entity> entities = m_extractedEntities;
    m_staleEntityCorrections = m_entityCorrections.apply(entities, m_article.text);
    m_entities.setEntities(std::move(entities));
}

void Document::setEntityCorrections(const EntityCorrections &corrections)
{
    if (!isOpen() || corrections == m_entityCorrections)
        return;
    m_entityCorrections = corrections;
    refreshEntities(false);
    m_entityCorrectionsDirty = true;
    scheduleSave();
}

void Document::addEntityCorrection(const EntityCorrection &correction)
{
    if (!isOpen())
        return;
    EntityCorrections corrections = m_entityCorrections;
    corrections.corrections.append(correction);
    QString what;
    switch (correction.kind) {
    case EntityCorrection::Kind::Rename:
        what = tr("Rename Entity");
        break;
    case EntityCorrection::Kind::Merge:
        what = tr("Merge Entities");
        break;
    case EntityCorrection::Kind::Split:
        what = tr("Split Off Mention");
        break;
    case EntityCorrection::Kind::ChangeType:
        what = tr("Change Entity Type");
        break;
    case EntityCorrection::Kind::SetRole:
        what = tr("Set Role");
        break;
    case EntityCorrection::Kind::Remove:
        what = tr("Delete Entity");
        break;
    case EntityCorrection::Kind::Add:
        what = tr("Add Entity");
        break;
    }
    m_undoStack.push(new EntityCorrectionsCommand(this, m_entityCorrections, corrections, what));
}

} // namespace Gloss
