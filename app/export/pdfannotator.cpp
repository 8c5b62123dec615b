// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pdfannotator.h"

#include "export/pdfappearance.h"
#include "text/markdowntext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>
#include <memory>
#include <poppler-annotation.h>
#include <poppler-qt6.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::PdfAnnotator)
};

// One character of the document's text, where it is on which page.
struct Glyph {
    int page;
    QRectF box; // in points
};

// All page text as one string (words separated by one space) with the box
// of every character, so that a quote can be found across lines and pages.
struct DocumentText {
    QString text;
    QList<Glyph> glyphs; // glyphs[i] is the box of text[i]; spaces get the previous box
    QList<QSizeF> pageSizes;
};

DocumentText readText(Poppler::Document &document)
{
    DocumentText out;
    for (int p = 0; p < document.numPages(); ++p) {
        std::unique_ptr<Poppler::Page> page(document.page(p));
        if (!page) {
            out.pageSizes << QSizeF();
            continue;
        }
        out.pageSizes << page->pageSizeF();
        const auto boxes = page->textList();
        for (const auto &box : boxes) {
            const QString word = box->text();
            if (word.isEmpty())
                continue;
            if (!out.text.isEmpty()) {
                out.text += u' ';
                out.glyphs << Glyph {p, QRectF()};
            }
            // Normalise per character so the glyph boxes stay aligned.
            for (int i = 0; i < word.size(); ++i) {
                const QString folded = word.mid(i, 1).normalized(QString::NormalizationForm_KC);
                const QRectF charBox =
                    box->charBoundingBox(i).isValid() ? box->charBoundingBox(i) : box->boundingBox();
                for (QChar c : folded) {
                    out.text += c;
                    out.glyphs << Glyph {p, charBox};
                }
            }
        }
    }
    return out;
}

// Index map of `text` with all white space removed.
QString withoutSpaces(const QString &text, QList<qsizetype> *map)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (!text.at(i).isSpace()) {
            out += text.at(i);
            map->append(i);
        }
    return out;
}

// Quads over glyphs [from, to): one per line of each page, in normalised coordinates.
QMap<int, QList<Poppler::HighlightAnnotation::Quad>> quadsFor(const DocumentText &doc, qsizetype from,
                                                              qsizetype to)
{
    QMap<int, QList<QRectF>> lines; // page -> line rects
    for (qsizetype i = from; i < to; ++i) {
        const Glyph &g = doc.glyphs.at(i);
        if (g.box.isNull())
            continue;
        QList<QRectF> &rects = lines[g.page];
        // Same line: vertical overlap with the last rect and to its right.
        if (!rects.isEmpty()) {
            QRectF &last = rects.last();
            const double overlap = qMin(last.bottom(), g.box.bottom()) - qMax(last.top(), g.box.top());
            if (overlap > 0.5 * qMin(last.height(), g.box.height()) && g.box.left() >= last.left() - 1) {
                last = last.united(g.box);
                continue;
            }
        }
        rects << g.box;
    }
    QMap<int, QList<Poppler::HighlightAnnotation::Quad>> out;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        const QSizeF size = doc.pageSizes.value(it.key());
        if (size.isEmpty())
            continue;
        for (const QRectF &r : it.value()) {
            Poppler::HighlightAnnotation::Quad q;
            // Order: top-left, top-right, bottom-right, bottom-left (0..1 of the page).
            q.points[0] = QPointF(r.left() / size.width(), r.top() / size.height());
            q.points[1] = QPointF(r.right() / size.width(), r.top() / size.height());
            q.points[2] = QPointF(r.right() / size.width(), r.bottom() / size.height());
            q.points[3] = QPointF(r.left() / size.width(), r.bottom() / size.height());
            q.capStart = false;
            q.capEnd = false;
            q.feather = 0.1;
            out[it.key()] << q;
        }
    }
    return out;
}

QRectF boundsOf(const QList<Poppler::HighlightAnnotation::Quad> &quads)
{
    QRectF r;
    for (const auto &q : quads)
        r = r.united(QRectF(q.points[0], q.points[2]).normalized());
    return r;
}
} // namespace

