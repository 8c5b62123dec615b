// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/htmlmetadata.h"

#include "article/htmldom.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
// Meta values are often escaped twice ("&amp;quot;"); the parser undid one level.
QString unescapeEntities(QString s)
{
    if (!s.contains(u'&'))
        return s;
    s.replace(u"&quot;"_s, u"\""_s).replace(u"&apos;"_s, u"'"_s).replace(u"&lt;"_s, u"<"_s);
    s.replace(u"&gt;"_s, u">"_s);
    static const QRegularExpression numeric(u"&#(?:x([0-9a-fA-F]+)|([0-9]+));"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        uint code = m.captured(1).isEmpty() ? m.captured(2).toUInt() : m.captured(1).toUInt(nullptr, 16);
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            code = 0xFFFD;
        out += QStringView(s).mid(last, m.capturedStart() - last);
        out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    out.replace(u"&amp;"_s, u"&"_s);
    return out;
}

int wordCount(const QString &s)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    return int(s.split(spaces).size());
}

QStringList similarityTokens(const QString &text)
{
    QStringList tokens;
    QString current;
    for (QChar c : text.toLower()) {
        // Chinese and Japanese do not separate words: each character is one.
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF)) {
            if (!current.isEmpty())
                tokens.append(std::exchange(current, {}));
            tokens.append(QString(c));
            continue;
        }
        if (c.isLetterOrNumber() || c == u'_') {
            current += c;
        } else if (!current.isEmpty()) {
            tokens.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}

bool isArticleType(const QJsonValue &type)
{
    static const QRegularExpression articleTypes(
        u"^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|"
        "BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|"
        "SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|"
        "LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$"_s);
    if (type.isArray()) {
        const QJsonArray types = type.toArray();
        for (const QJsonValue &t : types)
            if (articleTypes.match(t.toString()).hasMatch())
                return true;
        return false;
    }
    return type.isString() && articleTypes.match(type.toString()).hasMatch();
}

// The first object of an article type in one JSON-LD script: the object
// itself, an item of a list, or an item of its @graph.
QJsonObject articleObject(const QJsonDocument &doc)
{
    QList<QJsonObject> candidates;
    auto addWithGraph = [&](const QJsonObject &o) {
        candidates.append(o);
        const QJsonArray graph = o.value("@graph"_L1).toArray();
        for (const QJsonValue &g : graph)
            candidates.append(g.toObject());
    };
    if (doc.isArray()) {
        const QJsonArray array = doc.array();
        for (const QJsonValue &v : array)
            addWithGraph(v.toObject());
    } else {
        addWithGraph(doc.object());
    }
    for (const QJsonObject &o : std::as_const(candidates))
        if (isArticleType(o.value("@type"_L1)))
            return o;
    return {};
}

QString stringOrUrl(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isArray())
        return stringOrUrl(v.toArray().first());
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.value("url"_L1).isString())
            return o.value("url"_L1).toString().trimmed();
        return o.value("@id"_L1).toString().trimmed();
    }
    return {};
}

QStringList authorNames(const QJsonValue &author)
{
    QStringList names;
    auto add = [&](const QJsonValue &v) {
        QString name = v.isObject() ? v.toObject().value("name"_L1).toString() : v.toString();
        name = name.simplified();
        if (!name.isEmpty() && !name.contains(u"://"_s) && !names.contains(name))
            names.append(name);
    };
    if (author.isArray()) {
        const QJsonArray array = author.toArray();
        for (const QJsonValue &v : array)
            add(v);
    } else {
        add(author);
    }
    return names;
}

struct JsonLd {
    QString name, headline, description, publisher, published, modified, image, body, url, lang;
    QStringList authors;
};

