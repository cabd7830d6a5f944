// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreezeRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("FreezeRepository", "saving an incident freeze");
}

const QString kSelect = QStringLiteral("SELECT id, name, reason, incident_ref, start_utc, end_utc, "
                                       "ical_uid, row_version FROM incident_freezes");

FreezePeriod freezeFrom(const QSqlQuery& q) {
    FreezePeriod f;
    f.id = q.value(0).toLongLong();
    f.name = q.value(1).toString();
    f.reason = q.value(2).toString();
    f.incidentRef = q.value(3).toString();
    f.startUtc = q.value(4).toLongLong();
    f.endUtc = q.value(5).toLongLong();
    f.icalUid = q.value(6).toString();
    f.rowVersion = q.value(7).toLongLong();
    return f;
}

void bindFields(QSqlQuery& q, const FreezePeriod& f) {
    q.addBindValue(sql::text(f.name.trimmed()));
    q.addBindValue(sql::text(f.reason));
    q.addBindValue(sql::text(f.incidentRef.trimmed()));
    q.addBindValue(f.startUtc);
    q.addBindValue(f.endUtc);
    q.addBindValue(f.icalUid.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                       : QVariant(f.icalUid));
}

} // namespace

FreezeRepository::FreezeRepository(Database& db)
    : m_db(db) {}

Result<QList<FreezePeriod>> FreezeRepository::all() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY start_utc, id")))
        return m_db.errorFrom(q.lastError(), doing());
    QList<FreezePeriod> out;
    while (q.next())
        out.append(freezeFrom(q));
    return out;
}

Result<FreezePeriod> FreezeRepository::find(qint64 id) const {
    const QString gone = QCoreApplication::translate(
        "FreezeRepository", "Incident freeze %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelect, id, doing(), gone.arg(id)); !found)
        return found.error();
    return freezeFrom(q);
}

Result<FreezePeriod> FreezeRepository::insert(const FreezePeriod& f, const QString& actor,
                                              qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("incident_freezes"),
        QStringLiteral("name, reason, incident_ref, start_utc, end_utc, ical_uid, row_version, "
                       "created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), f.id);
    bindFields(q, f);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return find(inserted.value());
}

Result<FreezePeriod> FreezeRepository::update(const FreezePeriod& f, const QString& actor,
                                              qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE incident_freezes SET name = ?, reason = ?, incident_ref = ?, "
                       "start_utc = ?, end_utc = ?, ical_uid = ?, row_version = row_version + 1, "
                       "updated_by = ?, updated_at = ? WHERE id = ? AND row_version = ?"));
    bindFields(q, f);
    sql::bindUpdated(q, actor, now, f.id, f.rowVersion);
    const auto updated =
        sql::changeVersioned(m_db, q, QStringLiteral("incident_freezes"), f.id, f.name, doing());
    if (!updated)
        return updated.error();
    return find(f.id);
}

Result<void> FreezeRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("incident_freezes"), id, expectedRowVersion,
                                QStringLiteral("name"), doing());
}

} // namespace slipway
