// SPDX-License-Identifier: GPL-3.0-or-later
// The runbook domain's keys (round trips and the spellings people type), step keys as
// pipelines send them, a step's progress from a run's events, and the JSON of a runbook.
#include "domain/Runbook.h"

#include <QJsonArray>
#include <QTest>

using namespace slipway;

namespace {

StepEvent stepEvent(const char* key, StepStatus status, qint64 at, const char* by = "dana") {
    StepEvent e;
    e.stepKey = QString::fromLatin1(key);
    e.status = status;
    e.at = at;
    e.by = QString::fromLatin1(by);
    return e;
}

} // namespace

class TestRunbookDomain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip() {
        for (DeploymentPattern p : allDeploymentPatterns() + QList{DeploymentPattern::Custom}) {
            QCOMPARE(deploymentPatternFromKey(toKey(p)), p);
            QVERIFY(!displayName(p).isEmpty());
        }
        QCOMPARE(allDeploymentPatterns().size(), 4);
        for (StepKind k : allStepKinds()) {
            QCOMPARE(stepKindFromKey(toKey(k)), k);
            QVERIFY(!displayName(k).isEmpty());
        }
        QCOMPARE(allStepKinds().size(), 7);
        for (StepDirection d : {StepDirection::Forward, StepDirection::Rollback})
            QCOMPARE(stepDirectionFromKey(toKey(d)), d);
        for (TriggerKind t :
             {TriggerKind::StepFailed, TriggerKind::StepOverrun, TriggerKind::WindowOverrun,
              TriggerKind::HealthCheck, TriggerKind::Metric}) {
            QCOMPARE(triggerKindFromKey(toKey(t)), t);
            QVERIFY(!displayName(t).isEmpty());
        }
        for (StepStatus s : {StepStatus::Pending, StepStatus::Running, StepStatus::Done,
                             StepStatus::Failed, StepStatus::Skipped})
            QCOMPARE(stepStatusFromKey(toKey(s)), s);
        for (RunOutcome o : {RunOutcome::Running, RunOutcome::Succeeded, RunOutcome::RolledBack,
                             RunOutcome::Aborted})
            QCOMPARE(runOutcomeFromKey(toKey(o)), o);
        for (RunDecision d : {RunDecision::Go, RunDecision::NoGo, RunDecision::Rollback})
            QCOMPARE(runDecisionFromKey(toKey(d)), d);
        QCOMPARE(toKey(Runbook::State::Ready), QStringLiteral("ready"));
    }

    void spellingsPeopleType() {
        QCOMPARE(deploymentPatternFromKey(QStringLiteral("blue-green")),
                 DeploymentPattern::BlueGreen);
        QCOMPARE(deploymentPatternFromKey(QStringLiteral(" Big bang ")),
                 DeploymentPattern::BigBang);
        QCOMPARE(deploymentPatternFromKey(QStringLiteral("CANARY")), DeploymentPattern::Canary);
        QCOMPARE(deploymentPatternFromKey(QStringLiteral("bluegreen")),
                 DeploymentPattern::BlueGreen);
        QCOMPARE(stepKindFromKey(QStringLiteral("health-check")), StepKind::HealthCheck);
        QCOMPARE(stepKindFromKey(QStringLiteral("db migration")), StepKind::Migration);
        QCOMPARE(stepKindFromKey(QStringLiteral("go/no-go")), StepKind::Checkpoint);
        QCOMPARE(runDecisionFromKey(QStringLiteral("no-go")), RunDecision::NoGo);
        QCOMPARE(runOutcomeFromKey(QStringLiteral("rolled-back")), RunOutcome::RolledBack);
        QCOMPARE(stepStatusFromKey(QStringLiteral("DONE")), StepStatus::Done);
        QVERIFY(!deploymentPatternFromKey(QStringLiteral("blue")));
        QVERIFY(!stepKindFromKey(QString()));
        QVERIFY(!stepStatusFromKey(QStringLiteral("finished")));
        QVERIFY(!triggerKindFromKey(QStringLiteral("cpu")));
    }

    void stepKeys() {
        for (const char* ok : {"S1", "R12", "db.migrate-2", "a_b", "X"})
            QVERIFY2(isValidStepKey(QString::fromLatin1(ok)), ok);
        QVERIFY(isValidStepKey(QString(32, u'a')));
        QVERIFY(!isValidStepKey(QString(33, u'a')));
        QVERIFY(!isValidStepKey(QString()));
        QVERIFY(!isValidStepKey(QStringLiteral("S 1")));
        QVERIFY(!isValidStepKey(QStringLiteral("S1;rm")));
        QVERIFY(!isValidStepKey(QStringLiteral("Schritt-ä")));
    }

    void progressFromEvents() {
        RunbookRun run;
        run.events = {stepEvent("S1", StepStatus::Running, 100),
                      stepEvent("S2", StepStatus::Running, 110),
                      stepEvent("S1", StepStatus::Failed, 130, "ci"),
                      stepEvent("S1", StepStatus::Running, 150),
                      stepEvent("S1", StepStatus::Done, 190, "pipeline"),
                      stepEvent("S3", StepStatus::Skipped, 200)};
        run.events.last().note = QStringLiteral("not needed on this estate");
        const StepProgress s1 = progressOf(run, QStringLiteral("S1"));
        QCOMPARE(s1.status, StepStatus::Done);
        QCOMPARE(s1.startedAt, 100); // its first "running"
        QCOMPARE(s1.endedAt, 190);   // its latest end
        QCOMPARE(s1.by, QStringLiteral("pipeline"));
        const StepProgress s2 = progressOf(run, QStringLiteral("S2"));
        QCOMPARE(s2.status, StepStatus::Running);
        QCOMPARE(s2.endedAt, 0);
        const StepProgress s3 = progressOf(run, QStringLiteral("S3"));
        QCOMPARE(s3.status, StepStatus::Skipped);
        QCOMPARE(s3.startedAt, 0);
        QCOMPARE(s3.endedAt, 200);
        QCOMPARE(s3.note, QStringLiteral("not needed on this estate"));
        QCOMPARE(progressOf(run, QStringLiteral("S4")).status, StepStatus::Pending);
    }

    void runbookStepLookup() {
        Runbook r;
        RunbookStep a;
        a.key = QStringLiteral("S1");
        r.steps = {a};
        QCOMPARE(r.step(QStringLiteral("S1")), &r.steps.first());
        QCOMPARE(r.step(QStringLiteral("s1")), nullptr);
    }

    void json() {
        Runbook r;
        r.id = 4;
        r.releaseId = 9;
        r.pattern = DeploymentPattern::BlueGreen;
        r.rationale = QStringLiteral("Instant rollback needed.");
        r.state = Runbook::State::Ready;
        r.readyAt = 1796680800;
        RunbookStep script;
        script.key = QStringLiteral("S1");
        script.title = QStringLiteral("Deploy green");
        script.kind = StepKind::Script;
        script.dependsOn = {QStringLiteral("S0")};
        script.scriptRepo = QStringLiteral("https://git.example.org/deploy.git");
        script.scriptSha256 = QString(64, u'a');
        RunbookStep cutover;
        cutover.key = QStringLiteral("S2");
        cutover.kind = StepKind::Cutover;
        cutover.dnsRecord = QStringLiteral("pay.example.org");
        cutover.ttlOldSeconds = 3600;
        RunbookStep back;
        back.key = QStringLiteral("R1");
        back.direction = StepDirection::Rollback;
        back.rollbackOf = QStringLiteral("S2");
        r.steps = {script, cutover, back};
        RunbookTrigger metric;
        metric.kind = TriggerKind::Metric;
        metric.query = QStringLiteral("up");
        metric.above = false;
        metric.threshold = 1;
        r.triggers = {metric};
        MigrationRehearsal m;
        m.stepKey = QStringLiteral("S3");
        m.passed = true;
        m.rehearsedAt = 1796600000;
        r.rehearsals = {m};

        const QJsonObject o = toJson(r);
        QCOMPARE(o.value(QStringLiteral("pattern")).toString(), QStringLiteral("blue_green"));
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
        QCOMPARE(o.value(QStringLiteral("ready_at")).toString(),
                 QStringLiteral("2026-12-07T22:00:00Z"));
        QVERIFY(o.value(QStringLiteral("updated_at")).isNull());
        const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 3);
        const QJsonObject s1 = steps.at(0).toObject();
        QCOMPARE(s1.value(QStringLiteral("kind")).toString(), QStringLiteral("script"));
        QCOMPARE(s1.value(QStringLiteral("depends_on")).toArray().at(0).toString(),
                 QStringLiteral("S0"));
        QCOMPARE(s1.value(QStringLiteral("script")).toObject().value(QStringLiteral("sha256")),
                 QString(64, u'a'));
        QVERIFY(!s1.contains(QStringLiteral("cutover")));
        const QJsonObject s2 = steps.at(1).toObject();
        QCOMPARE(s2.value(QStringLiteral("cutover")).toObject().value(QStringLiteral("ttl_old_s")),
                 3600);
        QVERIFY(s2.value(QStringLiteral("cutover"))
                    .toObject()
                    .value(QStringLiteral("ttl_lowered_at"))
                    .isNull());
        QCOMPARE(steps.at(2).toObject().value(QStringLiteral("rollback_of")).toString(),
                 QStringLiteral("S2"));
        const QJsonObject t = o.value(QStringLiteral("triggers")).toArray().at(0).toObject();
        QCOMPARE(t.value(QStringLiteral("comparison")).toString(), QStringLiteral("below"));
        QCOMPARE(t.value(QStringLiteral("threshold")).toDouble(), 1.0);
        QVERIFY(!t.contains(QStringLiteral("factor")));
        const QJsonObject reh = o.value(QStringLiteral("rehearsals")).toArray().at(0).toObject();
        QCOMPARE(reh.value(QStringLiteral("result")).toString(), QStringLiteral("passed"));
    }
};

QTEST_GUILESS_MAIN(TestRunbookDomain)
#include "tst_RunbookDomain.moc"
