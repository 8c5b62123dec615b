// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/libraryindex.h"

#include "core/jsonfile.h"
#include "library/librarystore.h"

#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIndex, "gloss.library.index")

namespace Gloss {

namespace {
constexpr int IndexVersion = 1;
}

LibraryIndex::LibraryIndex(LibraryStore *store)
    : m_store(store)
{ }

QString LibraryIndex::path() const
{
    return m_store->indexPath();
}

const LibraryEntry *LibraryIndex::find(const QString &id) const
{
    const auto it = m_rows.constFind(id);
    return it == m_rows.cend() ? nullptr : &m_entries.at(*it);
}

LibraryEntry LibraryIndex::read(const QString &id) const
{
    LibraryEntry e;
    e.id = id;
    e.stamp = m_store->stamp(id);
    auto article = m_store->loadArticle(id);
    if (!article) {
        e.title = id;
        e.problem = article.error().message;
        return e;
    }
    const Article &a = article.value();
    e.title = a.title;
    e.site = a.site;
    e.url = a.url;
    e.published = a.published;
    e.authors = a.authors;
    e.contentHash = a.contentHash();
    if (auto set = m_store->loadAnnotations(id)) {
        for (const Annotation &an : set.value().annotations) {
            if (an.isPassage())
                ++e.highlights;
            if (!an.note.isEmpty())
                ++e.notes;
            for (const QString &tag : an.tags)
                if (!e.tags.contains(tag))
                    e.tags << tag;
        }
    } else {
        e.problem = set.error().message;
    }
    if (auto state = m_store->loadState(id)) {
        e.progress = qBound(0.0, state.value().value("progress"_L1).toDouble(), 1.0);
        e.added = QDateTime::fromString(state.value().value("added"_L1).toString(), Qt::ISODate);
    }
    return e;
}

LibraryIndex::Plan LibraryIndex::plan() const
{
    Plan plan;
    QHash<QString, LibraryEntry> cached;
    if (auto index = JsonFile::readObject(path());
        index && index.value().value("version"_L1).toInt() == IndexVersion) {
        plan.stats.indexWasUsable = true;
        const QJsonArray list = index.value().value("entries"_L1).toArray();
        cached.reserve(list.size());
        for (const QJsonValue &v : list) {
            LibraryEntry e = LibraryEntry::fromJson(v.toObject());
            if (!e.id.isEmpty())
                cached.insert(e.id, std::move(e));
        }
    } else if (!index && index.error().code != Error::Code::NotFound) {
        qCWarning(lcIndex) << "rebuilding the library index:" << index.error().message;
    }
    const QStringList ids = m_store->articleIds();
    plan.entries.reserve(ids.size());
    for (const QString &id : ids) {
        auto it = cached.find(id);
        if (it != cached.end() && it->stamp == m_store->stamp(id) && it->problem.isEmpty()) {
            plan.entries.append(std::move(*it));
            ++plan.stats.reused;
        } else {
            // A placeholder the caller fills with read(id).
            LibraryEntry placeholder;
            placeholder.id = id;
            placeholder.title = id;
            plan.stale.append(plan.entries.size());
            plan.entries.append(std::move(placeholder));
            ++plan.stats.reread;
        }
        cached.remove(id);
    }
    plan.stats.removed = int(cached.size());
    return plan;
}

void LibraryIndex::setEntries(QList<LibraryEntry> entries, bool save)
{
    m_entries = std::move(entries);
    m_rows.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_rows.insert(m_entries.at(i).id, i);
    if (save)
        if (auto ok = this->save(); !ok)
            qCWarning(lcIndex) << ok.error().message;
}

LibraryIndex::RefreshStats LibraryIndex::refresh()
{
    Plan p = plan();
    for (qsizetype row : std::as_const(p.stale))
        p.entries[row] = read(p.entries.at(row).id);
    const bool changed = p.stats.reread > 0 || p.stats.removed > 0 || !p.stats.indexWasUsable;
    setEntries(std::move(p.entries), changed);
    return p.stats;
}

const LibraryEntry &LibraryIndex::update(const QString &id)
{
    LibraryEntry e = read(id);
    auto it = m_rows.constFind(id);
    if (it == m_rows.cend()) {
        m_rows.insert(id, m_entries.size());
        m_entries.append(std::move(e));
    } else {
        m_entries[*it] = std::move(e);
    }
    if (auto ok = save(); !ok)
        qCWarning(lcIndex) << ok.error().message;
    return m_entries.at(m_rows.value(id));
}

void LibraryIndex::remove(const QString &id)
{
    const auto it = m_rows.constFind(id);
    if (it == m_rows.cend())
        return;
    m_entries.removeAt(*it);
    m_rows.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_rows.insert(m_entries.at(i).id, i);
    if (auto ok = save(); !ok)
        qCWarning(lcIndex) << ok.error().message;
}

Result<void> LibraryIndex::save() const
{
    QJsonArray list;
    for (const LibraryEntry &e : m_entries)
        list.append(e.toJson());
    return JsonFile::writeObject(path(), QJsonObject {{"version"_L1, IndexVersion}, {"entries"_L1, list}},
                                 /*compact=*/true);
}

} // namespace Gloss
