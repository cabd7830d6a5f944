// SPDX-License-Identifier: GPL-3.0-or-later
// The service report against values worked out by hand from a small file: two weeks, three
// services of two teams, seven releases (four first deployed to production in the period),
// scope items committed at known times, six incidents, leave and environment bookings.
#include "TestSupport.h"
#include "rules/ServiceReportRules.h"
#include "services/ServiceReportService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

// 2026-MM-DD HH:00 UTC.
qint64 at(int month, int day, int hour = 0) {
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}
qint64 mar(int day, int hour = 0) {
    return at(3, day, hour);
}

const qint64 kFrom = mar(2);
const qint64 kTo = mar(16);

QString n(qint64 v) {
    return QString::number(v);
}

void release(Database& db, int id, const QString& type, int team,
             const QString& status = u"deployed"_qs) {
    exec(db, u"INSERT INTO releases (id, name, version, type, status, team_id, created_by, "
             "created_at, updated_by, updated_at) VALUES (%1, 'R%1', '1.%1', '%2', '%3', %4, 't', "
             "1, 't', 1)"_qs.arg(n(id), type, status, n(team)));
}

void deployment(Database& db, int release, int environment, qint64 when,
                const QString& outcome = u"succeeded"_qs) {
    exec(db, u"INSERT INTO deployments (release_id, environment_id, outcome, deployed_by, "
             "deployed_at, created_by, created_at) VALUES (%1, %2, '%3', 'ops', %4, 't', 1)"_qs.arg(
                 n(release), n(environment), outcome, n(when)));
}

void risk(Database& db, int release, const QString& level) {
    exec(db, u"INSERT INTO release_risk_assessments (release_id, users_affected, "
             "services_affected, data_migration, rollback, regulatory, window_minutes, novelty, "
             "score, risk_level, suggested_type, created_by, created_at, updated_by, updated_at) "
             "VALUES (%1, 'team', 1, 'none', 'redeploy', 'none', 60, 'routine', 10, '%2', "
             "'minor', 't', 1, 't', 1)"_qs.arg(n(release), level));
}

// An audit entry of a scope item's, back-dated to `atMs`: history as it happened, the next in
// the log (a server's chain trigger would stamp its own clock on it). The report reads the
// times only, so the entry is not chained.
void auditEntry(Database& db, qint64 atMs, qint64 item, const QString& afterJson,
                const QString& hash = {}) {
    execAsWritten(db, u"INSERT INTO audit_log (seq, at_ms, actor, action, entity, entity_id, "
                      "after_json, prev_hash, hash) SELECT coalesce(max(seq), 0) + 1, %1, 't', "
                      "'update', 'scope_item', %2, '%3', '', '%4' FROM audit_log"_qs.arg(
                          n(atMs), n(item), afterJson, hash));
}

// A scope item; `committed` > 0 writes an audit entry showing it committed then.
void item(Database& db, int id, int release, const QString& status, qint64 created,
          qint64 committed = 0, qint64 proposed = 0) {
    exec(db, u"INSERT INTO scope_items (id, title, kind, status, release_id, created_by, "
             "created_at, updated_by, updated_at) VALUES (%1, 'Item %1', 'feature', '%2', %3, "
             "'t', %4, 't', %4)"_qs.arg(n(id), status, n(release), n(created)));
    const auto audit = [&](qint64 when, const QString& shown) {
        auditEntry(db, when * 1000 + 123, id,
                   u"{\"id\":%1,\"release_id\":%2,\"status\":\"%3\",\"title\":\"Item %1\"}"_qs.arg(
                       n(id), n(release), shown));
    };
    if (proposed > 0)
        audit(proposed, u"proposed"_qs);
    if (committed > 0) {
        audit(committed, u"committed"_qs);
        audit(committed + 3600, u"in_progress"_qs); // later entries do not move the time
    }
}

void incident(Database& db, const QString& number, qint64 opened, std::optional<qint64> resolved,
              const QString& service, const QString& item, int outage) {
    exec(db, u"INSERT INTO incidents (number, source, opened_at, resolved_at, service, "
             "config_item, outage_min, imported_at, imported_by) VALUES ('%1', 'servicenow', %2, "
             "%3, '%4', '%5', %6, 1, 't')"_qs.arg(number, n(opened),
                                                  resolved ? n(*resolved) : u"NULL"_qs, service,
                                                  item, n(outage)));
}

