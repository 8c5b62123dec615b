// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/codepoints.h"

#include <QChar>

namespace Gloss::CodePoints {

namespace {
// A well-formed pair only: a high surrogate followed by a low one.
bool pairAt(QStringView text, qsizetype i)
{
    return i + 1 < text.size() && text[i].isHighSurrogate() && text[i + 1].isLowSurrogate();
}
} // namespace

qsizetype count(QStringView text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); i += pairAt(text, i) ? 2 : 1)
        ++n;
    return n;
}

qsizetype fromUtf16(QStringView text, qsizetype utf16Offset, Rounding rounding)
{
    const qsizetype target = qBound<qsizetype>(0, utf16Offset, text.size());
    qsizetype n = 0;
    qsizetype i = 0;
    while (i < target) {
        if (pairAt(text, i)) {
            if (i + 1 == target) // between the halves
                return rounding == Rounding::Down ? n : n + 1;
            i += 2;
        } else {
            ++i;
        }
        ++n;
    }
    return n;
}

qsizetype toUtf16(QStringView text, qsizetype codePointOffset)
{
    qsizetype i = 0;
    for (qsizetype n = 0; n < codePointOffset && i < text.size(); ++n)
        i += pairAt(text, i) ? 2 : 1;
    return i;
}

} // namespace Gloss::CodePoints
