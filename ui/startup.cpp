// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include "library/librarystore.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Gloss::Startup {

Result<QString> importSample(LibraryStore &store)
{
    QFile file(SampleResource);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Code::NotFound,
                      QCoreApplication::translate("Gloss::Startup", "The sample article is missing.")};
    return store.import(file.readAll(), u"palmyra.txt"_s);
}

Result<QString> initialArticle(LibraryStore &store)
{
    const QString last = QSettings().value("library/lastArticle"_L1).toString();
    if (!last.isEmpty() && store.articleIds().contains(last))
        return last;
    return importSample(store);
}

void prepareWebEngine()
{
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
}

bool installTranslations(const QLocale &locale)
{
    // Dates, times and numbers follow the interface language too.
    QLocale::setDefault(locale);
    // Qt takes the layout direction from this string's translation: "RTL" in
    // Arabic mirrors the whole interface.
    [[maybe_unused]] static const char *const direction =
        QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *gloss = new QTranslator(qApp);
    if (gloss->load(locale, u"gloss"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(gloss);
        return true;
    }
    delete gloss;
    return false;
}

} // namespace Gloss::Startup
