// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationactions.h"

#include "annotationdock.h"
#include "document/document.h"
#include "meaningsdialog.h"
#include "notedialog.h"
#include "readerbridge.h"
#include "swatch.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>
#include <QTreeView>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
QAction *makeAction(QObject *parent, const QString &objectName, const QString &iconName, const QString &text,
                    const QKeySequence &shortcut = {})
{
    auto *action = new QAction(QIcon::fromTheme(iconName), text, parent);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    return action;
}
} // namespace

AnnotationActions::AnnotationActions(Document *document, ReaderBridge *bridge, AnnotationDock *dock,
                                     QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_bridge(bridge)
    , m_dock(dock)
    , m_window(window)
    , m_highlight(makeAction(this, u"actionHighlight"_s, u"draw-highlight"_s, tr("&Highlight"),
                             QKeySequence(tr("Ctrl+H"))))
    , m_highlightNote(makeAction(this, u"actionHighlightNote"_s, u"document-edit"_s,
                                 tr("Highlight with &Note…"), QKeySequence(tr("Ctrl+Shift+H"))))
    , m_editNote(makeAction(this, u"actionEditNote"_s, u"document-edit"_s, tr("&Edit Note…"),
                            QKeySequence(tr("F2"))))
    , m_remove(makeAction(this, u"actionDeleteHighlight"_s, u"edit-delete"_s, tr("&Delete Annotation"),
                          QKeySequence::Delete))
    , m_articleNote(makeAction(this, u"actionArticleNote"_s, u"note"_s, tr("Note on the &Article…"),
                               QKeySequence(tr("Ctrl+Shift+N"))))
    , m_next(makeAction(this, u"actionNextHighlight"_s, u"go-down"_s, tr("Ne&xt Highlight"),
                        QKeySequence(tr("F8"))))
    , m_previous(makeAction(this, u"actionPreviousHighlight"_s, u"go-up"_s, tr("Pre&vious Highlight"),
                            QKeySequence(tr("Shift+F8"))))
    , m_reattach(makeAction(this, u"actionReattach"_s, u"insert-link"_s, tr("Re-attach to &Selection"),
                            QKeySequence(tr("Ctrl+Shift+R"))))
    , m_keepDetached(makeAction(this, u"actionKeepDetached"_s, u"remove-link"_s, tr("&Keep Detached")))
    , m_meanings(makeAction(this, u"actionColorMeanings"_s, u"color-management"_s, tr("Colour &Meanings…")))
    , m_colors(new QActionGroup(this))
    , m_colorMenu(new QMenu(tr("Highlight &Colour"), window))
{
    m_highlight->setEnabled(false);
    m_highlightNote->setEnabled(false);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editNote->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_dock->view()->addActions({m_editNote, m_remove, m_reattach, m_keepDetached});
    m_colorMenu->setObjectName(u"menuHighlightColour"_s);
    m_colors->setExclusive(true);
    rebuildColorMenu();

    connect(m_highlight, &QAction::triggered, this, [this] { highlightSelection(false); });
    connect(m_highlightNote, &QAction::triggered, this, [this] { highlightSelection(true); });
    connect(m_editNote, &QAction::triggered, this, [this] {
        if (const QString id = m_dock->currentId(); !id.isEmpty())
            editAnnotation(id);
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        if (const QString id = m_dock->currentId(); !id.isEmpty())
            m_document->removeAnnotation(id);
    });
    connect(m_articleNote, &QAction::triggered, this, [this] {
        NoteDialog dialog(tr("Note on “%1”").arg(m_document->article().title), {}, m_window);
        if (dialog.exec() == QDialog::Accepted && !dialog.note().isEmpty()) {
            const QString id = m_document->addNote(dialog.note());
            if (!dialog.tags().isEmpty()) {
                Annotation edited = *m_document->annotations()->find(id);
                edited.tags = dialog.tags();
                m_document->editAnnotation(edited);
            }
        }
    });
    connect(m_next, &QAction::triggered, this, [this] { step(+1); });
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    connect(m_reattach, &QAction::triggered, this, [this] {
        const QString id = m_dock->currentId();
        if (id.isEmpty() || !m_bridge->hasSelection())
            return;
        if (m_document->reattach(id, m_bridge->selectionStart(), m_bridge->selectionEnd()))
            focus(id);
    });
    connect(m_keepDetached, &QAction::triggered, this, [this] {
        if (const QString id = m_dock->currentId(); !id.isEmpty())
            m_document->keepDetached(id);
    });
    connect(m_meanings, &QAction::triggered, this, [this] {
        MeaningsDialog dialog(m_document->annotations()->palette(), m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        dialog.palette().save();
        m_document->annotations()->setPalette(dialog.palette());
        m_dock->refreshPalette();
        rebuildColorMenu();
    });

    connect(m_bridge, &ReaderBridge::selectionChanged, this, &AnnotationActions::updateEnabled);
    connect(m_document->annotations(), &AnnotationModel::annotationsChanged, this,
            &AnnotationActions::updateEnabled);
    connect(m_bridge, &ReaderBridge::highlightActivated, this, &AnnotationActions::focus);
    connect(m_dock, &AnnotationDock::annotationActivated, this, &AnnotationActions::focus);
    connect(m_dock->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AnnotationActions::updateEnabled);
    updateEnabled();
}

void AnnotationActions::rebuildColorMenu()
{
    const QString current = currentColor().isEmpty()
        ? QSettings().value("highlights/current"_L1, HighlightPalette::DefaultColor).toString()
        : currentColor();
    qDeleteAll(m_colors->actions());
    m_colorMenu->clear();
    int n = 1;
    for (const auto &entry : m_document->annotations()->palette().entries()) {
        auto *a = new QAction(Swatch::icon(entry.color), entry.meaning, m_colors);
        a->setObjectName(u"actionColor_"_s + entry.key);
        a->setCheckable(true);
        a->setData(entry.key);
        a->setShortcut(QKeySequence(tr("Alt+%1").arg(n++)));
        a->setChecked(entry.key == current);
        connect(a, &QAction::triggered, this, [this, key = entry.key] { setCurrentColor(key); });
        m_colorMenu->addAction(a);
    }
    if (!m_colors->checkedAction() && !m_colors->actions().isEmpty())
        m_colors->actions().first()->setChecked(true);
    m_colorMenu->addSeparator();
    m_colorMenu->addAction(m_meanings);
}

QString AnnotationActions::currentColor() const
{
    const QAction *checked = m_colors->checkedAction();
    return checked ? checked->data().toString() : QString();
}

void AnnotationActions::setCurrentColor(const QString &key)
{
    for (QAction *a : m_colors->actions())
        if (a->data().toString() == key)
            a->setChecked(true);
    QSettings().setValue("highlights/current"_L1, key);
}

void AnnotationActions::highlightSelection(bool askForNote)
{
    if (m_readOnly || !m_document->isOpen() || !m_bridge->hasSelection())
        return;
    const qsizetype start = m_bridge->selectionStart();
    const qsizetype end = m_bridge->selectionEnd();
    QString note, color = currentColor();
    QStringList tags;
    if (askForNote) {
        NoteDialog dialog(m_document->article().text.mid(start, end - start), {}, m_window);
        dialog.setColorChoice(m_document->annotations()->palette(), color);
        if (dialog.exec() != QDialog::Accepted)
            return;
        note = dialog.note();
        tags = dialog.tags();
        color = dialog.color();
    }
    auto id = m_document->addHighlight(start, end, note, color, tags);
    if (id)
        m_focused = id.value();
    else
        Q_EMIT m_bridge->statusMessage(id.error().message);
}

void AnnotationActions::editAnnotation(const QString &id)
{
    const Annotation *current = m_document->annotations()->find(id);
    if (!current)
        return;
    const QString subject = current->isPassage() ? current->exact
        : current->entity.isEmpty()              ? tr("Note on “%1”").arg(m_document->article().title)
                                                 : tr("Note on %1").arg(current->entity);
    NoteDialog dialog(subject, current->note, m_window);
    dialog.setTags(current->tags);
    if (current->isPassage())
        dialog.setColorChoice(m_document->annotations()->palette(), current->color);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Annotation edited = *current;
    edited.note = dialog.note();
    edited.tags = dialog.tags();
    if (current->isPassage())
        edited.color = dialog.color();
    if (edited.note != current->note || edited.tags != current->tags || edited.color != current->color)
        m_document->editAnnotation(edited);
}

void AnnotationActions::noteOnEntity(const QString &name)
{
    NoteDialog dialog(tr("Note on %1").arg(name), {}, m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.note().isEmpty())
        m_document->addNote(dialog.note(), name);
}

void AnnotationActions::focus(const QString &id)
{
    const Annotation *a = m_document->annotations()->find(id);
    if (!a)
        return;
    m_focused = id;
    m_dock->select(id);
    if (a->isAnchored())
        Q_EMIT m_bridge->focusRequested(id);
}

void AnnotationActions::step(int direction)
{
    QList<const Annotation *> anchored;
    for (const Annotation &a : m_document->annotations()->annotations())
        if (a.isAnchored())
            anchored << &a;
    if (anchored.isEmpty())
        return;
    std::sort(anchored.begin(), anchored.end(), [](const Annotation *l, const Annotation *r) {
        return l->start != r->start ? l->start < r->start : l->end < r->end;
    });
    qsizetype index = -1;
    for (qsizetype i = 0; i < anchored.size(); ++i)
        if (anchored[i]->id == m_focused)
            index = i;
    if (index < 0)
        index = direction > 0 ? 0 : anchored.size() - 1;
    else
        index = (index + direction + anchored.size()) % anchored.size();
    focus(anchored[index]->id);
}

void AnnotationActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void AnnotationActions::updateEnabled()
{
    const bool editable = !m_readOnly && m_document->isOpen();
    m_articleNote->setEnabled(editable);
    const bool selection = editable && m_bridge->hasSelection();
    m_highlight->setEnabled(selection);
    m_highlightNote->setEnabled(selection);
    const QString id = m_dock->currentId();
    const Annotation *current = id.isEmpty() ? nullptr : m_document->annotations()->find(id);
    m_editNote->setEnabled(editable && current);
    m_remove->setEnabled(editable && current);
    const bool reviewable = current && current->isPassage() && (current->needsReview || current->detached);
    m_reattach->setEnabled(reviewable && selection);
    m_keepDetached->setEnabled(editable && current && current->needsReview);
}

} // namespace Gloss
