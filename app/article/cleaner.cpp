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
    return head.startsWith("<!doctype html") || head.startsWith("<html") ||
           head.contains("<html") || head.contains("<body") || head.contains("<head") ||
           (head.startsWith('<') && (head.contains("<p>") || head.contains("<div")));
}

Result<Article> clean(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > MaxInputBytes)
        return Error{Error::Code::TooLarge,
                     Tr::tr("The input is larger than %1 MB, the most Gloss reads.")
                         .arg(MaxInputBytes / (1024 * 1024))};
    if (bytes.trimmed().isEmpty())
        return Error{Error::Code::Format, Tr::tr("The input is empty.")};
    if (bytes.left(8192).count('\0') > 0 && !QStringConverter::encodingForData(bytes))
        return Error{Error::Code::Format,
                     Tr::tr("The input is binary data, not text or HTML.")};

    const QString lower = fileName.toLower();
    const bool htmlName = lower.endsWith(u".html"_s) || lower.endsWith(u".htm"_s) ||
                          lower.endsWith(u".xhtml"_s);
    const bool textName = lower.endsWith(u".txt"_s) || lower.endsWith(u".md"_s);
    Article article = (htmlName || (!textName && looksLikeHtml(bytes)))
                          ? HtmlCleaner::clean(bytes)
                          : TextDumpCleaner::clean(decode(bytes));
    if (article.blocks.isEmpty())
        return Error{Error::Code::Format, Tr::tr("No article text was found in the input.")};
    return article;
}

} // namespace Gloss::Cleaner
