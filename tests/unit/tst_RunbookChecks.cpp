// SPDX-License-Identifier: GPL-3.0-or-later
// What keeps a runbook from being ready, and what is only warned about: a clean runbook has no
// finding, and each broken variant of it has the one finding it should, on the right step.
#include "rules/PatternTemplates.h"
#include "rules/RunbookChecks.h"
#include "rules/RunbookSchedule.h"

#include <QTest>

#include <functional>

using namespace slipway;

namespace {

constexpr qint64 kWindowStart = 1796680800; // 2026-12-07 22:00 UTC
constexpr qint64 kWindowEnd = kWindowStart + 4 * 3600;

RunbookStep step(const char* key, StepKind kind, int minutes, QStringList after = {}) {
    RunbookStep s;
    s.key = QString::fromLatin1(key);
    s.title = QStringLiteral("Title of ") + s.key;
    s.kind = kind;
    s.owner = QStringLiteral("deployer");
    s.durationMin = minutes;
    s.dependsOn = std::move(after);
    return s;
}

RunbookStep rollbackOf(const char* key, const char* forward) {
    RunbookStep s = step(key, StepKind::Manual, 10);
    s.direction = StepDirection::Rollback;
    s.rollbackOf = QString::fromLatin1(forward);
    return s;
}

MigrationRehearsal rehearsal(const char* key, qint64 at, bool passed) {
    MigrationRehearsal r;
    r.id = at;
    r.stepKey = QString::fromLatin1(key);
    r.rehearsedAt = at;
    r.rehearsedBy = QStringLiteral("mira");
    r.cloneName = QStringLiteral("prod-clone-2026-12-01");
    r.durationMin = 25;
    r.rowsBefore = 1'204'332;
    r.rowsAfter = 1'204'332;
    r.passed = passed;
    return r;
}

// A runbook with every kind of step filled in properly: no finding at all.
Runbook clean() {
    Runbook r;
    RunbookStep script = step("S2", StepKind::Script, 15, {QStringLiteral("S1")});
    script.scriptRepo = QStringLiteral("https://git.example.org/payments/deploy.git");
    script.scriptPath = QStringLiteral("scripts/deploy.sh");
    script.scriptCommit = QStringLiteral("4f1c2a9");
    script.scriptSha256 =
        QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    RunbookStep cutover = step("S5", StepKind::Cutover, 5, {QStringLiteral("S4")});
    cutover.dnsRecord = QStringLiteral("pay.example.org");
    cutover.ttlOldSeconds = 3600;
    cutover.ttlNewSeconds = 60;
    cutover.ttlLoweredAt = kWindowStart - 2 * 3600; // two old TTLs ahead
    r.steps = {step("S1", StepKind::Communication, 5),
               script,
               rollbackOf("R1", "S2"),
               step("S3", StepKind::Migration, 30, {QStringLiteral("S2")}),
               rollbackOf("R2", "S3"),
               step("S4", StepKind::Checkpoint, 5, {QStringLiteral("S3")}),
               cutover,
               rollbackOf("R3", "S5"),
               step("S6", StepKind::HealthCheck, 10, {QStringLiteral("S5")})};
    r.rehearsals = {rehearsal("S3", kWindowStart - 86400 * 3, true)};
    RunbookTrigger failed;
    failed.kind = TriggerKind::StepFailed;
    failed.name = QStringLiteral("A step failed");
    RunbookTrigger health;
    health.kind = TriggerKind::HealthCheck;
    health.name = QStringLiteral("Checkout");
    health.url = QStringLiteral("https://pay.example.org/healthz");
    health.failures = 3;
    health.latencyMs = 800;
    r.triggers = {failed, health};
    return r;
}

RunbookCheckInput window() {
    return {kWindowStart, kWindowEnd};
}

RunbookStep& stepOf(Runbook& r, const char* key) {
    for (RunbookStep& s : r.steps)
        if (s.key == QLatin1String(key))
            return s;
    QTest::qFail("no such step", __FILE__, __LINE__);
    return r.steps.first();
}

QString describe(const QList<RunbookFinding>& findings) {
    QStringList lines;
    for (const RunbookFinding& f : findings)
        lines.append(QStringLiteral("[%1 %2 %3] %4")
                         .arg(f.blocking() ? QStringLiteral("blocking") : QStringLiteral("warning"),
                              f.code, f.stepKey, f.message));
    return lines.join(u'\n');
}

struct Case {
    const char* name;
    const char* code;
    bool blocking;
    const char* stepKey; // "" for the runbook as a whole
    std::function<void(Runbook&, RunbookCheckInput&)> breakIt;
};

} // namespace

