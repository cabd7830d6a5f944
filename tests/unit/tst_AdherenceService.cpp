// SPDX-License-Identifier: GPL-3.0-or-later
// The adherence review on real files: a small fixture per deviation kind, written as the
// services would have stored it (or as an older version or another tool did), each found
// under its stable key; the same releases done properly are not flagged; the period and
// `now` decide what is listed; a status past its guards dated by the audit entry that set it;
// counts by team and month. On a server the fixtures are written as they happened
// (test::execAsWritten), so that who acted and when is theirs, not the login's and the clock's.
#include "Fixtures.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "services/AdherenceService.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QJsonDocument>

#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

const qint64 kDay = 86400;
// 2026-03-02 10:00 UTC: a Monday, fixed so months and weekly blackouts are known.
const qint64 kT = 1772445600;
const qint64 kFrom = kT - 30 * kDay;
const qint64 kTo = kT + 30 * kDay;

QString n(qint64 v) {
    return QString::number(v);
}

// Teams, services and environments: Payments (1) owns Payments API (1), Checkout (2) owns
// Checkout Web (2); Production (1, prod) and Staging (2).
void base(Database& db) {
    addTwoTeams(db);
    execAsWritten(db,
                  u"INSERT INTO environments (id, name, kind, created_by, created_at, updated_by, "
                  u"updated_at) VALUES (1, 'Production', 'prod', 't', 0, 't', 0), (2, 'Staging', "
                  u"'staging', 't', 0, 't', 0)"_qs);
}

// A release of team 1 changing service 1, windowed around `at`, in `status`.
void release(Database& db, qint64 id, const QString& type, const QString& status, qint64 at,
             qint64 team = 1, qint64 service = 1) {
    execAsWritten(
        db, u"INSERT INTO releases (id, name, version, type, status, window_start, window_end, "
            u"team_id, created_by, created_at, updated_by, updated_at) VALUES (%1, 'Payments "
            u"API', '2.%1.0', '%2', '%3', %4, %5, %6, 't', %4, 't', %7)"_qs.arg(n(id), type, status)
                .arg(at - 3600)
                .arg(at + 3600)
                .arg(team)
                .arg(at));
    execAsWritten(
        db, u"INSERT INTO release_services (release_id, service_id) VALUES (%1, %2)"_qs.arg(id).arg(
                service));
}

// Change CHG<release> for the release, requested by `requester`, `type`, risk low.
void change(Database& db, qint64 releaseId, const QString& requester,
            const QString& type = u"normal"_qs) {
    execAsWritten(
        db, u"INSERT INTO change_requests (id, ticket, release_id, summary, change_type, "
            u"risk_level, requested_by, requested_at, created_by, created_at, updated_by, "
            u"updated_at) VALUES (%1, 'CHG%1', %1, 'Payments API', '%2', 'low', '%3', 0, 't', "
            u"0, 't', 0)"_qs.arg(n(releaseId), type, requester));
}

void approve(Database& db, qint64 changeId, const QString& by, qint64 at,
             const QString& outcome = u"approve"_qs) {
    execAsWritten(db, u"INSERT INTO cab_decisions (change_id, outcome, approver_role, decided_by, "
                      u"decided_at) VALUES (%1, '%2', 'cab', '%3', %4)"_qs.arg(n(changeId), outcome,
                                                                               by, n(at)));
}

qint64 deploy(Database& db, qint64 releaseId, const QString& by, qint64 at, qint64 env = 1) {
    execAsWritten(db, u"INSERT INTO deployments (release_id, environment_id, version, outcome, "
                      u"deployed_by, deployed_at, created_by, created_at) VALUES (%1, %2, '2.0', "
                      u"'succeeded', '%3', %4, '%3', %4)"_qs.arg(n(releaseId), n(env), by, n(at)));
    return queryValue(db.path(), u"SELECT max(id) FROM deployments"_qs).toLongLong();
}

