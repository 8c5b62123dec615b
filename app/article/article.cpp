// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/article.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
struct KindName {
    Block::Kind kind;
    QLatin1StringView name;
};
constexpr KindName KindNames[] = {
    {Block::Kind::Heading, "heading"_L1}, {Block::Kind::Paragraph, "paragraph"_L1},
    {Block::Kind::Quote, "quote"_L1},     {Block::Kind::ListItem, "list-item"_L1},
    {Block::Kind::Figure, "figure"_L1},   {Block::Kind::Preformatted, "preformatted"_L1},
    {Block::Kind::Table, "table"_L1},
};

struct SpanKindName {
    InlineSpan::Kind kind;
    QLatin1StringView name;
};
constexpr SpanKindName SpanKindNames[] = {
    {InlineSpan::Kind::Emphasis, "em"_L1},
    {InlineSpan::Kind::Strong, "strong"_L1},
    {InlineSpan::Kind::Link, "link"_L1},
    {InlineSpan::Kind::Code, "code"_L1},
};

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        if (v.isString())
            out << v.toString();
    return out;
}

void putIfSet(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonArray spansToJson(const QList<InlineSpan> &spans)
{
    QJsonArray array;
    for (const InlineSpan &span : spans) {
        QJsonObject o {
            {"kind"_L1, InlineSpan::kindName(span.kind)}, {"start"_L1, span.start}, {"end"_L1, span.end}};
        putIfSet(o, "href"_L1, span.href);
        array.append(o);
    }
    return array;
}

QJsonArray rowsToJson(const QList<QList<TableCell>> &rows)
{
    QJsonArray array;
    for (const QList<TableCell> &row : rows) {
        QJsonArray cells;
        for (const TableCell &cell : row) {
            QJsonObject o {{"text"_L1, cell.text}};
            if (cell.header)
                o.insert("header"_L1, true);
            if (cell.colspan > 1)
                o.insert("colspan"_L1, cell.colspan);
            if (cell.rowspan > 1)
                o.insert("rowspan"_L1, cell.rowspan);
            cells.append(o);
        }
        array.append(cells);
    }
    return array;
}

QList<QList<TableCell>> rowsFromJson(const QJsonValue &value)
{
    QList<QList<TableCell>> rows;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &row : array) {
        QList<TableCell> cells;
        const QJsonArray cellArray = row.toArray();
        for (const QJsonValue &c : cellArray) {
            const QJsonObject o = c.toObject();
            cells.append({o.value("text"_L1).toString(), o.value("header"_L1).toBool(),
                          qMax(1, o.value("colspan"_L1).toInt(1)), qMax(1, o.value("rowspan"_L1).toInt(1))});
        }
        rows.append(cells);
    }
    return rows;
}
} // namespace

QString InlineSpan::kindName(Kind kind)
{
    for (const auto &entry : SpanKindNames)
        if (entry.kind == kind)
            return entry.name;
    return u"em"_s;
}

std::optional<InlineSpan::Kind> InlineSpan::kindFromName(const QString &name)
{
    for (const auto &entry : SpanKindNames)
        if (entry.name == name)
            return entry.kind;
    return std::nullopt;
}

QString Block::tableText(const QList<QList<TableCell>> &rows)
{
    QString text;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (r > 0)
            text += u'\n';
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            if (c > 0)
                text += u'\t';
            text += rows.at(r).at(c).text;
        }
    }
    return text;
}

QString Block::kindName(Kind kind)
{
    for (const auto &entry : KindNames)
        if (entry.kind == kind)
            return entry.name;
    return u"paragraph"_s;
}

std::optional<Block::Kind> Block::kindFromName(const QString &name)
{
    for (const auto &entry : KindNames)
        if (entry.name == name)
            return entry.kind;
    return std::nullopt;
}

void Article::rebuildText()
{
    QString joined;
    qsizetype size = 0;
    for (const Block &block : std::as_const(blocks))
        size += block.text.size() + BlockSeparator.size();
    joined.reserve(size);
    for (Block &block : blocks) {
        if (!joined.isEmpty())
            joined += BlockSeparator;
        block.start = joined.size();
        joined += block.text;
    }
    text = joined;
}