QString PdfAnnotator::normalise(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

Result<PdfAnnotator::Report> PdfAnnotator::annotate(const QString &input, const QString &output,
                                                    const QList<Annotation> &annotations,
                                                    const HighlightPalette &palette, const QString &author)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(input);
    if (!document || document->isLocked())
        return Error {Error::Code::Format, Tr::tr("%1 is not a readable PDF.").arg(input)};
    const DocumentText doc = readText(*document);
    QList<qsizetype> spaceMap;
    const QString compact = withoutSpaces(doc.text, &spaceMap);

    Report report;
    qsizetype searchFrom = 0; // passages appear in reading order: search forward first
    QList<const Annotation *> passages;
    for (const Annotation &a : annotations)
        if (a.isAnchored())
            passages << &a;
    std::sort(passages.begin(), passages.end(),
              [](const Annotation *l, const Annotation *r) { return l->start < r->start; });
    for (const Annotation *a : std::as_const(passages)) {
        QList<qsizetype> unused;
        const QString quote = withoutSpaces(a->exact.normalized(QString::NormalizationForm_KC), &unused);
        if (quote.isEmpty())
            continue;
        qsizetype at = compact.indexOf(quote, searchFrom);
        if (at < 0)
            at = compact.indexOf(quote);
        if (at < 0) {
            report.notFound << a->id;
            continue;
        }
        searchFrom = at + 1;
        const qsizetype from = spaceMap.at(at);
        const qsizetype to = spaceMap.at(at + quote.size() - 1) + 1;
        const auto quads = quadsFor(doc, from, to);
        const HighlightPalette::Entry *entry = palette.find(a->color);
        if (!entry)
            entry = palette.find(HighlightPalette::DefaultColor);
        const QColor color = entry ? entry->color : QColor(Qt::yellow);
        for (auto it = quads.cbegin(); it != quads.cend(); ++it) {
            std::unique_ptr<Poppler::Page> page(document->page(it.key()));
            auto highlight = std::make_unique<Poppler::HighlightAnnotation>();
            highlight->setHighlightType(Poppler::HighlightAnnotation::Highlight);
            highlight->setHighlightQuads(it.value());
            highlight->setBoundary(boundsOf(it.value()));
            highlight->setContents(
                MarkdownText::toPlainText(a->note)); // viewers show /Contents as plain text
            highlight->setAuthor(author);
            highlight->setUniqueName(a->id);
            highlight->setCreationDate(a->created);
            highlight->setModificationDate(a->modified.isValid() ? a->modified : a->created);
            Poppler::Annotation::Style style;
            style.setColor(color);
            style.setOpacity(1.0);
            highlight->setStyle(style);
            page->addAnnotation(highlight.get());
            ++report.highlights;
        }
    }

    // Notes on the whole article (and on entities): sticky notes on page one.
    double y = 0.04;
    for (const Annotation &a : annotations) {
        if (a.isPassage() || a.note.isEmpty() || document->numPages() == 0)
            continue;
        std::unique_ptr<Poppler::Page> page(document->page(0));
        auto note = std::make_unique<Poppler::TextAnnotation>(Poppler::TextAnnotation::Linked);
        note->setBoundary(QRectF(0.93, y, 0.03, 0.03));
        const QString plain = MarkdownText::toPlainText(a.note);
        note->setContents(a.entity.isEmpty() ? plain : a.entity + u": "_s + plain);
        note->setAuthor(author);
        note->setUniqueName(a.id);
        note->setTextIcon(u"Note"_s);
        Poppler::Annotation::Style style;
        style.setColor(QColor(0xff, 0xcc, 0x80));
        note->setStyle(style);
        page->addAnnotation(note.get());
        y = qMin(0.9, y + 0.04);
        ++report.notes;
    }

    // Write beside the destination, then rename: never a half-written file there.
    const QFileInfo target(output);
    QTemporaryFile temporary(target.absolutePath() + u"/.gloss-XXXXXX.pdf"_s);
    if (!temporary.open())
        return Error {Error::Code::Io,
                      Tr::tr("Cannot write into %1: %2").arg(target.absolutePath(), temporary.errorString())};
    temporary.close();
    QTemporaryFile finished(target.absolutePath() + u"/.gloss-XXXXXX.pdf"_s);
    if (!finished.open())
        return Error {Error::Code::Io,
                      Tr::tr("Cannot write into %1: %2").arg(target.absolutePath(), finished.errorString())};
    finished.close();
    std::unique_ptr<Poppler::PDFConverter> converter(document->pdfConverter());
    converter->setOutputFileName(temporary.fileName());
    converter->setPDFOptions(converter->pdfOptions() | Poppler::PDFConverter::WithChanges);
    if (!converter->convert())
        return Error {Error::Code::Io, Tr::tr("Could not write the annotated PDF %1.").arg(output)};
    // The appearance streams every viewer draws alike (poppler-qt6 writes none).
    if (auto done = PdfAppearance::finish(temporary.fileName(), finished.fileName(), author); !done)
        return done.error();
    // A temporary file is private (0600); the export is an ordinary file (0666 less the umask).
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(QFile::encodeName(finished.fileName()).constData(), 0666 & ~mask);
    // rename(2) replaces the destination in one step.
    if (std::rename(QFile::encodeName(finished.fileName()).constData(),
                    QFile::encodeName(output).constData()) != 0)
        return Error {Error::Code::Io, Tr::tr("Cannot save %1.").arg(output)};
    finished.setAutoRemove(false);
    return report;
}

} // namespace Gloss
