// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleimporter.h"

#include "changesdialog.h"
#include "library/urlfetcher.h"
#include "progressdialog.h"
#include "text/bidi.h"
#include "workflow/workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Gloss {

ArticleImporter::ArticleImporter(Workspace *workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_fetcher(new UrlFetcher(this))
    , m_openUrl(new QAction(QIcon::fromTheme(u"document-open-remote"_s), tr("Open &Web Address…"), this))
    , m_paste(new QAction(QIcon::fromTheme(u"edit-paste"_s), tr("&Paste as New Article"), this))
    , m_cancel(new QAction(QIcon::fromTheme(u"process-stop"_s), tr("&Cancel Download"), this))
{
    m_openUrl->setObjectName(u"actionOpenUrl"_s);
    m_openUrl->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(m_openUrl, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString text =
            QInputDialog::getText(m_window, tr("Open Web Address"), tr("Address of the article:"),
                                  QLineEdit::Normal, u"https://"_s, &ok);
        if (ok && !text.trimmed().isEmpty())
            openUrl(QUrl::fromUserInput(text.trimmed()));
    });
    m_paste->setObjectName(u"actionPasteArticle"_s);
    m_paste->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    connect(m_paste, &QAction::triggered, this, [this] {
        if (!importMime(QApplication::clipboard()->mimeData()))
            Q_EMIT statusMessage(tr("The clipboard holds no text, web page or address."), 5000);
    });
    m_cancel->setObjectName(u"actionCancelDownload"_s);
    m_cancel->setShortcut(QKeySequence(tr("Esc")));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QAction::triggered, m_fetcher, &UrlFetcher::cancel);

    connect(m_fetcher, &UrlFetcher::progressed, this, [this](qint64 received, qint64 total) {
        Q_EMIT statusMessage(
            total > 0 ? tr("Downloading… %1 of %2 KB (Esc to cancel)").arg(received / 1024).arg(total / 1024)
                      : tr("Downloading… %1 KB (Esc to cancel)").arg(received / 1024),
            0);
    });
    connect(m_fetcher, &UrlFetcher::finished, this, [this](const Result<UrlFetcher::Page> &page) {
        m_cancel->setEnabled(false);
        Q_EMIT statusMessage({}, 0);
        if (!page) {
            Q_EMIT problem(tr("Could not download the article"), page.error().message);
            return;
        }
        const UrlFetcher::Page &p = page.value();
        importSource(ImportSource::fromPage(p.bytes, p.fileName(), p.url.toString()), m_downloadIntent);
    });
}

bool ArticleImporter::openLocation(const QString &location, Intent intent)
{
    if (UrlFetcher::isWebAddress(location)) {
        openUrl(QUrl(location), intent);
        return true;
    }
    const QUrl url(location);
    auto source = ImportSource::fromFile(url.isLocalFile() ? url.toLocalFile() : location);
    if (!source) {
        Q_EMIT problem(tr("Could not open the file"), source.error().message);
        return false;
    }
    return importSource(source.value(), intent);
}

int ArticleImporter::importFiles(const QStringList &paths)
{
    if (paths.size() == 1)
        return openLocation(paths.first(), Intent::Import) ? 1 : 0;
    DialogProgress progress(m_window, u"importProgress"_s);
    const QList<ImportResult> results =
        Importer(m_workspace)
            .importFiles(
                paths, [this](const IncomingVersion &incoming) { return askAboutVersion(incoming); },
                progress);
    QStringList problems;
    QString last;
    int count = 0;
    for (const ImportResult &r : results) {
        if (r.hasArticle()) {
            last = r.id;
            ++count;
        } else if (r.outcome == ImportResult::Outcome::Failed) {
            problems << r.label + u": "_s + r.error;
        }
    }
    if (!last.isEmpty())
        Q_EMIT openRequested(last);
    Q_EMIT statusMessage(tr("Imported %n article(s).", nullptr, count), 8000);
    if (!problems.isEmpty())
        Q_EMIT problem(tr("Some files were not imported"), problems.join(u'\n'));
    return count;
}

void ArticleImporter::openUrl(const QUrl &url, Intent intent)
{
    m_downloadIntent = intent;
    m_cancel->setEnabled(true);
    Q_EMIT statusMessage(tr("Downloading %1… (Esc to cancel)").arg(Bidi::isolated(url.toDisplayString())), 0);
    m_fetcher->fetch(url);
}

bool ArticleImporter::importSource(const ImportSource &source, Intent intent)
{
    const ImportResult result = Importer(m_workspace).import(source, [this](const IncomingVersion &incoming) {
        return askAboutVersion(incoming);
    });
    return report(result, intent);
}

bool ArticleImporter::report(const ImportResult &result, Intent intent)
{
    switch (result.outcome) {
    case ImportResult::Outcome::Failed:
        Q_EMIT problem(tr("Could not import the article"), result.error);
        return false;
    case ImportResult::Outcome::Skipped:
        return false;
    case ImportResult::Outcome::AlreadyThere:
        if (intent == Intent::Import)
            Q_EMIT statusMessage(tr("This article is already in your library."), 5000);
        // Open already: reading goes on where it is, with its undo history.
        if (m_workspace->document()->id() == result.id)
            return true;
        break;
    case ImportResult::Outcome::Added:
        break;
    case ImportResult::Outcome::Updated: {
        Q_EMIT openRequested(result.id);
        Q_EMIT reanchored(result.report);
        auto *changes = new ChangesDialog(
            result.changes,
            tr("“%1” was updated; the earlier version is kept.").arg(Bidi::isolated(result.title)), m_window);
        changes->setAttribute(Qt::WA_DeleteOnClose);
        changes->show();
        return true;
    }
    }
    Q_EMIT openRequested(result.id);
    return true;
}

VersionChoice ArticleImporter::askAboutVersion(const IncomingVersion &incoming)
{
    QMessageBox box(QMessageBox::Question, tr("Article Already in the Library"),
                    tr("“%1” is already in your library, in a different version. Update it to this version? "
                       "The earlier version is kept, and your highlights move with the text.")
                        .arg(Bidi::isolated(incoming.existingTitle)),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(u"duplicateDialog"_s);
    QPushButton *update = box.addButton(tr("&Update to This Version"), QMessageBox::AcceptRole);
    update->setObjectName(u"updateVersionButton"_s);
    QPushButton *both = box.addButton(tr("&Keep Both"), QMessageBox::ActionRole);
    both->setObjectName(u"keepBothButton"_s);
    box.setDefaultButton(update);
    box.exec();
    if (box.clickedButton() == update)
        return VersionChoice::Update;
    return box.clickedButton() == both ? VersionChoice::KeepBoth : VersionChoice::Skip;
}

bool ArticleImporter::canImport(const QMimeData *mime) const
{
    return mime && (mime->hasUrls() || mime->hasHtml() || mime->hasText());
}

bool ArticleImporter::importMime(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasUrls()) {
        QStringList files;
        bool any = false;
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                files << url.toLocalFile();
            else
                any = openLocation(url.toString(), Intent::Import) || any;
        }
        if (!files.isEmpty())
            any = importFiles(files) > 0 || any;
        return any;
    }
    if (mime->hasText() && UrlFetcher::isWebAddress(mime->text().trimmed())) {
        openUrl(QUrl(mime->text().trimmed()));
        return true;
    }
    if (mime->hasHtml())
        return importSource(ImportSource::fromPaste(mime->html(), true), Intent::Import);
    if (mime->hasText() && !mime->text().trimmed().isEmpty())
        return importSource(ImportSource::fromPaste(mime->text(), false), Intent::Import);
    return false;
}

} // namespace Gloss
