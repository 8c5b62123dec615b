// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/webannotation.h"
#include "testutil.h"
#include "text/codepoints.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gloss;
using namespace Qt::StringLiterals;

class TestWebAnnotation : public QObject
{
    Q_OBJECT

    // Emoji and Arabic before the quotes make UTF-16 and code point offsets differ.
    const QString m_text =
        u"Intro 🙂🙂 text. مرحبا بالعالم. The army is 300 meters from Palmyra, a source said."_s;
    WebAnnotation::Source m_source {u"https://p.dw.com/p/1IIjQ"_s, u"Assad forces close in on Palmyra"_s,
                                    m_text, QDateTime(QDate(2016, 3, 24), QTime(0, 0), Qt::UTC)};

    QList<Annotation> sample() const
    {
        Annotation highlight =
            Annotation::create(m_text, m_text.indexOf(u"The army"_s), m_text.indexOf(u"Palmyra"_s) + 7)
                .value();
        highlight.color = u"blue"_s;
        Annotation noted =
            Annotation::create(m_text, m_text.indexOf(u"بالعالم"_s), m_text.indexOf(u"بالعالم"_s) + 7)
                .value();
        noted.note = u"**Arabic** greeting 🙂 <b>not html</b>"_s;
        noted.tags = {u"language"_s, u"check"_s};
        Annotation tagged = Annotation::create(m_text, 0, 5).value();
        tagged.tags = {u"intro"_s};
        Annotation articleNote = Annotation::createNote(u"Overall: *balanced*."_s);
        Annotation entityNote = Annotation::createNote(u"Who is the source?"_s, u"Palmyra"_s);
        return {highlight, noted, tagged, articleNote, entityNote};
    }

    static QString validator()
    {
        const QString path = QStringLiteral(GLOSS_SHARED_DATA_DIR "/../tools/wa-validate/validate");
        return QFileInfo::exists(path) && !QStandardPaths::findExecutable(u"node"_s).isEmpty() ? path
                                                                                               : QString();
    }

private Q_SLOTS:
    void export_shape()
    {
        const auto list = sample();
        const QJsonObject h = WebAnnotation::toJson(list.at(0), m_source, HighlightPalette::defaults());
        QCOMPARE(h.value("@context"_L1).toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        QCOMPARE(h.value("type"_L1).toString(), u"Annotation"_s);
        QCOMPARE(h.value("motivation"_L1).toString(), u"highlighting"_s);
        QVERIFY(h.value("id"_L1).toString().startsWith(u"urn:uuid:"_s));
        QVERIFY(h.value("created"_L1).toString().endsWith(u'Z'));
        const QJsonObject target = h.value("target"_L1).toObject();
        QCOMPARE(target.value("source"_L1).toString(), m_source.iri);
        QCOMPARE(target.value("styleClass"_L1).toString(), u"gloss-blue"_s);
        QCOMPARE(target.value("state"_L1).toObject().value("sourceDate"_L1).toString(),
                 u"2016-03-24T00:00:00Z"_s);
        QVERIFY(h.value("stylesheet"_L1).toObject().value("value"_L1).toString().contains(u".gloss-blue"_s));
        const QJsonArray selectors = target.value("selector"_L1).toArray();
        const QJsonObject position = selectors.at(1).toObject();
        // Code points: the two emoji count once each, not twice.
        const qsizetype utf16Start = m_text.indexOf(u"The army"_s);
        QCOMPARE(position.value("start"_L1).toInteger(), utf16Start - 2);
        QCOMPARE(position.value("start"_L1).toInteger(), CodePoints::fromUtf16(m_text, utf16Start));

        const QJsonObject n = WebAnnotation::toJson(list.at(1), m_source, HighlightPalette::defaults());
        QCOMPARE(n.value("motivation"_L1).toString(), u"commenting"_s);
        const QJsonArray bodies = n.value("body"_L1).toArray();
        QCOMPARE(bodies.size(), 3);
        QCOMPARE(bodies.at(0).toObject().value("format"_L1).toString(), u"text/markdown"_s);
        QCOMPARE(bodies.at(1).toObject().value("purpose"_L1).toString(), u"tagging"_s);

        const QJsonObject t = WebAnnotation::toJson(list.at(2), m_source, HighlightPalette::defaults());
        QCOMPARE(t.value("motivation"_L1).toString(), u"tagging"_s);
    }

    void roundTrip_collection()
    {
        const auto list = sample();
        const QJsonObject collection =
            WebAnnotation::collectionToJson(list, m_source, HighlightPalette::defaults());
        QCOMPARE(collection.value("type"_L1).toString(), u"AnnotationCollection"_s);
        QCOMPARE(collection.value("total"_L1).toInt(), list.size());
        const auto back = WebAnnotation::fromJson(QJsonDocument(collection).toJson(), m_text);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(back.value().size(), list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Annotation &a = list.at(i);
            const Annotation &b = back.value().at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.note, a.note);
            QCOMPARE(b.tags, a.tags);
            QCOMPARE(b.created.toSecsSinceEpoch(), a.created.toSecsSinceEpoch());
            if (a.scope == Annotation::Scope::Passage) {
                QCOMPARE(b.start, a.start);
                QCOMPARE(b.end, a.end);
                QCOMPARE(b.exact, a.exact);
                QCOMPARE(b.color, a.color);
                QVERIFY(!b.needsReview);
            }
        }
        QCOMPARE(back.value().at(3).scope, Annotation::Scope::Article);
    }

