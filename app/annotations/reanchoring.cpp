// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/reanchoring.h"

#include "annotations/anchoring.h"

namespace Gloss {

namespace {
bool movesWithText(const Annotation &a)
{
    return a.isPassage() && !a.detached;
}

void place(Annotation &a, const Anchoring::Match &m, const QString &text, ReanchorReport &report)
{
    switch (m.status) {
    case Anchoring::Status::Exact:
    case Anchoring::Status::Moved:
    case Anchoring::Status::Fuzzy:
        if (auto ok = a.attachTo(text, m.start, m.end); !ok) {
            a.needsReview = true;
            ++report.needsReview;
            return;
        }
        report.exact += m.status == Anchoring::Status::Exact;
        report.moved += m.status == Anchoring::Status::Moved;
        report.fuzzy += m.status == Anchoring::Status::Fuzzy;
        return;
    case Anchoring::Status::NeedsReview:
    case Anchoring::Status::NotFound:
        // Keep the old quote and context: they say what the user meant.
        a.needsReview = true;
        if (m.start >= 0 && m.end > m.start) {
            a.start = m.start;
            a.end = m.end;
        }
        ++report.needsReview;
        return;
    }
}
} // namespace

ReanchorReport reanchor(QList<Annotation> &annotations, const QString &text)
{
    QList<Annotation> passages;
    for (const Annotation &a : std::as_const(annotations))
        if (movesWithText(a))
            passages << a;
    const QList<Anchoring::Match> matches = Anchoring::anchorAll(text, passages);
    ReanchorReport report;
    qsizetype next = 0;
    for (Annotation &a : annotations)
        if (movesWithText(a))
            place(a, matches.at(next++), text, report);
    return report;
}

} // namespace Gloss
