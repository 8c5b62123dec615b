// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/document.h"

#include "annotations/annotationcommands.h"
#include "entities/simpleentityextractor.h"
#include "library/librarystore.h"

namespace Gloss {

Document::Document(LibraryStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(&m_annotations, &AnnotationModel::annotationsChanged, this, [this] {
        if (!m_loading)
            save();
    });
}

Result<void> Document::open(const QString &id)
{
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
    m_annotations.setAnnotations(annotations ? annotations.value().annotations : QList<Annotation>{});
    m_entities.setEntities(SimpleEntityExtractor::extract(m_article.text));
    m_loading = false;
    Q_EMIT opened();
    return {};
}

Result<QString> Document::addHighlight(qsizetype start, qsizetype end, const QString &note)
{
    auto annotation = Annotation::create(m_article.text, start, end);
    if (!annotation)
        return annotation.error();
    annotation.value().note = note;
    const QString id = annotation.value().id;
    m_undoStack.push(new AddAnnotationCommand(&m_annotations, std::move(annotation).value()));
    return id;
}

void Document::removeAnnotation(const QString &id)
{
    if (m_annotations.rowOf(id) >= 0)
        m_undoStack.push(new RemoveAnnotationCommand(&m_annotations, id));
}

void Document::save()
{
    if (!isOpen())
        return;
    AnnotationSet set;
    set.annotations = m_annotations.annotations();
    set.unknown = m_annotationSetExtras;
    if (auto ok = m_store->saveAnnotations(m_id, set); !ok) {
        Q_EMIT saveFailed(ok.error().message);
        return;
    }
    Q_EMIT saved();
}

} // namespace Gloss
