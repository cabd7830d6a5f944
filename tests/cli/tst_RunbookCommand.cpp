// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway runbook guide|create|show|ready|rehearse|start|step|status|decide|finish` through
// the real binary on copies of a demo file: the guide's recommendation and a bad answer; a
// runbook created, refused as ready with its blocking finding and accepted after a rehearsal;
// a start refused naming every failing guard, then a whole run on an allowed release (steps in
// dependency order, a checkpoint passed only by a go, a failed step making `status` exit 1,
// rollback steps only after a rollback decision, finishing refused while steps are open or
// once production was touched, rolled back with its deployment record); and who may run one
// in a file with logins.
#include "TestSupport.h"
#include "rules/ReleaseLifecycle.h"
#include "services/LifecycleService.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

Run as(const QByteArray& login, const QStringList& args) {
    const QByteArray before = qgetenv("SLIPWAY_TEST_USER");
    qputenv("SLIPWAY_TEST_USER", login);
    Run run = runSlipway(args);
    qputenv("SLIPWAY_TEST_USER", before);
    return run;
}

} // namespace

class tst_RunbookCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;

    QString copyOfDemo() { return copyFile(m_demo, m_dir, u"copy-%1.slipway"_qs.arg(++m_copies)); }

    static QStringList runbook(const QString& action, const QString& db, const QString& release,
                               const QStringList& more = {}) {
        return QStringList{u"runbook"_qs, action, u"--db"_qs, db, u"--release"_qs, release} + more;
    }

    static QString releaseStatus(const QString& db, const QString& release) {
        return queryValue(db, u"SELECT status FROM releases WHERE id = %1"_qs.arg(release))
            .toString();
    }

    // The demo's approved release with a ready runbook, never run: the next one to deploy.
    static QString approvedWithReadyRunbook(const QString& db) {
        const QString id =
            queryValue(db, u"SELECT r.id FROM releases r JOIN runbooks b ON b.release_id = r.id "
                           "WHERE r.status = 'approved' AND b.state = 'ready' AND NOT EXISTS "
                           "(SELECT 1 FROM runbook_runs x WHERE x.runbook_id = b.id) "
                           "ORDER BY r.window_start LIMIT 1"_qs)
                .toString();
        if (id.isEmpty())
            helperFailed(u"the demo has no approved release with a ready runbook"_qs);
        return id;
    }

    // The guards that keep `release` from Deploying, as the lifecycle says.
    static QList<Guard> failingGuards(const QString& db, const QString& release) {
        auto file = openDatabase(db, true);
        if (!file)
            return {};
        const LifecycleService lifecycle(*file);
        auto facts = lifecycle.facts(release.toLongLong());
        if (!facts) {
            helperFailed(facts.error().message);
            return {};
        }
        QList<Guard> out;
        for (const GuardCheck& g :
             checkTransition(facts.value(), ReleaseStatus::Deploying, lifecycle.clock()).failing())
            out << g.guard;
        return out;
    }

    // Lets `release` past each failing guard: an override asked by one release manager and
    // approved by another, as the lifecycle allows.
    static bool allowDeploying(const QString& db, const QString& release) {
        for (Guard g : failingGuards(db, release)) {
            const Run asked =
                as("amara.okafor",
                   {u"lifecycle"_qs, u"override"_qs, u"--db"_qs, db, u"--release"_qs, release,
                    u"--guard"_qs, toKey(g), u"--reason"_qs, u"Verified by hand for the test"_qs});
            const auto number = QRegularExpression(u"Override (\\d+)"_qs).match(asked.outText());
            if (asked.exitCode != 0 || !number.hasMatch()) {
                helperFailed(asked.errText());
                return false;
            }
            const Run approved =
                as("chloe.martin", {u"lifecycle"_qs, u"approve"_qs, u"--db"_qs, db, u"--release"_qs,
                                    release, u"--override"_qs, number.captured(1)});
            if (approved.exitCode != 0) {
                helperFailed(approved.errText());
                return false;
            }
        }
        return failingGuards(db, release).isEmpty();
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        m_demo = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
    }

    void guideRecommendsAndRefusesBadAnswers() {
        const QStringList stateful{u"--answer"_qs, u"stateless=no"_qs,
                                   u"--answer"_qs, u"behind_load_balancer=no"_qs,
                                   u"--answer"_qs, u"schema_backward_compatible=no"_qs,
                                   u"--answer"_qs, u"spare_capacity=no"_qs,
                                   u"--answer"_qs, u"rollback_speed=hours"_qs,
                                   u"--answer"_qs, u"user_impact=tolerated"_qs};
        Run run = runSlipway(QStringList{u"runbook"_qs, u"guide"_qs} + stateful);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().startsWith(u"Recommended: Big bang"_qs), qPrintable(run.outText()));
        run = runSlipway({u"runbook"_qs, u"guide"_qs, u"--json"_qs, u"--answer"_qs,
                          u"behind_load_balancer=yes"_qs, u"--answer"_qs, u"spare_capacity=yes"_qs,
                          u"--answer"_qs, u"stateless=yes"_qs, u"--answer"_qs,
                          u"schema_backward_compatible=yes"_qs, u"--answer"_qs,
                          u"rollback_speed=seconds"_qs, u"--answer"_qs, u"user_impact=none"_qs});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"recommended"_qs).toString(), u"blue_green"_qs);
        QCOMPARE(o.value(u"unanswered"_qs).toInt(), 0);

        // A key the guide does not ask, and a value it does not know: one line, exit 2.
        run = runSlipway({u"runbook"_qs, u"guide"_qs, u"--answer"_qs, u"speed=fast"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"'speed=fast'"_qs), qPrintable(run.errText()));
        QVERIFY(!run.errText().contains(u'\n'));
        run = runSlipway({u"runbook"_qs, u"guide"_qs, u"--answer"_qs, u"rollback_speed=fast"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"rollback_speed=fast"_qs), qPrintable(run.errText()));
    }

    void readyOnlyAfterTheMigrationIsRehearsed() {
        const QString db = copyOfDemo();
        const QString release =
            queryValue(db, u"SELECT id FROM releases WHERE status IN ('scheduled', 'planned') "
                           "AND window_start IS NOT NULL AND id NOT IN (SELECT release_id FROM "
                           "runbooks) ORDER BY window_start LIMIT 1"_qs)
                .toString();
        QVERIFY(!release.isEmpty());
        const QString rationale = u"One writer; the migration rewrites the fact tables."_qs;
        Run run =
            runSlipway(runbook(u"create"_qs, db, release,
                               {u"--pattern"_qs, u"big-bang"_qs, u"--rationale"_qs, rationale}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY(run.outText().contains(u"Big bang runbook"_qs));
        // One runbook per release.
        run = runSlipway(runbook(u"create"_qs, db, release, {u"--pattern"_qs, u"canary"_qs}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"already has a runbook"_qs), qPrintable(run.errText()));

        run = runSlipway(runbook(u"show"_qs, db, release));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.outText().contains(rationale));
        QVERIFY2(run.outText().contains(u"blocking: Migration step S5"_qs),
                 qPrintable(run.outText()));

        // Not ready while the migration has no rehearsal: the finding named, nothing written.
        const int entries = auditEntries(db);
        run = runSlipway(runbook(u"ready"_qs, db, release));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"S5"_qs) && run.errText().contains(u"rehears"_qs),
                 qPrintable(run.errText()));
        QCOMPARE(auditEntries(db), entries);
        QCOMPARE(queryValue(db, u"SELECT state FROM runbooks WHERE release_id = "_qs + release)
                     .toString(),
                 u"draft"_qs);

        run = runSlipway(
            runbook(u"rehearse"_qs, db, release,
                    {u"--step"_qs, u"S5"_qs, u"--by"_qs, u"hiro.tanaka"_qs, u"--at"_qs,
                     u"2026-10-28T20:00"_qs, u"--duration"_qs, u"34"_qs, u"--rows-before"_qs,
                     u"1200000"_qs, u"--rows-after"_qs, u"1200000"_qs, u"--result"_qs, u"passed"_qs,
                     u"--clone"_qs, u"prod-clone-20261028"_qs}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        run = runSlipway(runbook(u"ready"_qs, db, release));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(queryValue(db, u"SELECT state FROM runbooks WHERE release_id = "_qs + release)
                     .toString(),
                 u"ready"_qs);
        run = runSlipway(runbook(u"show"_qs, db, release));
        QVERIFY(!run.outText().contains(u"blocking:"_qs));
    }

    void aRefusalIsOneLineWhateverTheStepsSay() {
        const QString db = copyOfDemo();
        const QString release =
            queryValue(db, u"SELECT id FROM releases WHERE status IN ('scheduled', 'planned') "
                           "AND id NOT IN (SELECT release_id FROM runbooks) ORDER BY id LIMIT 1"_qs)
                .toString();
        QVERIFY(!release.isEmpty());
        // An imported migration step whose title spans two lines, never rehearsed.
        const QString csv = m_dir.filePath(u"two-line-title.csv"_qs);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("key,title,kind,duration_min\nS1,\"Migrate the schema\nok: ready\","
                   "migration,5\n");
        file.close();
        Run run = runSlipway(
            {u"runbook"_qs, u"import"_qs, u"--db"_qs, db, u"--release"_qs, release, csv});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        run = runSlipway(runbook(u"ready"_qs, db, release));
        QCOMPARE(run.exitCode, 1);
        const QString said = run.errText().trimmed();
        QVERIFY2(said.contains(u"S1"_qs) && said.contains(u"rehears"_qs), qPrintable(said));
        QVERIFY2(!said.contains(u'\n'), qPrintable(said));
    }

    void startIsRefusedNamingEveryFailingGuard() {
        const QString db = copyOfDemo();
        const QString release = approvedWithReadyRunbook(db);
        QVERIFY(!release.isEmpty());
        const QList<Guard> failing = failingGuards(db, release);
        QVERIFY2(!failing.isEmpty(), "the demo's next approved release should lack a guard");
        const int entries = auditEntries(db);
        const Run run = runSlipway(runbook(u"start"_qs, db, release));
        QCOMPARE(run.exitCode, 1);
        for (Guard g : failing)
            QVERIFY2(run.errText().contains(displayName(g)), qPrintable(run.errText()));
        QCOMPARE(releaseStatus(db, release), u"approved"_qs);
        QCOMPARE(auditEntries(db), entries);
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM runbook_runs x JOIN runbooks b ON b.id = "
                                "x.runbook_id WHERE b.release_id = "_qs +
                                    release)
                     .toInt(),
                 0);
    }

    void aWholeRunEndingInARollback() {
        const QString db = copyOfDemo();
        const QString release = approvedWithReadyRunbook(db);
        QVERIFY(!release.isEmpty());
        QVERIFY(allowDeploying(db, release));
        const auto step = [&](const QString& key, const QString& status) {
            return runSlipway(
                runbook(u"step"_qs, db, release, {u"--step"_qs, key, u"--status"_qs, status}));
        };

        Run run = runSlipway(runbook(u"start"_qs, db, release));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(releaseStatus(db, release), u"deploying"_qs);
        run = runSlipway(runbook(u"start"_qs, db, release));
        QCOMPARE(run.exitCode, 1); // one run at a time

        // The demo's rolling runbook: S1 announce, S2 go/no-go, S3 batch 1 (paired with R1).
        run = step(u"S3"_qs, u"running"_qs);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"waits on S2"_qs), qPrintable(run.errText()));
        QCOMPARE(step(u"S1"_qs, u"running"_qs).exitCode, 0);
        QCOMPARE(step(u"S1"_qs, u"done"_qs).exitCode, 0);
        run = step(u"S2"_qs, u"done"_qs);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"go decision"_qs), qPrintable(run.errText()));
        run = runSlipway(runbook(u"decide"_qs, db, release,
                                 {u"--step"_qs, u"S2"_qs, u"--decision"_qs, u"go"_qs,
                                  u"--reason"_qs, u"Bridge complete, no open incident"_qs}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(step(u"S3"_qs, u"running"_qs).exitCode, 0);
        // Nothing has failed yet (the window of a demo anchored in the past may be over, so
        // the window's trigger may hold already: the test does not depend on the day).
        run = runSlipway(runbook(u"status"_qs, db, release));
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.errText()));
        QVERIFY2(!run.outText().contains(u"A step failed"_qs), qPrintable(run.outText()));

        // A failed step: a rollback trigger's condition holds, and `status` says which.
        run = runSlipway(runbook(u"step"_qs, db, release,
                                 {u"--step"_qs, u"S3"_qs, u"--status"_qs, u"failed"_qs,
                                  u"--note"_qs, u"batch 1 did not come back healthy"_qs}));
        QCOMPARE(run.exitCode, 0);
        run = runSlipway(runbook(u"status"_qs, db, release));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.outText().contains(u"ROLLBACK TRIGGER: A step failed: step S3"_qs),
                 qPrintable(run.outText()));
        QVERIFY(run.outText().contains(u"Proposed rollback: R1"_qs));

        run = step(u"R1"_qs, u"running"_qs);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"rollback decision"_qs), qPrintable(run.errText()));
        run = runSlipway(runbook(u"finish"_qs, db, release, {u"--outcome"_qs, u"succeeded"_qs}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"not done or skipped"_qs), qPrintable(run.errText()));
        run = runSlipway(runbook(u"finish"_qs, db, release, {u"--outcome"_qs, u"aborted"_qs}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"Production was already changed (S3)"_qs),
                 qPrintable(run.errText()));
        QCOMPARE(releaseStatus(db, release), u"deploying"_qs);

        const QString why = u"Batch 1 unhealthy after 10 min; put it back"_qs;
        run = runSlipway(runbook(u"decide"_qs, db, release,
                                 {u"--decision"_qs, u"rollback"_qs, u"--reason"_qs, why}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(step(u"R1"_qs, u"running"_qs).exitCode, 0);
        QCOMPARE(step(u"R1"_qs, u"done"_qs).exitCode, 0);
        run = runSlipway(runbook(u"finish"_qs, db, release, {u"--outcome"_qs, u"rolled-back"_qs}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const auto recorded =
            QRegularExpression(u"deployment (\\d+) recorded"_qs).match(run.outText());
        QVERIFY2(recorded.hasMatch(), qPrintable(run.outText()));
        QCOMPARE(queryValue(db, u"SELECT outcome || ' ' || release_id FROM deployments WHERE id "
                                "= "_qs +
                                    recorded.captured(1))
                     .toString(),
                 u"rolled_back "_qs + release);
        QCOMPARE(releaseStatus(db, release), u"rolled_back"_qs);

        run = runSlipway(runbook(u"status"_qs, db, release, {u"--json"_qs}));
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"release_id"_qs).toInteger(), release.toLongLong());
        const QJsonObject ran = o.value(u"run"_qs).toObject();
        QCOMPARE(ran.value(u"outcome"_qs).toString(), u"rolled_back"_qs);
        QCOMPARE(ran.value(u"deployment_id"_qs).toInteger(), recorded.captured(1).toLongLong());
        const QJsonArray decisions = ran.value(u"decisions"_qs).toArray();
        QCOMPARE(decisions.size(), 2);
        QCOMPARE(decisions.at(1).toObject().value(u"decision"_qs).toString(), u"rollback"_qs);
        QCOMPARE(decisions.at(1).toObject().value(u"reason"_qs).toString(), why);
        QVERIFY(auditEntries(db) > 0); // the chain still verifies
    }

    void onlyThoseWhoMayExecuteRunIt() {
        const QString db = copyOfDemo();
        const QString release = approvedWithReadyRunbook(db);
        QVERIFY(!release.isEmpty());
        // Logins make roles count: Jonas develops; Aisha is made a deployer and nothing else.
        QVERIFY(execSql(db, u"UPDATE people SET login = CASE name WHEN 'Jonas Weber' THEN "
                            "'jonas.weber' WHEN 'Aisha Khan' THEN 'aisha.khan' WHEN "
                            "'Amara Okafor' THEN 'amara.okafor' ELSE 'chloe.martin' END WHERE "
                            "name IN ('Jonas Weber', 'Aisha Khan', 'Amara Okafor', "
                            "'Chloé Martin')"_qs));
        QVERIFY(execSql(db, u"DELETE FROM person_roles WHERE person_id = (SELECT id FROM people "
                            "WHERE name = 'Aisha Khan')"_qs));
        QVERIFY(execSql(db, u"INSERT INTO person_roles (person_id, role) SELECT id, 'deployer' "
                            "FROM people WHERE name = 'Aisha Khan'"_qs));
        QCOMPARE(queryValue(db, u"SELECT group_concat(r.role) FROM person_roles r JOIN people p "
                                "ON p.id = r.person_id WHERE p.login = 'jonas.weber'"_qs)
                     .toString(),
                 u"development"_qs);
        QVERIFY(allowDeploying(db, release));

        Run run = as("jonas.weber", runbook(u"start"_qs, db, release));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.errText().isEmpty());
        QCOMPARE(releaseStatus(db, release), u"approved"_qs);
        run = as("aisha.khan", runbook(u"start"_qs, db, release));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(releaseStatus(db, release), u"deploying"_qs);

        const QStringList s1{u"--step"_qs, u"S1"_qs, u"--status"_qs, u"running"_qs};
        run = as("jonas.weber", runbook(u"step"_qs, db, release, s1));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM runbook_step_events"
                                " e JOIN runbook_runs x ON x.id = e.run_id JOIN runbooks b ON b.id"
                                " = x.runbook_id WHERE b.release_id = "_qs +
                                    release)
                     .toInt(),
                 0);
        run = as("aisha.khan", runbook(u"step"_qs, db, release, s1));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(queryValue(db, u"SELECT by_login FROM runbook_step_events e JOIN runbook_runs x "
                                "ON x.id = e.run_id JOIN runbooks b ON b.id = x.runbook_id WHERE "
                                "b.release_id = "_qs +
                                    release)
                     .toString(),
                 u"aisha.khan"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_RunbookCommand)
#include "tst_RunbookCommand.moc"
