// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Lists the annotations of one page as MuPDF reads them.
//   mutool run mupdf-annotations.js FILE.pdf PAGE(1-based)
// prints [{subtype, contents, author, appearance, border, popup}] as JSON.
var doc = new PDFDocument(scriptArgs[0]);
var page = doc.loadPage(parseInt(scriptArgs[1], 10) - 1);
var list = [];
var annots = page.getAnnotations();
for (var i = 0; i < annots.length; ++i) {
    var a = annots[i];
    var o = a.getObject();
    // A key that is not there reads as undefined (or a null object).
    var has = function (v) { return v !== undefined && v !== null && !(v.isNull && v.isNull()); };
    var ap = o.get("AP");
    list.push({
        subtype: a.getType(),
        contents: a.getContents(),
        author: a.getAuthor(),
        appearance: has(ap) && has(ap.get("N")),
        border: has(o.get("Border")) ? o.get("Border").toString() : "",
        popup: has(o.get("Popup")),
    });
}
print(JSON.stringify(list));
