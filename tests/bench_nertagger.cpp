// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Tagging speed of the named-entity tagger, single-threaded: pre-tokenised
// CoNLL-2003 testa (when ../shared/data/ner exists) and raw text (the sample
// article repeated), in tokens per second; and the whole entity extractor on
// a 10,000-word article. Run by hand, not by ctest.
#include "article/cleaner.h"
#include "entities/entityextractor.h"
#include "entities/nerevaluation.h"
#include "entities/nertagger.h"
#include "entities/tokenizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <limits>

using namespace Gloss;
using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template<typename Run> double tokensPerSecond(qint64 tokens, Run run)
{
    run(); // warm-up
    QElapsedTimer timer;
    timer.start();
    int rounds = 0;
    do {
        run();
        ++rounds;
    } while (timer.elapsed() < 3000);
    return double(tokens) * rounds / (double(timer.nsecsElapsed()) / 1e9);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    auto tagger = NerTagger::loadDefault();
    if (!tagger) {
        out << tagger.error().message << Qt::endl;
        return 1;
    }
    QElapsedTimer loadTimer;
    loadTimer.start();
    for (int k = 0; k < 5; ++k)
        (void)NerTagger::loadDefault();
    out << "model load: " << loadTimer.elapsed() / 5 << " ms" << Qt::endl;

    const QString testa = QStringLiteral(GLOSS_SOURCE_DIR "/../shared/data/ner/conll2003/testa.tsv");
    if (QFileInfo::exists(testa)) {
        const QList<ConllDocument> docs = readConll(readAll(testa));
        qint64 tokens = 0;
        for (const ConllDocument &d : docs)
            for (const QStringList &s : d.words)
                tokens += s.size();
        const double speed = tokensPerSecond(tokens, [&] {
            for (const ConllDocument &d : docs)
                (void)tagger.value().tagSentences(d.words);
        });
        out << "testa, pre-tokenised (" << tokens << " tokens): " << qint64(speed) << " tokens/s" << Qt::endl;
    } else {
        out << "testa not found at " << testa << ", skipped" << Qt::endl;
    }

    auto article = Cleaner::clean(readAll(QStringLiteral(GLOSS_SOURCE_DIR "/resources/sample/palmyra.txt")));
    if (!article) {
        out << article.error().message << Qt::endl;
        return 1;
    }
    const QString text = article.value().text.repeated(200);
    const qint64 tokens = Tokenizer::tokenize(text).size();
    const double tokenizer = tokensPerSecond(tokens, [&] { (void)Tokenizer::tokenize(text); });
    out << "sample article x200, tokenizer only (" << tokens << " tokens): " << qint64(tokenizer)
        << " tokens/s" << Qt::endl;
    const double speed = tokensPerSecond(tokens, [&] { (void)tagger.value().tag(text); });
    out << "sample article x200, text to spans: " << qint64(speed) << " tokens/s" << Qt::endl;

    // The whole entity extractor on a 10,000-word article (the sample's
    // paragraphs again and again): best of five runs.
    Article big = article.value();
    big.blocks.clear();
    const qsizetype sampleWords = article.value().text.split(u' ', Qt::SkipEmptyParts).size();
    for (qsizetype words = 0; words < 10000; words += sampleWords)
        big.blocks << article.value().blocks;
    big.rebuildText();
    const EntityExtractor &extractor = EntityExtractor::shared();
    (void)extractor.extract(big);
    qint64 best = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        (void)extractor.extract(big);
        best = qMin(best, timer.nsecsElapsed());
    }
    out << "entity extraction, " << big.text.split(u' ', Qt::SkipEmptyParts).size()
        << " words: " << QString::number(double(best) / 1e6, 'f', 1) << " ms" << Qt::endl;
    return 0;
}
