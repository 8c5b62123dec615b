// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Renders one page of a PDF with pdf.js (annotation appearances included, as
// Firefox draws them) and lists its annotations as pdf.js reads them.
//   node pdfjs-render.mjs FILE.pdf PAGE(1-based) OUT.png SCALE
// prints [{subtype, id, contents, color: [r, g, b], hasAppearance}] as JSON.
import fs from "node:fs";
import { createRequire } from "node:module";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const [file, pageArg, out, scaleArg] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const pdfjsDir = require.resolve("pdfjs-dist/package.json").replace(/package\.json$/, "");
const doc = await getDocument({
    data: new Uint8Array(fs.readFileSync(file)),
    standardFontDataUrl: pdfjsDir + "standard_fonts/",
    verbosity: 0,
}).promise;
const page = await doc.getPage(Number(pageArg));
const annotations = (await page.getAnnotations()).map((a) => ({
    subtype: a.subtype,
    id: a.id,
    name: a.annotationName || "",
    contents: (a.contentsObj && a.contentsObj.str) || "",
    color: a.color ? Array.from(a.color) : null,
    hasAppearance: Boolean(a.hasAppearance),
}));
const viewport = page.getViewport({ scale: Number(scaleArg || 1) });
const { canvas, context } = doc.canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
context.fillStyle = "#ffffff";
context.fillRect(0, 0, canvas.width, canvas.height);
await page.render({ canvasContext: context, canvas, viewport }).promise;
fs.writeFileSync(out, canvas.toBuffer("image/png"));
process.stdout.write(JSON.stringify(annotations));
await doc.destroy();
