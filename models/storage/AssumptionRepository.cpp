// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssumptionRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("AssumptionRepository", "saving an assumption");
}

const QString kSelect =
    QStringLiteral("SELECT id, release_id, statement, owner, due_date, status, depends_on, "
                   "impact, row_version FROM release_assumptions");

Assumption assumptionFrom(const QSqlQuery& q) {
    Assumption a;
    a.id = q.value(0).toLongLong();
    a.releaseId = q.value(1).toLongLong();
    a.statement = q.value(2).toString();
    a.owner = q.value(3).toString();
    a.dueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    a.status = assumptionStatusFromKey(q.value(5).toString()).value_or(AssumptionStatus::Open);
    a.dependsOn = q.value(6).toString();
    a.impact = q.value(7).toString();
    a.rowVersion = q.value(8).toLongLong();
    return a;
}

void bindFields(QSqlQuery& q, const Assumption& a) {
    q.addBindValue(sql::text(a.statement.trimmed()));
    q.addBindValue(sql::text(a.owner.trimmed()));
    q.addBindValue(a.dueDate.isValid() ? QVariant(a.dueDate.toString(Qt::ISODate))
                                       : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(toKey(a.status));
    q.addBindValue(sql::text(a.dependsOn.trimmed()));
    q.addBindValue(sql::text(a.impact.trimmed()));
}

} // namespace

AssumptionRepository::AssumptionRepository(Database& db)
    : m_db(db) {}

Result<QList<Assumption>> AssumptionRepository::select(const QString& where,
                                                       qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + where +
              QStringLiteral(" ORDER BY release_id, due_date IS NULL, due_date NULLS FIRST, id"));
    if (releaseId > 0)
        q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<Assumption> out;
    while (q.next())
        out << assumptionFrom(q);
    return out;
}

Result<QList<Assumption>> AssumptionRepository::forRelease(qint64 releaseId) const {
    return select(QStringLiteral(" WHERE release_id = ?"), releaseId);
}

Result<QList<Assumption>> AssumptionRepository::all() const {
    return select(QString(), 0);
}

Result<Assumption> AssumptionRepository::find(qint64 id) const {
    const QString gone = QCoreApplication::translate("AssumptionRepository",
                                                     "Assumption %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelect, id, doing(), gone.arg(id)); !found)
        return found.error();
    return assumptionFrom(q);
}

Result<Assumption> AssumptionRepository::insert(const Assumption& a, const QString& actor,
                                                qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("release_assumptions"),
        QStringLiteral("release_id, statement, owner, due_date, status, depends_on, impact, "
                       "row_version, created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), a.id);
    q.addBindValue(a.releaseId);
    bindFields(q, a);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return find(inserted.value());
}

Result<Assumption> AssumptionRepository::update(const Assumption& a, const QString& actor,
                                                qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE release_assumptions SET statement = ?, owner = ?, due_date = ?, status = ?, "
        "depends_on = ?, impact = ?, row_version = row_version + 1, updated_by = ?, "
        "updated_at = ? WHERE id = ? AND row_version = ?"));
    bindFields(q, a);
    sql::bindUpdated(q, actor, now, a.id, a.rowVersion);
    const auto updated = sql::changeVersioned(m_db, q, QStringLiteral("release_assumptions"), a.id,
                                              a.statement, doing());
    if (!updated)
        return updated.error();
    return find(a.id);
}

Result<void> AssumptionRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("release_assumptions"), id, expectedRowVersion,
                                QStringLiteral("statement"), doing());
}

} // namespace slipway
