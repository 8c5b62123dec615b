// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "swatch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Gloss {

ExportDialog::ExportDialog(const HighlightPalette &palette, const QStringList &tags,
                           const QString &suggestedName, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_paper(new QComboBox(this))
    , m_notes(new QCheckBox(tr("Include the &notes section"), this))
    , m_entities(new QCheckBox(tr("Include an &index of people, organisations and places"), this))
    , m_colors(new QListWidget(this))
    , m_tags(new QLineEdit(this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export"));
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("Annotated PDF"), int(ExportFormat::Pdf));
    m_format->addItem(tr("Markdown (Obsidian, Zotero)"), int(ExportFormat::Markdown));
    m_format->addItem(tr("HTML page"), int(ExportFormat::Html));
    m_format->addItem(tr("W3C Web Annotations (JSON-LD)"), int(ExportFormat::W3c));

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = suggestedName;
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"-"_s);
    m_path->setObjectName(u"exportPath"_s);
    m_path->setText(QDir(folder).filePath(name.left(80) + u".pdf"_s));
    m_path->setAccessibleName(tr("File to write"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Export To"), m_path->text());
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSuffix);

    m_paper->setObjectName(u"exportPaper"_s);
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_paper->setCurrentIndex(1);
    m_notes->setChecked(true);

    m_colors->setObjectName(u"exportColors"_s);
    m_colors->setAccessibleName(tr("Highlight colours to include"));
    for (const auto &e : palette.entries()) {
        auto *item = new QListWidgetItem(Swatch::icon(e.color), e.meaning, m_colors);
        item->setData(Qt::UserRole, e.key);
        item->setCheckState(Qt::Checked);
    }
    m_colors->setMaximumHeight(m_colors->sizeHintForRow(0) * 6);
    m_tags->setObjectName(u"exportTags"_s);
    m_tags->setPlaceholderText(tags.isEmpty() ? tr("No tags yet") : tags.join(u", "_s));
    m_tags->setAccessibleName(tr("Only annotations with these tags"));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Save as:"), pathRow);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(QString(), m_notes);
    form->addRow(QString(), m_entities);
    form->addRow(tr("&Colours:"), m_colors);
    form->addRow(tr("Only &tags:"), m_tags);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ExportDialog::updateSuffix()
{
    const QFileInfo info(m_path->text());
    m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + Exporter::suffix(format())));
    const bool pdf = format() == ExportFormat::Pdf;
    m_paper->setEnabled(pdf);
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

QString ExportDialog::path() const
{
    return m_path->text();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    o.notesSection = m_notes->isChecked();
    o.entityIndex = m_entities->isChecked();
    QStringList colors;
    bool all = true;
    for (int i = 0; i < m_colors->count(); ++i) {
        if (m_colors->item(i)->checkState() == Qt::Checked)
            colors << m_colors->item(i)->data(Qt::UserRole).toString();
        else
            all = false;
    }
    if (!all)
        o.colors = colors.isEmpty() ? QStringList {u"-"_s} : colors;
    for (const QString &t : m_tags->text().split(u',', Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            o.tags << t.trimmed();
    return o;
}

} // namespace Gloss
