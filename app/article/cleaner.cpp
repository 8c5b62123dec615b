// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/cleaner.h"

#include "article/htmlcleaner.h"
#include "article/textdumpcleaner.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Gloss::Cleaner {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Gloss::Cleaner)
};
// Control characters (NUL among them) that text does not contain, in more
// than a few places of the first 8 KB; UTF-16 text is full of NULs, so a
// byte order mark or the pattern of ASCII in UTF-16 exempts it.
bool looksBinary(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(8192);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return false;
    qsizetype zeros[2] = {0, 0};
    const qsizetype sample = qMin<qsizetype>(head.size(), 256);
    for (qsizetype i = 0; i < sample; ++i)
        zeros[i % 2] += head[i] == '\0';
    const qsizetype half = sample / 2;
    if (sample >= 8 &&
        ((zeros[0] * 5 >= half * 4 && zeros[1] * 20 <= half) ||
         (zeros[1] * 5 >= half * 4 && zeros[0] * 20 <= half)))
        return false; // ASCII as UTF-16: every other byte is zero
    qsizetype control = 0;
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && u != 0x1B)
            ++control;
    }
    return control * 50 > head.size();
}
} // namespace

QString decode(const QByteArray &bytes)
{
    if (auto encoding = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*encoding, QStringDecoder::Flag::Stateless);
        return decoder.decode(bytes);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder windows1252("windows-1252");
    if (windows1252.isValid())
        return windows1252.decode(bytes);
    return QString::fromLatin1(bytes);
}

bool looksLikeHtml(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html") ||
        head.contains("<body") || head.contains("<head") ||
        (head.startsWith('<') && (head.contains("<p>") || head.contains("<div")));
}

Result<Article> clean(const QByteArray &bytes, const QString &fileName, const QUrl &pageUrl)
{
    if (bytes.size() > MaxInputBytes)
        return Error {Error::Code::TooLarge,
                      Tr::tr("The input is larger than %1 MB, the most Gloss reads.")
                          .arg(MaxInputBytes / (1024 * 1024))};
    if (bytes.trimmed().isEmpty())
        return Error {Error::Code::Format, Tr::tr("The input is empty.")};
    if (looksBinary(bytes))
        return Error {Error::Code::Format, Tr::tr("The input is binary data, not text or HTML.")};

    const QString lower = fileName.toLower();
    const bool htmlName =
        lower.endsWith(u".html"_s) || lower.endsWith(u".htm"_s) || lower.endsWith(u".xhtml"_s);
    const bool textName = lower.endsWith(u".txt"_s) || lower.endsWith(u".md"_s);
    Article article = (htmlName || (!textName && looksLikeHtml(bytes)))
        ? HtmlCleaner::clean(bytes, pageUrl)
        : TextDumpCleaner::clean(decode(bytes));
    article.dropByteOrderMarks();
    // Where the page came from is its address when it names none of its own.
    if (article.url.isEmpty() && pageUrl.isValid())
        article.url = pageUrl.toString();
    if (article.blocks.isEmpty())
        return Error {Error::Code::Format, Tr::tr("No article text was found in the input.")};
    return article;
}

} // namespace Gloss::Cleaner
