// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleimporter.h"

#include "changesdialog.h"
#include "mainwindow.h"

#include "article/cleaner.h"
#include "core/jsonfile.h"
#include "library/document.h"
#include "library/library.h"
#include "library/librarystore.h"
#include "library/urlfetcher.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Gloss {

ArticleImporter::ArticleImporter(MainWindow *window)
    : QObject(window), m_window(window), m_fetcher(new UrlFetcher(this)),
      m_openUrl(new QAction(QIcon::fromTheme(u"document-open-remote"_s), tr("Open &Web Address…"), this)),
      m_paste(new QAction(QIcon::fromTheme(u"edit-paste"_s), tr("&Paste as New Article"), this)),
      m_cancel(new QAction(QIcon::fromTheme(u"process-stop"_s), tr("&Cancel Download"), this))
{
    m_openUrl->setObjectName(u"actionOpenUrl"_s);
    m_openUrl->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(m_openUrl, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getText(m_window, tr("Open Web Address"), tr("Address of the article:"),
                                                   QLineEdit::Normal, u"https://"_s, &ok);
        if (ok && !text.trimmed().isEmpty())
            openUrl(QUrl::fromUserInput(text.trimmed()));
    });
    m_paste->setObjectName(u"actionPasteArticle"_s);
    m_paste->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    connect(m_paste, &QAction::triggered, this, [this] {
        if (!importMime(QApplication::clipboard()->mimeData()))
            m_window->statusBar()->showMessage(tr("The clipboard holds no text, web page or address."), 5000);
    });
    m_cancel->setObjectName(u"actionCancelDownload"_s);
    m_cancel->setShortcut(QKeySequence(tr("Esc")));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QAction::triggered, m_fetcher, &UrlFetcher::cancel);

    connect(m_fetcher, &UrlFetcher::progressed, this, [this](qint64 received, qint64 total) {
        m_window->statusBar()->showMessage(total > 0 ? tr("Downloading… %1 of %2 KB (Esc to cancel)")
                                                           .arg(received / 1024)
                                                           .arg(total / 1024)
                                                     : tr("Downloading… %1 KB (Esc to cancel)").arg(received / 1024));
    });
    connect(m_fetcher, &UrlFetcher::finished, this, [this](const Result<UrlFetcher::Page> &page) {
        m_cancel->setEnabled(false);
        m_window->statusBar()->clearMessage();
        if (!page) {
            m_window->showError(tr("Could not download the article"), page.error().message);
            return;
        }
        importBytes(page.value().bytes, page.value().fileName(), page.value().url.toString());
    });
}

bool ArticleImporter::openLocation(const QString &location)
{
    if (UrlFetcher::isWebAddress(location)) {
        openUrl(QUrl(location));
        return true;
    }
    const QUrl url(location);
    return openFile(url.isLocalFile() ? url.toLocalFile() : location);
}

bool ArticleImporter::openFile(const QString &path)
{
    auto bytes = JsonFile::readBytes(path, Cleaner::MaxInputBytes);
    if (!bytes) {
        m_window->showError(tr("Could not open the file"), bytes.error().message);
        return false;
    }
    return importBytes(bytes.value(), QFileInfo(path).fileName());
}

