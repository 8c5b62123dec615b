// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "meaningsdialog.h"

#include "swatch.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Gloss {

MeaningsDialog::MeaningsDialog(const HighlightPalette &palette, QWidget *parent)
    : QDialog(parent)
    , m_palette(palette)
{
    setObjectName(u"meaningsDialog"_s);
    setWindowTitle(tr("Colour Meanings"));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("What does each highlight colour mean to you?"), this));
    for (const auto &entry : palette.entries()) {
        auto *edit = new QLineEdit(entry.meaning, this);
        edit->setObjectName(u"meaning_"_s + entry.key);
        edit->setAccessibleName(tr("Meaning of colour %1").arg(entry.key));
        auto *swatch = new QLabel(this);
        swatch->setPixmap(Swatch::icon(entry.color).pixmap(16, 16));
        swatch->setBuddy(edit);
        form->addRow(swatch, edit);
        m_edits << edit;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

HighlightPalette MeaningsDialog::palette() const
{
    HighlightPalette p = m_palette;
    for (qsizetype i = 0; i < m_edits.size() && i < p.entries().size(); ++i)
        p.setMeaning(p.entries().at(i).key, m_edits.at(i)->text());
    return p;
}

} // namespace Gloss
