// SPDX-License-Identifier: GPL-3.0-or-later
// ScopeRepository on a PostgreSQL server: reads and single-row writes through QSqlQuery (each
// forward-only query read to its end before the next statement runs), ids from the table's
// sequence, and new items through COPY.
#include "ScopeRepository.h"

#include "Database.h"
#include "PgCopy.h"
#include "SqlValues.h"
#include "StaleRow.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScopeRepository)
};
QString doing() {
    return Text::tr("saving scope items");
}
QString reading() {
    return Text::tr("reading scope items");
}

const QString kLabelSeparator = QStringLiteral("; ");

const QString kSelect =
    QStringLiteral("SELECT id, title, kind, priority, stakeholder, effort, status, release_id, "
                   "external_key, description, labels, row_version, board_rank FROM scope_items");

ScopeItem itemFrom(const QSqlQuery& q) {
    ScopeItem s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.kind = scopeKindFromKey(q.value(2).toString()).value_or(ScopeKind::Feature);
    s.priority = scopePriorityFromKey(q.value(3).toString()).value_or(ScopePriority::Medium);
    s.stakeholder = q.value(4).toString();
    s.effort = q.value(5).toDouble();
    s.status = scopeStatusFromKey(q.value(6).toString()).value_or(ScopeStatus::Proposed);
    s.releaseId = q.value(7).toLongLong(); // NULL reads as 0: the backlog
    s.externalKey = q.value(8).toString();
    s.description = q.value(9).toString();
    const QString labels = q.value(10).toString();
    if (!labels.isEmpty())
        s.labels = labels.split(kLabelSeparator);
    s.rowVersion = q.value(11).toLongLong();
    s.rank = q.value(12).toDouble();
    return s;
}

void bindFields(QSqlQuery& q, const ScopeItem& s) {
    q.addBindValue(s.title.trimmed());
    q.addBindValue(toKey(s.kind));
    q.addBindValue(toKey(s.priority));
    q.addBindValue(sql::text(s.stakeholder));
    q.addBindValue(s.effort);
    q.addBindValue(toKey(s.status));
    q.addBindValue(sql::optionalId(s.releaseId));
    // NULL, so that many unkeyed items pass the UNIQUE index
    q.addBindValue(s.externalKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(s.externalKey));
    q.addBindValue(sql::text(s.description));
    q.addBindValue(sql::text(s.labels.join(kLabelSeparator)));
}

} // namespace

Result<QList<ScopeItem>> ScopeRepository::itemsOnServer(const QString& where, qint64 id) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + where);
    if (where.contains(u'?'))
        q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    QList<ScopeItem> items;
    while (q.next())
        items.append(itemFrom(q));
    if (q.lastError().isValid())
        return m_db.errorFrom(q.lastError(), reading());
    return items;
}

Result<qint64> ScopeRepository::countOnServer() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM scope_items")) || !q.next())
        return m_db.errorFrom(q.lastError(), reading());
    return q.value(0).toLongLong();
}

Result<QList<std::pair<qint64, qint64>>> ScopeRepository::dependenciesOnServer() const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT item_id, needs_id FROM scope_dependencies ORDER BY item_id, needs_id")))
        return m_db.errorFrom(q.lastError(), reading());
    QList<std::pair<qint64, qint64>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    if (q.lastError().isValid())
        return m_db.errorFrom(q.lastError(), reading());
    return out;
}

Result<QHash<QString, QList<qint64>>> ScopeRepository::releaseIdsByVersionOnServer() const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT version, id FROM releases ORDER BY id")))
        return m_db.errorFrom(q.lastError(), reading());
    QHash<QString, QList<qint64>> out;
    while (q.next())
        out[q.value(0).toString()].append(q.value(1).toLongLong());
    if (q.lastError().isValid())
        return m_db.errorFrom(q.lastError(), reading());
    return out;
}

