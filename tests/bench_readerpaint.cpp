// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Benchmark: paint 1,000 highlights on a 20,000-word article in the real
// reader page (offscreen). Prints the median of several runs of the page's
// own paint() and of the whole round trip from ReaderBridge::setHighlights
// to the marks being in the DOM. Run by hand: build/dev/tests/bench_readerpaint
#include "article/article.h"
#include "readerbridge.h"
#include "readerview.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <algorithm>

using namespace Gloss;
using namespace Qt::StringLiterals;

namespace {
QVariant js(ReaderView &view, const QString &script)
{
    QVariant result;
    bool done = false;
    view.page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qWarning("script timed out");
    return result;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
} // namespace

class BenchReaderPaint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintThousandHighlights()
    {
        static const QStringList words {u"forces"_s, u"Palmyra"_s,  u"the"_s, u"government"_s,
                                        u"said"_s,   u"troops"_s,   u"of"_s,  u"ancient"_s,
                                        u"city"_s,   u"residents"_s};
        QRandomGenerator rng(42);
        Article article;
        article.title = u"Benchmark"_s;
        int wordCount = 0;
        while (wordCount < 20000) {
            Block b;
            QStringList sentence;
            for (int i = 0; i < 50; ++i)
                sentence << words.at(rng.bounded(int(words.size())));
            b.text = sentence.join(u' ') + u'.';
            wordCount += 50;
            article.blocks << b;
        }
        article.rebuildText();
        QJsonArray highlights;
        const qsizetype step = article.text.size() / 1000;
        for (int i = 0; i < 1000; ++i) {
            const qsizetype start = i * step + rng.bounded(int(step / 2));
            highlights.append(QJsonObject {{"id"_L1, u"h%1"_s.arg(i)},
                                           {"start"_L1, start},
                                           {"end"_L1, start + 20 + rng.bounded(40)},
                                           {"color"_L1, u"yellow"_s}});
        }

        ReaderBridge bridge;
        ReaderView view(&bridge);
        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitFor([&] { return bridge.isReady(); }, 60000));
        bridge.setArticle(article.toJson());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return js(view, u"document.querySelectorAll('[data-start]').length"_s).toInt() ==
                    article.blocks.size();
            },
            60000));

        const QString list = QString::fromUtf8(QJsonDocument(highlights).toJson(QJsonDocument::Compact));
        js(view, u"window.benchList = JSON.parse('%1'); true"_s.arg(list));
        QList<double> inPage;
        for (int run = 0; run < 7; ++run)
            inPage << js(view,
                         u"(() => { const t = performance.now(); gloss.paint(window.benchList); "
                         "return performance.now() - t; })()"_s)
                          .toDouble();
        const int marks =
            js(view,
               u"new Set(Array.from(document.querySelectorAll('mark.gloss-hl')).map(m => m.dataset.id)).size"_s)
                .toInt();
        QCOMPARE(marks, 1000);

        QList<double> roundTrip;
        for (int run = 0; run < 5; ++run) {
            bridge.setHighlights({});
            QVERIFY(QTest::qWaitFor([&] {
                return js(view, u"document.querySelectorAll('mark.gloss-hl').length"_s).toInt() == 0;
            }));
            QElapsedTimer timer;
            timer.start();
            bridge.setHighlights(highlights);
            QVERIFY(QTest::qWaitFor(
                [&] { return js(view, u"document.querySelectorAll('mark.gloss-hl').length"_s).toInt() > 0; },
                60000));
            roundTrip << double(timer.nsecsElapsed()) / 1e6;
        }
        qInfo("paint 1000 highlights, 20000 words: %.1f ms in the page (median of 7); "
              "%.1f ms from setHighlights to marks in the DOM (median of 5)",
              median(inPage), median(roundTrip));
    }
};

QTEST_MAIN(BenchReaderPaint)
#include "bench_readerpaint.moc"