namespace {
constexpr QChar ByteOrderMark(0xFEFF);

/// Removes the marks from `text`, and then the white space they leave at
/// either end; `spans`, offsets into it, follow their words.
void dropMarks(QString &text, QList<InlineSpan> *spans = nullptr, bool trim = true)
{
    if (!text.contains(ByteOrderMark))
        return;
    QList<qsizetype> gone(text.size() + 1); // units removed before each offset
    QString kept;
    kept.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        gone[i] = i - kept.size();
        if (text.at(i) != ByteOrderMark)
            kept += text.at(i);
    }
    gone[text.size()] = text.size() - kept.size();
    qsizetype lead = 0;
    qsizetype length = kept.size();
    if (trim) {
        while (lead < length && kept.at(lead).isSpace())
            ++lead;
        while (length > lead && kept.at(length - 1).isSpace())
            --length;
    }
    if (spans) {
        const auto map = [&](qsizetype offset) {
            offset = qBound<qsizetype>(0, offset, text.size());
            return qBound<qsizetype>(0, offset - gone.at(offset) - lead, length - lead);
        };
        for (InlineSpan &span : *spans) {
            span.start = map(span.start);
            span.end = map(span.end);
        }
        spans->removeIf([](const InlineSpan &span) { return span.end <= span.start; });
    }
    text = kept.sliced(lead, length - lead);
}

void dropMarks(QStringList &list)
{
    for (QString &s : list)
        dropMarks(s);
    list.removeAll(QString());
}
} // namespace

void Article::dropByteOrderMarks()
{
    for (QString *s :
         {&title, &byline, &published, &modified, &site, &url, &lang, &signOff, &leadImage, &excerpt})
        dropMarks(*s);
    dropMarks(authors);
    dropMarks(agencies);
    for (qsizetype i = 0; i < removed.size();) {
        dropMarks(removed[i].text);
        if (removed.at(i).text.isEmpty())
            removed.removeAt(i);
        else
            ++i;
    }
    for (qsizetype i = 0; i < blocks.size();) {
        Block &b = blocks[i];
        const bool marked = b.text.contains(ByteOrderMark);
        dropMarks(b.credit);
        dropMarks(b.alt);
        dropMarks(b.imageUrl);
        for (InlineSpan &span : b.spans)
            dropMarks(span.href);
        // A table's text is its cells': both lose the same marks, and
        // neither is trimmed, so that the text still maps onto the cells.
        const bool table = b.kind == Block::Kind::Table;
        for (QList<TableCell> &row : b.rows)
            for (TableCell &cell : row)
                dropMarks(cell.text, nullptr, false);
        dropMarks(b.text, &b.spans, !table);
        if (marked && b.text.trimmed().isEmpty()) {
            blocks.removeAt(i);
            for (RemovedBlock &r : removed)
                if (r.beforeBlock > i)
                    --r.beforeBlock;
            continue;
        }
        ++i;
    }
    rebuildText();
}

QString Article::contentHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject Article::toJson() const
{
    QJsonObject o;
    o.insert("schemaVersion"_L1, SchemaVersion);
    o.insert("title"_L1, title);
    o.insert("authors"_L1, toArray(authors));
    putIfSet(o, "byline"_L1, byline);
    putIfSet(o, "published"_L1, published);
    putIfSet(o, "modified"_L1, modified);
    putIfSet(o, "site"_L1, site);
    putIfSet(o, "url"_L1, url);
    putIfSet(o, "lang"_L1, lang);
    o.insert("dir"_L1, dir);
    if (!agencies.isEmpty())
        o.insert("agencies"_L1, toArray(agencies));
    putIfSet(o, "signOff"_L1, signOff);
    putIfSet(o, "sourceKind"_L1, sourceKind);
    putIfSet(o, "leadImage"_L1, leadImage);
    putIfSet(o, "excerpt"_L1, excerpt);

    QJsonArray blockArray;
    for (const Block &b : blocks) {
        QJsonObject jb;
        jb.insert("kind"_L1, Block::kindName(b.kind));
        jb.insert("text"_L1, b.text);
        jb.insert("start"_L1, b.start);
        if (b.level > 0)
            jb.insert("level"_L1, b.level);
        putIfSet(jb, "credit"_L1, b.credit);
        putIfSet(jb, "alt"_L1, b.alt);
        putIfSet(jb, "image"_L1, b.imageUrl);
        if (!b.spans.isEmpty())
            jb.insert("spans"_L1, spansToJson(b.spans));
        if (b.kind == Block::Kind::Table)
            jb.insert("rows"_L1, rowsToJson(b.rows));
        blockArray.append(jb);
    }
    o.insert("blocks"_L1, blockArray);

    QJsonArray removedArray;
    for (const RemovedBlock &r : removed) {
        removedArray.append(
            QJsonObject {{"text"_L1, r.text}, {"reason"_L1, r.reason}, {"beforeBlock"_L1, r.beforeBlock}});
    }
    o.insert("removed"_L1, removedArray);
    o.insert("text"_L1, text);
    o.insert("contentHash"_L1, contentHash());
    return o;
}

