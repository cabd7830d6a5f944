// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvironmentRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(EnvironmentRepository)
};
QString doing() {
    return Text::tr("saving environments");
}

const QString kSelectEnv =
    QStringLiteral("SELECT id, name, kind, shared, row_version FROM environments");
const QString kSelectBooking =
    QStringLiteral("SELECT id, environment_id, release_id, label, start_utc, end_utc, row_version "
                   "FROM environment_bookings");

Environment environmentFrom(const QSqlQuery& q) {
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toBool(), q.value(4).toLongLong()};
}

Booking bookingFrom(const QSqlQuery& q) {
    Booking b;
    b.id = q.value(0).toLongLong();
    b.environmentId = q.value(1).toLongLong();
    b.releaseId = q.value(2).toLongLong();
    b.label = q.value(3).toString();
    b.startUtc = q.value(4).toLongLong();
    b.endUtc = q.value(5).toLongLong();
    b.rowVersion = q.value(6).toLongLong();
    return b;
}

} // namespace

EnvironmentRepository::EnvironmentRepository(Database& db)
    : m_db(db) {}

Result<QList<Environment>> EnvironmentRepository::all() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(kSelectEnv + QStringLiteral(" ORDER BY id")))
        return m_db.errorFrom(q.lastError(), doing());
    QList<Environment> out;
    while (q.next())
        out.append(environmentFrom(q));
    return out;
}

Result<Environment> EnvironmentRepository::find(qint64 id) const {
    const QString gone = Text::tr("Environment %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelectEnv, id, doing(), gone.arg(id)); !found)
        return found.error();
    return environmentFrom(q);
}

Result<Environment> EnvironmentRepository::insert(const Environment& e, const QString& actor,
                                                  qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("environments"),
        QStringLiteral(
            "name, kind, shared, row_version, created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, 1, ?, ?, ?, ?"), e.id);
    q.addBindValue(sql::text(e.name.trimmed()));
    q.addBindValue(e.kind);
    q.addBindValue(e.shared ? 1 : 0);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return find(inserted.value());
}

Result<Environment> EnvironmentRepository::update(const Environment& e, const QString& actor,
                                                  qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE environments SET name = ?, kind = ?, shared = ?, "
                             "row_version = row_version + 1, updated_by = ?, updated_at = ? "
                             "WHERE id = ? AND row_version = ?"));
    q.addBindValue(sql::text(e.name.trimmed()));
    q.addBindValue(e.kind);
    q.addBindValue(e.shared ? 1 : 0);
    sql::bindUpdated(q, actor, now, e.id, e.rowVersion);
    const auto updated =
        sql::changeVersioned(m_db, q, QStringLiteral("environments"), e.id, e.name, doing());
    if (!updated)
        return updated.error();
    return find(e.id);
}

Result<void> EnvironmentRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("environments"), id, expectedRowVersion,
                                QStringLiteral("name"), doing());
}

Result<int> EnvironmentRepository::usage(qint64 id) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM environment_bookings WHERE environment_id = ?) "
        "+ (SELECT count(*) FROM release_environments WHERE environment_id = ?) "
        "+ (SELECT count(*) FROM deployments WHERE environment_id = ?) "
        "+ (SELECT count(*) FROM config_items WHERE environment_id = ?)"));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(id);
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(), doing());
    return q.value(0).toInt();
}

Result<QList<Booking>> EnvironmentRepository::bookings(qint64 environmentId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelectBooking + QStringLiteral(" WHERE ? = 0 OR environment_id = ? "
                                              "ORDER BY start_utc, id"));
    q.addBindValue(environmentId);
    q.addBindValue(environmentId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<Booking> out;
    while (q.next())
        out.append(bookingFrom(q));
    return out;
}

Result<Booking> EnvironmentRepository::findBooking(qint64 id) const {
    const QString gone = Text::tr("Booking %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelectBooking, id, doing(), gone.arg(id)); !found)
        return found.error();
    return bookingFrom(q);
}

Result<Booking> EnvironmentRepository::insert(const Booking& b, const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("environment_bookings"),
        QStringLiteral("environment_id, release_id, label, start_utc, end_utc, row_version, "
                       "created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), b.id);
    q.addBindValue(b.environmentId);
    q.addBindValue(sql::optionalId(b.releaseId));
    q.addBindValue(sql::text(b.label.trimmed()));
    q.addBindValue(b.startUtc);
    q.addBindValue(b.endUtc);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return findBooking(inserted.value());
}

Result<Booking> EnvironmentRepository::update(const Booking& b, const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE environment_bookings SET environment_id = ?, release_id = ?, "
                       "label = ?, start_utc = ?, end_utc = ?, row_version = row_version + 1, "
                       "updated_by = ?, updated_at = ? WHERE id = ? AND row_version = ?"));
    q.addBindValue(b.environmentId);
    q.addBindValue(sql::optionalId(b.releaseId));
    q.addBindValue(sql::text(b.label.trimmed()));
    q.addBindValue(b.startUtc);
    q.addBindValue(b.endUtc);
    sql::bindUpdated(q, actor, now, b.id, b.rowVersion);
    const auto updated = sql::changeVersioned(m_db, q, QStringLiteral("environment_bookings"), b.id,
                                              b.label, doing());
    if (!updated)
        return updated.error();
    return findBooking(b.id);
}

Result<void> EnvironmentRepository::removeBooking(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("environment_bookings"), id,
                                expectedRowVersion, QStringLiteral("label"), doing());
}

} // namespace slipway