void fill(Database& db) {
    exec(db, u"INSERT INTO teams (id, name, created_by, created_at, updated_by, updated_at) "
             "VALUES (1, 'Payments', 't', 1, 't', 1), (2, 'Web', 't', 1, 't', 1)"_qs);
    exec(db, u"INSERT INTO services (id, name, team_id, created_by, created_at, updated_by, "
             "updated_at) VALUES (1, 'Payments API', 1, 't', 1, 't', 1), (2, 'Checkout Web', 2, "
             "'t', 1, 't', 1), (3, 'Ledger', 1, 't', 1, 't', 1)"_qs);
    exec(db, u"INSERT INTO environments (id, name, kind, created_by, created_at, updated_by, "
             "updated_at) VALUES (1, 'Staging', 'staging', 't', 1, 't', 1), (2, 'Production', "
             "'prod', 't', 1, 't', 1)"_qs);
    exec(db, u"INSERT INTO people (id, name, team_id, created_by, created_at, updated_by, "
             "updated_at) VALUES (1, 'Ana', 1, 't', 1, 't', 1), (2, 'Ben', 1, 't', 1, 't', 1), "
             "(3, 'Cy', 2, 't', 1, 't', 1)"_qs);
    // Ben away the whole second working week; Cy away the first Monday only.
    exec(db, u"INSERT INTO person_availability (person_id, kind, start_utc, end_utc, created_by, "
             "created_at, updated_by, updated_at) VALUES (2, 'leave', %1, %2, 't', 1, 't', 1), "
             "(3, 'leave', %3, %4, 't', 1, 't', 1)"_qs.arg(n(mar(9)), n(mar(14)), n(mar(2)),
                                                           n(mar(3))));

    release(db, 1, u"minor"_qs, 1);
    release(db, 2, u"patch"_qs, 1, u"rolled_back"_qs);
    release(db, 3, u"major"_qs, 2);
    release(db, 4, u"emergency"_qs, 2);
    release(db, 5, u"minor"_qs, 1);                  // first in production before the period
    release(db, 6, u"minor"_qs, 1, u"scheduled"_qs); // staging only
    release(db, 7, u"minor"_qs, 1);                  // production at the period's end: outside
    release(db, 8, u"minor"_qs, 1, u"cancelled"_qs);
    exec(db, u"INSERT INTO release_services VALUES (1, 1), (2, 3), (3, 2), (4, 2), (5, 1), "
             "(6, 1), (7, 1)"_qs);
    deployment(db, 1, 1, mar(2, 10));
    deployment(db, 1, 2, mar(3, 10));
    deployment(db, 2, 2, mar(5, 12), u"rolled_back"_qs);
    deployment(db, 2, 2, mar(5, 14));
    deployment(db, 3, 2, mar(10, 9));
    deployment(db, 4, 2, mar(12, 8));
    deployment(db, 5, 2, at(2, 20, 9));
    deployment(db, 5, 2, mar(4, 9));
    deployment(db, 6, 1, mar(6, 9));
    deployment(db, 7, 2, kTo);
    risk(db, 1, u"low"_qs);
    risk(db, 2, u"high"_qs);
    risk(db, 4, u"critical"_qs);

    // Lead times (hours): R1 48, 72 (no history: from creation), 12; R3 24, 168.
    item(db, 1, 1, u"done"_qs, at(2, 1), mar(1, 10));
    item(db, 2, 1, u"done"_qs, at(2, 28, 10));
    item(db, 3, 1, u"proposed"_qs, at(2, 1), mar(1, 10));
    item(db, 4, 1, u"committed"_qs, at(2, 1), mar(4)); // after the deployment
    item(db, 5, 1, u"in_progress"_qs, at(2, 20), mar(2, 22), at(2, 20));
    item(db, 6, 3, u"done"_qs, at(2, 1), mar(9, 9));
    item(db, 7, 3, u"committed"_qs, at(2, 1), mar(3, 9));
    item(db, 8, 5, u"done"_qs, at(2, 1), at(2, 2));

    // R3's incident 24 h after its deployment; the Payments API one is 96 h after R1's, and the
    // last Checkout Web one 76 h after R4's.
    incident(db, u"I1"_qs, mar(11, 9), mar(11, 11), u" checkout web "_qs, {}, 30);
    incident(db, u"I2"_qs, mar(7, 10), mar(7, 16), u"Payments API"_qs, {}, 60);
    incident(db, u"I3"_qs, mar(13), mar(14), {}, u"Ledger"_qs, 0);
    incident(db, u"I4"_qs, mar(15, 12), std::nullopt, u"Checkout Web"_qs, {}, 10);
    incident(db, u"I5"_qs, mar(3), mar(3, 1), u"Mainframe"_qs, {}, 5);
    incident(db, u"I6"_qs, at(2, 28), at(2, 28, 2), u"Payments API"_qs, {}, 500);

    // Staging: 4 h and 4 h overlapping by 2, and 2 h of one that starts before the period.
    exec(db, u"INSERT INTO environment_bookings (environment_id, start_utc, end_utc, created_by, "
             "created_at, updated_by, updated_at) VALUES (1, %1, %2, 't', 1, 't', 1), (1, %3, "
             "%4, 't', 1, 't', 1), (1, %5, %6, 't', 1, 't', 1)"_qs.arg(
                 n(mar(2, 8)), n(mar(2, 12)), n(mar(2, 10)), n(mar(2, 14)), n(at(3, 1, 22)),
                 n(mar(2, 2))));
    // Production: R1's 2 h window and R6's 3 h; the cancelled R8's does not count.
    exec(db, u"UPDATE releases SET window_start = %1, window_end = %2 WHERE id = 1"_qs.arg(
                 n(mar(3, 9)), n(mar(3, 11))));
    exec(db, u"UPDATE releases SET window_start = %1, window_end = %2 WHERE id = 6"_qs.arg(
                 n(mar(14, 10)), n(mar(14, 13))));
    exec(db, u"UPDATE releases SET window_start = %1, window_end = %2 WHERE id = 8"_qs.arg(
                 n(mar(4, 10)), n(mar(4, 20))));
    exec(db, u"INSERT INTO release_environments VALUES (1, 2), (6, 2), (8, 2)"_qs);
}

