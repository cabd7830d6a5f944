// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeRepository.h"

#include "ChecksAlreadyDone.h"
#include "Database.h"
#include "ScopeItemBinder.h"
#include "StaleRow.h"

#include "domain/InputText.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>
#include <vector>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScopeRepository)
};
QString doing() {
    return Text::tr("saving scope items");
}

const QString kLabelSeparator = QStringLiteral("; ");

const char* const kSelect =
    "SELECT id, title, kind, priority, stakeholder, effort, status, release_id, external_key, "
    "description, labels, row_version, board_rank FROM scope_items";

enum Slot { InsertGroup, Update, AddDependency, SetRank };

constexpr int kGroup = 256; // rows per multi-row INSERT: 16 parameters each

QByteArray insertSql(int rows) {
    QByteArray sql = "INSERT INTO scope_items (id, title, kind, priority, stakeholder, effort, "
                     "status, release_id, external_key, description, labels, row_version, "
                     "created_by, created_at, updated_by, updated_at, board_rank) VALUES ";
    for (int i = 0; i < rows; ++i)
        sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)"
                      : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)";
    return sql;
}

using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

void bindText(sqlite3_stmt* st, int index, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(st, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

QString columnText(sqlite3_stmt* st, int column) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(st, column)) : QString();
}

ScopeItem itemFrom(sqlite3_stmt* st) {
    ScopeItem s;
    s.id = sqlite3_column_int64(st, 0);
    s.title = columnText(st, 1);
    s.kind = scopeKindFromKey(columnText(st, 2)).value_or(ScopeKind::Feature);
    s.priority = scopePriorityFromKey(columnText(st, 3)).value_or(ScopePriority::Medium);
    s.stakeholder = columnText(st, 4);
    s.effort = sqlite3_column_double(st, 5);
    s.status = scopeStatusFromKey(columnText(st, 6)).value_or(ScopeStatus::Proposed);
    s.releaseId = sqlite3_column_int64(st, 7); // NULL reads as 0: the backlog
    s.externalKey = columnText(st, 8);
    s.description = columnText(st, 9);
    const QString labels = columnText(st, 10);
    if (!labels.isEmpty())
        s.labels = labels.split(kLabelSeparator);
    s.rowVersion = sqlite3_column_int64(st, 11);
    s.rank = sqlite3_column_double(st, 12);
    return s;
}

// Binds the editable fields in column order from `index`; returns the next free index.
int bindFields(sqlite3_stmt* st, int index, const ScopeItem& s) {
    bindText(st, index++, s.title.trimmed());
    bindText(st, index++, toKey(s.kind));
    bindText(st, index++, toKey(s.priority));
    bindText(st, index++, s.stakeholder);
    sqlite3_bind_double(st, index++, s.effort);
    bindText(st, index++, toKey(s.status));
    if (s.releaseId > 0)
        sqlite3_bind_int64(st, index++, s.releaseId);
    else
        sqlite3_bind_null(st, index++);
    if (s.externalKey.isEmpty()) // NULL, so that many unkeyed items pass the UNIQUE index
        sqlite3_bind_null(st, index++);
    else
        bindText(st, index++, s.externalKey);
    bindText(st, index++, s.description);
    bindText(st, index++, s.labels.join(kLabelSeparator));
    return index;
}

// What the table's CHECK constraints say (a title not blank once trimmed, effort not
// negative; kind, priority and status are keys of their enums), asked here because insertAll
// has SQLite leave them out: it evaluates each `IN (…)` list through a temporary b-tree per
// row, two thirds of a large import's insert. One line naming the item and the field.
Result<void> holdsTableChecks(const std::vector<ScopeItem*>& items) {
    const auto refused = [](const ScopeItem& s, const QString& what) {
        return Error{
            Error::Kind::Validation,
            Text::tr("Scope item %1: %2; nothing was saved.")
                .arg(InputText::quoted(s.externalKey.isEmpty() ? s.title : s.externalKey, 60),
                     what)};
    };
    for (const ScopeItem* item : items) {
        const ScopeItem& s = *item;
        if (QStringView(s.title).trimmed().isEmpty())
            return refused(s, Text::tr("the title is empty"));
        if (!(s.effort >= 0))
            return refused(s, Text::tr("the effort is not a number of points from 0"));
        if (int(s.kind) < 0 || int(s.kind) > int(ScopeKind::Regulatory) || int(s.priority) < 0 ||
            int(s.priority) > int(ScopePriority::Low) || int(s.status) < 0 ||
            int(s.status) > int(ScopeStatus::Deferred))
            return refused(s, Text::tr("the kind, priority or status is not one Slipway knows"));
    }
    return {};
}

} // namespace

ScopeRepository::ScopeRepository(Database& db)
    : m_db(db) {}

