// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceReportReader.h"

#include "Database.h"
#include "IncidentRepository.h"
#include "ScopeCommitTimes.h"
#include "rules/ClosureRules.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString reading() {
    return QCoreApplication::translate("ServiceReportReader", "reading the service report");
}

// The releases of the query's scope, as a condition on `r` with its bound values.
QString scopeFilter(const ServiceReportQuery& q, QVariantList& binds) {
    QString sql;
    if (q.serviceId > 0) {
        sql += QStringLiteral(" AND (r.product_id = ? OR EXISTS (SELECT 1 FROM release_services "
                              "rs WHERE rs.release_id = r.id AND rs.service_id = ?))");
        binds << q.serviceId << q.serviceId;
    }
    if (q.teamId > 0) {
        sql += QStringLiteral(
            " AND (r.team_id = ? OR EXISTS (SELECT 1 FROM release_services rs JOIN services s ON "
            "s.id = rs.service_id WHERE rs.release_id = r.id AND s.team_id = ?))");
        binds << q.teamId << q.teamId;
    }
    return sql;
}

// First production deployment per release, as a derived table `f (rid, first_at)`.
const char* const kFirstProd =
    "(SELECT d.release_id AS rid, min(d.deployed_at) AS first_at FROM deployments d JOIN "
    "environments e ON e.id = d.environment_id WHERE e.kind = 'prod' GROUP BY d.release_id) f";

} // namespace

ServiceReportReader::ServiceReportReader(Database& db, ScopeCommitTimes* commitTimes)
    : m_db(db)
    , m_commitTimes(commitTimes) {}

Result<ServiceReportFacts> ServiceReportReader::read(const ServiceReportQuery& query) const {
    ServiceReportFacts facts;
    for (auto step : {&ServiceReportReader::readScope, &ServiceReportReader::readReleases,
                      &ServiceReportReader::readItems, &ServiceReportReader::readPeople,
                      &ServiceReportReader::readEnvironments})
        if (auto done = (this->*step)(query, facts); !done)
            return done.error();
    // Incidents up to the end of the last release's feedback window, for correlation.
    auto incidents = IncidentRepository(m_db).openedBetween(
        std::max<qint64>(query.fromUtc, 1), query.toUtc + qint64(kFeedbackHours) * 3600);
    if (!incidents)
        return incidents.error();
    facts.incidents = std::move(incidents.value());
    return facts;
}

Result<void> ServiceReportReader::readScope(const ServiceReportQuery& query,
                                            ServiceReportFacts& facts) const {
    QSqlQuery q(m_db.connection());
    facts.allServices = query.serviceId <= 0 && query.teamId <= 0;
    if (query.serviceId > 0) {
        q.prepare(QStringLiteral("SELECT name FROM services WHERE id = ?"));
        q.addBindValue(query.serviceId);
    } else if (query.teamId > 0) {
        q.prepare(QStringLiteral("SELECT name FROM services WHERE team_id = ? ORDER BY name"));
        q.addBindValue(query.teamId);
    } else {
        q.prepare(QStringLiteral("SELECT name FROM services ORDER BY name"));
    }
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    while (q.next())
        facts.serviceNames << q.value(0).toString();
    facts.serviceCount = int(facts.serviceNames.size());

    // Teams: the one asked for, the service's owner, or every team.
    if (query.teamId > 0) {
        q.prepare(QStringLiteral("SELECT name FROM teams WHERE id = ?"));
        q.addBindValue(query.teamId);
    } else if (query.serviceId > 0) {
        q.prepare(QStringLiteral(
            "SELECT t.name FROM teams t JOIN services s ON s.team_id = t.id WHERE s.id = ?"));
        q.addBindValue(query.serviceId);
    } else {
        q.prepare(QStringLiteral("SELECT name FROM teams ORDER BY name"));
    }
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    while (q.next())
        facts.teams << q.value(0).toString();
    return {};
}

Result<void> ServiceReportReader::readReleases(const ServiceReportQuery& query,
                                               ServiceReportFacts& facts) const {
    QVariantList binds{query.fromUtc, query.toUtc};
    const QString filter = scopeFilter(query, binds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT r.id, r.type, coalesce(ra.risk_level, ''), coalesce(t.name, ''), "
                  "f.first_at, r.status, (SELECT count(*) FROM deployments d JOIN environments e "
                  "ON e.id = d.environment_id WHERE d.release_id = r.id AND e.kind = 'prod' AND "
                  "d.outcome IN ('failed', 'rolled_back')), p.name FROM ") +
              QLatin1String(kFirstProd) +
              QStringLiteral(" JOIN releases r ON r.id = f.rid LEFT JOIN "
                             "release_risk_assessments ra ON ra.release_id = r.id LEFT JOIN teams "
                             "t ON t.id = r.team_id LEFT JOIN services p ON p.id = r.product_id "
                             "WHERE f.first_at >= ? AND f.first_at < ?") +
              filter + QStringLiteral(" ORDER BY f.first_at, r.id"));
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    QHash<qint64, qsizetype> at;
    while (q.next()) {
        ServiceReportFacts::Release r;
        r.id = q.value(0).toLongLong();
        r.type = q.value(1).toString();
        r.risk = q.value(2).toString();
        r.team = q.value(3).toString();
        r.deployedAt = q.value(4).toLongLong();
        r.rolledBack =
            q.value(5).toString() == QLatin1String("rolled_back") || q.value(6).toLongLong() > 0;
        if (!q.value(7).isNull())
            r.names << q.value(7).toString();
        at.insert(r.id, facts.releases.size());
        facts.releases.append(std::move(r));
    }
    if (facts.releases.isEmpty())
        return {};
    q.prepare(QStringLiteral("SELECT rs.release_id, s.name FROM release_services rs JOIN services "
                             "s ON s.id = rs.service_id JOIN ") +
              QLatin1String(kFirstProd) +
              QStringLiteral(" ON f.rid = rs.release_id WHERE f.first_at >= ? AND f.first_at < ? "
                             "ORDER BY rs.release_id, s.name"));
    q.addBindValue(query.fromUtc);
    q.addBindValue(query.toUtc);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    while (q.next()) {
        const auto it = at.constFind(q.value(0).toLongLong());
        if (it == at.constEnd())
            continue;
        QStringList& names = facts.releases[*it].names;
        const QString name = q.value(1).toString();
        if (!names.contains(name, Qt::CaseInsensitive))
            names << name;
    }
    return {};
}