QString counts(const QList<ServiceReport::Count>& list) {
    QStringList out;
    for (const auto& c : list)
        out << u"%1=%2"_qs.arg(c.label).arg(c.count);
    return out.join(u' ');
}

QString teamWeeks(const ServiceReport& r) {
    QStringList out;
    for (const auto& w : r.teamWeeks)
        out << u"%1 %2 %3/%4"_qs.arg(w.team, w.monday.toString(Qt::ISODate))
                   .arg(w.changes)
                   .arg(w.capacity);
    return out.join(u", "_qs);
}

} // namespace

class TestServiceReport : public QObject {
    Q_OBJECT

    TempFiles m_files{u"service-report"_qs};
    std::unique_ptr<Database> m_db;

    ServiceReport report(qint64 service = 0, qint64 team = 0) {
        auto r = ServiceReportService(*m_db).report({kFrom, kTo, service, team});
        if (!r)
            helperFailed(r.error().message);
        return r ? r.value() : ServiceReport{};
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = openDatabase(m_files.newFile());
        QVERIFY(m_db);
        fill(*m_db);
    }

    void allServices() {
        const ServiceReport r = report();
        QCOMPARE(r.scopeLabel, u"All services"_qs);
        QCOMPARE(r.deployments, 4);
        QCOMPARE(r.deploymentsPerWeek, 2.0);
        QCOMPARE(r.weeks.size(), 2);
        QCOMPARE(r.weeks[0].monday, QDate(2026, 3, 2));
        QCOMPARE(r.weeks[0].deployments, 2);
        QCOMPARE(r.weeks[0].failed, 1); // R2 rolled back
        QCOMPARE(r.weeks[1].deployments, 2);
        QCOMPARE(r.weeks[1].failed, 1); // R3's incident
        QCOMPARE(r.failedDeployments, 2);
        QCOMPARE(*r.changeFailureRate, 0.5);
        QCOMPARE(r.leadTimeItems, 5);
        QCOMPARE(*r.leadTimeMedianHours, 48.0);
        QCOMPARE(*r.leadTimeP90Hours, 168.0);
        QCOMPARE(r.incidents, 5);
        QCOMPARE(r.resolvedIncidents, 4);
        QCOMPARE(*r.restoreMedianHours, 4.0); // 1, 2, 6, 24
        QCOMPARE(*r.restoreP90Hours, 24.0);
        QCOMPARE(r.outageMinutes, 105);
        QVERIFY(qAbs(*r.availability - (1.0 - 100.0 / 20160.0 / 3.0)) < 1e-12);
        QCOMPARE(counts(r.byType), u"Major=1 Minor=1 Patch=1 Emergency=1"_qs);
        QCOMPARE(counts(r.byRisk), u"low=1 high=1 critical=1 not assessed=1"_qs);
        QCOMPARE(teamWeeks(r), u"Payments 2026-03-02 2/2, Payments 2026-03-09 0/1, "
                               "Web 2026-03-02 0/1, Web 2026-03-09 2/1"_qs);
        QCOMPARE(r.environments.size(), 2);
        QCOMPARE(r.environments[0].environment, u"Production"_qs);
        QCOMPARE(r.environments[0].bookedHours, 5.0);
        QCOMPARE(r.environments[0].availableHours, 336.0);
        QCOMPARE(r.environments[1].environment, u"Staging"_qs);
        QCOMPARE(r.environments[1].bookedHours, 8.0);
    }

