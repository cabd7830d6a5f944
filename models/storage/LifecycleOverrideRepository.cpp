// SPDX-License-Identifier: GPL-3.0-or-later
#include "LifecycleOverrideRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("LifecycleOverrideRepository", "saving a guard override");
}

const QString kSelect = QStringLiteral(
    "SELECT id, release_id, guard, reason, requested_by, requested_at, approved_by, "
    "approved_at, settled_by, settled_at, settlement, row_version FROM lifecycle_overrides");

LifecycleOverride overrideFrom(const QSqlQuery& q) {
    LifecycleOverride o;
    o.id = q.value(0).toLongLong();
    o.releaseId = q.value(1).toLongLong();
    o.guard = q.value(2).toString();
    o.reason = q.value(3).toString();
    o.requestedBy = q.value(4).toString();
    o.requestedAt = q.value(5).toLongLong();
    o.approvedBy = q.value(6).toString();
    o.approvedAt = q.value(7).toLongLong();
    o.settledBy = q.value(8).toString();
    o.settledAt = q.value(9).toLongLong();
    o.settlement = q.value(10).toString();
    o.rowVersion = q.value(11).toLongLong();
    return o;
}

QVariant optionalSecs(qint64 secs) {
    return secs > 0 ? QVariant(secs) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

LifecycleOverrideRepository::LifecycleOverrideRepository(Database& db)
    : m_db(db) {}

Result<QList<LifecycleOverride>> LifecycleOverrideRepository::select(const QString& where,
                                                                     const QVariant& bind) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + where + QStringLiteral(" ORDER BY requested_at, id"));
    if (bind.isValid())
        q.addBindValue(bind);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<LifecycleOverride> out;
    while (q.next())
        out.append(overrideFrom(q));
    return out;
}

Result<QList<LifecycleOverride>> LifecycleOverrideRepository::forRelease(qint64 releaseId) const {
    return select(QStringLiteral(" WHERE release_id = ?"), releaseId);
}

Result<QList<LifecycleOverride>> LifecycleOverrideRepository::unsettled() const {
    return select(QStringLiteral(" WHERE settled_by = ''"), QVariant());
}

Result<LifecycleOverride> LifecycleOverrideRepository::find(qint64 id) const {
    const QString gone = QCoreApplication::translate("LifecycleOverrideRepository",
                                                     "Override %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelect, id, doing(), gone.arg(id)); !found)
        return found.error();
    return overrideFrom(q);
}

Result<LifecycleOverride> LifecycleOverrideRepository::insert(const LifecycleOverride& o,
                                                              qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("lifecycle_overrides"),
        QStringLiteral("release_id, guard, reason, requested_by, requested_at, approved_by, "
                       "approved_at, settled_by, settled_at, settlement, row_version"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1"), o.id);
    q.addBindValue(o.releaseId);
    q.addBindValue(sql::text(o.guard));
    q.addBindValue(sql::text(o.reason.trimmed()));
    q.addBindValue(sql::text(o.requestedBy));
    q.addBindValue(o.requestedAt > 0 ? o.requestedAt : now);
    q.addBindValue(sql::text(o.approvedBy));
    q.addBindValue(optionalSecs(o.approvedAt));
    q.addBindValue(sql::text(o.settledBy));
    q.addBindValue(optionalSecs(o.settledAt));
    q.addBindValue(sql::text(o.settlement));
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return find(inserted.value());
}

Result<LifecycleOverride> LifecycleOverrideRepository::update(const LifecycleOverride& o) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE lifecycle_overrides SET approved_by = ?, approved_at = ?, settled_by = ?, "
        "settled_at = ?, settlement = ?, row_version = row_version + 1 "
        "WHERE id = ? AND row_version = ?"));
    q.addBindValue(sql::text(o.approvedBy));
    q.addBindValue(optionalSecs(o.approvedAt));
    q.addBindValue(sql::text(o.settledBy));
    q.addBindValue(optionalSecs(o.settledAt));
    q.addBindValue(sql::text(o.settlement));
    q.addBindValue(o.id);
    q.addBindValue(o.rowVersion);
    const QString shown =
        QCoreApplication::translate("LifecycleOverrideRepository", "Override %1").arg(o.id);
    if (auto changed = sql::changeVersioned(m_db, q, QStringLiteral("lifecycle_overrides"), o.id,
                                            shown, doing());
        !changed)
        return changed.error();
    return find(o.id);
}

Result<void> LifecycleOverrideRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("lifecycle_overrides"), id, expectedRowVersion,
                                {}, doing());
}

} // namespace slipway
