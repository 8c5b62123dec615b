// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// gloss-print-pdf: prints an HTML file to PDF with Qt WebEngine, as the
// desktop app prints its annotated exports. gloss-cli, which has no Qt
// WebEngine of its own, runs it for `gloss-cli export --format pdf`.
#include "pdfprinter.h"
#include "startup.h"
#include "workflow/progress.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    Gloss::Startup::prepareWebEngine();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"gloss-print-pdf"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Prints an HTML file to PDF with Qt WebEngine (no script, no images, no network). "
        "Set QT_QPA_PLATFORM=offscreen to run it without a display. "
        "Exit codes: 0 printed, 1 the page could not be printed, 2 wrong usage."_s);
    parser.addHelpOption();
    const QCommandLineOption paper(u"paper"_s, u"Paper size: a4 (default) or letter."_s, u"size"_s, u"a4"_s);
    parser.addOption(paper);
    parser.addPositionalArgument(u"html"_s, u"The HTML file to print."_s);
    parser.addPositionalArgument(u"pdf"_s, u"The PDF file to write."_s);
    parser.process(app);
    if (parser.positionalArguments().size() != 2) {
        QTextStream(stderr) << parser.helpText();
        return 2;
    }
    const QString html = QFileInfo(parser.positionalArguments().at(0)).absoluteFilePath();
    const QString pdf = QFileInfo(parser.positionalArguments().at(1)).absoluteFilePath();
    if (!QFileInfo(html).isReadable()) {
        QTextStream(stderr) << "gloss-print-pdf: cannot read " << html << Qt::endl;
        return 1;
    }
    Gloss::PdfPrinter printer;
    Gloss::NoProgress progress;
    const auto size = parser.value(paper).toLower() == "letter"_L1 ? QPageSize::Letter : QPageSize::A4;
    if (auto ok = printer.printToPdf(html, pdf, size, progress); !ok) {
        QTextStream(stderr) << "gloss-print-pdf: " << ok.error().message << Qt::endl;
        return 1;
    }
    return 0;
}