ScopeRepository::~ScopeRepository() {
    for (sqlite3_stmt* st : m_statements)
        sqlite3_finalize(st);
}

Error ScopeRepository::lastError() const {
    sqlite3* h = m_db.handle();
    return m_db.errorFromCode(sqlite3_errcode(h), QString::fromUtf8(sqlite3_errmsg(h)), doing());
}

sqlite3_stmt* ScopeRepository::statement(int slot, const char* sql) const {
    if (!m_statements[slot] && m_db.handle())
        sqlite3_prepare_v3(m_db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statements[slot],
                           nullptr);
    return m_statements[slot];
}

Result<QList<ScopeItem>> ScopeRepository::all() const {
    if (m_db.isPostgres())
        return itemsOnServer(QStringLiteral(" ORDER BY id"), 0);
    sqlite3_stmt* raw = nullptr;
    const QByteArray sql = QByteArray(kSelect) + " ORDER BY id";
    if (sqlite3_prepare_v2(m_db.handle(), sql.constData(), -1, &raw, nullptr) != SQLITE_OK)
        return lastError();
    Statement st(raw, &sqlite3_finalize);
    QList<ScopeItem> items;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW)
        items.append(itemFrom(raw));
    if (rc != SQLITE_DONE)
        return lastError();
    return items;
}

Result<ScopeItem> ScopeRepository::find(qint64 id) const {
    if (m_db.isPostgres()) {
        auto found = itemsOnServer(QStringLiteral(" WHERE id = ?"), id);
        if (!found)
            return found.error();
        if (!found->isEmpty())
            return found->first();
        return Error{Error::Kind::NotFound,
                     Text::tr("Scope item %1 no longer exists — reload.").arg(id)};
    }
    sqlite3_stmt* raw = nullptr;
    const QByteArray sql = QByteArray(kSelect) + " WHERE id = ?";
    if (sqlite3_prepare_v2(m_db.handle(), sql.constData(), -1, &raw, nullptr) != SQLITE_OK)
        return lastError();
    Statement st(raw, &sqlite3_finalize);
    sqlite3_bind_int64(raw, 1, id);
    const int rc = sqlite3_step(raw);
    if (rc == SQLITE_ROW)
        return itemFrom(raw);
    if (rc != SQLITE_DONE)
        return lastError();
    return Error{Error::Kind::NotFound,
                 Text::tr("Scope item %1 no longer exists — reload.").arg(id)};
}

Result<qint64> ScopeRepository::count() const {
    if (m_db.isPostgres())
        return countOnServer();
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(m_db.handle(), "SELECT count(*) FROM scope_items", -1, &raw, nullptr) !=
        SQLITE_OK)
        return lastError();
    Statement st(raw, &sqlite3_finalize);
    if (sqlite3_step(raw) != SQLITE_ROW)
        return lastError();
    return qint64(sqlite3_column_int64(raw, 0));
}

Result<QHash<QString, ScopeItem>> ScopeRepository::itemsByExternalKey() const {
    if (m_db.isPostgres()) {
        auto rows = itemsOnServer(QStringLiteral(" WHERE external_key IS NOT NULL"), 0);
        if (!rows)
            return rows.error();
        QHash<QString, ScopeItem> byKey;
        byKey.reserve(rows->size());
        for (ScopeItem& item : rows.value())
            byKey.insert(item.externalKey, std::move(item));
        return byKey;
    }
    sqlite3_stmt* raw = nullptr;
    const QByteArray sql = QByteArray(kSelect) + " WHERE external_key IS NOT NULL";
    if (sqlite3_prepare_v2(m_db.handle(), sql.constData(), -1, &raw, nullptr) != SQLITE_OK)
        return lastError();
    Statement st(raw, &sqlite3_finalize);
    QHash<QString, ScopeItem> items;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        ScopeItem item = itemFrom(raw);
        const QString key = item.externalKey;
        items.insert(key, item);
    }
    if (rc != SQLITE_DONE)
        return lastError();
    return items;
}

Result<QList<std::pair<qint64, qint64>>> ScopeRepository::dependencies() const {
    if (m_db.isPostgres())
        return dependenciesOnServer();
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(m_db.handle(),
                           "SELECT item_id, needs_id FROM scope_dependencies ORDER BY 1, 2", -1,
                           &raw, nullptr) != SQLITE_OK)
        return lastError();
    Statement st(raw, &sqlite3_finalize);
    QList<std::pair<qint64, qint64>> out;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW)
        out.append({sqlite3_column_int64(raw, 0), sqlite3_column_int64(raw, 1)});
    if (rc != SQLITE_DONE)
        return lastError();
    return out;
}

