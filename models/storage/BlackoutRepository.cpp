// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlackoutRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("BlackoutRepository", "saving a blackout");
}

const QString kSelect = QStringLiteral(
    "SELECT id, name, reason, start_utc, end_utc, time_zone, rrule, severity, all_services, "
    "exdates, ical_uid, row_version FROM blackouts");

QString exdateText(const QList<qint64>& exdates) {
    QStringList parts;
    for (qint64 e : exdates)
        parts << QString::number(e);
    return parts.join(u' ');
}

Blackout blackoutFrom(const QSqlQuery& q) {
    Blackout b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.reason = q.value(2).toString();
    b.startUtc = q.value(3).toLongLong();
    b.endUtc = q.value(4).toLongLong();
    b.zone = q.value(5).toString();
    b.rrule = q.value(6).toString();
    b.hard = q.value(7).toString() == u"hard";
    b.allServices = q.value(8).toBool();
    for (const QString& e : q.value(9).toString().split(u' ', Qt::SkipEmptyParts))
        b.exdates.append(e.toLongLong());
    b.icalUid = q.value(10).toString();
    b.rowVersion = q.value(11).toLongLong();
    return b;
}

void bindFields(QSqlQuery& q, const Blackout& b) {
    q.addBindValue(sql::text(b.name.trimmed()));
    q.addBindValue(sql::text(b.reason));
    q.addBindValue(b.startUtc);
    q.addBindValue(b.endUtc);
    q.addBindValue(sql::text(b.zone));
    q.addBindValue(b.rrule.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                     : QVariant(b.rrule));
    q.addBindValue(b.hard ? QStringLiteral("hard") : QStringLiteral("soft"));
    q.addBindValue(b.allServices ? 1 : 0);
    q.addBindValue(sql::text(exdateText(b.exdates)));
    q.addBindValue(b.icalUid.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                       : QVariant(b.icalUid));
}

} // namespace

BlackoutRepository::BlackoutRepository(Database& db)
    : m_db(db) {}

Result<std::optional<Blackout>> BlackoutRepository::findByUid(const QString& icalUid) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE ical_uid = ?"));
    q.addBindValue(icalUid);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (!q.next())
        return std::optional<Blackout>();
    return std::optional<Blackout>(blackoutFrom(q));
}

Result<QList<Blackout>> BlackoutRepository::all() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY start_utc, id")))
        return m_db.errorFrom(q.lastError(), doing());
    QList<Blackout> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), out.size());
        out.append(blackoutFrom(q));
    }
    if (!q.exec(
            QStringLiteral("SELECT blackout_id, service_id FROM blackout_services ORDER BY 1, 2")))
        return m_db.errorFrom(q.lastError(), doing());
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            out[*it].serviceIds.append(q.value(1).toLongLong());
    }
    return out;
}

Result<Blackout> BlackoutRepository::find(qint64 id) const {
    const QString gone =
        QCoreApplication::translate("BlackoutRepository", "Blackout %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelect, id, doing(), gone.arg(id)); !found)
        return found.error();
    Blackout b = blackoutFrom(q);
    q.prepare(QStringLiteral(
        "SELECT service_id FROM blackout_services WHERE blackout_id = ? ORDER BY 1"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    while (q.next())
        b.serviceIds.append(q.value(0).toLongLong());
    return b;
}

Result<Blackout> BlackoutRepository::insert(const Blackout& b, const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("blackouts"),
        QStringLiteral(
            "name, reason, start_utc, end_utc, time_zone, rrule, severity, all_services, exdates, "
            "ical_uid, row_version, created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), b.id);
    bindFields(q, b);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    if (auto s = writeServices(inserted.value(), b); !s)
        return s.error();
    return find(inserted.value());
}

Result<Blackout> BlackoutRepository::update(const Blackout& b, const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE blackouts SET name = ?, reason = ?, start_utc = ?, end_utc = ?, time_zone = ?, "
        "rrule = ?, severity = ?, all_services = ?, exdates = ?, ical_uid = ?, "
        "row_version = row_version + 1, updated_by = ?, updated_at = ? "
        "WHERE id = ? AND row_version = ?"));
    bindFields(q, b);
    sql::bindUpdated(q, actor, now, b.id, b.rowVersion);
    const auto updated =
        sql::changeVersioned(m_db, q, QStringLiteral("blackouts"), b.id, b.name, doing());
    if (!updated)
        return updated.error();
    if (auto s = writeServices(b.id, b); !s)
        return s.error();
    return find(b.id);
}

Result<void> BlackoutRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("blackouts"), id, expectedRowVersion,
                                QStringLiteral("name"), doing());
}

Result<void> BlackoutRepository::writeServices(qint64 id, const Blackout& b) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM blackout_services WHERE blackout_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (b.allServices)
        return {};
    q.prepare(QStringLiteral("INSERT INTO blackout_services VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 service : b.serviceIds) {
        q.addBindValue(id);
        q.addBindValue(service);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing());
    }
    return {};
}

Result<qint64> BlackoutRepository::upsertFreeze(const IncidentFreeze& f, const QString& uid,
                                                const QString& actor, qint64 now,
                                                Upserted* outcome) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, name, start_utc, end_utc FROM incident_freezes WHERE ical_uid = ?"));
    q.addBindValue(uid);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (q.value(1).toString() == f.name && q.value(2).toLongLong() == f.when.start &&
            q.value(3).toLongLong() == f.when.end) {
            *outcome = Upserted::Unchanged;
            return id;
        }
        q.finish();
        q.prepare(
            QStringLiteral("UPDATE incident_freezes SET name = ?, start_utc = ?, end_utc = ?, "
                           "row_version = row_version + 1, updated_by = ?, updated_at = ? "
                           "WHERE id = ?"));
        q.addBindValue(sql::text(f.name));
        q.addBindValue(f.when.start);
        q.addBindValue(f.when.end);
        q.addBindValue(actor);
        q.addBindValue(now);
        q.addBindValue(id);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing());
        *outcome = Upserted::Updated;
        return id;
    }
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO incident_freezes (name, start_utc, end_utc, ical_uid, "
                             "created_by, created_at, updated_by, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(sql::text(f.name));
    q.addBindValue(f.when.start);
    q.addBindValue(f.when.end);
    q.addBindValue(uid);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    *outcome = Upserted::Created;
    return inserted.value();
}

} // namespace slipway