    void import_hypothesisExport()
    {
        const QByteArray json = GlossTest::readAll(GlossTest::fixturePath("hypothesis-export.json"));
        QVERIFY(!json.isEmpty());
        const QString text =
            u"Only some 15,000 of Palmyra's 70,000 residents have remained inside Palmyra."_s;
        const auto result = WebAnnotation::fromJson(json, text);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result.value().size(), 2);
        const Annotation &a = result.value().first();
        QCOMPARE(a.exact, u"70,000 residents"_s);
        QCOMPARE(text.mid(a.start, a.end - a.start), a.exact);
        QCOMPARE(a.note, u"Source for this figure?"_s);
        QCOMPARE(a.tags, QStringList {u"figures"_s});
        // The second one's position is stale and its quote is not unique: review.
        QVERIFY(result.value().at(1).needsReview);
    }

    void import_rejectsBrokenInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("robustness: not JSON") << QByteArray("{\"type\": \"Annotation\", ");
        QTest::newRow("robustness: unknown document") << QByteArray("{\"hello\": \"world\"}");
        QTest::newRow("robustness: item without target")
            << QByteArray("{\"type\": \"AnnotationPage\", \"items\": [{\"type\": \"Annotation\", "
                          "\"id\": \"urn:uuid:1\", \"target\": {\"source\": \"x\", \"selector\": "
                          "{\"type\": \"TextQuoteSelector\", \"exact\": \"army\"}}}, "
                          "{\"type\": \"Annotation\", \"id\": \"urn:uuid:2\"}]}");
        QTest::newRow("robustness: item of wrong type")
            << QByteArray("[{\"type\": \"Annotation\", \"id\": \"a\", \"bodyValue\": \"x\", \"target\": "
                          "\"https://x\"}, 7]");
        QTest::newRow("robustness: collection without embedded page")
            << QByteArray("{\"type\": \"AnnotationCollection\", \"first\": \"https://example.org/page1\"}");
    }

    void import_rejectsBrokenInput()
    {
        QFETCH(QByteArray, json);
        const auto result = WebAnnotation::fromJson(json, m_text);
        QVERIFY(!result); // nothing is imported half-way
        QVERIFY(!result.error().message.isEmpty());
    }

    void export_passesW3CValidator()
    {
        const QString tool = validator();
        if (tool.isEmpty())
            QSKIP("../shared/tools/wa-validate or node is not available");
        QTemporaryDir dir;
        const auto list = sample();
        QStringList files;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = dir.filePath(u"a%1.json"_s.arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(WebAnnotation::toJson(list.at(i), m_source, HighlightPalette::defaults()))
                        .toJson());
            files << path;
        }
        const QString collectionPath = dir.filePath(u"collection.json"_s);
        QFile f(collectionPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(WebAnnotation::collectionToJson(list, m_source, HighlightPalette::defaults()))
                    .toJson());
        f.close();
        files << collectionPath;

        QProcess p;
        p.start(tool, files);
        QVERIFY(p.waitForFinished(300000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(out));
        QVERIFY2(!out.contains(u" 0 passed"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestWebAnnotation)
#include "tst_webannotation.moc"