Result<QHash<QString, QList<qint64>>> ScopeRepository::releaseIdsByVersion() const {
    if (m_db.isPostgres())
        return releaseIdsByVersionOnServer();
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(m_db.handle(), "SELECT version, id FROM releases ORDER BY id", -1, &raw,
                           nullptr) != SQLITE_OK)
        return lastError();
    Statement st(raw, &sqlite3_finalize);
    QHash<QString, QList<qint64>> out;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW)
        out[columnText(raw, 0)].append(sqlite3_column_int64(raw, 1));
    if (rc != SQLITE_DONE)
        return lastError();
    return out;
}

Result<ScopeIdRange> ScopeRepository::reserveIds(qint64 count) {
    if (count <= 0)
        return ScopeIdRange{};
    if (m_db.isPostgres())
        return reserveIdsOnServer(count);
    // The ids after the largest one stored: the caller's BEGIN IMMEDIATE keeps every other
    // writer out until they are used.
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(m_db.handle(), "SELECT coalesce(max(id), 0) + 1 FROM scope_items", -1,
                           &raw, nullptr) != SQLITE_OK)
        return lastError();
    Statement st(raw, &sqlite3_finalize);
    if (sqlite3_step(raw) != SQLITE_ROW)
        return lastError();
    return ScopeIdRange{qint64(sqlite3_column_int64(raw, 0)), count};
}

Result<QByteArray> ScopeRepository::dropReleaseIndex() {
    if (m_db.isPostgres())
        return QByteArray();
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(m_db.handle(),
                           "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = "
                           "'scope_items_release'",
                           -1, &raw, nullptr) != SQLITE_OK)
        return lastError();
    Statement st(raw, &sqlite3_finalize);
    const int rc = sqlite3_step(raw);
    if (rc == SQLITE_DONE)
        return QByteArray(); // nothing to drop
    if (rc != SQLITE_ROW)
        return lastError();
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(raw, 0));
    QByteArray sql(text, sqlite3_column_bytes(raw, 0));
    st.reset();
    if (sqlite3_exec(m_db.handle(), "DROP INDEX scope_items_release", nullptr, nullptr, nullptr) !=
        SQLITE_OK)
        return lastError();
    return sql;
}

