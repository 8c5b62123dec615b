// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/anchorcommand.h"

#include "annotations/anchoring.h"
#include "article/cleaner.h"
#include "core/jsonfile.h"
#include "text/codepoints.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTextStream>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::AnchorCommand)
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString usageText()
{
    return Tr::tr(
        "Usage: gloss-cli anchor --text FILE --selector SELECTOR.json\n"
        "Finds a highlight again in a text and prints {\"start\", \"end\", \"score\", \"status\"}.\n"
        "FILE is UTF-8 text (or an article.json); SELECTOR.json is a TextQuoteSelector, a\n"
        "TextPositionSelector, a list of both, or an annotation with target.selector.\n"
        "Positions are UTF-16 code units unless the JSON has \"positionUnit\": \"codepoint\";\n"
        "the output uses the same unit.\n");
}

int usageError(const QString &problem)
{
    err() << problem << '\n' << usageText() << Qt::flush;
    return 2;
}

int fileError(const QString &path, const QString &problem)
{
    err() << path << ": " << problem << Qt::endl;
    return 1;
}

/// What a selector file says.
struct Target {
    std::optional<Anchoring::QuoteSelector> quote;
    qint64 start = -1;
    qint64 end = -1;
    bool codePoints = false;
};

Result<Target> parseTarget(const QJsonDocument &document)
{
    Target target;
    QJsonArray selectors;
    if (document.isArray()) {
        selectors = document.array();
    } else {
        const QJsonObject top = document.object();
        const QJsonValue unit = top.value("positionUnit"_L1);
        if (!unit.isUndefined()) {
            const QString name = unit.toString().toLower();
            if (name == "codepoint"_L1 || name == "code-point"_L1 || name == "codepoints"_L1)
                target.codePoints = true;
            else if (name != "utf16"_L1 && name != "utf-16"_L1)
                return Error {
                    Error::Code::Format,
                    Tr::tr("Unknown positionUnit \"%1\" (codepoint or utf16).").arg(unit.toString())};
        }
        QJsonValue selector;
        if (top.contains("type"_L1)) {
            selector = top;
        } else {
            QJsonValue holder = top.contains("target"_L1) ? top.value("target"_L1) : QJsonValue(top);
            if (holder.isArray()) // several targets: the first one that has a selector
                for (const QJsonValue &t : holder.toArray())
                    if (t.toObject().contains("selector"_L1)) {
                        holder = t;
                        break;
                    }
            selector = holder.toObject().value("selector"_L1);
        }
        if (selector.isArray())
            selectors = selector.toArray();
        else if (selector.isObject())
            selectors.append(selector);
    }

    for (const QJsonValue &v : std::as_const(selectors)) {
        const QJsonObject s = v.toObject();
        const QString type = s.value("type"_L1).toString();
        if (type == "TextQuoteSelector"_L1) {
            if (!s.value("exact"_L1).isString())
                return Error {Error::Code::Format, Tr::tr("The TextQuoteSelector has no \"exact\" text.")};
            target.quote =
                Anchoring::QuoteSelector {s.value("exact"_L1).toString(), s.value("prefix"_L1).toString(),
                                          s.value("suffix"_L1).toString()};
        } else if (type == "TextPositionSelector"_L1) {
            const qint64 start = s.value("start"_L1).toInteger(-1);
            const qint64 end = s.value("end"_L1).toInteger(-1);
            if (start < 0 || end < start)
                return Error {Error::Code::Format,
                              Tr::tr("The TextPositionSelector needs 0 <= start <= end (integers).")};
            target.start = start;
            target.end = end;
        }
    }
    if (!target.quote && target.start < 0)
        return Error {Error::Code::Format, Tr::tr("No TextQuoteSelector or TextPositionSelector found.")};
    return target;
}

Result<QString> readText(const QString &path)
{
    auto bytes = JsonFile::readBytes(path, Cleaner::MaxInputBytes);
    if (!bytes)
        return bytes.error();
    // An article.json from the library: its canonical text.
    if (bytes.value().trimmed().startsWith('{')) {
        const QJsonObject article = QJsonDocument::fromJson(bytes.value()).object();
        if (article.contains("schemaVersion"_L1) && article.value("text"_L1).isString())
            return article.value("text"_L1).toString();
    }
    QStringDecoder decoder(QStringConverter::Utf8); // drops a leading BOM
    QString text = decoder.decode(bytes.value());
    if (decoder.hasError())
        return Error {Error::Code::Parse, Tr::tr("The text is not valid UTF-8.")};
    return text;
}

} // namespace

int runAnchorCommand(const QStringList &arguments)
{
    QString textPath;
    QString selectorPath;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == "-h"_L1 || arg == "--help"_L1) {
            QTextStream(stdout) << usageText();
            return 0;
        }
        QString *value = nullptr;
        QString name = arg;
        std::optional<QString> inlineValue;
        if (const qsizetype eq = arg.indexOf(u'='); arg.startsWith("--"_L1) && eq > 0) {
            name = arg.left(eq);
            inlineValue = arg.mid(eq + 1);
        }
        if (name == "--text"_L1)
            value = &textPath;
        else if (name == "--selector"_L1)
            value = &selectorPath;
        else
            return usageError(Tr::tr("Unknown argument: %1").arg(arg));
        if (inlineValue)
            *value = *inlineValue;
        else if (i + 1 < arguments.size())
            *value = arguments.at(++i);
        else
            return usageError(Tr::tr("%1 needs a file name.").arg(name));
    }
    if (textPath.isEmpty() || selectorPath.isEmpty())
        return usageError(Tr::tr("Both --text and --selector are required."));

    const auto text = readText(textPath);
    if (!text)
        return fileError(textPath, text.error().message);
    const auto selectorBytes = JsonFile::readBytes(selectorPath, 16LL * 1024 * 1024);
    if (!selectorBytes)
        return fileError(selectorPath, selectorBytes.error().message);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(selectorBytes.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fileError(
            selectorPath,
            Tr::tr("Invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    const auto target = parseTarget(document);
    if (!target)
        return fileError(selectorPath, target.error().message);

    const QString &t = text.value();
    const Target &s = target.value();
    qsizetype start = s.start;
    qsizetype end = s.end;
    bool inRange = s.start >= 0;
    if (s.codePoints && s.start >= 0) {
        inRange = s.end <= CodePoints::count(t);
        start = CodePoints::toUtf16(t, s.start);
        end = CodePoints::toUtf16(t, s.end);
    } else if (s.start >= 0) {
        inRange = s.end <= t.size();
    }

    Anchoring::Match match;
    if (s.quote) {
        match = Anchoring::anchor(t, *s.quote, inRange ? start : -1, inRange ? end : -1);
    } else if (inRange) {
        // A position alone is its own answer (W3C): nothing to verify it against.
        match = {start, end, 1.0, Anchoring::Status::Exact};
    }

    QJsonObject out;
    if (match.start >= 0) {
        out.insert("start"_L1, qint64(s.codePoints ? CodePoints::fromUtf16(t, match.start) : match.start));
        out.insert(
            "end"_L1,
            qint64(s.codePoints ? CodePoints::fromUtf16(t, match.end, CodePoints::Rounding::Up) : match.end));
    } else {
        out.insert("start"_L1, QJsonValue::Null);
        out.insert("end"_L1, QJsonValue::Null);
    }
    out.insert("score"_L1, match.score);
    out.insert("status"_L1, Anchoring::statusName(match.status));
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

} // namespace Gloss
