// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The reader page's own script. It runs in Qt WebEngine's ApplicationWorld,
// which the article cannot reach; article text only ever enters the DOM as
// text nodes. Every block element carries data-start, its offset in the
// canonical text, so DOM selections map to canonical offsets exactly.
"use strict";

(() => {
    let bridge = null;
    let shownArticle = ""; // the id of the article on the page

    function element(tag, className, text) {
        const e = document.createElement(tag);
        if (className)
            e.className = className;
        if (text !== undefined)
            e.textContent = text;
        return e;
    }

    // Only web links stay links; javascript:, data:, file: and the like
    // are shown as plain text.
    function safeHref(href) {
        return typeof href === "string" && /^https?:\/\//i.test(href) ? href : null;
    }

    // Text with its inline spans (emphasis, strong, code, links) rebuilt as
    // elements; spans nest but never cross, and the text itself is unchanged.
    function appendInline(parent, text, spans, from, to) {
        let position = from;
        let i = 0;
        while (i < spans.length) {
            const span = spans[i];
            if (span.start < position || span.end > to) {
                ++i;
                continue;
            }
            if (span.start > position)
                parent.appendChild(document.createTextNode(text.slice(position, span.start)));
            // The spans inside this one.
            const inner = [];
            let j = i + 1;
            while (j < spans.length && spans[j].start < span.end) {
                if (spans[j].end <= span.end)
                    inner.push(spans[j]);
                ++j;
            }
            let e;
            if (span.kind === "em")
                e = element("em");
            else if (span.kind === "strong")
                e = element("strong");
            else if (span.kind === "code")
                e = element("code");
            else if (span.kind === "link" && safeHref(span.href)) {
                e = element("a");
                e.href = safeHref(span.href);
                e.rel = "noreferrer noopener";
            } else {
                e = element("span", "neutralised-link");
            }
            appendInline(e, text, inner, span.start, span.end);
            parent.appendChild(e);
            position = span.end;
            i = j;
        }
        if (position < to)
            parent.appendChild(document.createTextNode(text.slice(position, to)));
    }

    function textBlock(tag, className, block) {
        const e = element(tag, className);
        const spans = (block.spans || []).slice().sort((a, b) => a.start - b.start || b.end - a.end);
        appendInline(e, block.text, spans, 0, block.text.length);
        e.dataset.start = String(block.start);
        return e;
    }

    // A table's canonical text is its cells joined by tabs and newlines; the
    // separators stay in the DOM (hidden) so offsets map exactly.
    function tableBlock(block) {
        const table = element("table");
        table.dataset.start = String(block.start);
        (block.rows || []).forEach((row, r) => {
            const tr = element("tr");
            if (r > 0)
                tr.appendChild(element("span", "sep", "\n"));
            row.forEach((cell, c) => {
                const td = element(cell.header ? "th" : "td", "", cell.text);
                if (cell.colspan > 1)
                    td.colSpan = cell.colspan;
                if (cell.rowspan > 1)
                    td.rowSpan = cell.rowspan;
                if (c > 0)
                    tr.appendChild(element("span", "sep", "\t"));
                tr.appendChild(td);
            });
            table.appendChild(tr);
        });
        // Fall back to plain text when the cells do not rebuild the text.
        if (table.textContent !== block.text)
            return textBlock("pre", "table-text", block);
        return table;
    }

    function renderBlock(block) {
        switch (block.kind) {
        case "heading":
            return textBlock("h" + Math.min(6, Math.max(2, block.level || 2)), "", block);
        case "quote":
            return textBlock("blockquote", "", block);
        case "list-item":
            return textBlock("div", "list-item", block);
        case "preformatted":
            return textBlock("pre", "", block);
        case "table":
            return tableBlock(block);
        case "figure": {
            const figure = element("figure");
            // The reader shows what the picture is of; the picture itself
            // only when the user allows images (showImages).
            if (/^https?:\/\//i.test(block.image || ""))
                figure.dataset.src = block.image;
            const image = element("div", "image", block.alt || "");
            if (block.alt) {
                image.setAttribute("role", "img");
                image.setAttribute("aria-label", block.alt);
            } else {
                image.setAttribute("aria-hidden", "true");
            }
            figure.appendChild(image);
            const caption = element("figcaption");
            caption.appendChild(textBlock("span", "caption", block));
            if (block.credit)
                caption.appendChild(element("span", "credit", block.credit));
            figure.appendChild(caption);
            return figure;
        }
        default:
            return textBlock("p", "", block);
        }
    }

    // Pictures come from the web only when the user allows it; the guard in
    // the app blocks every other request. Each picture replaces its
    // description once it has loaded, and one that fails leaves it in place.
    let imagesOn = false;
    function showImages(on) {
        imagesOn = on;
        for (const figure of document.querySelectorAll("figure[data-src]")) {
            const placeholder = figure.querySelector(".image");
            const current = figure.querySelector("img");
            if (!on) {
                if (current) {
                    current.removeAttribute("src"); // stops a load still under way
                    current.remove();
                }
                placeholder.hidden = false;
                delete figure.dataset.image;
                continue;
            }
            if (current || figure.dataset.image === "failed")
                continue;
            const img = document.createElement("img");
            img.referrerPolicy = "no-referrer";
            img.alt = placeholder.textContent;
            img.hidden = true;
            figure.dataset.image = "loading";
            // A picture that settles after images went off (or the article
            // was drawn again) changes nothing.
            const stillWanted = () => imagesOn && img.isConnected;
            img.addEventListener("load", () => {
                if (!stillWanted())
                    return;
                img.hidden = false;
                placeholder.hidden = true;
                figure.dataset.image = "loaded";
            });
            img.addEventListener("error", () => {
                if (!stillWanted())
                    return;
                img.remove();
                figure.dataset.image = "failed";
            });
            figure.insertBefore(img, placeholder);
            img.src = figure.dataset.src;
        }
    }

    function formatDate(iso, lang) {
        const date = new Date(iso.length === 10 ? iso + "T12:00:00" : iso);
        if (isNaN(date.getTime()))
            return iso;
        const options = { year: "numeric", month: "long", day: "numeric" };
        try {
            return date.toLocaleDateString(lang || undefined, options);
        } catch (e) {
            return date.toLocaleDateString(undefined, options);
        }
    }

    function render(article) {
        const root = document.getElementById("article");
        clearEntityMarks();
        root.replaceChildren();
        if (!article || !article.blocks)
            return;
        document.documentElement.lang = article.lang || "";
        root.dir = article.dir === "rtl" ? "rtl" : "ltr";

        const header = element("header", "gloss-header");
        header.appendChild(element("h1", "", article.title || ""));
        const meta = element("div", "meta");
        if (article.authors && article.authors.length)
            meta.appendChild(element("span", "authors", article.authors.join(", ")));
        if (article.published) {
            const time = element("time", "published", formatDate(article.published, article.lang));
            time.dateTime = article.published;
            meta.appendChild(time);
        }
        if (article.site)
            meta.appendChild(element("span", "site", article.site));
        header.appendChild(meta);
        root.appendChild(header);

        const removed = showRemoved ? (article.removed || []) : [];
        article.blocks.forEach((block, index) => {
            removed.forEach((r, i) => {
                if (r.beforeBlock === index)
                    root.appendChild(removedBlock(r, i));
            });
            root.appendChild(renderBlock(block));
        });
        removed.forEach((r, i) => {
            if (r.beforeBlock >= article.blocks.length)
                root.appendChild(removedBlock(r, i));
        });
        showImages(imagesOn);
    }

    // Text the cleaner left out, shown in place on request: dimmed, with the
    // reason, and a button that puts it back into the article.
    let showRemoved = false;
    function removedBlock(r, index) {
        const box = element("aside", "removed");
        box.dataset.index = String(index);
        const labels = (bridge && bridge.labels) || {};
        box.appendChild(element("div", "reason", (labels.reasons || {})[r.reason] || r.reason));
        box.appendChild(element("div", "removed-text", r.text));
        const button = element("button", "restore", labels.restore || "Put back");
        button.addEventListener("click", () => bridge && bridge.restoreRemoved(index));
        box.appendChild(button);
        return box;
    }

    function blocks() {
        return Array.from(document.querySelectorAll("[data-start]"));
    }

    // Characters of `block`'s text before the DOM point (node, offset).
    function offsetIn(block, node, offset) {
        const range = document.createRange();
        range.selectNodeContents(block);
        range.setEnd(node, offset);
        return range.toString().length;
    }

    function selectionOffsets() {
        const selection = window.getSelection();
        if (!selection.rangeCount || selection.isCollapsed)
            return null;
        const range = selection.getRangeAt(0);
        const touched = blocks().filter((b) => range.intersectsNode(b));
        if (!touched.length)
            return null;
        const first = touched[0];
        const last = touched[touched.length - 1];
        let start = Number(first.dataset.start);
        if (first.contains(range.startContainer))
            start += offsetIn(first, range.startContainer, range.startOffset);
        let end = Number(last.dataset.start) + last.textContent.length;
        if (last.contains(range.endContainer))
            end = Number(last.dataset.start) + offsetIn(last, range.endContainer, range.endOffset);
        return end > start ? { start, end } : null;
    }

    function clearHighlights() {
        for (const mark of document.querySelectorAll("mark.gloss-hl"))
            mark.replaceWith(...mark.childNodes);
        for (const block of blocks())
            block.normalize();
    }

    // Wraps [from, to) of `block` in marks, one per text node it covers (a
    // highlight is cut wherever an element starts or ends: a name's hint, a
    // link, emphasis); returns the marks in text order.
    function wrap(block, from, to, highlight) {
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        const parts = [];
        let position = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const nodeStart = position;
            position += node.data.length;
            if (position <= from || nodeStart >= to)
                continue;
            parts.push([node, Math.max(from, nodeStart) - nodeStart, Math.min(to, position) - nodeStart]);
        }
        const marks = [];
        for (const [node, a, b] of parts) {
            let target = node;
            if (b < target.data.length)
                target.splitText(b);
            if (a > 0)
                target = target.splitText(a);
            const mark = element("mark", "gloss-hl");
            mark.dataset.id = highlight.id;
            mark.dataset.color = highlight.color || "yellow";
            if (highlight.note) {
                mark.classList.add("has-note");
                mark.title = highlight.note;
            }
            target.replaceWith(mark);
            mark.appendChild(target);
            marks.push(mark);
        }
        return marks;
    }

    function paint(highlights) {
        clearHighlights();
        // Blocks in canonical order with their [start, end); each highlight
        // finds its first block by binary search, so painting stays fast
        // with thousands of highlights.
        const all = blocks().map((b) => [b, Number(b.dataset.start), Number(b.dataset.start) + b.textContent.length]);
        for (const h of highlights || []) {
            let lo = 0, hi = all.length;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (all[mid][2] <= h.start)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            const pieces = [];
            for (let i = lo; i < all.length && all[i][1] < h.end; ++i) {
                const [block, start, end] = all[i];
                const from = Math.max(h.start, start);
                const to = Math.min(h.end, end);
                if (from < to)
                    pieces.push(...wrap(block, from - start, to - start, h));
            }
            // Decoration that belongs to the highlight as a whole (the note
            // marker, the ends of the focus frame) goes on its first and last
            // piece only.
            if (pieces.length) {
                pieces[0].classList.add("hl-first");
                pieces[pieces.length - 1].classList.add("hl-last");
            }
        }
        markCurrent();
    }

    // The highlight shown as current; repainting keeps it (QWebChannel may
    // deliver a property update after a later focus request).
    let currentId = null;

    function markCurrent() {
        for (const mark of document.querySelectorAll("mark.gloss-hl"))
            mark.classList.toggle("current", mark.dataset.id === currentId);
    }

    function focusHighlight(id) {
        currentId = id;
        markCurrent();
        const first = Array.from(document.querySelectorAll("mark.gloss-hl")).find((m) => m.dataset.id === id);
        if (first)
            first.scrollIntoView({ block: "center" });
        return first !== undefined;
    }

    // Keyboard selection without a mouse: Shift+arrows extend the selection
    // from an invisible caret, Ctrl moves by word, Home/End by line.
    function keyboardSelect(event) {
        const keys = {
            ArrowLeft: ["backward", "character"], ArrowRight: ["forward", "character"],
            ArrowUp: ["backward", "line"], ArrowDown: ["forward", "line"],
            Home: ["backward", "lineboundary"], End: ["forward", "lineboundary"],
        };
        const key = keys[event.key];
        if (!key || event.altKey || event.metaKey || !event.shiftKey)
            return;
        const selection = window.getSelection();
        if (!selection.rangeCount) {
            const first = blocks().find((b) => b.getBoundingClientRect().bottom > 0);
            if (!first)
                return;
            selection.collapse(first.firstChild || first, 0);
        }
        let [direction, granularity] = key;
        if (event.ctrlKey && granularity === "character")
            granularity = "word";
        selection.modify("extend", direction, granularity);
        event.preventDefault();
    }

    // The mentions of the entity chosen in the sidebar, marked in the text.
    function clearEntityMarks() {
        for (const span of document.querySelectorAll("span.gloss-entity"))
            span.replaceWith(...span.childNodes);
        for (const block of blocks())
            block.normalize();
    }

    // Wraps canonical text [start, end) in a span when it lies within one
    // text node of one block (a name does); returns the span or null.
    function spanOver(all, start, end, className, title) {
        const hit = all.find(([, bs, be]) => start >= bs && end <= be);
        if (!hit)
            return null;
        const [block, bs] = hit;
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        let position = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const from = start - bs - position, to = end - bs - position;
            position += node.data.length;
            if (from < 0 || to > node.data.length)
                continue;
            let piece = node;
            if (to < piece.data.length)
                piece.splitText(to);
            if (from > 0)
                piece = piece.splitText(from);
            const span = element("span", className);
            span.title = title;
            piece.replaceWith(span);
            span.appendChild(piece);
            return span;
        }
        return null;
    }

    function blockRanges() {
        return blocks().map((b) => [b, Number(b.dataset.start), Number(b.dataset.start) + b.textContent.length]);
    }

    // Every named entity's mentions carry a hint with the entity's name.
    function markMentions(mentions) {
        for (const span of document.querySelectorAll("span.gloss-mention"))
            span.replaceWith(...span.childNodes);
        const all = blockRanges();
        for (const [start, end, hint] of mentions || [])
            spanOver(all, start, end, "gloss-mention", hint);
    }

    function markEntity(name, mentions, current) {
        clearEntityMarks();
        const all = blockRanges();
        let target = null;
        mentions.forEach(([start, end], index) => {
            const span = spanOver(all, start, end, "gloss-entity", name);
            if (span && index === current) {
                span.classList.add("current");
                target = span;
            }
        });
        if (target)
            target.scrollIntoView({ block: "center" });
        return document.querySelectorAll("span.gloss-entity").length;
    }

    function scrollToOffset(offset) {
        const target = blocks().filter((b) => Number(b.dataset.start) <= offset).pop();
        if (target)
            target.scrollIntoView({ block: "center" });
    }

    // Reading position, asked for by the app (a timer of its own: page timers
    // are throttled while the view is hidden or offscreen).
    function position() {
        const scrollable = document.documentElement.scrollHeight - window.innerHeight;
        const progress = scrollable > 0 ? Math.min(1, window.scrollY / scrollable) : 1;
        const top = blocks().find((b) => b.getBoundingClientRect().bottom > 0);
        // Which article was measured: the app keeps a position only with its own article.
        return { progress, offset: top ? Number(top.dataset.start) : 0, blocks: blocks().length, article: shownArticle };
    }

    // An article opens where its reader left it, or at its title.
    function restorePosition(article) {
        shownArticle = article && article.id ? String(article.id) : "";
        const offset = article && article.restorePosition;
        if (!offset) {
            window.scrollTo(0, 0);
            updateProgressBar();
            return;
        }
        const target = blocks().filter((b) => Number(b.dataset.start) <= offset).pop();
        if (target)
            target.scrollIntoView({ block: "start" });
    }

    function applyAppearance(a) {
        if (!a || !a.theme)
            return;
        const root = document.documentElement;
        root.dataset.theme = a.theme;
        root.style.setProperty("--font-size", (a.fontSize || 18) + "px");
        root.style.setProperty("--line-width", (a.lineWidth || 38) + "em");
        document.body.style.fontFamily = a.fontFamily ? JSON.stringify(String(a.fontFamily)) + ", serif" : "";
        if (Boolean(a.images) !== imagesOn)
            showImages(Boolean(a.images));
    }

    // A thin bar at the top shows how far the reader is.
    function updateProgressBar() {
        const bar = document.getElementById("progress");
        const scrollable = document.documentElement.scrollHeight - window.innerHeight;
        if (bar)
            bar.style.width = (scrollable > 0 ? Math.min(100, 100 * window.scrollY / scrollable) : 100) + "%";
    }
    window.addEventListener("scroll", updateProgressBar, { passive: true });

    window.gloss = { render, paint, selectionOffsets, scrollToOffset, focusHighlight, position, applyAppearance, markEntity };

    document.addEventListener("keydown", keyboardSelect);

    document.addEventListener("selectionchange", () => {
        if (!bridge)
            return;
        const s = selectionOffsets();
        bridge.reportSelection(s ? s.start : -1, s ? s.end : -1);
    });

    document.addEventListener("click", (event) => {
        const mark = event.target.closest && event.target.closest("mark.gloss-hl");
        if (mark && bridge)
            bridge.activateHighlight(mark.dataset.id);
    });

    new QWebChannel(qt.webChannelTransport, (channel) => {
        bridge = channel.objects.bridge;
        bridge.articleChanged.connect(() => {
            render(bridge.article);
            markMentions(bridge.mentions);
            paint(bridge.highlights);
            restorePosition(bridge.article);
        });
        bridge.highlightsChanged.connect(() => paint(bridge.highlights));
        bridge.focusRequested.connect((id) => focusHighlight(id));
        bridge.entityMentionsRequested.connect((name, mentions, current) => markEntity(name, mentions, current));
        bridge.mentionsChanged.connect(() => markMentions(bridge.mentions));
        bridge.appearanceChanged.connect(() => applyAppearance(bridge.appearance));
        bridge.showRemovedChanged.connect(() => {
            showRemoved = bridge.showRemoved;
            render(bridge.article);
            paint(bridge.highlights);
        });
        showRemoved = bridge.showRemoved;
        applyAppearance(bridge.appearance);
        render(bridge.article);
        markMentions(bridge.mentions);
        paint(bridge.highlights);
        restorePosition(bridge.article);
        bridge.reportReady();
    });
})();
