// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleexporter.h"
#include "document/document.h"
#include "export/pdfannotator.h"
#include "library/librarystore.h"
#include "mainwindow.h"
#include "readerbridge.h"
#include "startup.h"
#include "testutil.h"
#include "text/markdowntext.h"
#include "workflow/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <poppler-annotation.h>
#include <poppler-qt6.h>

using namespace Gloss;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Gloss::ExportOptions)

namespace {
struct PdfHighlight {
    QString id, contents, text;
    int page;
    QRectF firstQuad; // in points, from the page's top left
    QColor color;
    QString author;
};

// Every /Highlight of the PDF with the page text under its quads.
QList<PdfHighlight> readHighlights(const QString &path, int *textNotes = nullptr)
{
    QList<PdfHighlight> out;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return out;
    for (int p = 0; p < doc->numPages(); ++p) {
        std::unique_ptr<Poppler::Page> page(doc->page(p));
        const QSizeF size = page->pageSizeF();
        for (const auto &annotation : page->annotations()) {
            if (annotation->subType() == Poppler::Annotation::AText && textNotes)
                ++*textNotes;
            if (annotation->subType() != Poppler::Annotation::AHighlight)
                continue;
            auto *h = static_cast<Poppler::HighlightAnnotation *>(annotation.get());
            QStringList parts;
            QRectF firstQuad;
            for (const auto &q : h->highlightQuads()) {
                const QRectF r(QPointF(q.points[0].x() * size.width(), q.points[0].y() * size.height()),
                               QPointF(q.points[2].x() * size.width(), q.points[2].y() * size.height()));
                if (firstQuad.isNull())
                    firstQuad = r.normalized();
                // Text whose box lies mostly inside the quad.
                QStringList words;
                for (const auto &box : page->textList()) {
                    const QRectF inter = box->boundingBox().intersected(r.adjusted(-0.5, -0.5, 0.5, 0.5));
                    if (inter.width() * inter.height() <
                        0.5 * box->boundingBox().width() * box->boundingBox().height())
                        continue;
                    QString word;
                    for (int i = 0; i < box->text().size(); ++i)
                        if (r.adjusted(-0.5, -0.5, 0.5, 0.5).contains(box->charBoundingBox(i).center()))
                            word += box->text().at(i);
                    words << word;
                }
                parts << words.join(u' ');
            }
            out.append({h->uniqueName(), h->contents(), PdfAnnotator::normalise(parts.join(u' ')), p,
                        firstQuad, h->style().color(), h->author()});
        }
    }
    return out;
}
// The most common colour of the light pixels in `rect` (the paper, or a
// highlight under the words; glyph strokes are dark and left out).
QColor backgroundIn(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> counts;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (!image.rect().contains(x, y))
                continue;
            const QColor c = image.pixelColor(x, y);
            if (c.lightness() > 120)
                ++counts[qRgb(c.red() & 0xf8, c.green() & 0xf8, c.blue() & 0xf8)];
        }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            best = it.key();
            most = it.value();
        }
    return most < 0 ? QColor() : QColor(best);
}

bool near(const QColor &a, const QColor &b)
{
    return a.isValid() && std::abs(a.red() - b.red()) <= 24 && std::abs(a.green() - b.green()) <= 24 &&
        std::abs(a.blue() - b.blue()) <= 24;
}

QByteArray run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        qWarning("%s timed out", qPrintable(program));
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (process.exitCode() != 0)
        qWarning("%s: %s", qPrintable(program), process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}
} // namespace

class TestExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_id;

    Document *document() const { return m_window->document(); }
    QString text() const { return document()->article().text; }

    QString highlight(const QString &quote, const QString &color, const QString &note = {},
                      const QStringList &tags = {})
    {
        const qsizetype start = text().indexOf(quote);
        auto id = document()->addHighlight(start, start + quote.size(), note, color, tags);
        return id ? id.value() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_store = std::make_unique<LibraryStore>(m_dir.filePath(u"library"_s));
        QVERIFY(m_store->ensureExists());
        m_id = Startup::importSample(*m_store).value();
        m_workspace = std::make_unique<Workspace>(m_store->root());
        m_window = std::make_unique<MainWindow>(m_workspace.get());
        m_window->show();
        QVERIFY(m_window->openArticle(m_id));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->bridge()->isReady(), 30000);

        QVERIFY(!highlight(u"Pro-Assad forces have launched a fierce bid"_s, u"yellow"_s,
                           u"Who says *fierce*?"_s, {u"wording"_s})
                     .isEmpty());
        QVERIFY(
            !highlight(u"Syrian state TV said Thursday"_s, u"green"_s,
                       u"Who **confirms** this besides state TV?\n\n- [AFP](https://afp.com)\n- `wire`\n\n"
                       "<script>alert(1)</script> [bad](javascript:alert(1))"_s)
                 .isEmpty());
        QVERIFY(!highlight(u"The army is 300 meters from the entrance of Palmyra"_s, u"blue"_s,
                           u"Quote from an unnamed source <b>not html</b> 🙂 — check with AFP."_s)
                     .isEmpty());
        QVERIFY(!highlight(u"Only some 15,000 of Palmyra's 70,000 residents"_s, u"pink"_s,
                           u"Figures: source?"_s, {u"figures"_s, u"check"_s})
                     .isEmpty());
        QVERIFY(!highlight(u"a key demand of the Syrian opposition"_s, u"orange"_s).isEmpty());
        document()->addNote(u"Overall the piece relies on **two** agencies."_s);
    }

    void cleanupTestCase() { m_window.reset(); }

    void pdf_realHighlightsNotesAndText()
    {
        // First a dry run to find where page 1 ends, then a highlight across the break.
        const QString trial = m_dir.filePath(u"trial.pdf"_s);
        QVERIFY(m_window->exporter()->exportTo(ExportFormat::Pdf, trial, {}, false));
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(trial);
        QVERIFY(doc && doc->numPages() >= 2);
        std::unique_ptr<Poppler::Page> first(doc->page(0));
        std::unique_ptr<Poppler::Page> second(doc->page(1));
        const auto lastWords = first->textList();
        const auto nextWords = second->textList();
        QVERIFY(lastWords.size() > 3 && nextWords.size() > 3);
        const QString tail = lastWords.at(lastWords.size() - 2)->text() + u' ' + lastWords.back()->text();
        const QString head = nextWords.at(0)->text() + u' ' + nextWords.at(1)->text();
        const qsizetype from = text().indexOf(tail);
        const qsizetype to = text().indexOf(head, from) + head.size();
        QVERIFY2(from > 0 && to > from && to - from < 300, qPrintable(tail + u" | "_s + head));
        auto spanning = document()->addHighlight(from, to, u"Spans the page break."_s, u"green"_s);
        QVERIFY(spanning);

        const QString path = m_dir.filePath(u"annotated.pdf"_s);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_window->exporter()->exportTo(ExportFormat::Pdf, path, {}, false));
        qInfo("annotated PDF of the sample with %lld annotations in %lld ms",
              qlonglong(document()->annotations()->rowCount()), timer.elapsed());

        int textNotes = 0;
        const QList<PdfHighlight> found = readHighlights(path, &textNotes);
        QCOMPARE(textNotes, 1); // the note on the whole article
        for (const Annotation &a : document()->annotations()->annotations()) {
            if (!a.isPassage())
                continue;
            QStringList parts;
            QSet<int> pages;
            for (const PdfHighlight &h : found)
                if (h.id == a.id) {
                    parts << h.text;
                    pages.insert(h.page);
                    QCOMPARE(h.contents, MarkdownText::toPlainText(a.note)); // plain text, not Markdown
                }
            QVERIFY2(!parts.isEmpty(), qPrintable(a.exact));
            QCOMPARE(PdfAnnotator::normalise(parts.join(u' ')), PdfAnnotator::normalise(a.exact));
            if (a.id == spanning.value())
                QCOMPARE(pages.size(), 2); // one /Highlight per page
        }

        // The printed notes section holds every note.
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {path, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString printed = PdfAnnotator::normalise(QString::fromUtf8(pdftotext.readAllStandardOutput()));
        // Notes are Markdown: printed rendered, without their marks.
        for (const Annotation &a : document()->annotations()->annotations())
            for (QString line : MarkdownText::toPlainText(a.note).split(u'\n', Qt::SkipEmptyParts)) {
                if (line.startsWith(u"• "_s))
                    line = line.mid(2); // the list's own bullet
                QVERIFY2(printed.contains(PdfAnnotator::normalise(line)), qPrintable(line));
            }
        QVERIFY(printed.contains(u"Who confirms this besides state TV?"_s));
        QVERIFY(!printed.contains(u"**"_s));
        QVERIFY(!printed.contains(u"*fierce*"_s));
        QVERIFY(printed.contains(u"Notes"_s));

        // Page 1 as a picture, kept as a test artifact.
        std::unique_ptr<Poppler::Document> result = Poppler::Document::load(path);
        std::unique_ptr<Poppler::Page> page(result->page(0));
        const QImage image = page->renderToImage(100, 100);
        QVERIFY(!image.isNull());
        QDir().mkpath(QStringLiteral(GLOSS_ARTIFACTS_DIR));
        QVERIFY(image.save(QStringLiteral(GLOSS_ARTIFACTS_DIR "/export-page1.png")));
        document()->removeAnnotation(spanning.value());
    }

    // Every viewer draws Gloss's highlights the same: poppler, MuPDF and
    // pdf.js each show the colour under the quoted words and list the note.
    void pdf_highlightsLookTheSameInThreeViewers()
    {
        QSettings().setValue("export/author"_L1, u"Jane Reader"_s);
        const QString path = m_dir.filePath(u"viewers.pdf"_s);
        QVERIFY(m_window->exporter()->exportTo(ExportFormat::Pdf, path, {}, false));
        QSettings().remove("export/author"_L1);
        QDir().mkpath(QStringLiteral(GLOSS_ARTIFACTS_DIR));
        QFile::remove(QStringLiteral(GLOSS_ARTIFACTS_DIR "/export-viewers.pdf"));
        QFile::copy(path, QStringLiteral(GLOSS_ARTIFACTS_DIR "/export-viewers.pdf"));
        const QList<PdfHighlight> found = readHighlights(path);
        QVERIFY(found.size() >= 5);
        for (const PdfHighlight &h : found)
            QCOMPARE(h.author, u"Jane Reader"_s);

        // The PDF objects as MuPDF reads them: appearance, no border, popup, one per passage.
        const QString tools = QStringLiteral(GLOSS_SOURCE_DIR "/tests/tools");
        const QList<int> pages = [&] {
            QList<int> out;
            for (const PdfHighlight &h : found)
                if (!out.contains(h.page))
                    out << h.page;
            return out;
        }();
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        const bool pdfjs = !node.isEmpty() && QFileInfo::exists(tools + u"/node_modules/pdfjs-dist"_s);
        if (!pdfjs)
            qWarning("pdf.js check skipped: node or tests/tools/node_modules missing (run npm install in "
                     "tests/tools)");
        for (int page : pages) {
            const QString pageNo = QString::number(page + 1);
            const QString stem = m_dir.filePath(u"viewers-p"_s + pageNo);
            QMap<QString, QImage> images;
            // poppler
            int rc = 0;
            run(u"pdftoppm"_s,
                {u"-r"_s, u"144"_s, u"-f"_s, pageNo, u"-l"_s, pageNo, u"-png"_s, u"-singlefile"_s, path,
                 stem + u"-poppler"_s},
                &rc);
            QCOMPARE(rc, 0);
            images.insert(u"poppler"_s, QImage(stem + u"-poppler.png"_s));
            // MuPDF
            run(u"mutool"_s,
                {u"draw"_s, u"-q"_s, u"-r"_s, u"144"_s, u"-o"_s, stem + u"-mupdf.png"_s, path, pageNo}, &rc);
            QCOMPARE(rc, 0);
            images.insert(u"mupdf"_s, QImage(stem + u"-mupdf.png"_s));
            const QJsonArray mupdf =
                QJsonDocument::fromJson(
                    run(u"mutool"_s, {u"run"_s, tools + u"/mupdf-annotations.js"_s, path, pageNo}, &rc))
                    .array();
            QCOMPARE(rc, 0);
            // pdf.js
            QJsonArray pdfjsAnnotations;
            if (pdfjs) {
                pdfjsAnnotations = QJsonDocument::fromJson(run(node,
                                                               {tools + u"/pdfjs-render.mjs"_s, path, pageNo,
                                                                stem + u"-pdfjs.png"_s, u"2"_s},
                                                               &rc))
                                       .array();
                QCOMPARE(rc, 0);
                images.insert(u"pdfjs"_s, QImage(stem + u"-pdfjs.png"_s));
            }
            for (auto it = images.cbegin(); it != images.cend(); ++it)
                QVERIFY2(!it.value().isNull(), qPrintable(it.key()));

            for (const PdfHighlight &h : found) {
                if (h.page != page)
                    continue;
                const QRect quad(
                    QPoint(qRound(h.firstQuad.left() * 2) + 2, qRound(h.firstQuad.top() * 2) + 2),
                    QPoint(qRound(h.firstQuad.right() * 2) - 2, qRound(h.firstQuad.bottom() * 2) - 2));
                for (auto it = images.cbegin(); it != images.cend(); ++it) {
                    const QColor under = backgroundIn(it.value(), quad);
                    QVERIFY2(near(under, h.color),
                             qPrintable(u"%1: %2 under “%3”, expected %4"_s.arg(it.key(), under.name(),
                                                                                h.text, h.color.name())));
                }
                auto listed = [&](const QJsonArray &list, const char *subtypeKey, const QString &subtype) {
                    int n = 0;
                    for (const QJsonValue &v : list) {
                        const QJsonObject o = v.toObject();
                        if (o.value(QLatin1String(subtypeKey)).toString() == subtype &&
                            o.value("contents"_L1).toString() == h.contents)
                            ++n;
                    }
                    return n;
                };
                QVERIFY2(listed(mupdf, "subtype", u"Highlight"_s) >= 1, qPrintable(h.text));
                if (pdfjs)
                    QVERIFY2(listed(pdfjsAnnotations, "subtype", u"Highlight"_s) >= 1, qPrintable(h.text));
            }
            // MuPDF sees the objects as written: an appearance, no border, the author.
            for (const QJsonValue &v : mupdf) {
                const QJsonObject o = v.toObject();
                if (o.value("subtype"_L1).toString() != "Highlight"_L1)
                    continue;
                QVERIFY(o.value("appearance"_L1).toBool());
                QCOMPARE(o.value("border"_L1).toString(), u"[0 0 0]"_s);
                QCOMPARE(o.value("author"_L1).toString(), u"Jane Reader"_s);
                if (!o.value("contents"_L1).toString().isEmpty())
                    QVERIFY(o.value("popup"_L1).toBool()); // where a viewer opens the note
            }
            // A highlight's note is its own /Contents: no /Text beside it.
            for (const QJsonValue &v : mupdf)
                if (v.toObject().value("subtype"_L1).toString() == "Text"_L1)
                    QCOMPARE(page, 0);
        }
    }

    void markdown_roundTripsQuotesAndNotes()
    {
        const QString path = m_dir.filePath(u"notes.md"_s);
        QVERIFY(m_window->exporter()->exportTo(ExportFormat::Markdown, path, {}, false));
        const QString md = QString::fromUtf8(GlossTest::readAll(path));
        QVERIFY(md.startsWith(u"---\ntitle: \"Assad forces close in on Palmyra\"\n"_s));
        QVERIFY(md.contains(u"url: https://p.dw.com/p/1IIjQ"_s));
        // Parse it back: quotes are the "> " blocks, each followed by its link line and note.
        QStringList quotes, bodies;
        const QStringList sections = md.section(u"\n---\n"_s, 1).split(u"\n---\n"_s);
        for (const QString &section : sections) {
            QStringList quoteLines, rest;
            for (const QString &line : section.split(u'\n'))
                (line.startsWith(u"> "_s) ? quoteLines : rest)
                    << (line.startsWith(u"> "_s) ? line.mid(2) : line);
            if (!quoteLines.isEmpty())
                quotes << quoteLines.join(u'\n');
            bodies << rest.join(u'\n');
        }
        const QString all = bodies.join(u'\n');
        for (const Annotation &a : document()->annotations()->annotations()) {
            if (a.isPassage())
                QVERIFY2(quotes.contains(a.exact), qPrintable(a.exact));
            if (!a.note.isEmpty())
                QVERIFY2(all.contains(a.note), qPrintable(a.note));
        }
        QVERIFY(md.contains(u"#:~:text=Syrian%20state%20TV%20said%20Thursday"_s));
        QVERIFY(md.contains(u"#figures #check"_s));
    }

    void html_selfContainedAndEscaped()
    {
        const QString path = m_dir.filePath(u"article.html"_s);
        ExportOptions options;
        options.colors = {u"blue"_s};
        options.entityIndex = true;
        QVERIFY(m_window->exporter()->exportTo(ExportFormat::Html, path, options, false));
        const QString html = QString::fromUtf8(GlossTest::readAll(path));
        QVERIFY(html.contains(
            u"<mark class=\"gloss-blue\">The army is 300 meters from the entrance of Palmyra</mark>"_s));
        QVERIFY(!html.contains(u"gloss-yellow\">Pro-Assad"_s)); // filtered out by colour
        QVERIFY(html.contains(u"&lt;b&gt;not html&lt;/b&gt; 🙂"_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<b>"_s));
        QVERIFY(html.contains(u"<h2>People, organisations and places</h2>"_s));
        QVERIFY(html.contains(u"<h2>Quotes by speaker</h2>"_s));
        QVERIFY(html.contains(u"<h3 dir=\"auto\">Rami Abdel Rahman</h3>"_s));
        QVERIFY(!html.contains(u"http-equiv=\"refresh\""_s));
    }

    // Notes are Markdown: the HTML export renders them, and nothing of the
    // note's own markup or script reaches the page.
    void html_notesRenderedAndSafe()
    {
        const QString path = m_dir.filePath(u"notes.html"_s);
        ExportOptions options;
        options.entityIndex = true;
        QVERIFY(m_window->exporter()->exportTo(ExportFormat::Html, path, options, false));
        const QString html = QString::fromUtf8(GlossTest::readAll(path));
        QVERIFY(html.contains(u"Who <strong>confirms</strong> this besides state TV?"_s));
        QVERIFY(html.contains(u"<li><a href=\"https://afp.com\">AFP</a></li>"_s));
        QVERIFY(html.contains(u"<li><code>wire</code></li>"_s));
        QVERIFY(html.contains(u"Who says <em>fierce</em>?"_s));
        QVERIFY(html.contains(u"relies on <strong>two</strong> agencies"_s));
        QVERIFY(!html.contains(u"**"_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"javascript:"_s));
        // Each note and quote takes its own direction, whatever the page's.
        QVERIFY(html.contains(u"<div class=\"note\" dir=\"auto\"><p>Who <strong>confirms</strong>"_s));
        // Dates read like dates, with their ISO value kept.
        QVERIFY(html.contains(u"<time datetime=\"2016-03-24\">Thursday, 24 March 2016</time>"_s));
        QVERIFY(html.contains(u"<time datetime=\"2016-W11\">14–20 March 2016</time>"_s));
        // The Markdown export keeps the Markdown.
        const QString mdPath = m_dir.filePath(u"notes-md.md"_s);
        QVERIFY(m_window->exporter()->exportTo(ExportFormat::Markdown, mdPath, {}, false));
        QVERIFY(QString::fromUtf8(GlossTest::readAll(mdPath))
                    .contains(u"Who **confirms** this besides state TV?"_s));
    }

    void unwritableDestination_clearErrorNoFile()
    {
        const QString path = u"/proc/gloss-cannot-write-here/out.pdf"_s;
        QVERIFY(!m_window->exporter()->exportTo(ExportFormat::Pdf, path, {}, false));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!m_window->exporter()->exportTo(ExportFormat::Markdown, path, {}, false));
    }

    void pdf_articleWithoutAnnotations()
    {
        LibraryStore store(m_dir.filePath(u"plain"_s));
        const QString id =
            store.import("Quiet day\n\nNothing much happened in the valley today.\n", u"q.txt"_s).value();
        QProcess cli;
        const QString out = m_dir.filePath(u"plain.pdf"_s);
        cli.start(QStringLiteral(GLOSS_CLI_PATH),
                  {u"export"_s, u"--format"_s, u"pdf"_s, u"--library"_s, store.root(), id, u"-o"_s, out});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QCOMPARE(readHighlights(out).size(), 0);
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {out, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString printed = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY(printed.contains(u"Nothing much happened"_s));
        QVERIFY(!printed.contains(u"Notes"_s));
    }

    void pdf_twoHundredPages()
    {
        QString dump = u"A very long report\n\n"_s;
        for (int p = 0; p < 2200; ++p)
            dump +=
                u"Paragraph %1 tells how the committee met again and again to discuss the bridge, the "
                u"budget, "
                "the river, the road and the people who live beside them, and what the mayor said about it.\n\n"_s
                    .arg(p);
        LibraryStore store(m_dir.filePath(u"long"_s));
        const QString id = store.import(dump.toUtf8(), u"long.txt"_s).value();
        const Article article = store.loadArticle(id).value();
        AnnotationSet set;
        for (const QString &quote : {u"Paragraph 5 tells"_s, u"Paragraph 2199 tells"_s}) {
            const qsizetype start = article.text.indexOf(quote);
            auto a = Annotation::create(article.text, start, start + quote.size()).value();
            a.note = u"Checked against the minutes."_s;
            set.annotations << a;
        }
        QVERIFY(store.saveAnnotations(id, set));
        const QString out = m_dir.filePath(u"long.pdf"_s);
        QProcess cli;
        QElapsedTimer timer;
        timer.start();
        cli.start(QStringLiteral(GLOSS_CLI_PATH),
                  {u"export"_s, u"--format"_s, u"pdf"_s, u"--library"_s, store.root(), id, u"-o"_s, out});
        QVERIFY(cli.waitForFinished(300000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(out);
        QVERIFY(doc);
        qInfo("%d pages exported in %lld ms", doc->numPages(), timer.elapsed());
        QVERIFY(doc->numPages() >= 195);
        const auto found = readHighlights(out);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.last().text, u"Paragraph 2199 tells"_s);
        QVERIFY(found.last().page > 180);
    }

    // File ▸ Export and gloss-cli export are one workflow: the same article
    // with the same options gives the same Markdown, HTML and W3C bytes, and
    // PDFs with the same annotations (entity index and quotes by speaker,
    // colours, tags, notes section and paper size included).
    void cliAndWindow_exportTheSame_data()
    {
        QTest::addColumn<QStringList>("cliOptions");
        QTest::addColumn<ExportOptions>("options");
        QTest::newRow("defaults") << QStringList {} << ExportOptions {};
        ExportOptions chosen;
        chosen.entityIndex = true;
        chosen.notesSection = false;
        chosen.colors = {u"yellow"_s, u"blue"_s};
        chosen.paper = QPageSize::Letter;
        QTest::newRow("entity index, no notes, two colours, letter")
            << QStringList {u"--entity-index"_s, u"--no-notes"_s, u"--colors"_s,
                            u"yellow,blue"_s,    u"--paper"_s,    u"letter"_s}
            << chosen;
        ExportOptions tagged;
        tagged.tags = {u"check"_s};
        QTest::newRow("one tag") << QStringList {u"--tags"_s, u"check"_s} << tagged;
    }

    void cliAndWindow_exportTheSame()
    {
        QFETCH(QStringList, cliOptions);
        QFETCH(ExportOptions, options);
        const QString row = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u',');
        for (const QString &format : {u"pdf"_s, u"md"_s, u"html"_s, u"w3c"_s}) {
            const QString viaWindow = m_dir.filePath(row + u"-window."_s + format);
            const QString viaCli = m_dir.filePath(row + u"-cli."_s + format);
            QVERIFY(
                m_window->exporter()->exportTo(*Exporter::formatFromName(format), viaWindow, options, false));
            QProcess cli;
            cli.start(QStringLiteral(GLOSS_CLI_PATH),
                      QStringList {u"export"_s, u"--format"_s, format, u"--library"_s, m_store->root(), m_id,
                                   u"-o"_s, viaCli} +
                          cliOptions);
            QVERIFY(cli.waitForFinished(120000));
            QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
            // Nothing but Gloss's own messages: here, none at all.
            QCOMPARE(cli.readAllStandardError(), QByteArray());
            if (format != "pdf"_L1) {
                QVERIFY(QFileInfo(viaCli).size() > 300);
                QCOMPARE(GlossTest::readAll(viaCli), GlossTest::readAll(viaWindow));
                continue;
            }
            const auto fromWindow = readHighlights(viaWindow);
            const auto fromCli = readHighlights(viaCli);
            QVERIFY(!fromCli.isEmpty());
            QCOMPARE(fromCli.size(), fromWindow.size());
            for (qsizetype i = 0; i < fromCli.size(); ++i) {
                QCOMPARE(fromCli.at(i).id, fromWindow.at(i).id);
                QCOMPARE(fromCli.at(i).text, fromWindow.at(i).text);
                QCOMPARE(fromCli.at(i).contents, fromWindow.at(i).contents);
                QCOMPARE(fromCli.at(i).color, fromWindow.at(i).color);
                QCOMPARE(fromCli.at(i).page, fromWindow.at(i).page);
            }
        }
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
