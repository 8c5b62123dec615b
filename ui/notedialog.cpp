// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notedialog.h"

#include "annotations/highlightpalette.h"
#include "noteeditor.h"
#include "swatch.h"
#include "text/bidi.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

NoteDialog::NoteDialog(const QString &subject, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_editor(new NoteEditor(this))
    , m_tags(new QLineEdit(this))
    , m_color(new QComboBox(this))
{
    setObjectName(u"noteDialog"_s);
    setWindowTitle(tr("Note"));
    auto *subjectLabel = new QLabel(this);
    subjectLabel->setWordWrap(true);
    subjectLabel->setTextFormat(Qt::PlainText);
    // The quote keeps its own direction whatever the interface's (item 6 of #18).
    subjectLabel->setText(Bidi::isolated(subject.size() > 300 ? subject.left(300) + u'…' : subject));
    subjectLabel->setAccessibleName(tr("Annotated text"));

    m_editor->setMarkdown(note);
    m_tags->setObjectName(u"noteTags"_s);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. source, check"));
    m_tags->setAccessibleName(tr("Tags"));
    m_color->setObjectName(u"noteColor"_s);
    m_color->setAccessibleName(tr("Highlight colour"));
    m_color->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Tags:"), m_tags);
    auto *colorLabel = new QLabel(tr("&Colour:"), this);
    colorLabel->setBuddy(m_color);
    colorLabel->setVisible(false);
    colorLabel->setObjectName(u"noteColorLabel"_s);
    form->addRow(colorLabel, m_color);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(subjectLabel);
    layout->addWidget(m_editor, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(680, 420);
    m_editor->editor()->setFocus();
}

void NoteDialog::setTags(const QStringList &tags)
{
    m_tags->setText(tags.join(u", "_s));
}

void NoteDialog::setColorChoice(const HighlightPalette &palette, const QString &current)
{
    m_color->clear();
    for (const auto &entry : palette.entries())
        m_color->addItem(Swatch::icon(entry.color), entry.meaning, entry.key);
    m_color->setCurrentIndex(qMax(0, m_color->findData(current)));
    m_color->setVisible(true);
    if (auto *label = findChild<QLabel *>(u"noteColorLabel"_s))
        label->setVisible(true);
}

QString NoteDialog::note() const
{
    return m_editor->markdown().trimmed();
}

QStringList NoteDialog::tags() const
{
    QStringList out;
    for (const QString &t : m_tags->text().split(u',', Qt::SkipEmptyParts))
        if (const QString tag = t.simplified(); !tag.isEmpty() && !out.contains(tag))
            out << tag;
    return out;
}

QString NoteDialog::color() const
{
    return m_color->currentData().toString();
}

} // namespace Gloss
