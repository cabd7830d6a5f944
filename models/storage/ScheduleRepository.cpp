// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleRepository.h"

#include "Database.h"
#include "domain/Release.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("ScheduleRepository", "reading the schedule");
}

} // namespace

ScheduleRepository::ScheduleRepository(Database& db)
    : m_db(db) {}

Result<QList<ScheduledWindow>> ScheduleRepository::windows(const Interval& range) const {
    return windowsWhere(
        QStringLiteral("window_start < ? AND window_end > ? AND status <> 'cancelled'"),
        {range.end, range.start});
}

Result<std::optional<Interval>> ScheduleRepository::windowSpan() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT min(window_start), max(window_end) FROM releases "
                               "WHERE window_start IS NOT NULL AND status <> 'cancelled'")) ||
        !q.next())
        return m_db.errorFrom(q.lastError(), doing());
    if (q.value(0).isNull())
        return std::optional<Interval>();
    return std::optional<Interval>(Interval{q.value(0).toLongLong(), q.value(1).toLongLong()});
}

Result<ScheduledWindow> ScheduleRepository::windowOf(qint64 releaseId) const {
    auto found = windowsWhere(QStringLiteral("id = ?"), {releaseId}, releaseId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{
            Error::Kind::NotFound,
            QCoreApplication::translate("ScheduleRepository", "There is no release %1 in %2.")
                .arg(releaseId)
                .arg(m_db.fileName())};
    return found->first();
}

Result<QList<ScheduledWindow>> ScheduleRepository::windowsWhere(const QString& where,
                                                                const QVariantList& binds,
                                                                qint64 onlyRelease) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT id, name, version, type, window_start, window_end, status FROM releases "
                  "WHERE ") +
              where + QStringLiteral(" ORDER BY id"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<ScheduledWindow> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        ScheduledWindow w;
        w.releaseId = q.value(0).toLongLong();
        w.label = releaseLabel(q.value(1).toString(), q.value(2).toString());
        w.type = releaseTypeFromKey(q.value(3).toString()).value_or(ReleaseType::Minor);
        w.status = releaseStatusFromKey(q.value(6).toString()).value_or(ReleaseStatus::Planned);
        if (!q.value(4).isNull())
            w.when = {q.value(4).toLongLong(), q.value(5).toLongLong()};
        index.insert(w.releaseId, out.size());
        out.append(w);
    }
    // The links of every release: one pass each, matched by id.
    const auto attach = [&](const QString& sql, auto add) -> Result<void> {
        QSqlQuery links(m_db.connection());
        links.setForwardOnly(true);
        // One release (an edit being applied) reads its own links through the index, not
        // every release's.
        links.prepare(onlyRelease > 0 ? sql + QStringLiteral(" WHERE release_id = ?") : sql);
        if (onlyRelease > 0)
            links.addBindValue(onlyRelease);
        if (!links.exec())
            return m_db.errorFrom(links.lastError(), doing());
        while (links.next()) {
            const auto it = index.constFind(links.value(0).toLongLong());
            if (it != index.cend())
                add(out[*it], links.value(1));
        }
        return {};
    };
    if (auto r = attach(
            QStringLiteral("SELECT release_id, service_id FROM release_services"),
            [](ScheduledWindow& w, const QVariant& v) { w.serviceIds.append(v.toLongLong()); });
        !r)
        return r.error();
    if (auto r = attach(
            QStringLiteral("SELECT release_id, environment_id FROM release_environments"),
            [](ScheduledWindow& w, const QVariant& v) { w.environmentIds.append(v.toLongLong()); });
        !r)
        return r.error();
    if (auto r = attach(
            QStringLiteral("SELECT release_id, role FROM release_roles"),
            [](ScheduledWindow& w, const QVariant& v) { w.requiredRoles.append(v.toString()); });
        !r)
        return r.error();
    return out;
}

Result<QList<IncidentFreeze>> ScheduleRepository::freezes(const Interval& range) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, name, incident_ref, start_utc, end_utc FROM incident_freezes "
                       "WHERE start_utc < ? AND end_utc > ? ORDER BY start_utc"));
    q.addBindValue(range.end);
    q.addBindValue(range.start);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<IncidentFreeze> out;
    while (q.next()) {
        const QString ref = q.value(2).toString();
        out.append({q.value(0).toLongLong(),
                    ref.isEmpty() ? q.value(1).toString()
                                  : ref + QStringLiteral(" ") + q.value(1).toString(),
                    {q.value(3).toLongLong(), q.value(4).toLongLong()}});
    }
    return out;
}

Result<QList<EnvironmentInfo>> ScheduleRepository::environments() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, shared FROM environments ORDER BY id")))
        return m_db.errorFrom(q.lastError(), doing());
    QList<EnvironmentInfo> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool()});
    return out;
}

Result<QList<EnvironmentBooking>> ScheduleRepository::bookings(const Interval& range) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT b.id, b.environment_id, e.name, e.shared, b.release_id, "
                       "COALESCE(r.name || ' ' || r.version, b.label), b.start_utc, b.end_utc, "
                       "b.row_version "
                       "FROM environment_bookings b JOIN environments e ON e.id = b.environment_id "
                       "LEFT JOIN releases r ON r.id = b.release_id "
                       "WHERE b.start_utc < ? AND b.end_utc > ? ORDER BY b.start_utc"));
    q.addBindValue(range.end);
    q.addBindValue(range.start);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<EnvironmentBooking> out;
    while (q.next()) {
        EnvironmentBooking b;
        b.id = q.value(0).toLongLong();
        b.environmentId = q.value(1).toLongLong();
        b.environmentName = q.value(2).toString();
        b.sharedEnvironment = q.value(3).toBool();
        b.releaseId = q.value(4).toLongLong();
        b.releaseLabel = q.value(5).toString();
        b.when = {q.value(6).toLongLong(), q.value(7).toLongLong()};
        b.rowVersion = q.value(8).toLongLong();
        out.append(b);
    }
    return out;
}

Result<QList<PersonSchedule>> ScheduleRepository::people(const Interval& range) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, name, time_zone, work_start_min, work_end_min, work_days "
                           "FROM people ORDER BY id")))
        return m_db.errorFrom(q.lastError(), doing());
    QList<PersonSchedule> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        PersonSchedule p;
        p.personId = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.zone = q.value(2).toString();
        p.workStart = QTime::fromMSecsSinceStartOfDay(qMin(q.value(3).toInt(), 1439) * 60000);
        p.workEnd = q.value(4).toInt() >= 1440
                        ? QTime(23, 59, 59)
                        : QTime::fromMSecsSinceStartOfDay(q.value(4).toInt() * 60000);
        p.workDays = q.value(5).toInt();
        index.insert(p.personId, out.size());
        out.append(p);
    }
    if (!q.exec(QStringLiteral("SELECT person_id, role FROM person_roles")))
        return m_db.errorFrom(q.lastError(), doing());
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            out[*it].roles.append(q.value(1).toString());
    }
    q.prepare(QStringLiteral("SELECT person_id, kind, start_utc, end_utc FROM person_availability "
                             "WHERE start_utc < ? AND end_utc > ?"));
    q.addBindValue(range.end);
    q.addBindValue(range.start);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        const Interval when{q.value(2).toLongLong(), q.value(3).toLongLong()};
        (q.value(1).toString() == u"leave" ? out[*it].absences : out[*it].onCall).append(when);
    }
    return out;
}

} // namespace slipway