Result<Article> Article::fromJson(const QJsonObject &o)
{
    auto fail = [](const QString &why) {
        return Error {
            Error::Code::Format,
            QCoreApplication::translate("Gloss::Article", "The article data is damaged: %1").arg(why)};
    };
    const int version = o.value("schemaVersion"_L1).toInt(-1);
    if (version < 1)
        return fail(u"no schema version"_s);
    if (version > SchemaVersion)
        return Error {Error::Code::Unsupported,
                      QCoreApplication::translate(
                          "Gloss::Article",
                          "This article was saved by a newer Gloss (schema %1; this version reads up "
                          "to %2). Update Gloss to open it.")
                          .arg(version)
                          .arg(SchemaVersion)};
    if (!o.value("blocks"_L1).isArray())
        return fail(u"\"blocks\" is not a list"_s);

    Article a;
    a.title = o.value("title"_L1).toString();
    a.authors = toStringList(o.value("authors"_L1));
    a.byline = o.value("byline"_L1).toString();
    a.published = o.value("published"_L1).toString();
    a.modified = o.value("modified"_L1).toString();
    a.site = o.value("site"_L1).toString();
    a.url = o.value("url"_L1).toString();
    a.lang = o.value("lang"_L1).toString();
    a.dir = o.value("dir"_L1).toString(u"ltr"_s) == "rtl"_L1 ? u"rtl"_s : u"ltr"_s;
    a.agencies = toStringList(o.value("agencies"_L1));
    a.signOff = o.value("signOff"_L1).toString();
    a.sourceKind = o.value("sourceKind"_L1).toString();
    a.leadImage = o.value("leadImage"_L1).toString();
    a.excerpt = o.value("excerpt"_L1).toString();

    const QJsonArray blockArray = o.value("blocks"_L1).toArray();
    for (const QJsonValue &v : blockArray) {
        if (!v.isObject())
            return fail(u"a block is not an object"_s);
        const QJsonObject jb = v.toObject();
        const auto kind = Block::kindFromName(jb.value("kind"_L1).toString());
        if (!kind)
            return fail(u"unknown block kind \"%1\""_s.arg(jb.value("kind"_L1).toString()));
        Block b;
        b.kind = *kind;
        b.text = jb.value("text"_L1).toString();
        b.level = jb.value("level"_L1).toInt();
        b.credit = jb.value("credit"_L1).toString();
        b.alt = jb.value("alt"_L1).toString();
        b.imageUrl = jb.value("image"_L1).toString();
        const QJsonArray spanArray = jb.value("spans"_L1).toArray();
        for (const QJsonValue &sv : spanArray) {
            const QJsonObject js = sv.toObject();
            // A kind this version does not know is formatting it cannot show: skip it.
            const auto spanKind = InlineSpan::kindFromName(js.value("kind"_L1).toString());
            if (!spanKind)
                continue;
            InlineSpan span {*spanKind, js.value("start"_L1).toInteger(-1), js.value("end"_L1).toInteger(-1),
                             js.value("href"_L1).toString()};
            if (span.start < 0 || span.end < span.start || span.end > b.text.size())
                return fail(u"a span lies outside its block"_s);
            b.spans.append(span);
        }
        if (b.kind == Block::Kind::Table) {
            b.rows = rowsFromJson(jb.value("rows"_L1));
            if (Block::tableText(b.rows) != b.text)
                return fail(u"a table's text does not match its cells"_s);
        }
        a.blocks.append(b);
    }
    const QJsonArray removedArray = o.value("removed"_L1).toArray();
    for (const QJsonValue &v : removedArray) {
        const QJsonObject jr = v.toObject();
        a.removed.append({jr.value("text"_L1).toString(), jr.value("reason"_L1).toString(),
                          qBound<qsizetype>(0, jr.value("beforeBlock"_L1).toInteger(), a.blocks.size())});
    }
    // The canonical text is derived, never trusted from disk.
    a.rebuildText();
    const QString storedText = o.value("text"_L1).toString();
    if (!storedText.isEmpty() && storedText != a.text)
        return fail(u"the stored text does not match its blocks"_s);
    return a;
}

std::optional<Article> Article::withRemovedRestored(qsizetype index) const
{
    if (index < 0 || index >= removed.size())
        return std::nullopt;
    Article article = *this;
    const RemovedBlock restored = article.removed.takeAt(index);
    const qsizetype at = qBound<qsizetype>(0, restored.beforeBlock, article.blocks.size());
    Block block;
    block.kind = Block::Kind::Paragraph;
    block.text = restored.text;
    article.blocks.insert(at, block);
    // Text removed after this point now stands one block further on.
    for (qsizetype i = 0; i < article.removed.size(); ++i)
        if (article.removed[i].beforeBlock > at || (article.removed[i].beforeBlock == at && i >= index))
            ++article.removed[i].beforeBlock;
    article.rebuildText();
    return article;
}

} // namespace Gloss
