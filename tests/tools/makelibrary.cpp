// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// gloss-make-library N DIR: a realistic library for benchmarks. Each article
// is a generated news story (200 to 2,500 words, log-normal like real
// coverage) written as a scraped text dump and imported through the real
// cleaner, with 0 to 15 highlights, some with notes and tags.
#include "annotations/annotation.h"
#include "library/librarystore.h"

#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>
#include <QTextStream>

#include <cmath>

using namespace Gloss;
using namespace Qt::StringLiterals;

namespace {
const QStringList Subjects {u"The government"_s,     u"Officials"_s,    u"The council"_s, u"Residents"_s,
                            u"Opposition leaders"_s, u"The ministry"_s, u"Analysts"_s,    u"Witnesses"_s,
                            u"The company"_s,        u"Aid workers"_s,  u"Prosecutors"_s, u"The mayor"_s};
const QStringList Verbs {u"said"_s,     u"announced"_s, u"warned"_s,   u"denied"_s,      u"confirmed"_s,
                         u"reported"_s, u"argued"_s,    u"insisted"_s, u"acknowledged"_s};
const QStringList Objects {u"that talks would resume next week"_s,
                           u"a new plan for the region"_s,
                           u"the figures published on Monday"_s,
                           u"that the bridge would stay closed"_s,
                           u"the agreement reached in Geneva"_s,
                           u"that prices had risen sharply"_s,
                           u"an investigation into the incident"_s,
                           u"the decision to withdraw troops"_s,
                           u"that more than 3,000 people had been evacuated"_s,
                           u"the budget for 2026"_s};
const QStringList Places {u"Berlin"_s, u"Paris"_s, u"Beirut"_s, u"Geneva"_s,  u"Nairobi"_s, u"Lima"_s,
                          u"Kyiv"_s,   u"Dhaka"_s, u"Ottawa"_s, u"Palmyra"_s, u"Hamburg"_s, u"Lyon"_s};
const QStringList People {u"Maria Keller"_s, u"Ahmed Haddad"_s,  u"Sophie Laurent"_s, u"John Miller"_s,
                          u"Yuki Tanaka"_s,  u"Carlos Ortega"_s, u"Amina Diallo"_s,   u"Piotr Nowak"_s};
const QStringList Sites {u"https://news.example.org/"_s, u"https://www.dailyexample.com/"_s,
                         u"https://p.example.net/p/"_s, u"https://example-times.co.uk/"_s};
const QStringList Tags {u"claim"_s, u"check"_s, u"source"_s, u"figures"_s, u"quote"_s, u"follow-up"_s};

QString pick(const QStringList &list, QRandomGenerator &rng)
{
    return list.at(rng.bounded(int(list.size())));
}

QString sentence(QRandomGenerator &rng)
{
    switch (rng.bounded(4)) {
    case 0:
        return u"%1 %2 %3 in %4."_s.arg(pick(Subjects, rng), pick(Verbs, rng), pick(Objects, rng),
                                        pick(Places, rng));
    case 1:
        return u"\"We will not accept %1,\" %2 %3."_s.arg(pick(Objects, rng).section(u' ', 1),
                                                          pick(People, rng), pick(Verbs, rng));
    case 2:
        return u"According to %1, %2 %3 %4."_s.arg(pick(People, rng), pick(Subjects, rng).toLower(),
                                                   pick(Verbs, rng), pick(Objects, rng));
    default:
        return u"In %1, %2 %3 %4."_s.arg(pick(Places, rng), pick(Subjects, rng).toLower(), pick(Verbs, rng),
                                         pick(Objects, rng));
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    bool ok = false;
    const int count = args.size() == 3 ? args.at(1).toInt(&ok) : 0;
    if (!ok || count <= 0) {
        err << "usage: gloss-make-library N DIR" << Qt::endl;
        return 2;
    }
    LibraryStore store(args.at(2));
    if (auto ready = store.ensureExists(); !ready) {
        err << ready.error().message << Qt::endl;
        return 1;
    }
    QRandomGenerator rng(20261124);
    for (int n = 0; n < count; ++n) {
        // Log-normal length: median ~700 words, from 200 to 2,500.
        const double normal = std::sqrt(-2 * std::log(rng.generateDouble() + 1e-12)) *
            std::cos(2 * M_PI * rng.generateDouble());
        const int words = qBound(200, int(std::exp(6.55 + 0.55 * normal)), 2500);
        const QDate date = QDate(2014, 1, 1).addDays(rng.bounded(4700));
        QString dump = u"1. Skip to content\n\n%1 %2 over %3 (%4)\n\n%5, %6%7\n\n"_s.arg(
            pick(Places, rng), pick(Subjects, rng).toLower(), pick(Objects, rng).section(u' ', -2),
            QString::number(n), pick(People, rng), pick(People, rng),
            QLocale(QLocale::English).toString(date, u"MMMM d, yyyy"_s));
        dump += pick(Sites, rng) + QString::number(100000 + n) + u"\n\n"_s;
        int written = 0;
        while (written < words) {
            QStringList paragraph;
            for (int s = 0; s < 2 + rng.bounded(3); ++s)
                paragraph << sentence(rng);
            const QString p = paragraph.join(u' ');
            written += int(p.count(u' ')) + 1;
            dump += p + u"\n\n"_s;
            if (rng.bounded(12) == 0)
                dump += u"What happens next\n\n"_s;
        }
        dump += u"ab/cd (AFP, Reuters)\n"_s;

        auto id = store.import(dump.toUtf8(), u"article.txt"_s);
        if (!id) {
            err << id.error().message << Qt::endl;
            return 1;
        }
        const Article article = store.loadArticle(id.value()).value();
        AnnotationSet set;
        const int highlights = rng.bounded(16);
        for (int h = 0; h < highlights && article.text.size() > 200; ++h) {
            const qsizetype start = rng.bounded(int(article.text.size() - 120));
            auto a = Annotation::create(article.text, start, start + 20 + rng.bounded(80));
            if (!a)
                continue;
            if (rng.bounded(3) == 0)
                a.value().note = u"Check this against the %1 report."_s.arg(pick(Places, rng));
            if (rng.bounded(2) == 0)
                a.value().tags << pick(Tags, rng);
            a.value().color =
                QStringList {u"yellow"_s, u"green"_s, u"blue"_s, u"pink"_s, u"orange"_s}.at(h % 5);
            set.annotations << a.value();
        }
        if (!set.annotations.isEmpty())
            if (auto saved = store.saveAnnotations(id.value(), set); !saved) {
                err << saved.error().message << Qt::endl;
                return 1;
            }
        if ((n + 1) % 1000 == 0)
            err << (n + 1) << " articles" << Qt::endl;
    }
    return 0;
}
