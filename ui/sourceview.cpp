// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceview.h"

#include "article/cleaner.h"
#include "core/jsonfile.h"
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
// Past this size the text is shown without colours: highlighting megabytes
// of markup would freeze the window.
constexpr qsizetype MaxHighlightedChars = 2 * 1024 * 1024;
} // namespace

SourceView::SourceView(const QString &source, const QString &article, const QString &annotations,
                       QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"sourceView"_s);
    setWindowTitle(tr("Source"));
    if (!source.isEmpty())
        addTab(tr("Original source"), source, source.endsWith(u".html"_s) ? u"HTML"_s : QString());
    addTab(tr("Stored article"), article, u"JSON"_s);
    if (QFileInfo::exists(annotations))
        addTab(tr("Stored annotations"), annotations, u"JSON"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(900, 650);
}

QPlainTextEdit *SourceView::addTab(const QString &title, const QString &path, const QString &definition)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setAccessibleName(title);
    edit->setObjectName(u"sourceTab%1"_s.arg(m_tabs->count()));
    auto bytes = JsonFile::readBytes(path, Cleaner::MaxInputBytes);
    const QString text = bytes ? Cleaner::decode(bytes.value()) : bytes.error().message;
    edit->setPlainText(text);
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(edit->document());
    auto &repository = SyntaxRepository::instance();
    if (!definition.isEmpty() && bytes && text.size() <= MaxHighlightedChars)
        highlighter->setDefinition(repository.definitionForName(definition));
    highlighter->setTheme(SyntaxRepository::themeForPalette(palette()));
    highlighter->rehighlight();
    m_highlighters << highlighter;
    m_tabs->addTab(edit, title);
    return edit;
}

QString SourceView::definitionName(int index) const
{
    return index >= 0 && index < m_highlighters.size() ? m_highlighters.at(index)->definition().name()
                                                       : QString();
}

} // namespace Gloss
