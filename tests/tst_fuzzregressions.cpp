// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Replays every input the fuzzers found a problem with (tests/fuzz/regressions/)
// and every seed (tests/fuzz/corpus/) through the same entry points as the
// libFuzzer targets (tests/fuzz/fuzz_*.cpp, compiled in here without
// libFuzzer's main), in the ordinary build: each must return, in bounded
// time, without tripping the targets' own checks (they abort on a broken
// invariant). docs/fuzzing.md.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <algorithm>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace Gloss::Fuzz {
int htmlCleaner(const uint8_t *data, size_t size);
int textDumpCleaner(const uint8_t *data, size_t size);
int articleJson(const uint8_t *data, size_t size);
int annotationsJson(const uint8_t *data, size_t size);
int webAnnotation(const uint8_t *data, size_t size);
int anchoring(const uint8_t *data, size_t size);
} // namespace Gloss::Fuzz

namespace {

using Entry = int (*)(const uint8_t *, size_t);

struct Target {
    QString name; // tests/fuzz/fuzz_<name>.cpp, corpus/<name>, regressions/<name>
    Entry entry;
};

const QList<Target> &targets()
{
    static const QList<Target> list {
        {u"htmlcleaner"_s, &Gloss::Fuzz::htmlCleaner},
        {u"textdumpcleaner"_s, &Gloss::Fuzz::textDumpCleaner},
        {u"articlejson"_s, &Gloss::Fuzz::articleJson},
        {u"annotationsjson"_s, &Gloss::Fuzz::annotationsJson},
        {u"webannotation"_s, &Gloss::Fuzz::webAnnotation},
        {u"anchoring"_s, &Gloss::Fuzz::anchoring},
    };
    return list;
}

const QString FuzzDir = QStringLiteral(GLOSS_SOURCE_DIR "/tests/fuzz");

// A hang guard, not a speed test: two minutes, generous for a sanitizer
// build on a busy machine (libFuzzer's own -timeout in scripts/fuzz is shorter).
constexpr qint64 MaxMilliseconds = 120'000;

QFileInfoList inputs(const QString &kind, const QString &target)
{
    return QDir(FuzzDir + u'/' + kind + u'/' + target).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every fuzz target is replayed here and has seeds; every folder of
    // inputs belongs to a target.
    void everyTargetIsReplayed()
    {
        const QStringList sources = QDir(FuzzDir).entryList({u"fuzz_*.cpp"_s}, QDir::Files);
        QVERIFY(!sources.isEmpty());
        QStringList known;
        for (const Target &t : targets())
            known << t.name;
        for (const QString &source : sources) {
            const QString name = source.mid(5).chopped(4);
            QVERIFY2(known.contains(name), qPrintable(u"%1 is not replayed by this test"_s.arg(source)));
            QVERIFY2(!inputs(u"corpus"_s, name).isEmpty(), qPrintable(u"%1 has no seed corpus"_s.arg(name)));
        }
        for (const QString &kind : {u"corpus"_s, u"regressions"_s})
            for (const QString &folder :
                 QDir(FuzzDir + u'/' + kind).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                QVERIFY2(known.contains(folder),
                         qPrintable(u"%1/%2 belongs to no target"_s.arg(kind, folder)));
    }

    void replay_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("target");
        for (const Target &t : targets()) {
            for (const QFileInfo &file : inputs(u"regressions"_s, t.name))
                QTest::addRow("robustness: fuzz regression %s/%s", qPrintable(t.name),
                              qPrintable(file.fileName()))
                    << file.filePath() << t.name;
            for (const QFileInfo &file : inputs(u"corpus"_s, t.name))
                QTest::addRow("fuzz corpus: %s/%s", qPrintable(t.name), qPrintable(file.fileName()))
                    << file.filePath() << t.name;
        }
    }

    void replay()
    {
        QFETCH(QString, path);
        QFETCH(QString, target);
        const auto t = std::find_if(targets().cbegin(), targets().cend(),
                                    [&](const Target &candidate) { return candidate.name == target; });
        QVERIFY(t != targets().cend());
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray bytes = file.readAll();
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(t->entry(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())), 0);
        QVERIFY2(timer.elapsed() < MaxMilliseconds,
                 qPrintable(u"took %1 ms (the limit is %2 ms)"_s.arg(timer.elapsed()).arg(MaxMilliseconds)));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
