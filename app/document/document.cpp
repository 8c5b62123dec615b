// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"

#include "commands/annotationcommands.h"
#include "commands/entitycorrectionscommand.h"
#include "entities/entityextractor.h"

using namespace Qt::StringLiterals;

namespace Gloss {

Document::Document(QObject *parent)
    : QObject(parent)
{
    connect(&m_annotations, &AnnotationModel::annotationsChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited(Part::Annotations);
    });
}

void Document::load(ArticleContent content)
{
    m_loading = true;
    m_content = std::move(content);
    m_undoStack.clear();
    m_annotations.setAnnotations(m_content.annotations);
    m_content.annotations.clear(); // the model holds them from here on
    refreshEntities(true);
    m_loading = false;
    Q_EMIT opened();
}

void Document::close()
{
    load({});
}

void Document::setReadingPosition(double progress, qsizetype offset)
{
    if (!isOpen())
        return;
    progress = qBound(0.0, progress, 1.0);
    if (qFuzzyCompare(progress + 1, readingProgress() + 1) && offset == readingOffset())
        return;
    m_content.state.insert("progress"_L1, progress);
    m_content.state.insert("position"_L1, offset);
    Q_EMIT edited(Part::State);
}

double Document::readingProgress() const
{
    return m_content.state.value("progress"_L1).toDouble();
}

qsizetype Document::readingOffset() const
{
    return m_content.state.value("position"_L1).toInteger();
}

Result<QString> Document::addHighlight(qsizetype start, qsizetype end, const QString &note,
                                       const QString &color, const QStringList &tags)
{
    if (m_annotations.rowCount() >= MaxAnnotations)
        return Error {Error::Code::TooLarge,
                      tr("This article already has %1 annotations, the most Gloss keeps for one article.")
                          .arg(MaxAnnotations)};
    if (note.size() > MaxNoteLength)
        return Error {Error::Code::TooLarge,
                      tr("The note is longer than %1 characters, the most Gloss keeps in one note.")
                          .arg(MaxNoteLength)};
    auto annotation = Annotation::create(m_content.article.text, start, end);
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
        return Error {Error::Code::NotFound, tr("There is no such highlight.")};
    Annotation after = *current;
    if (auto ok = after.attachTo(m_content.article.text, start, end); !ok)
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

void Document::replaceArticle(const Article &article, const QList<Annotation> &annotations)
{
    m_loading = true;
    m_content.article = article;
    m_undoStack.clear();
    m_annotations.setAnnotations(annotations);
    refreshEntities(true);
    m_loading = false;
    Q_EMIT opened();
}

void Document::refreshEntities(bool extract)
{
    if (!isOpen()) {
        m_extractedEntities.clear();
        m_staleEntityCorrections = 0;
        m_entities.setEntities({});
        return;
    }
    if (extract)
        m_extractedEntities = EntityExtractor::shared().extract(m_content.article);
    QList<Entity> entities = m_extractedEntities;
    m_staleEntityCorrections = m_content.entityCorrections.apply(entities, m_content.article.text);
    m_entities.setEntities(std::move(entities));
}

void Document::setEntityCorrections(const EntityCorrections &corrections)
{
    if (!isOpen() || corrections == m_content.entityCorrections)
        return;
    m_content.entityCorrections = corrections;
    refreshEntities(false);
    Q_EMIT edited(Part::EntityCorrections);
}

void Document::addEntityCorrection(const EntityCorrection &correction)
{
    if (!isOpen())
        return;
    EntityCorrections corrections = m_content.entityCorrections;
    corrections.corrections.append(correction);
    m_undoStack.push(
        new EntityCorrectionsCommand([this](const EntityCorrections &list) { setEntityCorrections(list); },
                                     m_content.entityCorrections, corrections, correction.kind));
}

} // namespace Gloss