Result<ScopeIdRange> ScopeRepository::reserveIdsOnServer(qint64 count) {
    // The sequence hands out ids once, whatever transaction asks: other clients' inserts at
    // the same time can interleave theirs, so the ids are taken as they come. One row back:
    // the range, and the list only when it has gaps (100,000 rows cost 0.3 s to fetch). The
    // sequence is named first: looked up inside the nextval call, the catalog would be read
    // once per id (0.27 s for 100,000).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT pg_get_serial_sequence('scope_items', 'id')")) || !q.next())
        return m_db.errorFrom(q.lastError(), doing());
    const QString sequence = q.value(0).toString();
    q.finish();
    // The list is made only when there are gaps: a subquery in a CASE branch runs only when
    // that branch is taken (made each time, it cost a third of the whole).
    q.prepare(QStringLiteral(
        "WITH reserved AS MATERIALIZED (SELECT nextval(CAST(? AS regclass)) AS v "
        "FROM generate_series(1, CAST(? AS BIGINT))), "
        "span AS (SELECT min(v) AS low, max(v) AS high, count(*) AS n FROM reserved) "
        "SELECT low, high, CASE WHEN high - low + 1 = n THEN NULL "
        "ELSE (SELECT string_agg(v::text, ',' ORDER BY v) FROM reserved) END FROM span"));
    q.addBindValue(sequence);
    q.addBindValue(count);
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(), doing());
    ScopeIdRange range;
    range.first = q.value(0).toLongLong();
    range.count = count;
    if (!q.isNull(2)) {
        const QList<QByteArray> ids = q.value(2).toByteArray().split(',');
        range.ids.reserve(size_t(ids.size()));
        for (const QByteArray& id : ids)
            range.ids.push_back(id.toLongLong());
    }
    q.finish();
    if (range.first <= 0 || (!range.consecutive() && qint64(range.ids.size()) != count))
        return Error{Error::Kind::Internal,
                     Text::tr("%1 did not hand out %2 ids for new scope items; nothing was saved.")
                         .arg(m_db.fileName())
                         .arg(count)};
    return range;
}

Result<void> ScopeRepository::insertAllOnServer(const std::vector<ScopeItem*>& items,
                                                const ScopeIdRange& ids, const QString& actor,
                                                qint64 now) {
    PgCopy copy(m_db, doing());
    if (auto begun = copy.begin(
            QStringLiteral("scope_items"),
            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("kind"),
             QStringLiteral("priority"), QStringLiteral("stakeholder"), QStringLiteral("effort"),
             QStringLiteral("status"), QStringLiteral("release_id"), QStringLiteral("external_key"),
             QStringLiteral("description"), QStringLiteral("labels"), QStringLiteral("row_version"),
             QStringLiteral("created_by"), QStringLiteral("created_at"),
             QStringLiteral("updated_by"), QStringLiteral("updated_at"),
             QStringLiteral("board_rank")});
        !begun)
        return begun.error();
    const QByteArray actorUtf8 = actor.toUtf8();
    QString labels;
    for (size_t k = 0; k < items.size(); ++k) {
        ScopeItem& s = *items[k];
        s.id = ids.at(qint64(k));
        s.rowVersion = 1;
        copy.integer(s.id);
        copy.text(s.title);
        copy.text(toKey(s.kind));
        copy.text(toKey(s.priority));
        copy.text(s.stakeholder);
        copy.real(s.effort);
        copy.text(toKey(s.status));
        if (s.releaseId > 0)
            copy.integer(s.releaseId);
        else
            copy.null();
        if (s.externalKey.isEmpty()) // NULL, so that many unkeyed items pass the UNIQUE index
            copy.null();
        else
            copy.text(s.externalKey);
        copy.text(s.description);
        labels = s.labels.join(kLabelSeparator);
        copy.text(labels);
        copy.integer(1);
        copy.utf8(actorUtf8);
        copy.integer(now);
        copy.utf8(actorUtf8);
        copy.integer(now);
        copy.real(s.rank);
        copy.endRow();
    }
    return copy.end();
}