Result<void> ScopeRepository::restoreIndex(const QByteArray& createSql) {
    if (createSql.isEmpty())
        return {};
    if (sqlite3_exec(m_db.handle(), createSql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return lastError();
    return {};
}

Result<ScopeItem> ScopeRepository::insert(ScopeItem item, const QString& actor, qint64 now) {
    QList<ScopeItem> one{std::move(item)};
    if (auto done = insertAll(one, actor, now); !done)
        return done.error();
    return one.takeFirst();
}

Result<void> ScopeRepository::insertAll(QList<ScopeItem>& items, const QString& actor, qint64 now) {
    std::vector<ScopeItem*> rows;
    rows.reserve(size_t(items.size()));
    for (ScopeItem& s : items)
        rows.push_back(&s);
    return insertAll(rows, actor, now);
}

Result<void> ScopeRepository::insertAll(const std::vector<ScopeItem*>& items, const QString& actor,
                                        qint64 now) {
    auto ids = reserveIds(qint64(items.size()));
    if (!ids)
        return ids.error();
    return insertAll(items, ids.value(), actor, now);
}

Result<void> ScopeRepository::insertAll(const std::vector<ScopeItem*>& items,
                                        const ScopeIdRange& ids, const QString& actor, qint64 now) {
    if (items.empty())
        return {};
    if (ids.count < qint64(items.size()))
        return Error{Error::Kind::Internal,
                     Text::tr("%1 new scope items were given %2 ids; nothing was saved.")
                         .arg(items.size())
                         .arg(ids.count)};
    for (ScopeItem* s : items) {
        if (s->title.size() != s->title.trimmed().size())
            s->title = s->title.trimmed();
    }
    if (auto held = holdsTableChecks(items); !held)
        return held.error();
    if (m_db.isPostgres())
        return insertAllOnServer(items, ids, actor, now);
    // Ids are given here rather than by SQLite so that a group gets known ones.
    qint64 id = ids.first;
    const ChecksAlreadyDone checks(m_db.handle());
    ScopeItemBinder binder(actor);
    const auto total = qsizetype(items.size());
    for (qsizetype from = 0; from < total; from += kGroup) {
        const int count = int(qMin<qsizetype>(kGroup, total - from));
        Statement partial(nullptr, &sqlite3_finalize);
        sqlite3_stmt* st = nullptr;
        if (count == kGroup) {
            st = statement(InsertGroup, insertSql(kGroup).constData());
        } else {
            sqlite3_prepare_v2(m_db.handle(), insertSql(count).constData(), -1, &st, nullptr);
            partial.reset(st);
        }
        if (!st)
            return lastError();
        binder.begin(items.data() + from, count);
        for (int r = 0; r < count; ++r) {
            ScopeItem& s = *items[size_t(from + r)];
            s.id = ids.consecutive() ? id++ : ids.at(from + r);
            s.rowVersion = 1;
            binder.bind(st, r * ScopeItemBinder::kParameters, s, now);
        }
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return lastError();
    }
    return {};
}

Result<ScopeItem> ScopeRepository::update(ScopeItem item, const QString& actor, qint64 now) {
    if (m_db.isPostgres())
        return updateOnServer(std::move(item), actor, now);
    sqlite3_stmt* st = statement(
        Update, "UPDATE scope_items SET title = ?, kind = ?, priority = ?, stakeholder = ?, "
                "effort = ?, status = ?, release_id = ?, external_key = ?, description = ?, "
                "labels = ?, row_version = row_version + 1, updated_by = ?, updated_at = ? "
                "WHERE id = ? AND row_version = ?");
    if (!st)
        return lastError();
    int index = bindFields(st, 1, item);
    bindText(st, index++, actor);
    sqlite3_bind_int64(st, index++, now);
    sqlite3_bind_int64(st, index++, item.id);
    sqlite3_bind_int64(st, index++, item.rowVersion);
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return lastError();
    if (sqlite3_changes(m_db.handle()) != 1)
        return staleRowError(m_db, QStringLiteral("scope_items"), item.id, item.title.trimmed());
    item.title = item.title.trimmed();
    ++item.rowVersion;
    return item;
}

Result<bool> ScopeRepository::addDependency(qint64 itemId, qint64 needsId, const QString& actor,
                                            qint64 now) {
    // An item never needs itself (the table's CHECK); ON CONFLICT skips only a repeated pair.
    if (itemId == needsId)
        return false;
    if (m_db.isPostgres())
        return addDependencyOnServer(itemId, needsId, actor, now);
    sqlite3_stmt* st =
        statement(AddDependency, "INSERT INTO scope_dependencies (item_id, needs_id, created_by, "
                                 "created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
    if (!st)
        return lastError();
    sqlite3_bind_int64(st, 1, itemId);
    sqlite3_bind_int64(st, 2, needsId);
    bindText(st, 3, actor);
    sqlite3_bind_int64(st, 4, now);
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return lastError();
    return sqlite3_changes(m_db.handle()) == 1;
}

Result<std::vector<bool>>
ScopeRepository::addDependencies(const std::vector<std::pair<qint64, qint64>>& links,
                                 const QString& actor, qint64 now) {
    if (m_db.isPostgres() && !links.empty())
        return addDependenciesOnServer(links, actor, now);
    std::vector<bool> out;
    out.reserve(links.size());
    for (const auto& [item, need] : links) {
        auto added = addDependency(item, need, actor, now);
        if (!added)
            return added.error();
        out.push_back(added.value());
    }
    return out;
}

Result<QHash<qint64, double>> ScopeRepository::ranks() const {
    if (m_db.isPostgres())
        return ranksOnServer();
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(m_db.handle(), "SELECT id, board_rank FROM scope_items", -1, &raw,
                           nullptr) != SQLITE_OK)
        return lastError();
    Statement st(raw, &sqlite3_finalize);
    QHash<qint64, double> out;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW)
        out.insert(sqlite3_column_int64(raw, 0), sqlite3_column_double(raw, 1));
    if (rc != SQLITE_DONE)
        return lastError();
    return out;
}

Result<void> ScopeRepository::setRanks(const QList<std::pair<qint64, double>>& ranks) {
    if (m_db.isPostgres())
        return setRanksOnServer(ranks);
    sqlite3_stmt* st = statement(SetRank, "UPDATE scope_items SET board_rank = ? WHERE id = ?");
    if (!st)
        return lastError();
    for (const auto& [id, rank] : ranks) {
        sqlite3_bind_double(st, 1, rank);
        sqlite3_bind_int64(st, 2, id);
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return lastError();
        if (sqlite3_changes(m_db.handle()) != 1)
            return Error{Error::Kind::NotFound,
                         Text::tr("Scope item %1 no longer exists — reload.").arg(id)};
    }
    return {};
}

Result<bool> ScopeRepository::removeDependency(qint64 itemId, qint64 needsId) {
    if (m_db.isPostgres())
        return removeDependencyOnServer(itemId, needsId);
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(m_db.handle(),
                           "DELETE FROM scope_dependencies WHERE item_id = ? AND needs_id = ?", -1,
                           &raw, nullptr) != SQLITE_OK)
        return lastError();
    Statement st(raw, &sqlite3_finalize);
    sqlite3_bind_int64(raw, 1, itemId);
    sqlite3_bind_int64(raw, 2, needsId);
    if (sqlite3_step(raw) != SQLITE_DONE)
        return lastError();
    return sqlite3_changes(m_db.handle()) == 1;
}

} // namespace slipway
