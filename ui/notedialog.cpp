// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notedialog.h"

#include "noteeditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

NoteDialog::NoteDialog(const QString &quote, const QString &note, QWidget *parent)
    : QDialog(parent), m_editor(new NoteEditor(this))
{
    setObjectName(u"noteDialog"_s);
    setWindowTitle(tr("Note"));
    auto *quoteLabel = new QLabel(this);
    quoteLabel->setWordWrap(true);
    quoteLabel->setTextFormat(Qt::PlainText);
    quoteLabel->setText(u"“%1”"_s.arg(quote.size() > 300 ? quote.left(300) + u'…' : quote));
    quoteLabel->setAccessibleName(tr("Highlighted text"));

    m_editor->setMarkdown(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quoteLabel);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(640, 360);
    m_editor->editor()->setFocus();
}

QString NoteDialog::note() const
{
    return m_editor->markdown().trimmed();
}

} // namespace Gloss
