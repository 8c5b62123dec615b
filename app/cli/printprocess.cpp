// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/printprocess.h"

#include "cli/commands.h"
#include "workflow/progress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Gloss::Cli {

namespace {
constexpr int PrintTimeoutMs = 10 * 60 * 1000;
} // namespace

QString PrintProcess::program()
{
    if (const QString env = qEnvironmentVariable("GLOSS_PRINT_PDF"); !env.isEmpty())
        return env;
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(u"gloss-print-pdf"_s), here.filePath(u"../ui/gloss-print-pdf"_s)})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return QStandardPaths::findExecutable(u"gloss-print-pdf"_s);
}

Result<void> PrintProcess::printToPdf(const QString &htmlPath, const QString &pdfPath,
                                      QPageSize::PageSizeId paper, Progress &progress)
{
    const QString printer = program();
    if (printer.isEmpty())
        return Error {Error::Code::NotFound,
                      QCoreApplication::translate(
                          "Gloss::Cli",
                          "Making a PDF needs the gloss-print-pdf program (part of the desktop app), which "
                          "was not found.")};
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s); // no window, no display needed
    if (!m_verbose)
        env.insert(u"QT_LOGGING_RULES"_s, u"qt.webenginecontext.debug=false;*.info=false"_s);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(m_verbose ? QProcess::ForwardedChannels : QProcess::MergedChannels);
    process.start(printer,
                  {u"--paper"_s, paper == QPageSize::Letter ? u"letter"_s : u"a4"_s, htmlPath, pdfPath});
    if (!process.waitForStarted())
        return Error {Error::Code::Io,
                      QCoreApplication::translate("Gloss::Cli", "Could not start %1: %2")
                          .arg(printer, process.errorString())};
    for (int waited = 0; !process.waitForFinished(200); waited += 200) {
        progress.advance(0, {});
        if (progress.isCancelled() || waited > PrintTimeoutMs) {
            process.kill();
            process.waitForFinished();
            return Error {Error::Code::Io,
                          QCoreApplication::translate("Gloss::Cli", "Printing the article was stopped.")};
        }
    }
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return Error {Error::Code::Io,
                  QCoreApplication::translate("Gloss::Cli", "Printing the article failed.") +
                      (output.isEmpty() ? QString() : u"\n"_s + output.right(2000))};
}

} // namespace Gloss::Cli