int ArticleImporter::importFiles(const QStringList &paths)
{
    if (paths.size() == 1)
        return openFile(paths.first()) ? 1 : 0;
    QProgressDialog progress(tr("Importing articles…"), tr("Cancel"), 0, int(paths.size()), m_window);
    progress.setObjectName(u"importProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto done = std::make_shared<std::atomic_int>(0);
    auto ids = std::make_shared<QStringList>();
    auto problems = std::make_shared<QStringList>();
    const QString root = m_window->store()->root();
    // Cleaning is the slow part: it runs beside the window, which stays responsive.
    QThread *worker = QThread::create([=] {
        LibraryStore store(root);
        for (const QString &path : paths) {
            if (cancel->load())
                break;
            auto bytes = JsonFile::readBytes(path, Cleaner::MaxInputBytes);
            auto id = bytes ? store.import(bytes.value(), QFileInfo(path).fileName())
                            : Result<QString>(bytes.error());
            if (id)
                ids->append(id.value());
            else
                problems->append(QFileInfo(path).fileName() + u": "_s + id.error().message);
            ++*done;
        }
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    QTimer tick;
    connect(&tick, &QTimer::timeout, &progress, [&] { progress.setValue(done->load()); });
    tick.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.setValue(int(paths.size()));
    for (const QString &id : *ids)
        m_window->library()->articleChanged(id);
    if (!ids->isEmpty())
        m_window->openArticle(ids->last());
    m_window->statusBar()->showMessage(tr("Imported %n article(s).", nullptr, int(ids->size())), 8000);
    if (!problems->isEmpty())
        m_window->showError(tr("Some files were not imported"), problems->join(u'\n'));
    return int(ids->size());
}

void ArticleImporter::openUrl(const QUrl &url)
{
    m_cancel->setEnabled(true);
    m_window->statusBar()->showMessage(tr("Downloading %1… (Esc to cancel)").arg(url.toDisplayString()));
    m_fetcher->fetch(url);
}

bool ArticleImporter::importBytes(const QByteArray &bytes, const QString &fileName, const QString &sourceUrl)
{
    LibraryStore *store = m_window->store();
    const QString sameBytes = LibraryStore::idFor(bytes);
    if (store->articleIds().contains(sameBytes)) {
        m_window->statusBar()->showMessage(tr("This article is already in your library."), 5000);
        return m_window->openArticle(sameBytes);
    }
    auto article = Cleaner::clean(bytes, fileName, QUrl(sourceUrl));
    if (!article) {
        m_window->showError(tr("Could not import the article"), article.error().message);
        return false;
    }
    if (article.value().url.isEmpty())
        article.value().url = sourceUrl;

    if (const QString existing = m_window->library()->findDuplicate(article.value()); !existing.isEmpty()) {
        const LibraryEntry *entry = m_window->library()->index().find(existing);
        const bool sameText = entry && entry->contentHash == article.value().contentHash();
        if (sameText) {
            m_window->statusBar()->showMessage(tr("This article is already in your library."), 5000);
            return m_window->openArticle(existing);
        }
        QMessageBox box(QMessageBox::Question, tr("Article Already in the Library"),
                        tr("“%1” is already in your library, in a different version. Update it to this version? "
                           "The earlier version is kept, and your highlights move with the text.")
                            .arg(entry ? entry->title : article.value().title),
                        QMessageBox::Cancel, m_window);
        box.setObjectName(u"duplicateDialog"_s);
        QPushButton *update = box.addButton(tr("&Update to This Version"), QMessageBox::AcceptRole);
        update->setObjectName(u"updateVersionButton"_s);
        QPushButton *both = box.addButton(tr("&Keep Both"), QMessageBox::ActionRole);
        both->setObjectName(u"keepBothButton"_s);
        box.setDefaultButton(update);
        box.exec();
        if (box.clickedButton() == update)
            return updateVersion(existing, bytes, fileName, sourceUrl);
        if (box.clickedButton() != both)
            return false;
    }
    auto id = store->store(bytes, article.value());
    if (!id) {
        m_window->showError(tr("Could not import the article"), id.error().message);
        return false;
    }
    m_window->library()->articleChanged(id.value());
    if (!m_window->openArticle(id.value()))
        return false;
    Q_EMIT imported(id.value());
    return true;
}

bool ArticleImporter::updateVersion(const QString &id, const QByteArray &bytes, const QString &fileName,
                                    const QString &sourceUrl)
{
    auto article = Cleaner::clean(bytes, fileName);
    if (!article)
        return false;
    if (article.value().url.isEmpty())
        article.value().url = sourceUrl;
    if (!m_window->openArticle(id))
        return false;
    Document *document = m_window->document();
    QStringList before, after;
    for (const Block &b : document->article().blocks)
        before << b.text;
    for (const Block &b : article.value().blocks)
        after << b.text;
    if (auto kept = m_window->store()->addVersion(id, bytes, article.value()); !kept) {
        m_window->showError(tr("Could not update the article"), kept.error().message);
        return false;
    }
    auto report = document->replaceArticle(article.value());
    if (!report) {
        m_window->showError(tr("Could not update the article"), report.error().message);
        return false;
    }
    m_window->library()->articleChanged(id);
    m_window->showReanchorReport(report.value());
    auto *changes = new ChangesDialog(diffParagraphs(before, after),
                                      tr("“%1” was updated; the earlier version is kept.").arg(article.value().title),
                                      m_window);
    changes->setAttribute(Qt::WA_DeleteOnClose);
    changes->show();
    Q_EMIT imported(id);
    return true;
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
                any = openLocation(url.toString()) || any;
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
        return importBytes(mime->html().toUtf8(), u"pasted.html"_s);
    if (mime->hasText() && !mime->text().trimmed().isEmpty())
        return importBytes(mime->text().toUtf8(), u"pasted.txt"_s);
    return false;
}

} // namespace Gloss
