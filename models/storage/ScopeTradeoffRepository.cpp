// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeTradeoffRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("ScopeTradeoffRepository", "recording a trade-off");
}

} // namespace

ScopeTradeoffRepository::ScopeTradeoffRepository(Database& db)
    : m_db(db) {}

Result<QList<ScopeTradeoff>> ScopeTradeoffRepository::all() const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, item_id, item_title, from_release_id, to_release_id, from_status, "
            "to_status, rationale, decided_by, decided_at FROM scope_tradeoffs "
            "ORDER BY decided_at DESC, id DESC")))
        return m_db.errorFrom(q.lastError(), doing());
    QList<ScopeTradeoff> out;
    while (q.next()) {
        ScopeTradeoff t;
        t.id = q.value(0).toLongLong();
        t.itemId = q.value(1).toLongLong();
        t.itemTitle = q.value(2).toString();
        t.fromReleaseId = q.value(3).toLongLong();
        t.toReleaseId = q.value(4).toLongLong();
        t.fromStatus = scopeStatusFromKey(q.value(5).toString()).value_or(ScopeStatus::Proposed);
        t.toStatus = scopeStatusFromKey(q.value(6).toString()).value_or(ScopeStatus::Proposed);
        t.rationale = q.value(7).toString();
        t.decidedBy = q.value(8).toString();
        t.decidedAt = q.value(9).toLongLong();
        out.append(t);
    }
    return out;
}

Result<ScopeTradeoff> ScopeTradeoffRepository::insert(ScopeTradeoff t, const QString& actor,
                                                      qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO scope_tradeoffs (item_id, item_title, from_release_id, to_release_id, "
        "from_status, to_status, rationale, decided_by, decided_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(sql::optionalId(t.itemId));
    q.addBindValue(sql::text(t.itemTitle));
    q.addBindValue(sql::optionalId(t.fromReleaseId));
    q.addBindValue(sql::optionalId(t.toReleaseId));
    q.addBindValue(toKey(t.fromStatus));
    q.addBindValue(toKey(t.toStatus));
    q.addBindValue(sql::text(t.rationale.trimmed()));
    q.addBindValue(sql::text(actor));
    q.addBindValue(now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    t.id = inserted.value();
    t.rationale = t.rationale.trimmed();
    t.decidedBy = actor;
    t.decidedAt = now;
    return t;
}

} // namespace slipway