// A release done properly: requested by alice, approved by carol before olga deployed it.
void clean(Database& db, qint64 id, qint64 at) {
    release(db, id, u"minor"_qs, u"deployed"_qs, at);
    change(db, id, u"alice"_qs);
    approve(db, id, u"carol"_qs, at - kDay);
    deploy(db, id, u"olga"_qs, at - 2 * kDay, 2);
    deploy(db, id, u"olga"_qs, at);
}

QStringList keys(const QList<Deviation>& found) {
    QStringList out;
    for (const Deviation& d : found)
        out << d.key;
    return out;
}

} // namespace

class tst_AdherenceService : public QObject {
    Q_OBJECT

private:
    TempFiles m_files{u"adherence"_qs};
    std::unique_ptr<Database> m_db;
    QString m_path; // what m_db was opened as (on a server, the name of its database)

    Database& fresh() {
        m_path = m_files.newFile();
        m_db = openDatabase(m_path);
        base(*m_db);
        return *m_db;
    }
    QList<Deviation> found(qint64 now = kT + 60 * kDay, qint64 from = kFrom, qint64 to = kTo) {
        auto result = AdherenceService(*m_db, Session{u"auditor"_qs, {}}).deviations(from, to, now);
        if (!result) {
            qWarning("%s", qPrintable(result.error().message));
            return {};
        }
        return result.value();
    }

private Q_SLOTS:
    void cleanReleaseIsNotFlagged() {
        Database& db = fresh();
        clean(db, 1, kT);
        const auto list = found();
        QVERIFY2(list.isEmpty(), qPrintable(keys(list).join(u", ")));
    }

    void deployedWithoutApproval() {
        Database& db = fresh();
        release(db, 1, u"minor"_qs, u"deployed"_qs, kT);
        const qint64 d = deploy(db, 1, u"olga"_qs, kT);
        // A change whose only decision was a rejection was never approved either.
        release(db, 2, u"minor"_qs, u"deployed"_qs, kT + kDay);
        change(db, 2, u"alice"_qs);
        approve(db, 2, u"carol"_qs, kT, u"reject"_qs);
        const qint64 d2 = deploy(db, 2, u"olga"_qs, kT + kDay);
        const auto list = found();
        QCOMPARE(keys(list),
                 (QStringList{u"deployed_without_approval:1:deployment-%1"_qs.arg(d),
                              u"deployed_without_approval:2:deployment-%1"_qs.arg(d2)}));
        QCOMPARE(list[0].releaseLabel, u"Payments API 2.1.0"_qs);
        QCOMPARE(list[0].teamName, u"Payments"_qs);
        QCOMPARE(list[0].at, kT);
        QVERIFY(list[0].detail.contains(u"no change request"_qs));
        QVERIFY(list[1].detail.contains(u"CHG2"_qs));
    }

    void deployedBeforeApproval() {
        Database& db = fresh();
        release(db, 1, u"minor"_qs, u"deployed"_qs, kT);
        change(db, 1, u"alice"_qs);
        const qint64 d = deploy(db, 1, u"olga"_qs, kT);
        approve(db, 1, u"carol"_qs, kT + 3600);
        const auto list = found();
        QCOMPARE(keys(list), QStringList{u"deployed_before_approval:1:deployment-%1"_qs.arg(d)});
        QVERIFY(list[0].detail.contains(u"2026-03-02 11:00 UTC"_qs));
    }

