// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "entities/nerevaluation.h"
#include "entities/nertagger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Gloss::Cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::Cli)
};

QString typeCode(Entity::Type type)
{
    switch (type) {
    case Entity::Type::Person:
        return u"PER"_s;
    case Entity::Type::Organisation:
        return u"ORG"_s;
    case Entity::Type::Place:
        return u"LOC"_s;
    case Entity::Type::Other:
    case Entity::Type::Date: // the tagger gives names only
    case Entity::Type::Figure:
    case Entity::Type::Quote:
        break;
    }
    return u"MISC"_s;
}

// Whether the first token line has a tag column.
bool hasTags(const QByteArray &bytes)
{
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        qsizetype eol = bytes.indexOf('\n', pos);
        if (eol < 0)
            eol = bytes.size();
        const QByteArray line = bytes.mid(pos, eol - pos).trimmed();
        pos = eol + 1;
        if (!line.isEmpty() && !line.startsWith("-DOCSTART-"))
            return line.contains('\t') || line.contains(' ');
    }
    return false;
}
} // namespace

int tag(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Tags names (PER, ORG, LOC, MISC). Reads CoNLL-style tokens on standard input: one token a "
               "line, optionally followed by its gold tag, a blank line between sentences, -DOCSTART- "
               "between documents. Writes each token with its IOB2 tag (after the gold tag, if any)."));
    parser.addHelpOption();
    const QCommandLineOption modelOption(u"model"_s, Tr::tr("The model file (default: the shipped one)."),
                                         Tr::tr("FILE"));
    const QCommandLineOption evaluateOption(
        u"evaluate"_s, Tr::tr("Score the tags against the gold column and print a conlleval-style report."));
    const QCommandLineOption textOption(
        u"text"_s,
        Tr::tr("Read plain text instead and print each name as start, end, type and text "
               "(UTF-16 offsets)."));
    parser.addOptions({modelOption, evaluateOption, textOption});
    if (!parser.parse(QStringList {u"gloss-cli tag"_s} + arguments)) {
        err() << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    auto tagger =
        parser.isSet(modelOption) ? NerTagger::load(parser.value(modelOption)) : NerTagger::loadDefault();
    if (!tagger) {
        err() << tagger.error().message << Qt::endl;
        return 1;
    }

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err() << Tr::tr("Cannot read standard input: %1").arg(in.errorString()) << Qt::endl;
        return 1;
    }
    const QByteArray bytes = in.readAll();
    QTextStream out(stdout);
    if (parser.isSet(textOption)) {
        const QString text = QString::fromUtf8(bytes);
        for (const TaggedSpan &span : tagger.value().tag(text))
            out << span.start << '\t' << span.end << '\t' << typeCode(span.type) << '\t'
                << QStringView(text).mid(span.start, span.end - span.start).toString() << '\n';
        out.flush();
        return 0;
    }

    const bool gold = hasTags(bytes);
    if (parser.isSet(evaluateOption) && !gold) {
        err() << Tr::tr("--evaluate needs a gold tag column in the input.") << Qt::endl;
        return 2;
    }
    NerEvaluation evaluation;
    const QList<ConllDocument> documents = readConll(bytes);
    for (const ConllDocument &document : documents) {
        const QList<QStringList> predicted = tagger.value().tagSentences(document.words);
        if (parser.isSet(evaluateOption)) {
            for (qsizetype s = 0; s < predicted.size(); ++s)
                evaluation.addSentence(document.tags.at(s), predicted.at(s));
            continue;
        }
        if (documents.size() > 1)
            out << (gold ? "-DOCSTART-\tO\tO\n\n" : "-DOCSTART-\tO\n\n");
        for (qsizetype s = 0; s < predicted.size(); ++s) {
            for (qsizetype i = 0; i < predicted.at(s).size(); ++i) {
                out << document.words.at(s).at(i) << '\t';
                if (gold)
                    out << document.tags.at(s).at(i) << '\t';
                out << predicted.at(s).at(i) << '\n';
            }
            out << '\n';
        }
    }
    if (parser.isSet(evaluateOption))
        out << evaluation.report();
    out.flush();
    return 0;
}

} // namespace Gloss::Cli
