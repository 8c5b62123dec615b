// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestutil.h"

#include "readerview.h"
#include "testutil.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineScript>

using namespace Qt::StringLiterals;

namespace GlossGuiTest {

QVariant js(Gloss::MainWindow &window, const QString &script)
{
    QVariant result;
    bool done = false;
    window.readerView()->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                                               [&](const QVariant &v) {
                                                   result = v;
                                                   done = true;
                                               });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("runJavaScript timed out: %s", qPrintable(script));
    return result;
}

QString selectCanonical(Gloss::MainWindow &window, qsizetype start, qsizetype end)
{
    const QString script = uR"((() => {
        function point(offset) {
            const blocks = Array.from(document.querySelectorAll('[data-start]'));
            const block = blocks.filter(b => Number(b.dataset.start) <= offset).pop();
            let rest = offset - Number(block.dataset.start);
            const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if (rest <= n.data.length) return [n, rest];
                rest -= n.data.length;
            }
            return [block, block.childNodes.length];
        }
        const [sn, so] = point(%1), [en, eo] = point(%2);
        const range = document.createRange();
        range.setStart(sn, so);
        range.setEnd(en, eo);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString();
    })())"_s.arg(start)
                               .arg(end);
    return js(window, script).toString();
}

QJsonArray marksInPage(Gloss::MainWindow &window)
{
    const QString json = js(window, uR"(JSON.stringify(Array.from(document.querySelectorAll('mark.gloss-hl'))
        .map(m => ({id: m.dataset.id, color: m.dataset.color, text: m.textContent,
                    current: m.classList.contains('current'),
                    block: Number(m.closest('[data-start]').dataset.start)}))))"_s)
                             .toString();
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

QString markedText(const QJsonArray &marks, const QString &id)
{
    // Pieces of one highlight in the same block (split around other marks or
    // entity hints) join up; "|" separates the blocks it spans.
    QString text;
    int block = -1;
    for (const QJsonValue &v : marks) {
        const QJsonObject m = v.toObject();
        if (m.value("id"_L1).toString() != id)
            continue;
        if (block >= 0 && m.value("block"_L1).toInt() != block)
            text += u'|';
        block = m.value("block"_L1).toInt();
        text += m.value("text"_L1).toString();
    }
    return text;
}

int highlightCount(const QJsonArray &marks)
{
    QSet<QString> ids;
    for (const QJsonValue &v : marks)
        ids.insert(v.toObject().value("id"_L1).toString());
    return int(ids.size());
}

QJsonArray annotationsOnDisk(const Gloss::LibraryStore &store, const QString &id)
{
    const QByteArray bytes = GlossTest::readAll(store.articleDir(id) + u"/annotations.json"_s);
    return QJsonDocument::fromJson(bytes).object().value("annotations"_L1).toArray();
}

void onNextModalDialog(std::function<void(QWidget *)> fill, bool *seen)
{
    *seen = false;
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    auto deadline = std::make_shared<int>(500);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, fill, seen, deadline] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            *seen = true;
            fill(dialog);
        } else if (--*deadline <= 0) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

} // namespace GlossGuiTest