JsonLd readJsonLd(const QString &script)
{
    QString content = script.trimmed();
    if (content.startsWith(u"<![CDATA["_s))
        content = content.mid(9);
    if (content.endsWith(u"]]>"_s))
        content.chop(3);
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(content.toUtf8(), &error);
    if (doc.isNull()) {
        // Raw line breaks inside strings are a common fault; JSON wants them escaped.
        content.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
        doc = QJsonDocument::fromJson(content.toUtf8(), &error);
    }
    const QJsonObject o = articleObject(doc);
    JsonLd ld;
    if (o.isEmpty())
        return ld;
    ld.name = o.value("name"_L1).toString().trimmed();
    ld.headline = o.value("headline"_L1).toString().trimmed();
    ld.description = o.value("description"_L1).toString().trimmed();
    ld.publisher = o.value("publisher"_L1).toObject().value("name"_L1).toString().trimmed();
    ld.published = o.value("datePublished"_L1).toString().trimmed();
    ld.modified = o.value("dateModified"_L1).toString().trimmed();
    ld.image = stringOrUrl(o.value("image"_L1));
    ld.body = o.value("articleBody"_L1).toString();
    ld.url = o.value("url"_L1).isString() ? o.value("url"_L1).toString()
                                          : stringOrUrl(o.value("mainEntityOfPage"_L1));
    ld.lang = o.value("inLanguage"_L1).toString();
    ld.authors = authorNames(o.value("author"_L1));
    return ld;
}

// Readability's _getArticleTitle: the <title> without the site's name.
QString titleFromDocument(const HtmlDom &dom, const QString &documentTitle)
{
    const QString orig = documentTitle.trimmed();
    QString cur = orig;
    bool hierarchical = false;
    // Readability's separators, with the en and em dashes its newer versions added.
    static const QRegularExpression separator(u" [\\|\\-–—\\\\/>»] "_s);
    static const QRegularExpression hierarchy(u" [\\\\/>»] "_s);
    static const QRegularExpression firstPart(u"^[^\\|\\-–—\\\\/>»]*[\\|\\-–—\\\\/>»]"_s);
    static const QRegularExpression anySeparators(u"[\\|\\-–—\\\\/>»]+"_s);
    auto headings = [&](bool onlyH1) {
        QList<int> found;
        for (int i = 0; i < dom.size(); ++i)
            if (dom.isElement(i, GUMBO_TAG_H1) || (!onlyH1 && dom.isElement(i, GUMBO_TAG_H2)))
                found.append(i);
        return found;
    };
    if (separator.match(cur).hasMatch()) {
        hierarchical = hierarchy.match(cur).hasMatch();
        qsizetype lastAt = 0;
        for (auto it = separator.globalMatch(orig); it.hasNext();)
            lastAt = it.next().capturedStart();
        cur = orig.left(lastAt);
        if (wordCount(cur) < 3)
            cur = QString(orig).remove(firstPart);
    } else if (cur.contains(u": "_s)) {
        bool match = false;
        for (int h : headings(false))
            match = match || dom.plainText(h).trimmed() == cur;
        if (!match) {
            cur = orig.mid(orig.lastIndexOf(u':') + 1);
            if (wordCount(cur) < 3)
                cur = orig.mid(orig.indexOf(u':') + 1);
            else if (wordCount(orig.left(orig.indexOf(u':'))) > 5)
                cur = orig;
        }
    } else if (cur.size() > 150 || cur.size() < 15) {
        const QList<int> h1s = headings(true);
        if (h1s.size() == 1)
            cur = dom.plainText(h1s.first()).simplified();
    }
    cur = cur.simplified();
    const int words = wordCount(cur);
    if (words <= 4 && (!hierarchical || words != wordCount(QString(orig).remove(anySeparators)) - 1))
        cur = orig;
    return cur;
}