Result<ScopeItem> ScopeRepository::updateOnServer(ScopeItem item, const QString& actor,
                                                  qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE scope_items SET title = ?, kind = ?, priority = ?, stakeholder = ?, effort = ?, "
        "status = ?, release_id = ?, external_key = ?, description = ?, labels = ?, "
        "row_version = row_version + 1, updated_by = ?, updated_at = ? "
        "WHERE id = ? AND row_version = ?"));
    bindFields(q, item);
    q.addBindValue(actor);
    q.addBindValue(now);
    q.addBindValue(item.id);
    q.addBindValue(item.rowVersion);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (q.numRowsAffected() != 1)
        return staleRowError(m_db, QStringLiteral("scope_items"), item.id, item.title.trimmed());
    item.title = item.title.trimmed();
    ++item.rowVersion;
    return item;
}

Result<bool> ScopeRepository::addDependencyOnServer(qint64 itemId, qint64 needsId,
                                                    const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO scope_dependencies (item_id, needs_id, created_by, "
                             "created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(itemId);
    q.addBindValue(needsId);
    q.addBindValue(actor);
    q.addBindValue(now);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    return q.numRowsAffected() == 1;
}

Result<std::vector<bool>>
ScopeRepository::addDependenciesOnServer(const std::vector<std::pair<qint64, qint64>>& links,
                                         const QString& actor, qint64 now) {
    // One statement for all: the pairs go as two arrays, and the server says which were new.
    QByteArray items = "{";
    QByteArray needs = "{";
    for (const auto& [item, need] : links) {
        if (items.size() > 1) {
            items += ',';
            needs += ',';
        }
        items += QByteArray::number(item);
        needs += QByteArray::number(need);
    }
    items += '}';
    needs += '}';
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "INSERT INTO scope_dependencies (item_id, needs_id, created_by, created_at) "
        "SELECT l.item_id, l.needs_id, ?, ? FROM unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) "
        "AS l(item_id, needs_id) WHERE l.item_id <> l.needs_id "
        "ON CONFLICT DO NOTHING RETURNING item_id, needs_id"));
    q.addBindValue(actor);
    q.addBindValue(now);
    q.addBindValue(QString::fromLatin1(items));
    q.addBindValue(QString::fromLatin1(needs));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QSet<std::pair<qint64, qint64>> added;
    while (q.next())
        added.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
    if (q.lastError().isValid())
        return m_db.errorFrom(q.lastError(), doing());
    // A pair named twice was added once: by its first mention.
    std::vector<bool> out;
    out.reserve(links.size());
    for (const auto& link : links)
        out.push_back(added.remove(link));
    return out;
}

Result<QHash<qint64, double>> ScopeRepository::ranksOnServer() const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, board_rank FROM scope_items")))
        return m_db.errorFrom(q.lastError(), reading());
    QHash<qint64, double> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toDouble());
    if (q.lastError().isValid())
        return m_db.errorFrom(q.lastError(), reading());
    return out;
}

Result<void> ScopeRepository::setRanksOnServer(const QList<std::pair<qint64, double>>& ranks) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE scope_items SET board_rank = ? WHERE id = ?"));
    for (const auto& [id, rank] : ranks) {
        q.addBindValue(rank);
        q.addBindValue(id);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing());
        if (q.numRowsAffected() != 1)
            return Error{Error::Kind::NotFound,
                         Text::tr("Scope item %1 no longer exists — reload.").arg(id)};
    }
    return {};
}

Result<bool> ScopeRepository::removeDependencyOnServer(qint64 itemId, qint64 needsId) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM scope_dependencies WHERE item_id = ? AND needs_id = ?"));
    q.addBindValue(itemId);
    q.addBindValue(needsId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    return q.numRowsAffected() == 1;
}

} // namespace slipway
