// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pdfappearance.h"

// qpdf 11: no deprecated PointerHolder API.
#define POINTERHOLDER_TRANSITION 4

#include <QCoreApplication>
#include <QFile>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <exception>
#include <sstream>
#include <vector>

using namespace Qt::StringLiterals;

namespace Gloss::PdfAppearance {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::PdfAnnotator)
};

std::vector<double> numbers(QPDFObjectHandle array)
{
    std::vector<double> out;
    if (!array.isArray())
        return out;
    for (int i = 0; i < array.getArrayNItems(); ++i) {
        double value = 0;
        if (array.getArrayItem(i).getValueAsNumber(value))
            out.push_back(value);
    }
    return out;
}

std::string number(double v)
{
    std::ostringstream s;
    s.imbue(std::locale::classic());
    s.precision(2);
    s << std::fixed << v;
    return s.str();
}

struct Box {
    double left, bottom, right, top;
};

// The quads as rectangles (Gloss writes them axis-aligned, one per line).
std::vector<Box> quadBoxes(const std::vector<double> &quads)
{
    std::vector<Box> out;
    for (size_t q = 0; q + 8 <= quads.size(); q += 8) {
        Box b {quads[q], quads[q + 1], quads[q], quads[q + 1]};
        for (size_t p = 0; p < 8; p += 2) {
            b.left = std::min(b.left, quads[q + p]);
            b.right = std::max(b.right, quads[q + p]);
            b.bottom = std::min(b.bottom, quads[q + p + 1]);
            b.top = std::max(b.top, quads[q + p + 1]);
        }
        out.push_back(b);
    }
    return out;
}

QPDFObjectHandle numberArray(std::initializer_list<double> values)
{
    QPDFObjectHandle array = QPDFObjectHandle::newArray();
    for (double v : values)
        array.appendItem(QPDFObjectHandle::newReal(v, 2));
    return array;
}

// Gives one highlight its appearance; returns its popup (null when it has no note).
QPDFObjectHandle finishHighlight(QPDF &pdf, QPDFObjectHandle annotation, const std::string &author)
{
    const std::vector<Box> boxes = quadBoxes(numbers(annotation.getKey("/QuadPoints")));
    std::vector<double> color = numbers(annotation.getKey("/C"));
    if (color.size() != 3)
        color = {1.0, 1.0, 0.0};
    if (boxes.empty())
        return {};
    Box all = boxes.front();
    std::string content =
        "q /GS0 gs " + number(color[0]) + ' ' + number(color[1]) + ' ' + number(color[2]) + " rg\n";
    for (const Box &b : boxes) {
        all = {std::min(all.left, b.left), std::min(all.bottom, b.bottom), std::max(all.right, b.right),
               std::max(all.top, b.top)};
        content += number(b.left) + ' ' + number(b.bottom) + ' ' + number(b.right - b.left) + ' ' +
            number(b.top - b.bottom) + " re\n";
    }
    content += "f Q\n";

    QPDFObjectHandle rect = numberArray({all.left, all.bottom, all.right, all.top});
    QPDFObjectHandle stream = QPDFObjectHandle::newStream(&pdf, content);
    QPDFObjectHandle dict = stream.getDict();
    dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
    dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Form"));
    dict.replaceKey("/BBox", rect);
    dict.replaceKey("/Resources",
                    QPDFObjectHandle::parse("<< /ExtGState << /GS0 << /Type /ExtGState /BM /Multiply "
                                            "/ca 1 /CA 1 >> >> >>"));
    QPDFObjectHandle appearance = QPDFObjectHandle::newDictionary();
    appearance.replaceKey("/N", stream);
    annotation.replaceKey("/AP", appearance);
    annotation.replaceKey("/Rect", rect);
    annotation.replaceKey("/Border", QPDFObjectHandle::parse("[0 0 0]"));
    annotation.replaceKey("/T", QPDFObjectHandle::newUnicodeString(author));
    annotation.replaceKey("/F", QPDFObjectHandle::newInteger(4)); // printed
    annotation.removeKey("/BS");

    QPDFObjectHandle contents = annotation.getKey("/Contents");
    if (!contents.isString() || contents.getUTF8Value().empty() || annotation.hasKey("/Popup"))
        return {};
    // Where a viewer opens the note: beside the highlight, inside the page.
    QPDFObjectHandle popup = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    popup.replaceKey("/Type", QPDFObjectHandle::newName("/Annot"));
    popup.replaceKey("/Subtype", QPDFObjectHandle::newName("/Popup"));
    popup.replaceKey("/Rect", numberArray({all.right, all.top - 100, all.right + 180, all.top}));
    popup.replaceKey("/Open", QPDFObjectHandle::newBool(false));
    popup.replaceKey("/Parent", annotation);
    annotation.replaceKey("/Popup", popup);
    return popup;
}
} // namespace

Result<int> finish(const QString &input, const QString &output, const QString &author)
{
    try {
        QPDF pdf;
        pdf.processFile(QFile::encodeName(input).constData());
        const std::string name = author.toStdString();
        int count = 0;
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
            if (!annots.isArray())
                continue;
            std::vector<QPDFObjectHandle> popups;
            for (int i = 0; i < annots.getArrayNItems(); ++i) {
                QPDFObjectHandle a = annots.getArrayItem(i);
                if (!a.isDictionary() || !a.getKey("/Subtype").isNameAndEquals("/Highlight"))
                    continue;
                if (QPDFObjectHandle popup = finishHighlight(pdf, a, name); popup.isInitialized()) {
                    popup.replaceKey("/P", page.getObjectHandle());
                    popups.push_back(popup);
                }
                ++count;
            }
            for (QPDFObjectHandle popup : popups)
                annots.appendItem(popup);
        }
        QPDFWriter writer(pdf, QFile::encodeName(output).constData());
        writer.write();
        return count;
    } catch (const std::exception &e) {
        return Error {Error::Code::Io,
                      Tr::tr("Could not write the annotated PDF %1.").arg(output) + u' ' +
                          QString::fromUtf8(e.what())};
    }
}

} // namespace Gloss::PdfAppearance
