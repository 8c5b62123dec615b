// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteeditor.h"

#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace Gloss {

NoteEditor::NoteEditor(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document()))
{
    m_editor->setObjectName(u"noteSource"_s);
    m_editor->setAccessibleName(tr("Note (Markdown)"));
    m_editor->setPlaceholderText(tr("Write a note in Markdown…"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    m_preview->setObjectName(u"notePreview"_s);
    m_preview->setAccessibleName(tr("Note preview"));
    m_preview->setOpenLinks(false);

    auto &repository = SyntaxRepository::instance();
    m_highlighter->setDefinition(repository.definitionForName(u"Markdown"_s));
    m_highlighter->setTheme(SyntaxRepository::themeForPalette(palette()));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_preview);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(splitter);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &NoteEditor::updatePreview);
}

QString NoteEditor::markdown() const
{
    return m_editor->toPlainText();
}

void NoteEditor::setMarkdown(const QString &text)
{
    m_editor->setPlainText(text);
}

QString NoteEditor::definitionName() const
{
    return m_highlighter->definition().name();
}

void NoteEditor::updatePreview()
{
    m_preview->setMarkdown(m_editor->toPlainText());
}

} // namespace Gloss