Result<void> ServiceReportReader::readItems(const ServiceReportQuery& query,
                                            ServiceReportFacts& facts) const {
    if (facts.releases.isEmpty())
        return {};
    QSet<qint64> inScope;
    for (const ServiceReportFacts::Release& r : std::as_const(facts.releases))
        inScope.insert(r.id);
    // Committed: the first audit entry that shows the item committed, in progress or done
    // (ScopeCommitTimes); an item with no such entry (written before its history was kept)
    // counts from its creation.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, s.release_id, s.created_at FROM scope_items s JOIN ") +
              QLatin1String(kFirstProd) +
              QStringLiteral(" ON f.rid = s.release_id WHERE f.first_at >= ? AND f.first_at < ? "
                             "AND s.status IN ('committed', 'in_progress', 'done') ORDER BY s.id"));
    q.addBindValue(query.fromUtc);
    q.addBindValue(query.toUtc);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    struct Row {
        qint64 id, release, created;
    };
    QList<Row> rows;
    QList<std::pair<qint64, qint64>> ids;
    while (q.next()) {
        const Row row{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
        if (!inScope.contains(row.release))
            continue;
        rows.append(row);
        ids.append({row.id, row.release});
    }
    ScopeCommitTimes fresh(ScopeCommitTimes::Reading::CommittedItems);
    ScopeCommitTimes& times = m_commitTimes ? *m_commitTimes : fresh;
    if (auto loaded = times.load(m_db, ids); !loaded)
        return loaded.error();
    for (const Row& row : std::as_const(rows)) {
        const std::optional<qint64> atMs = times.committedAtMs(row.id);
        facts.items.append({row.release, atMs ? *atMs / 1000 : row.created});
    }
    return {};
}

Result<void> ServiceReportReader::readPeople(const ServiceReportQuery& query,
                                             ServiceReportFacts& facts) const {
    if (facts.teams.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id, t.name, p.work_days FROM people p JOIN teams t ON t.id "
                             "= p.team_id ORDER BY p.id"));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    QHash<qint64, qsizetype> at;
    while (q.next()) {
        const QString team = q.value(1).toString();
        if (!facts.teams.contains(team))
            continue;
        at.insert(q.value(0).toLongLong(), facts.people.size());
        facts.people.append({team, q.value(2).toInt(), {}});
    }
    // Leave touching the weeks of the period.
    q.prepare(QStringLiteral("SELECT person_id, start_utc, end_utc FROM person_availability WHERE "
                             "kind = 'leave' AND end_utc > ? AND start_utc < ?"));
    q.addBindValue(query.fromUtc - 7 * 86400);
    q.addBindValue(query.toUtc + 7 * 86400);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    while (q.next()) {
        const auto it = at.constFind(q.value(0).toLongLong());
        if (it != at.constEnd())
            facts.people[*it].leave.append({q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    return {};
}

Result<void> ServiceReportReader::readEnvironments(const ServiceReportQuery& query,
                                                   ServiceReportFacts& facts) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM environments ORDER BY name")))
        return m_db.errorFrom(q.lastError(), reading());
    QHash<qint64, qsizetype> at;
    while (q.next()) {
        at.insert(q.value(0).toLongLong(), facts.environments.size());
        facts.environments.append({q.value(1).toString(), {}});
    }
    // Bookings, and the windows of the releases that deploy through the environment.
    q.prepare(QStringLiteral(
        "SELECT environment_id, start_utc, end_utc FROM environment_bookings WHERE end_utc > ? "
        "AND start_utc < ? UNION ALL SELECT re.environment_id, r.window_start, r.window_end FROM "
        "release_environments re JOIN releases r ON r.id = re.release_id WHERE r.status <> "
        "'cancelled' AND r.window_end > ? AND r.window_start < ?"));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(query.fromUtc);
        q.addBindValue(query.toUtc);
    }
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    while (q.next()) {
        const auto it = at.constFind(q.value(0).toLongLong());
        if (it != at.constEnd())
            facts.environments[*it].held.append({q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    return {};
}

} // namespace slipway