    void oneService() {
        auto id = ServiceReportService(*m_db).serviceId(u"  CHECKOUT web"_qs);
        QVERIFY2(id, qPrintable(id.error().message));
        QCOMPARE(id.value(), qint64(2));
        const ServiceReport r = report(2);
        QCOMPARE(r.scopeLabel, u"Checkout Web"_qs);
        QCOMPARE(r.deployments, 2);
        QCOMPARE(r.failedDeployments, 1);
        QCOMPARE(*r.changeFailureRate, 0.5);
        QCOMPARE(r.leadTimeItems, 2);
        QCOMPARE(*r.leadTimeMedianHours, 96.0);
        QCOMPARE(*r.leadTimeP90Hours, 168.0);
        QCOMPARE(r.incidents, 2);
        QCOMPARE(r.resolvedIncidents, 1);
        QCOMPARE(*r.restoreMedianHours, 2.0);
        QCOMPARE(r.outageMinutes, 40);
        QVERIFY(qAbs(*r.availability - (1.0 - 40.0 / 20160.0)) < 1e-12);
        QCOMPARE(counts(r.byRisk), u"critical=1 not assessed=1"_qs);
        QCOMPARE(teamWeeks(r), u"Web 2026-03-02 0/1, Web 2026-03-09 2/1"_qs);
    }

    void oneTeam() {
        auto id = ServiceReportService(*m_db).teamId(u"payments"_qs);
        QVERIFY2(id, qPrintable(id.error().message));
        const ServiceReport r = report(0, id.value());
        QCOMPARE(r.scopeLabel, u"Team Payments"_qs);
        QCOMPARE(r.deployments, 2);
        QCOMPARE(r.failedDeployments, 1);
        QCOMPARE(r.leadTimeItems, 3);
        QCOMPARE(*r.leadTimeMedianHours, 48.0); // 12, 48, 72
        QCOMPARE(*r.leadTimeP90Hours, 72.0);
        QCOMPARE(r.incidents, 2); // I2 by service, I3 by configuration item
        QCOMPARE(*r.restoreMedianHours, 15.0);
        QCOMPARE(*r.restoreP90Hours, 24.0);
        QCOMPARE(r.outageMinutes, 60);
        QVERIFY(qAbs(*r.availability - (1.0 - 60.0 / 20160.0 / 2.0)) < 1e-12);
        QCOMPARE(teamWeeks(r), u"Payments 2026-03-02 2/2, Payments 2026-03-09 0/1"_qs);
    }

    void emptyPeriod() {
        auto r = ServiceReportService(*m_db).report({mar(23), mar(30), 0, 0});
        QVERIFY(r);
        QCOMPARE(r->deployments, 0);
        QVERIFY(!r->changeFailureRate);
        QVERIFY(!r->leadTimeMedianHours);
        QVERIFY(!r->restoreMedianHours);
        QCOMPARE(*r->availability, 1.0);
        QCOMPARE(r->weeks.size(), 1);
    }

    void badQueries() {
        ServiceReportService service(*m_db);
        auto reversed = service.report({kTo, kFrom, 0, 0});
        QVERIFY(!reversed);
        QCOMPARE(reversed.error().kind, Error::Kind::Usage);
        auto endless = service.report({kFrom, kFrom + qint64(21) * 366 * 86400, 0, 0});
        QVERIFY(!endless);
        QCOMPARE(endless.error().kind, Error::Kind::Usage);
        auto unknown = service.serviceId(u"Mainframe"_qs);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
        QVERIFY2(unknown.error().message.contains(u"Checkout Web, Ledger, Payments API"_qs),
                 qPrintable(unknown.error().message));
        QCOMPARE(service.serviceId(u"3"_qs).value(), qint64(3));
        QVERIFY(!service.teamId(u"Ops"_qs));
    }