    void deployedInHardBlackout() {
        Database& db = fresh();
        clean(db, 1, kT);             // Mondays 09:00-12:00, weekly: hard, all services
        clean(db, 2, kT + 7 * kDay);  // the next Monday, but that occurrence is left out
        clean(db, 3, kT + 2 * kDay);  // Wednesday: only a soft blackout
        clean(db, 4, kT + 14 * kDay); // hard, but of Checkout Web only
        execAsWritten(
            db, u"INSERT INTO blackouts (id, name, start_utc, end_utc, rrule, severity, "
                u"all_services, exdates, created_by, created_at, updated_by, updated_at) VALUES "
                u"(1, 'Monday close', %1, %2, 'FREQ=WEEKLY;COUNT=2', 'hard', 1, '%3', 't', 0, "
                u"'t', 0), (2, 'Midweek', %4, %5, NULL, 'soft', 1, '', 't', 0, 't', 0), (3, "
                u"'Checkout peak', %6, %7, NULL, 'hard', 0, '', 't', 0, 't', 0)"_qs.arg(kT - 3600)
                    .arg(kT + 7200)
                    .arg(kT - 3600 + 7 * kDay)
                    .arg(kT + 2 * kDay - 3600)
                    .arg(kT + 2 * kDay + 3600)
                    .arg(kT + 14 * kDay - 3600)
                    .arg(kT + 14 * kDay + 3600));
        execAsWritten(db,
                      u"INSERT INTO blackout_services (blackout_id, service_id) VALUES (3, 2)"_qs);
        const auto list = found();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].kind, DeviationKind::DeployedInBlackout);
        QCOMPARE(list[0].releaseId, qint64(1));
        QVERIFY(list[0].detail.contains(u"Monday close"_qs));
        // Once Checkout Web is one of its services, release 4 deployed inside that one too.
        execAsWritten(db,
                      u"INSERT INTO release_services (release_id, service_id) VALUES (4, 2)"_qs);
        QCOMPARE(found().size(), 2);
    }

    void deployedInIncidentFreeze() {
        Database& db = fresh();
        clean(db, 1, kT);
        // An emergency release may deploy during a freeze (approved in its grace period).
        release(db, 2, u"emergency"_qs, u"deployed"_qs, kT + 600);
        change(db, 2, u"alice"_qs, u"emergency"_qs);
        deploy(db, 2, u"olga"_qs, kT + 600);
        approve(db, 2, u"carol"_qs, kT + kDay);
        execAsWritten(db,
                      u"INSERT INTO post_reviews (release_id, state, due_at, done_at, done_by, "
                      u"created_by, created_at, updated_by, updated_at) VALUES (2, 'done', %1, %1, "
                      u"'alice', 't', 0, 't', 0)"_qs.arg(kT + 5 * kDay));
        execAsWritten(db,
                      u"INSERT INTO incident_freezes (name, incident_ref, start_utc, end_utc, "
                      u"created_by, created_at, updated_by, updated_at) VALUES ('INC0042 outage', "
                      u"'INC0042', %1, %2, 't', 0, 't', 0)"_qs.arg(kT - 60)
                          .arg(kT + 3600));
        const auto list = found();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].kind, DeviationKind::DeployedInFreeze);
        QCOMPARE(list[0].releaseId, qint64(1));
        QVERIFY(list[0].detail.contains(u"INC0042 outage"_qs));
    }

    void gateWaivedAndGuardOverridden() {
        Database& db = fresh();
        clean(db, 1, kT);
        execAsWritten(
            db, u"INSERT INTO release_gates (id, release_id, position, name, stage, promoted_by, "
                u"created_by, created_at, updated_by, updated_at) VALUES (1, 1, 0, 'QA sign-off', "
                u"'Staging', 'bob', 't', 0, 't', 0)"_qs);
        execAsWritten(
            db, u"INSERT INTO gate_waivers (id, gate_id, reason, controls, requested_by, "
                u"requested_at, approved_by, approved_at, expires_at, validation_task, "
                u"updated_by, updated_at) VALUES (1, 1, 'flaky suite', 'manual run', 'alice', "
                u"%1, 'bob', %2, %3, 'rerun', 'bob', %2), (2, 1, 'not yet', 'none', 'alice', "
                u"%1, '', NULL, %3, 'rerun', 'alice', %1)"_qs.arg(kT - 7200)
                    .arg(kT - 3600)
                    .arg(kT + kDay));
        execAsWritten(
            db, u"INSERT INTO lifecycle_overrides (id, release_id, guard, reason, requested_by, "
                u"requested_at, approved_by, approved_at) VALUES (1, 1, 'exit_criteria', "
                u"'waived by CAB', 'alice', %1, 'bob', %2), (2, 1, 'gates', 'asked only', "
                u"'alice', %1, '', NULL)"_qs.arg(kT - 7200)
                    .arg(kT - 1800));
        const auto list = found();
        QCOMPARE(keys(list),
                 (QStringList{u"gate_waived:1:waiver-1"_qs, u"guard_overridden:1:override-1"_qs}));
        QVERIFY(list[0].detail.contains(u"QA sign-off"_qs));
        QVERIFY(list[0].detail.contains(u"bob"_qs));
        QVERIFY(list[1].detail.contains(u"waived by CAB"_qs));
    }

    void segregationOfDuties() {
        Database& db = fresh();
        release(db, 1, u"minor"_qs, u"deployed"_qs, kT);
        change(db, 1, u"alice"_qs);
        approve(db, 1, u"carol"_qs, kT - kDay);
        const qint64 d = deploy(db, 1, u"Alice"_qs, kT); // logins compare case-blind
        release(db, 2, u"minor"_qs, u"deployed"_qs, kT + kDay);
        change(db, 2, u"alice"_qs);
        approve(db, 2, u"carol"_qs, kT - kDay);
        const qint64 d2 = deploy(db, 2, u"carol"_qs, kT + kDay);
        const auto list = found();
        QCOMPARE(keys(list), (QStringList{u"segregation_of_duties:1:deployment-%1"_qs.arg(d),
                                          u"segregation_of_duties:2:deployment-%1"_qs.arg(d2)}));
        QVERIFY(list[0].detail.contains(u"requested CHG1 and deployed it"_qs));
        QVERIFY(list[1].detail.contains(u"carol approved CHG2 and deployed it"_qs));
    }

    void emergencyApproval() {
        Database& db = fresh();
        // Approved within its three days: fine. Approved after five: late.
        release(db, 1, u"emergency"_qs, u"deployed"_qs, kT);
        change(db, 1, u"alice"_qs, u"emergency"_qs);
        deploy(db, 1, u"olga"_qs, kT);
        approve(db, 1, u"carol"_qs, kT + 2 * kDay);
        release(db, 2, u"minor"_qs, u"deployed"_qs, kT);
        change(db, 2, u"alice"_qs, u"emergency"_qs); // an emergency change makes it one
        const qint64 d2 = deploy(db, 2, u"olga"_qs, kT);
        approve(db, 2, u"carol"_qs, kT + 5 * kDay);
        // Never approved: a deviation once its grace has run out, not before.
        release(db, 3, u"emergency"_qs, u"deployed"_qs, kT + kDay);
        change(db, 3, u"alice"_qs, u"emergency"_qs);
        const qint64 d3 = deploy(db, 3, u"olga"_qs, kT + kDay);
        auto list = found(kT + 3 * kDay);
        QCOMPARE(keys(list), QStringList{u"emergency_late_approval:2:deployment-%1"_qs.arg(d2)});
        QCOMPARE(list[0].at, kT + 5 * kDay);
        list = found(kT + 4 * kDay + 1);
        QCOMPARE(keys(list), (QStringList{u"emergency_no_approval:3:deployment-%1"_qs.arg(d3),
                                          u"emergency_late_approval:2:deployment-%1"_qs.arg(d2)}));
        QCOMPARE(list[0].at, kT + 4 * kDay);
    }

    void reviewLateOrMissing() {
        Database& db = fresh();
        // Major releases need a review, due five days after production by default.
        release(db, 1, u"major"_qs, u"deployed"_qs, kT);
        change(db, 1, u"alice"_qs);
        approve(db, 1, u"carol"_qs, kT - kDay);
        deploy(db, 1, u"olga"_qs, kT);
        execAsWritten(db,
                      u"INSERT INTO post_reviews (release_id, state, due_at, done_at, done_by, "
                      u"created_by, created_at, updated_by, updated_at) VALUES (1, 'done', %1, %2, "
                      u"'alice', 't', 0, 't', 0)"_qs.arg(kT + 5 * kDay)
                          .arg(kT + 8 * kDay));
        release(db, 2, u"major"_qs, u"deployed"_qs, kT);
        change(db, 2, u"alice"_qs);
        approve(db, 2, u"carol"_qs, kT - kDay);
        deploy(db, 2, u"olga"_qs, kT);
        // On time, and a minor release that needs none.
        clean(db, 3, kT);
        release(db, 4, u"major"_qs, u"deployed"_qs, kT);
        change(db, 4, u"alice"_qs);
        approve(db, 4, u"carol"_qs, kT - kDay);
        deploy(db, 4, u"olga"_qs, kT);
        execAsWritten(db,
                      u"INSERT INTO post_reviews (release_id, state, due_at, done_at, done_by, "
                      u"created_by, created_at, updated_by, updated_at) VALUES (4, 'done', %1, %2, "
                      u"'alice', 't', 0, 't', 0)"_qs.arg(kT + 5 * kDay)
                          .arg(kT + 4 * kDay));
        const auto list = found(kT + 9 * kDay);
        QCOMPARE(keys(list),
                 (QStringList{u"review_missing:2:review"_qs, u"review_late:1:review"_qs}));
        QCOMPARE(list[0].at, kT + 5 * kDay);
        QVERIFY(list[0].detail.contains(u"never started"_qs));
        // Before it is due, a missing review is not yet a deviation.
        QCOMPARE(keys(found(kT + 4 * kDay, kFrom, kT + 6 * kDay)), QStringList{});
    }

    void statusPastGuards() {
        Database& db = fresh();
        // Approved without any change request, set behind the application's back.
        release(db, 1, u"minor"_qs, u"approved"_qs, kT);
        clean(db, 2, kT);
        const auto list = found();
        QCOMPARE(keys(list), QStringList{u"status_past_guards:1:guard-approval"_qs});
        QCOMPARE(list[0].at, kT);
    }

    // An older version set the status past its guard on a known day (its audit entry); the
    // release was renamed since, through the service. The deviation keeps the day the status
    // was set, not the rename's: a period around the rename does not list it.
    void statusPastGuardsDatedWhenSet() {
        Database& db = fresh();
        release(db, 1, u"minor"_qs, u"approved"_qs, kT);
        const qint64 setAt = kT - 10 * kDay;
        ReleaseService releases(db, Session{u"alice"_qs, {}});
        Release approved = releases.find(1).value();
        Release planned = approved;
        planned.status = ReleaseStatus::Planned;
        const auto compact = [](const Release& r) {
            return QString::fromUtf8(QJsonDocument(toJson(r)).toJson(QJsonDocument::Compact));
        };
        // Written as it happened, the next in the log (a server's chain trigger would stamp its
        // own clock on it). The review reads the times and images only: not chained.
        const auto log = [&](const QString& action, const QString& before, const QString& after,
                             qint64 atUtc) {
            const auto quoted = [](QString text) {
                return text.replace(u'\'', u"''"_qs);
            };
            execAsWritten(db, u"INSERT INTO audit_log (seq, at_ms, actor, action, entity, "
                              u"entity_id, before_json, after_json, prev_hash, hash) SELECT "
                              u"coalesce(max(seq), 0) + 1, %1, 'alice', '%2', 'release', 1, '%3', "
                              u"'%4', '', '' FROM audit_log"_qs.arg(n(atUtc * 1000), action,
                                                                    quoted(before), quoted(after)));
            return !QTest::currentTestFailed();
        };
        QVERIFY(log(u"create"_qs, {}, compact(planned), kT - 20 * kDay));
        QVERIFY(log(u"update"_qs, compact(planned), compact(approved), setAt));
        // A validation result logged against the release says nothing of its status.
        QVERIFY(log(u"validate"_qs, u"{\"validation\":\"none\"}"_qs,
                    u"{\"validation\":\"passed\"}"_qs, kT - 5 * kDay));
        auto list = found();
        QCOMPARE(keys(list), QStringList{u"status_past_guards:1:guard-approval"_qs});
        QCOMPARE(list[0].at, setAt); // not the row's updated_at (kT)

        Release renamed = approved;
        renamed.name = u"Payments Gateway"_qs;
        auto stored = releases.update(renamed);
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
        const qint64 touched =
            queryValue(db.path(), u"SELECT updated_at FROM releases"_qs).toLongLong();
        QVERIFY(touched > kTo);
        list = found(touched + kDay, kFrom, kTo);
        QCOMPARE(keys(list), QStringList{u"status_past_guards:1:guard-approval"_qs});
        QCOMPARE(list[0].at, setAt);
        QVERIFY(list[0].releaseLabel.startsWith(u"Payments Gateway"_qs));
        // The period of the rename, not of the status change: nothing to list.
        QCOMPARE(keys(found(touched + kDay, setAt + 1, touched + kDay)), QStringList{});
        QCOMPARE(found(touched + kDay, setAt, setAt + 1).size(), 1);

        // Set again later (back to Scheduled, then Approved): dated at the second setting.
        Release scheduled = renamed;
        scheduled.status = ReleaseStatus::Scheduled;
        QVERIFY(log(u"update"_qs, compact(renamed), compact(scheduled), touched + 60));
        QVERIFY(log(u"update"_qs, compact(scheduled), compact(renamed), touched + 120));
        list = found(touched + kDay, kFrom, touched + kDay);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].at, touched + 120);
    }

    void periodDecides() {
        Database& db = fresh();
        release(db, 1, u"minor"_qs, u"deployed"_qs, kT);
        deploy(db, 1, u"olga"_qs, kT);
        QCOMPARE(found(kT + kDay, kT, kT + 1).size(), 1);
        QCOMPARE(found(kT + kDay, kT + 1, kT + kDay).size(), 0);
        QCOMPARE(found(kT + kDay, kT - kDay, kT).size(), 0);
        QCOMPARE(found(kT + kDay, kT, kT).size(), 0);
    }

    void readOnlyFile() {
        Database& db = fresh();
        release(db, 1, u"minor"_qs, u"deployed"_qs, kT);
        deploy(db, 1, u"olga"_qs, kT);
        m_db.reset();
        // What an auditor's report opens: the review only reads.
        m_db = openDatabase(m_path, true);
        QVERIFY(m_db->isReadOnly());
        QCOMPARE(keys(found()), QStringList{u"deployed_without_approval:1:deployment-1"_qs});
    }

    void countsByTeamAndMonth() {
        Database& db = fresh();
        release(db, 1, u"minor"_qs, u"deployed"_qs, kT);
        deploy(db, 1, u"olga"_qs, kT);
        deploy(db, 1, u"olga"_qs, kT + 3600);
        release(db, 2, u"minor"_qs, u"deployed"_qs, kT, 2, 2);
        deploy(db, 2, u"olga"_qs, kT - 5 * kDay); // February
        const auto counts = AdherenceService::countsByTeamAndMonth(found());
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts[0].team, u"Checkout"_qs);
        QCOMPARE(counts[0].month, u"2026-02"_qs);
        QCOMPARE(counts[0].count, 1);
        QCOMPARE(counts[1].team, u"Payments"_qs);
        QCOMPARE(counts[1].month, u"2026-03"_qs);
        QCOMPARE(counts[1].kind, DeviationKind::DeployedWithoutApproval);
        QCOMPARE(counts[1].count, 2);
    }
};

QTEST_GUILESS_MAIN(tst_AdherenceService)
#include "tst_AdherenceService.moc"