class TestRunbookChecks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanRunbookHasNoFinding() {
        const auto findings = checkRunbook(clean(), window());
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
        QVERIFY(readinessBlockers(findings).isEmpty());
    }

    void eachFinding() {
        const QList<Case> cases{
            {"no steps", "no_steps", true, "",
             [](Runbook& r, auto&) {
                 r.steps.clear();
             }},
            {"invalid key", "invalid_key", true, "S 6",
             [](Runbook& r, auto&) {
                 stepOf(r, "S6").key = QStringLiteral("S 6");
             }},
            {"duplicate key", "duplicate_key", true, "S1",
             [](Runbook& r, auto&) {
                 r.steps.append(step("S1", StepKind::Communication, 5));
             }},
            {"negative duration", "negative_time", true, "S4",
             [](Runbook& r, auto&) {
                 stepOf(r, "S4").durationMin = -5;
             }},
            {"negative offset", "negative_time", true, "S1",
             [](Runbook& r, auto&) {
                 stepOf(r, "S1").offsetMin = -1;
             }},
            {"health check budget", "negative_time", true, "",
             [](Runbook& r, auto&) {
                 r.triggers[1].latencyMs = -100;
             }},
            {"unknown dependency", "unknown_dependency", true, "S6",
             [](Runbook& r, auto&) {
                 stepOf(r, "S6").dependsOn.append(QStringLiteral("S9"));
             }},
            {"rollback dependency", "rollback_dependency", true, "S6",
             [](Runbook& r, auto&) {
                 stepOf(r, "S6").dependsOn.append(QStringLiteral("R1"));
             }},
            {"cycle", "cycle", true, "",
             [](Runbook& r, auto&) {
                 stepOf(r, "S2").dependsOn.append(QStringLiteral("S4"));
             }},
            {"rollback of nothing", "orphan_rollback", true, "R2",
             [](Runbook& r, auto&) {
                 stepOf(r, "R2").rollbackOf = QStringLiteral("S99");
             }},
            {"rollback of a rollback", "orphan_rollback", true, "R2",
             [](Runbook& r, auto&) {
                 stepOf(r, "R2").rollbackOf = QStringLiteral("R1");
             }},
            {"rollback naming none", "orphan_rollback", true, "R2",
             [](Runbook& r, auto&) {
                 stepOf(r, "R2").rollbackOf.clear();
             }},
            {"script without repository", "script_reference", true, "S2",
             [](Runbook& r, auto&) {
                 stepOf(r, "S2").scriptRepo.clear();
             }},
            {"script without path", "script_reference", true, "S2",
             [](Runbook& r, auto&) {
                 stepOf(r, "S2").scriptPath.clear();
             }},
            {"script with a bad commit", "script_reference", true, "S2",
             [](Runbook& r, auto&) {
                 stepOf(r, "S2").scriptCommit = QStringLiteral("main");
             }},
            {"script with a short digest", "script_reference", true, "S2",
             [](Runbook& r, auto&) {
                 stepOf(r, "S2").scriptSha256.chop(1);
             }},
            {"script with a non-hex digest", "script_reference", true, "S2",
             [](Runbook& r, auto&) {
                 stepOf(r, "S2").scriptSha256[10] = u'g';
             }},
            {"migration never rehearsed", "no_rehearsal", true, "S3",
             [](Runbook& r, auto&) {
                 r.rehearsals.clear();
             }},
            {"rehearsal of another step", "no_rehearsal", true, "S3",
             [](Runbook& r, auto&) {
                 r.rehearsals[0].stepKey = QStringLiteral("S2");
             }},
            {"only rehearsal failed", "rehearsal_failed", true, "S3",
             [](Runbook& r, auto&) {
                 r.rehearsals[0].passed = false;
             }},
            {"latest rehearsal failed", "rehearsal_failed", true, "S3",
             [](Runbook& r, auto&) {
                 r.rehearsals.append(rehearsal("S3", kWindowStart - 86400, false));
             }},
            {"cutover without record", "cutover_incomplete", true, "S5",
             [](Runbook& r, auto&) {
                 stepOf(r, "S5").dnsRecord.clear();
             }},
            {"cutover without old TTL", "cutover_incomplete", true, "S5",
             [](Runbook& r, auto&) {
                 stepOf(r, "S5").ttlOldSeconds = 0;
             }},
            {"cutover without new TTL", "cutover_incomplete", true, "S5",
             [](Runbook& r, auto&) {
                 stepOf(r, "S5").ttlNewSeconds = 0;
             }},
            {"TTL not lowered", "ttl_late", false, "S5",
             [](Runbook& r, auto&) {
                 stepOf(r, "S5").ttlLoweredAt = 0;
             }},
            {"TTL lowered too late", "ttl_late", false, "S5",
             [](Runbook& r, auto&) {
                 // The switch is planned at minute 55; lowered 10 minutes before the window
                 // is 65 minutes ahead of it, less than the old TTL of an hour... and a half.
                 stepOf(r, "S5").ttlOldSeconds = 5400;
                 stepOf(r, "S5").ttlLoweredAt = kWindowStart - 600;
             }},
            {"forward step unpaired", "no_rollback", false, "S2",
             [](Runbook& r, auto&) {
                 r.steps.removeIf(
                     [](const RunbookStep& s) { return s.key == QLatin1String("R1"); });
             }},
            {"plan past the window", "overrun", false, "",
             [](Runbook& r, auto&) {
                 stepOf(r, "S6").durationMin = 4 * 60;
             }},
            {"no window", "no_window", false, "",
             [](Runbook&, RunbookCheckInput& in) {
                 in = RunbookCheckInput{};
             }},
            {"no trigger", "no_trigger", false, "",
             [](Runbook& r, auto&) {
                 r.triggers.clear();
             }},
            {"health check without URL", "trigger_incomplete", false, "",
             [](Runbook& r, auto&) {
                 r.triggers[1].url.clear();
             }},
        };
        for (const Case& c : cases) {
            Runbook r = clean();
            RunbookCheckInput in = window();
            c.breakIt(r, in);
            const auto findings = checkRunbook(r, in);
            const QString code = QString::fromLatin1(c.code);
            const QString key = QString::fromLatin1(c.stepKey);
            QList<RunbookFinding> hits;
            for (const RunbookFinding& f : findings)
                if (f.code == code)
                    hits.append(f);
            const QByteArray what = QByteArray(c.name) + ":\n" + describe(findings).toUtf8();
            QVERIFY2(hits.size() == 1, what.constData());
            const RunbookFinding& f = hits.first();
            QVERIFY2(f.blocking() == c.blocking, what.constData());
            QVERIFY2(f.stepKey == key, what.constData());
            QVERIFY2(!f.message.isEmpty() && !f.message.contains(u'\n'), what.constData());
            if (!key.isEmpty()) {
                const RunbookStep* s = r.step(key);
                QVERIFY2(f.message.contains(key) && s && f.message.contains(s->title),
                         what.constData());
            }
            // Nothing else blocks: each break is the only reason it may not be ready, unless
            // the break itself is what the plan trips over too.
            int blocking = 0;
            for (const RunbookFinding& other : findings)
                blocking += other.blocking() ? 1 : 0;
            QVERIFY2(blocking == (c.blocking ? 1 : 0) || code == QLatin1String("no_steps"),
                     what.constData());
            QCOMPARE(readinessBlockers(findings).size(), blocking);
        }
    }

    void cycleNamesItsSteps() {
        Runbook r = clean();
        stepOf(r, "S2").dependsOn.append(QStringLiteral("S4"));
        const auto findings = checkRunbook(r, window());
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings.first().message.contains(QStringLiteral("S2 → S3 → S4 → S2")),
                 qPrintable(findings.first().message));
    }

    void ttlLoweredExactlyOneOldTtlAheadIsEnough() {
        // S5 is planned at minute 55 (5 + 15 + 30 + 5): lowered exactly an hour before that.
        Runbook r = clean();
        const qint64 switchAt = kWindowStart + 55 * 60;
        stepOf(r, "S5").ttlLoweredAt = switchAt - 3600;
        QVERIFY2(checkRunbook(r, window()).isEmpty(),
                 qPrintable(describe(checkRunbook(r, window()))));
        stepOf(r, "S5").ttlLoweredAt = switchAt - 3599;
        const auto late = checkRunbook(r, window());
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().code, QStringLiteral("ttl_late"));
    }

    void passedAgainAfterAFailureIsReady() {
        Runbook r = clean();
        r.rehearsals = {rehearsal("S3", 1000, true), rehearsal("S3", 2000, false),
                        rehearsal("S3", 3000, true)};
        QVERIFY(checkRunbook(r, window()).isEmpty());
        // Listed out of order: the latest by time decides, not the last in the list.
        r.rehearsals = {rehearsal("S3", 3000, false), rehearsal("S3", 2000, true)};
        const auto findings = checkRunbook(r, window());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().code, QStringLiteral("rehearsal_failed"));
        QVERIFY(findings.first().message.contains(QStringLiteral("mira")));
    }

    void findingsComeInStepOrderThenTheRunbook() {
        Runbook r = clean();
        r.triggers.clear();
        stepOf(r, "S6").dependsOn.append(QStringLiteral("S9"));
        stepOf(r, "S2").scriptRepo.clear();
        const auto findings = checkRunbook(r, RunbookCheckInput{});
        QStringList order;
        for (const RunbookFinding& f : findings)
            order.append(f.code);
        QCOMPARE(order, (QStringList{QStringLiteral("script_reference"),
                                     QStringLiteral("unknown_dependency"),
                                     QStringLiteral("no_window"), QStringLiteral("no_trigger")}));
    }

    // ---- the templates, checked

    void templatesHaveNoBlockingFindingButTheirGaps() {
        for (DeploymentPattern pattern : allDeploymentPatterns()) {
            const PatternTemplate t = templateFor(pattern);
            Runbook r;
            r.pattern = pattern;
            r.steps = t.steps;
            r.triggers = t.triggers;
            const auto planned = planRunbook(r.steps);
            QVERIFY(planned.ok());
            // A window long enough for it (blue-green keeps blue for hours).
            const RunbookCheckInput in{kWindowStart,
                                       kWindowStart + (planned->plannedEndMin + 30) * 60};
            const auto findings = checkRunbook(r, in);
            QStringList blocking;
            QStringList unpaired;
            for (const RunbookFinding& f : findings) {
                if (f.blocking())
                    blocking.append(f.code);
                if (f.code == QLatin1String("no_rollback"))
                    unpaired.append(r.step(f.stepKey)->title);
            }
            const QByteArray what = toKey(pattern).toUtf8() + ":\n" + describe(findings).toUtf8();
            // What only the release manager can fill in: the migration's rehearsal, and the
            // record and TTLs of the load balancer's switch.
            if (pattern == DeploymentPattern::BigBang)
                QVERIFY2(blocking == QStringList{QStringLiteral("no_rehearsal")}, what.constData());
            else if (pattern == DeploymentPattern::BlueGreen)
                QVERIFY2(blocking == QStringList{QStringLiteral("cutover_incomplete")},
                         what.constData());
            else
                QVERIFY2(blocking.isEmpty(), what.constData());
            // Every step that changes something has its rollback; a backup changes nothing.
            QVERIFY2(unpaired.isEmpty() ||
                         (pattern == DeploymentPattern::BigBang && unpaired.size() == 1 &&
                          unpaired.first().contains(QStringLiteral("Back up"))),
                     what.constData());
        }
    }

    void bigBangIsReadyOnceRehearsed() {
        const PatternTemplate t = templateFor(DeploymentPattern::BigBang);
        Runbook r;
        r.steps = t.steps;
        r.triggers = t.triggers;
        QString migration;
        for (const RunbookStep& s : r.steps)
            if (s.kind == StepKind::Migration)
                migration = s.key;
        QVERIFY(!migration.isEmpty());
        r.rehearsals = {rehearsal(qPrintable(migration), kWindowStart - 86400, true)};
        const RunbookCheckInput in{kWindowStart, kWindowStart + 8 * 3600};
        QVERIFY2(readinessBlockers(checkRunbook(r, in)).isEmpty(),
                 qPrintable(describe(checkRunbook(r, in))));
    }
};

QTEST_GUILESS_MAIN(TestRunbookChecks)
#include "tst_RunbookChecks.moc"