    void arithmetic() {
        QVERIFY(!report::median({}));
        QCOMPARE(*report::median({3}), 3.0);
        QCOMPARE(*report::median({4, 1, 3, 2}), 2.5);
        QCOMPARE(*report::percentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.9), 9.0);
        QCOMPARE(*report::percentile({5, 1, 11, 3, 9, 7, 2, 4, 6, 8, 10}, 0.9), 10.0);
        QCOMPARE(*report::percentile({7}, 0.9), 7.0);
        QVERIFY(!report::percentile({1}, 0));
        // A Sunday belongs to the week of the Monday before it.
        QCOMPARE(report::mondayOf(mar(8, 23)), QDate(2026, 3, 2));
        QCOMPARE(report::mondayOf(mar(9)), QDate(2026, 3, 9));
        QCOMPARE(report::coveredHours(
                     {{mar(2, 1), mar(2, 3)}, {mar(2, 2), mar(2, 4)}, {mar(2, 5), mar(2, 6)}},
                     mar(2), mar(3)),
                 4.0);
        QCOMPARE(report::coveredHours({{mar(1), mar(4)}}, mar(2), mar(3)), 24.0);
    }

    void correlationWindow() {
        ServiceReportFacts::Release rel;
        rel.id = 1;
        rel.deployedAt = mar(2, 10);
        rel.names = {u"Payments API"_qs};
        const auto check = [&](qint64 opened, const QString& service, const QString& item) {
            Incident i;
            i.id = 9;
            i.number = u"X"_qs;
            i.openedAt = opened;
            i.service = service;
            i.configItem = item;
            const QList<Incident> list{i};
            return report::hasCorrelatedIncident(rel, report::incidentsByName(list));
        };
        QVERIFY(check(mar(2, 10), u"payments api"_qs, {}));
        QVERIFY(check(mar(5, 9), u"Other"_qs, u"Payments API"_qs));
        QVERIFY(!check(mar(5, 10), u"Payments API"_qs, {})); // 72 h later: outside
        QVERIFY(!check(mar(2, 9), u"Payments API"_qs, {}));  // before the deployment
        QVERIFY(!check(mar(2, 11), u"Checkout Web"_qs, {}));
    }

    void availablePeople() {
        ServiceReportFacts::Person p{u"T"_qs, 31, {}};
        QCOMPARE(report::availablePeople({p}, u"T"_qs, QDate(2026, 3, 2)), 1);
        QCOMPARE(report::availablePeople({p}, u"Other"_qs, QDate(2026, 3, 2)), 0);
        // Leave Monday to Friday: gone. Half of Friday still on: gone only under 12 h left.
        p.leave = {{mar(2), mar(7)}};
        QCOMPARE(report::availablePeople({p}, u"T"_qs, QDate(2026, 3, 2)), 0);
        p.leave = {{mar(2), mar(6, 11)}};
        QCOMPARE(report::availablePeople({p}, u"T"_qs, QDate(2026, 3, 2)), 1);
        // Working weekends only, and away Monday to Friday: still there.
        p.workDays = 0b1100000;
        p.leave = {{mar(2), mar(7)}};
        QCOMPARE(report::availablePeople({p}, u"T"_qs, QDate(2026, 3, 2)), 1);
    }

    // Last: it changes the file. A service keeps the commit times between reports and reads
    // only what the audit log gained since.
    void laterCommitsSeen() {
        ServiceReportService service(*m_db);
        auto before = service.report({kFrom, kTo, 0, 0});
        QVERIFY(before);
        QCOMPARE(*before->leadTimeMedianHours, 48.0);
        // Item 2 had no history (72 h from its creation); now committed 6 h before R1.
        auditEntry(*m_db, mar(3, 4) * 1000, 2, u"{\"status\":\"committed\"}"_qs, u"x"_qs);
        auto after = service.report({kFrom, kTo, 0, 0});
        QVERIFY(after);
        QCOMPARE(after->leadTimeItems, 5);
        QCOMPARE(*after->leadTimeMedianHours, 24.0); // 6, 12, 24, 48, 168
        QCOMPARE(*after->leadTimeP90Hours, 168.0);
    }
};

QTEST_GUILESS_MAIN(TestServiceReport)
#include "tst_ServiceReport.moc"
