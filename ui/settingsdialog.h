// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appearance.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace Gloss {

/// Gloss's settings (kept in QSettings): the language of the interface and
/// how the reader looks.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// The language code chosen ("" follows the system).
    static QString language();
    static void setLanguage(const QString &code);
    /// Languages Gloss has a translation for: code and name in that language.
    static QList<std::pair<QString, QString>> languages();

    Appearance appearance() const;
    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QSpinBox *fontSizeBox() const { return m_fontSize; }
    QLineEdit *authorEdit() const { return m_author; }

    /// Saves the choices.
    void accept() override;

Q_SIGNALS:
    void appearanceChanged(const Gloss::Appearance &appearance);

private:
    QComboBox *m_language;
    QComboBox *m_theme;
    QFontComboBox *m_font;
    QSpinBox *m_fontSize;
    QSpinBox *m_lineWidth;
    QCheckBox *m_loadImages;
    QLineEdit *m_author;
};

} // namespace Gloss