QString primaryLanguage(QString tag)
{
    tag = tag.trimmed().toLower().replace(u'_', u'-');
    return tag.section(u'-', 0, 0);
}
// A <meta> tag: Readability's keys into `values` (the last tag wins), every
// other name into `extra` (the first wins).
void readMeta(const HtmlDom &dom, int i, QHash<QString, QString> &values, QHash<QString, QString> &extra)
{
    static const QRegularExpression propertyPattern(
        u"\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|"
        "title|site_name)\\s*"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression namePattern(
        u"^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-\\.:]\\s*)?"
        "(author|creator|pub-date|description|title|site_name)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spaces(u"\\s"_s);

    const QString content = dom.attributeText(i, "content");
    if (content.isEmpty())
        return;
    const QString property = dom.attributeText(i, "property");
    const QString name = dom.attributeText(i, "name");
    bool matched = false;
    if (!property.isEmpty()) {
        if (const auto m = propertyPattern.match(property); m.hasMatch()) {
            values.insert(m.captured(0).toLower().remove(spaces), content);
            matched = true;
        }
    }
    if (!matched && !name.isEmpty() && namePattern.match(name).hasMatch())
        values.insert(name.toLower().remove(spaces).replace(u'.', u':'), content);
    for (const QString &key :
         {property, name, dom.attributeText(i, "itemprop"), dom.attributeText(i, "http-equiv")}) {
        if (!key.isEmpty() && !extra.contains(key.toLower()))
            extra.insert(key.toLower(), content);
    }
}

// The page's language and direction, from <html>, else <body>.
void readLanguage(const HtmlDom &dom, HtmlMetadata &meta)
{
    if (dom.html() >= 0) {
        meta.lang = dom.attributeText(dom.html(), "lang");
        if (meta.lang.isEmpty())
            meta.lang = dom.attributeText(dom.html(), "xml:lang");
        meta.dir = dom.attributeText(dom.html(), "dir").toLower();
    }
    if (meta.dir.isEmpty() && dom.body() >= 0)
        meta.dir = dom.attributeText(dom.body(), "dir").toLower();
    if (meta.dir != "rtl"_L1 && meta.dir != "ltr"_L1)
        meta.dir.clear();
}

// JSON-LD's name or headline, whichever the document's own title is closer to.
QString titleFromJsonLd(const JsonLd &ld, const QString &fromDocument)
{
    if (!ld.name.isEmpty() && !ld.headline.isEmpty() && ld.name != ld.headline) {
        const bool nameMatches = HtmlMetadata::textSimilarity(ld.name, fromDocument) > 0.75;
        const bool headlineMatches = HtmlMetadata::textSimilarity(ld.headline, fromDocument) > 0.75;
        return headlineMatches && !nameMatches ? ld.headline : ld.name;
    } else {
        return !ld.name.isEmpty() ? ld.name : ld.headline;
    }
}

} // namespace

double HtmlMetadata::textSimilarity(const QString &a, const QString &b)
{
    const QStringList tokensA = similarityTokens(a);
    const QStringList tokensB = similarityTokens(b);
    if (tokensA.isEmpty() || tokensB.isEmpty())
        return 0;
    QStringList unique;
    for (const QString &t : tokensB)
        if (!tokensA.contains(t))
            unique.append(t);
    const double distance = double(unique.join(u' ').size()) / double(tokensB.join(u' ').size());
    return 1 - distance;
}

QString HtmlMetadata::resolve(const QUrl &base, const QString &href)
{
    if (href.isEmpty() || href.startsWith(u"http://"_s) || href.startsWith(u"https://"_s) ||
        href.startsWith(u"mailto:"_s) || href.startsWith(u"data:"_s) || !base.isValid())
        return href;
    const QUrl resolved = base.resolved(QUrl(href));
    return resolved.isValid() ? resolved.toString() : href;
}

HtmlMetadata HtmlMetadata::read(const HtmlDom &dom, const QUrl &pageUrl)
{
    HtmlMetadata meta;
    QHash<QString, QString> values; // Readability's: the last tag wins
    QHash<QString, QString> extra; // everything else: the first tag wins
    JsonLd ld;
    bool haveLd = false;
    QString canonical, base, imageSrc;

    for (int i = 0; i < dom.size(); ++i) {
        const HtmlDom::Node &n = dom[i];
        if (n.type != HtmlDom::Type::Element)
            continue;
        switch (n.tag) {
        case GUMBO_TAG_TITLE:
            if (meta.documentTitle.isEmpty() && n.gumbo->v.element.tag_namespace == GUMBO_NAMESPACE_HTML)
                meta.documentTitle = dom.plainText(i).simplified();
            break;
        case GUMBO_TAG_BASE:
            if (base.isEmpty())
                base = dom.attributeText(i, "href");
            break;
        case GUMBO_TAG_LINK: {
            const QString rel = dom.attributeText(i, "rel").toLower();
            if (rel == "canonical"_L1 && canonical.isEmpty())
                canonical = dom.attributeText(i, "href");
            else if (rel == "image_src"_L1 && imageSrc.isEmpty())
                imageSrc = dom.attributeText(i, "href");
            break;
        }
        case GUMBO_TAG_SCRIPT:
            if (!haveLd && dom.attributeText(i, "type").toLower() == "application/ld+json"_L1) {
                QString script;
                for (int c = i + 1; c < n.end; ++c)
                    script += dom.text(c);
                ld = readJsonLd(script);
                haveLd = !ld.name.isEmpty() || !ld.headline.isEmpty() || !ld.authors.isEmpty() ||
                    !ld.published.isEmpty() || !ld.body.isEmpty();
            }
            break;
        case GUMBO_TAG_META:
            readMeta(dom, i, values, extra);
            break;
        default:
            break;
        }
    }
    readLanguage(dom, meta);

    const QString fromDocument = titleFromDocument(dom, meta.documentTitle);
    const QString ldTitle = titleFromJsonLd(ld, fromDocument);
    auto first = [](std::initializer_list<QString> candidates) {
        for (const QString &c : candidates)
            if (!c.isEmpty())
                return c;
        return QString();
    };
    meta.title = first({ldTitle, values.value(u"dc:title"_s), values.value(u"dcterm:title"_s),
                        values.value(u"og:title"_s), values.value(u"weibo:article:title"_s),
                        values.value(u"weibo:webpage:title"_s), values.value(u"title"_s),
                        values.value(u"twitter:title"_s), values.value(u"parsely-title"_s)});
    if (meta.title.isEmpty())
        meta.title = fromDocument;
    const QString articleAuthor = values.value(u"article:author"_s);
    meta.byline =
        first({ld.authors.join(u", "_s), values.value(u"dc:creator"_s), values.value(u"dcterm:creator"_s),
               values.value(u"author"_s), values.value(u"parsely-author"_s),
               articleAuthor.contains(u"://"_s) ? QString() : articleAuthor});
    meta.authors = ld.authors;
    meta.excerpt =
        first({ld.description, values.value(u"dc:description"_s), values.value(u"dcterm:description"_s),
               values.value(u"og:description"_s), values.value(u"weibo:article:description"_s),
               values.value(u"weibo:webpage:description"_s), values.value(u"description"_s),
               values.value(u"twitter:description"_s)});
    meta.siteName =
        first({ld.publisher, values.value(u"og:site_name"_s), extra.value(u"application-name"_s)});
    meta.published = first(
        {ld.published, values.value(u"article:published_time"_s), values.value(u"parsely-pub-date"_s),
         extra.value(u"datepublished"_s), extra.value(u"article.published"_s), extra.value(u"publish-date"_s),
         extra.value(u"pubdate"_s), extra.value(u"sailthru.date"_s), extra.value(u"dc.date.issued"_s),
         extra.value(u"dcterms.date"_s), extra.value(u"dc.date"_s), extra.value(u"date"_s)});
    meta.modified =
        first({ld.modified, extra.value(u"article:modified_time"_s), extra.value(u"datemodified"_s),
               extra.value(u"og:updated_time"_s), extra.value(u"dcterms.modified"_s)});
    meta.title = unescapeEntities(meta.title).simplified();
    meta.byline = unescapeEntities(meta.byline).simplified();
    meta.excerpt = unescapeEntities(meta.excerpt).simplified();
    meta.siteName = unescapeEntities(meta.siteName).simplified();
    meta.articleBody = ld.body;
    if (meta.lang.isEmpty())
        meta.lang = first({extra.value(u"content-language"_s), ld.lang, extra.value(u"og:locale"_s),
                           extra.value(u"language"_s)});
    meta.lang = primaryLanguage(meta.lang);

    const QString canonicalUrl = first({canonical, extra.value(u"og:url"_s), ld.url});
    const QUrl canonicalAbsolute =
        pageUrl.isValid() ? pageUrl.resolved(QUrl(canonicalUrl)) : QUrl(canonicalUrl);
    if (canonicalAbsolute.isValid() && !canonicalAbsolute.isRelative())
        meta.url = canonicalAbsolute.toString();
    const QUrl documentUrl = pageUrl.isValid() ? pageUrl : QUrl(meta.url);
    meta.baseUrl = base.isEmpty() ? documentUrl : documentUrl.resolved(QUrl(base));
    if (meta.baseUrl.isRelative())
        meta.baseUrl = QUrl();
    meta.leadImage = resolve(
        meta.baseUrl,
        first({extra.value(u"og:image"_s), extra.value(u"og:image:url"_s), extra.value(u"twitter:image"_s),
               extra.value(u"twitter:image:src"_s), ld.image, imageSrc}));
    return meta;
}

} // namespace Gloss
