// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"
#include "guitestutil.h"
#include "library/librarystore.h"
#include "mainwindow.h"
#include "readerbridge.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "startup.h"
#include "workflow/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using namespace Gloss;
using namespace GlossGuiTest;
using namespace Qt::StringLiterals;

namespace {
// WCAG relative luminance of "rgb(r, g, b)".
double luminance(const QString &css)
{
    static const QRegularExpression re(u"rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)"_s);
    const auto m = re.match(css);
    if (!m.hasMatch())
        return -1;
    double channels[3];
    for (int i = 0; i < 3; ++i) {
        const double c = m.captured(i + 1).toDouble() / 255.0;
        channels[i] = c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

double contrast(const QString &a, const QString &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void collect(const QMenu *menu, QList<QAction *> &out)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        out << a;
        if (a->menu())
            collect(a->menu(), out);
    }
}
} // namespace

class TestDesktopUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_store = std::make_unique<LibraryStore>(m_dir.filePath(u"library"_s));
        QVERIFY(m_store->ensureExists());
        m_workspace = std::make_unique<Workspace>(m_store->root());
        m_window = std::make_unique<MainWindow>(m_workspace.get());
        m_window->show();
        QVERIFY(m_window->openArticle(Startup::importSample(*m_store).value()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->bridge()->isReady(), 30000);
    }

    void cleanupTestCase() { m_window.reset(); }

    void menus_everyCommandReachableFromTheKeyboard()
    {
        int checked = 0;
        for (QAction *top : m_window->menuBar()->actions()) {
            QVERIFY2(top->text().contains(u'&'), qPrintable(top->text()));
            QList<QAction *> actions;
            collect(top->menu(), actions);
            QSet<QChar> accelerators;
            for (QAction *a : actions) {
                ++checked;
                const qsizetype amp = a->text().indexOf(u'&');
                const bool accelerator = amp >= 0 && amp + 1 < a->text().size();
                QVERIFY2(accelerator || !a->shortcut().isEmpty(),
                         qPrintable(
                             u"%1 → %2 has neither shortcut nor accelerator"_s.arg(top->text(), a->text())));
                if (accelerator && a->parent() != nullptr && actions.contains(a) && a->menu() == nullptr) {
                    // Every command has a name a screen reader can say.
                    QVERIFY(!a->text().remove(u'&').trimmed().isEmpty());
                }
                if (accelerator)
                    accelerators.insert(a->text().at(amp + 1).toLower());
            }
        }
        QVERIFY(checked > 30);
    }

    void shortcutsDialog_listsEveryShortcut()
    {
        ShortcutsDialog dialog(m_window->menuBar());
        int withShortcut = 0;
        for (QTreeWidgetItemIterator it(dialog.list()); *it; ++it)
            withShortcut += !(*it)->text(1).isEmpty();
        QVERIFY(withShortcut >= 20);
        QVERIFY(!dialog.list()->findItems(u"Highlight"_s, Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
    }

    void readerThemes_computedColours_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<QString>("background");
        QTest::newRow("light") << int(Appearance::Theme::Light) << u"rgb(253, 253, 251)"_s;
        QTest::newRow("sepia") << int(Appearance::Theme::Sepia) << u"rgb(244, 236, 216)"_s;
        QTest::newRow("dark") << int(Appearance::Theme::Dark) << u"rgb(29, 31, 35)"_s;
    }

    void readerThemes_computedColours()
    {
        QFETCH(int, theme);
        QFETCH(QString, background);
        Appearance a;
        a.theme = Appearance::Theme(theme);
        a.fontSize = 21;
        m_window->bridge()->setAppearance(a.toJson());
        // The size first: the light theme's colour is also the page's default.
        QTRY_COMPARE(js(*m_window, u"getComputedStyle(document.body).fontSize"_s).toString(), u"21px"_s);
        QTRY_COMPARE(
            js(*m_window, u"getComputedStyle(document.documentElement).backgroundColor"_s).toString(),
            background);
        const QString text =
            js(*m_window, u"getComputedStyle(document.querySelector('p')).color"_s).toString();
        QVERIFY2(contrast(text, background) >= 7.0, qPrintable(text));

        // Every highlight colour keeps the text readable, and each has its own underline style.
        QJsonArray highlights;
        const QStringList colours {u"yellow"_s, u"green"_s, u"blue"_s, u"pink"_s, u"orange"_s};
        for (int i = 0; i < colours.size(); ++i)
            highlights.append(QJsonObject {{"id"_L1, colours.at(i)},
                                           {"start"_L1, 20 * i},
                                           {"end"_L1, 20 * i + 10},
                                           {"color"_L1, colours.at(i)}});
        m_window->bridge()->setHighlights(highlights);
        QTRY_COMPARE(highlightCount(marksInPage(*m_window)), 5);
        QSet<QString> styles;
        for (const QString &c : colours) {
            const QString mark = u"document.querySelector('mark[data-color=\"%1\"]')"_s.arg(c);
            const QString bg = js(*m_window, u"getComputedStyle(%1).backgroundColor"_s.arg(mark)).toString();
            const QString fg = js(*m_window, u"getComputedStyle(%1).color"_s.arg(mark)).toString();
            QVERIFY2(contrast(fg, bg) >= 4.5, qPrintable(u"%1: %2 on %3"_s.arg(c, fg, bg)));
            styles.insert(js(*m_window, u"getComputedStyle(%1).textDecorationStyle"_s.arg(mark)).toString());
        }
        QCOMPARE(styles.size(), 5);
        m_window->bridge()->setHighlights({});
    }

    void settingsDialog_savesAppearance()
    {
        SettingsDialog dialog(m_window.get());
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(int(Appearance::Theme::Sepia)));
        dialog.fontSizeBox()->setValue(24);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"fr"_s));
        auto *images = dialog.findChild<QCheckBox *>(u"settingsLoadImages"_s);
        QVERIFY(images);
        QVERIFY(!images->isChecked()); // off unless the user asks
        images->setChecked(true);
        dialog.accept();
        QVERIFY(Appearance::load().loadImages);
        QCOMPARE(Appearance::load().theme, Appearance::Theme::Sepia);
        QCOMPARE(Appearance::load().fontSize, 24);
        QCOMPARE(SettingsDialog::language(), u"fr"_s);
        QSettings().remove(u"ui/language"_s);
        QSettings().remove(u"reader/loadImages"_s);
    }

    void uiStrings_areWrappedForTranslation()
    {
        // A user-visible string handed to a widget must come from tr().
        static const QRegularExpression unwrapped(
            u"(setText|setWindowTitle|setPlaceholderText|setToolTip|setStatusTip|setWhatsThis|"
            u"setAccessibleName|"
            "setAccessibleDescription|showMessage|setHeaderLabels|addItem|addMenu|setLabelText|information|"
            "warning|"
            "critical|question)\\(\\s*(u|QStringLiteral\\()?\"[^\"]*[A-Za-z]{2}"_s);
        const QDir ui(QStringLiteral(GLOSS_SOURCE_DIR "/ui"));
        QStringList problems;
        for (const QString &name : ui.entryList({u"*.cpp"_s}, QDir::Files)) {
            QFile f(ui.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            int line = 0;
            for (const QByteArray &raw : f.readAll().split('\n')) {
                ++line;
                const QString text = QString::fromUtf8(raw);
                if (unwrapped.match(text).hasMatch())
                    problems << u"%1:%2: %3"_s.arg(name).arg(line).arg(text.trimmed());
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestDesktopUi)
#include "tst_desktopui.moc"
