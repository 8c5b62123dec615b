// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/inlinetext.h"

#include <algorithm>

namespace Gloss {

namespace {
bool isCollapsible(QChar c)
{
    // HTML collapses ASCII white space; no-break spaces are kept apart from
    // that in a browser, but in plain text they are just spaces.
    return c.isSpace();
}
} // namespace

void InlineText::append(QStringView text)
{
    if (m_preserve) {
        for (QChar c : text) {
            if (c == u'\r')
                continue;
            m_text += c == QChar(0xA0) ? QChar(u' ') : c;
        }
        return;
    }
    m_text.reserve(m_text.size() + text.size());
    for (QChar c : text) {
        if (isCollapsible(c)) {
            m_pendingSpace = true;
            continue;
        }
        if (m_pendingSpace && !m_text.isEmpty() && !m_text.endsWith(u'\n'))
            m_text += u' ';
        m_pendingSpace = false;
        m_text += c;
    }
}

void InlineText::lineBreak()
{
    if (m_preserve) {
        m_text += u'\n';
        return;
    }
    while (m_text.endsWith(u' '))
        m_text.chop(1);
    if (!m_text.isEmpty())
        m_text += u'\n';
    m_pendingSpace = false;
}

void InlineText::openSpan(InlineSpan::Kind kind, const QString &href)
{
    m_open.append({kind, href, m_text.size()});
}

void InlineText::closeSpan()
{
    if (m_open.isEmpty())
        return;
    const Open o = m_open.takeLast();
    qsizetype start = o.start;
    qsizetype end = m_text.size();
    while (start < end && m_text.at(start).isSpace())
        ++start;
    while (end > start && m_text.at(end - 1).isSpace())
        --end;
    if (end > start)
        m_spans.append({o.kind, start, end, o.href});
}

bool InlineText::isEmpty() const
{
    for (QChar c : m_text)
        if (!c.isSpace())
            return false;
    return true;
}

QString InlineText::take(QList<InlineSpan> *spans)
{
    // Close what is open at the end of this block; it reopens at 0 in the next.
    const QList<Open> open = m_open;
    while (!m_open.isEmpty())
        closeSpan();
    qsizetype begin = 0;
    qsizetype end = m_text.size();
    while (begin < end && m_text.at(begin).isSpace())
        ++begin;
    while (end > begin && m_text.at(end - 1).isSpace())
        --end;
    QString text = m_text.mid(begin, end - begin);
    if (spans) {
        spans->clear();
        for (InlineSpan s : std::as_const(m_spans)) {
            s.start = qBound<qsizetype>(0, s.start - begin, text.size());
            s.end = qBound<qsizetype>(0, s.end - begin, text.size());
            if (s.end > s.start)
                spans->append(s);
        }
        std::sort(spans->begin(), spans->end(), [](const InlineSpan &a, const InlineSpan &b) {
            return a.start != b.start ? a.start < b.start : a.end > b.end;
        });
    }
    m_text.clear();
    m_spans.clear();
    m_pendingSpace = false;
    for (Open o : open) {
        o.start = 0;
        m_open.append(o);
    }
    return text;
}

} // namespace Gloss
