// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "export/exportoptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

QList<std::pair<QString, QString>> SettingsDialog::languages()
{
    // Each name in its own language, so anyone can find theirs.
    return {
        {u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"fr"_s, u"Français"_s}, {u"ar"_s, u"العربية"_s}};
}

QString SettingsDialog::language()
{
    return QSettings().value("ui/language"_L1).toString();
}

void SettingsDialog::setLanguage(const QString &code)
{
    QSettings().setValue("ui/language"_L1, code);
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_font(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_lineWidth(new QSpinBox(this))
    , m_loadImages(new QCheckBox(tr("Load &images from the web"), this))
    , m_author(new QLineEdit(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(u"settingsLanguage"_s);
    m_language->addItem(tr("System language"), QString());
    for (const auto &[code, name] : languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language())));
    auto *restartNote = new QLabel(tr("A new language applies when Gloss starts next."), this);
    restartNote->setWordWrap(true);

    const Appearance current = Appearance::load();
    m_theme->setObjectName(u"settingsTheme"_s);
    m_theme->addItem(tr("Follow the system"), int(Appearance::Theme::System));
    m_theme->addItem(tr("Light"), int(Appearance::Theme::Light));
    m_theme->addItem(tr("Sepia"), int(Appearance::Theme::Sepia));
    m_theme->addItem(tr("Dark"), int(Appearance::Theme::Dark));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(current.theme))));

    m_font->setObjectName(u"settingsFont"_s);
    m_font->setFontFilters(QFontComboBox::ScalableFonts);
    if (!current.fontFamily.isEmpty())
        m_font->setCurrentFont(QFont(current.fontFamily));
    auto *defaultFont = new QCheckBox(tr("Reader default (serif)"), this);
    defaultFont->setObjectName(u"settingsDefaultFont"_s);
    defaultFont->setChecked(current.fontFamily.isEmpty());
    m_font->setEnabled(!defaultFont->isChecked());
    connect(defaultFont, &QCheckBox::toggled, m_font, &QWidget::setDisabled);
    m_font->setProperty("useDefault", defaultFont->isChecked());
    connect(defaultFont, &QCheckBox::toggled, this,
            [this](bool on) { m_font->setProperty("useDefault", on); });

    m_fontSize->setObjectName(u"settingsFontSize"_s);
    m_fontSize->setRange(10, 40);
    m_fontSize->setSuffix(tr(" px"));
    m_fontSize->setValue(current.fontSize);
    m_lineWidth->setObjectName(u"settingsLineWidth"_s);
    m_lineWidth->setRange(40, 160);
    m_lineWidth->setSuffix(tr(" characters"));
    m_lineWidth->setValue(current.lineWidth * 2); // an em holds about two characters of text

    m_loadImages->setObjectName(u"settingsLoadImages"_s);
    m_loadImages->setChecked(current.loadImages);
    auto *imagesNote = new QLabel(
        tr("Off, figures show their descriptions and Gloss makes no network request while you read. "
           "On, only the pictures are fetched, without cookies or the address of what you read."),
        this);
    imagesNote->setWordWrap(true);

    m_author->setObjectName(u"settingsAuthor"_s);
    m_author->setText(QSettings().value("export/author"_L1).toString());
    m_author->setPlaceholderText(ExportOptions::defaultAuthor());
    m_author->setToolTip(tr("The author of the notes in exported PDFs"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restartNote);
    form->addRow(tr("Reader &theme:"), m_theme);
    form->addRow(tr("&Font:"), m_font);
    form->addRow(QString(), defaultFont);
    form->addRow(tr("Font &size:"), m_fontSize);
    form->addRow(tr("Line &width:"), m_lineWidth);
    form->addRow(tr("Pictures:"), m_loadImages);
    form->addRow(QString(), imagesNote);
    form->addRow(tr("Your &name:"), m_author);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Appearance SettingsDialog::appearance() const
{
    Appearance a;
    a.theme = Appearance::Theme(m_theme->currentData().toInt());
    a.fontFamily = m_font->property("useDefault").toBool() ? QString() : m_font->currentFont().family();
    a.fontSize = m_fontSize->value();
    a.lineWidth = qMax(20, m_lineWidth->value() / 2);
    a.loadImages = m_loadImages->isChecked();
    return a;
}

void SettingsDialog::accept()
{
    setLanguage(m_language->currentData().toString());
    ExportOptions::setAuthor(m_author->text());
    const Appearance a = appearance();
    a.save();
    Q_EMIT appearanceChanged(a);
    QDialog::accept();
}

} // namespace Gloss
