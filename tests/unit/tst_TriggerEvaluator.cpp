// SPDX-License-Identifier: GPL-3.0-or-later
// Rollback triggers as a table: one trigger of each kind against a run's projection and what
// the live checks saw, and the keys of what fires. Then the rollback proposed from a run.
#include "rules/TriggerEvaluator.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace slipway;

namespace {

constexpr qint64 kWindowEnd = 1796695200; // 2026-12-08 02:00 UTC
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNone = -12345; // the metric was not read

RunbookStep step(const char* key, StepKind kind, int minutes) {
    RunbookStep s;
    s.key = QString::fromLatin1(key);
    s.title = QStringLiteral("Step ") + s.key;
    s.kind = kind;
    s.durationMin = minutes;
    return s;
}

RunbookStep rollbackOf(const char* key, const char* forward) {
    RunbookStep s = step(key, StepKind::Manual, 5);
    s.direction = StepDirection::Rollback;
    s.rollbackOf = QString::fromLatin1(forward);
    return s;
}

// S1 planned 10 minutes, S2 20, S3 a checkpoint planned at 0.
Runbook runbookWith(const RunbookTrigger& trigger) {
    Runbook r;
    r.steps = {step("S1", StepKind::Manual, 10), step("S2", StepKind::Script, 20),
               step("S3", StepKind::Checkpoint, 0)};
    r.triggers = {trigger};
    return r;
}

StepProjection projected(const char* key, StepStatus status, qint64 elapsed) {
    StepProjection p;
    p.key = QString::fromLatin1(key);
    p.status = status;
    p.elapsedSecs = elapsed;
    return p;
}

StepEvent stepEvent(const char* key, StepStatus status, qint64 at) {
    StepEvent e;
    e.stepKey = QString::fromLatin1(key);
    e.status = status;
    e.at = at;
    e.by = QStringLiteral("dana");
    return e;
}

QStringList keysOf(const QList<RunbookStep>& steps) {
    QStringList out;
    for (const RunbookStep& s : steps)
        out.append(s.key);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(slipway::TriggerKind)
Q_DECLARE_METATYPE(slipway::StepStatus)

class TestTriggerEvaluator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data() {
        QTest::addColumn<TriggerKind>("kind");
        QTest::addColumn<double>("factor");    // step_overrun
        QTest::addColumn<int>("failures");     // health_check: needed in a row
        QTest::addColumn<bool>("above");       // metric
        QTest::addColumn<double>("threshold"); // metric
        QTest::addColumn<StepStatus>("s1");
        QTest::addColumn<qint64>("s1Elapsed");
        QTest::addColumn<StepStatus>("s2");
        QTest::addColumn<qint64>("s2Elapsed");
        QTest::addColumn<StepStatus>("s3");
        QTest::addColumn<qint64>("s3Elapsed");
        QTest::addColumn<qint64>("projectedPastEnd"); // seconds past the window's end
        QTest::addColumn<int>("inARow");              // health checks failed in a row
        QTest::addColumn<double>("metric");           // kNone: not read yet
        QTest::addColumn<QStringList>("fired");

        const auto P = StepStatus::Pending;
        const auto R = StepStatus::Running;
        const auto D = StepStatus::Done;
        const auto F = StepStatus::Failed;
        const auto S = StepStatus::Skipped;
        const auto failed = TriggerKind::StepFailed;
        const auto overrun = TriggerKind::StepOverrun;
        const auto window = TriggerKind::WindowOverrun;
        const auto health = TriggerKind::HealthCheck;
        const auto metric = TriggerKind::Metric;
        const QStringList none;
        auto row = [](const char* name) -> QTestData& {
            return QTest::newRow(name);
        };
        auto l = [](std::initializer_list<const char*> keys) {
            QStringList out;
            for (const char* k : keys)
                out.append(QString::fromLatin1(k));
            return out;
        };

        // clang-format off
        //                               kind     factor fail above thr  s1 el       s2 el       s3 el     past  row  metric  fired
        row("failed: nothing failed")    << failed  << 0.0 << 0 << true << 0.0 << D << 600ll << R << 60ll  << P << 0ll  << 0ll << 0 << kNone << none;
        row("failed: one step")          << failed  << 0.0 << 0 << true << 0.0 << D << 600ll << F << 60ll  << P << 0ll  << 0ll << 0 << kNone << l({"step_failed:S2"});
        row("failed: two, step order")   << failed  << 0.0 << 0 << true << 0.0 << F << 600ll << F << 60ll  << P << 0ll  << 0ll << 0 << kNone << l({"step_failed:S1", "step_failed:S2"});
        row("failed: skipped is not")    << failed  << 0.0 << 0 << true << 0.0 << S << 0ll   << D << 60ll  << P << 0ll  << 0ll << 0 << kNone << none;
        row("overrun: within 1.5")       << overrun << 1.5 << 0 << true << 0.0 << R << 840ll << P << 0ll   << P << 0ll  << 0ll << 0 << kNone << none;
        row("overrun: exactly 1.5")      << overrun << 1.5 << 0 << true << 0.0 << R << 900ll << P << 0ll   << P << 0ll  << 0ll << 0 << kNone << none;
        row("overrun: running past 1.5") << overrun << 1.5 << 0 << true << 0.0 << R << 901ll << P << 0ll   << P << 0ll  << 0ll << 0 << kNone << l({"step_overrun:S1"});
        row("overrun: done past 1.5")    << overrun << 1.5 << 0 << true << 0.0 << D << 600ll << D << 1801ll<< P << 0ll  << 0ll << 0 << kNone << l({"step_overrun:S2"});
        row("overrun: failed past 1.5")  << overrun << 1.5 << 0 << true << 0.0 << F << 3600ll<< P << 0ll   << P << 0ll  << 0ll << 0 << kNone << l({"step_overrun:S1"});
        row("overrun: factor 2")         << overrun << 2.0 << 0 << true << 0.0 << D << 1100ll<< R << 2401ll<< P << 0ll  << 0ll << 0 << kNone << l({"step_overrun:S2"});
        row("overrun: no factor is 1")   << overrun << 0.0 << 0 << true << 0.0 << R << 601ll << P << 0ll   << P << 0ll  << 0ll << 0 << kNone << l({"step_overrun:S1"});
        row("overrun: zero plan never")  << overrun << 1.5 << 0 << true << 0.0 << D << 60ll  << D << 60ll  << R << 900ll<< 0ll << 0 << kNone << none;
        row("window: on the end")        << window  << 0.0 << 0 << true << 0.0 << R << 60ll  << P << 0ll   << P << 0ll  << 0ll << 0 << kNone << none;
        row("window: before the end")    << window  << 0.0 << 0 << true << 0.0 << R << 60ll  << P << 0ll   << P << 0ll  << -600ll << 0 << kNone << none;
        row("window: a second past")     << window  << 0.0 << 0 << true << 0.0 << R << 60ll  << P << 0ll   << P << 0ll  << 1ll << 0 << kNone << l({"window_overrun"});
        row("health: 2 of 3")            << health  << 0.0 << 3 << true << 0.0 << R << 60ll  << P << 0ll   << P << 0ll  << 0ll << 2 << kNone << none;
        row("health: 3 of 3")            << health  << 0.0 << 3 << true << 0.0 << R << 60ll  << P << 0ll   << P << 0ll  << 0ll << 3 << kNone << l({"health_check:7"});
        row("health: 4 of 3")            << health  << 0.0 << 3 << true << 0.0 << R << 60ll  << P << 0ll   << P << 0ll  << 0ll << 4 << kNone << l({"health_check:7"});
        row("health: 0 means 1, none")   << health  << 0.0 << 0 << true << 0.0 << R << 60ll  << P << 0ll   << P << 0ll  << 0ll << 0 << kNone << none;
        row("health: 0 means 1, one")    << health  << 0.0 << 0 << true << 0.0 << R << 60ll  << P << 0ll   << P << 0ll  << 0ll << 1 << kNone << l({"health_check:7"});
        row("metric: not read yet")      << metric  << 0.0 << 0 << true << 0.05 << R << 60ll << P << 0ll   << P << 0ll  << 0ll << 0 << kNone << none;
        row("metric: below, above")      << metric  << 0.0 << 0 << true << 0.05 << R << 60ll << P << 0ll   << P << 0ll  << 0ll << 0 << 0.04  << none;
        row("metric: equal, above")      << metric  << 0.0 << 0 << true << 0.05 << R << 60ll << P << 0ll   << P << 0ll  << 0ll << 0 << 0.05  << none;
        row("metric: over, above")       << metric  << 0.0 << 0 << true << 0.05 << R << 60ll << P << 0ll   << P << 0ll  << 0ll << 0 << 0.0501 << l({"metric:7"});
        row("metric: NaN, above")        << metric  << 0.0 << 0 << true << 0.05 << R << 60ll << P << 0ll   << P << 0ll  << 0ll << 0 << kNaN  << none;
        row("metric: +Inf, above")       << metric  << 0.0 << 0 << true << 0.05 << R << 60ll << P << 0ll   << P << 0ll  << 0ll << 0 << kInf  << l({"metric:7"});
        row("metric: -Inf, above")       << metric  << 0.0 << 0 << true << 0.05 << R << 60ll << P << 0ll   << P << 0ll  << 0ll << 0 << -kInf << none;
        row("metric: under, below")      << metric  << 0.0 << 0 << false << 0.99 << R << 60ll << P << 0ll  << P << 0ll  << 0ll << 0 << 0.98  << l({"metric:7"});
        row("metric: over, below")       << metric  << 0.0 << 0 << false << 0.99 << R << 60ll << P << 0ll  << P << 0ll  << 0ll << 0 << 0.995 << none;
        row("metric: NaN, below")        << metric  << 0.0 << 0 << false << 0.99 << R << 60ll << P << 0ll  << P << 0ll  << 0ll << 0 << kNaN  << none;
        row("metric: +Inf, below")       << metric  << 0.0 << 0 << false << 0.99 << R << 60ll << P << 0ll  << P << 0ll  << 0ll << 0 << kInf  << none;
        row("metric: -Inf, below")       << metric  << 0.0 << 0 << false << 0.99 << R << 60ll << P << 0ll  << P << 0ll  << 0ll << 0 << -kInf << l({"metric:7"});
        row("metric: zero threshold")    << metric  << 0.0 << 0 << true << 0.0 << R << 60ll  << P << 0ll   << P << 0ll  << 0ll << 0 << 1e-9  << l({"metric:7"});
        // clang-format on
    }

    void evaluate() {
        QFETCH(TriggerKind, kind);
        QFETCH(double, factor);
        QFETCH(int, failures);
        QFETCH(bool, above);
        QFETCH(double, threshold);
        QFETCH(StepStatus, s1);
        QFETCH(qint64, s1Elapsed);
        QFETCH(StepStatus, s2);
        QFETCH(qint64, s2Elapsed);
        QFETCH(StepStatus, s3);
        QFETCH(qint64, s3Elapsed);
        QFETCH(qint64, projectedPastEnd);
        QFETCH(int, inARow);
        QFETCH(double, metric);
        QFETCH(QStringList, fired);

        RunbookTrigger t;
        t.id = 7;
        t.kind = kind;
        t.name = QStringLiteral("Checkout guard");
        t.factor = factor;
        t.failures = failures;
        t.url = QStringLiteral("http://127.0.0.1:9090");
        t.query = QStringLiteral("sum(rate(http_requests_total{code=~\"5..\"}[5m]))");
        t.above = above;
        t.threshold = threshold;
        const Runbook runbook = runbookWith(t);

        RunProjection projection;
        projection.steps = {projected("S1", s1, s1Elapsed), projected("S2", s2, s2Elapsed),
                            projected("S3", s3, s3Elapsed)};
        projection.projectedEnd = kWindowEnd + projectedPastEnd;
        TriggerObservations seen;
        if (inARow > 0) {
            seen.consecutiveFailures.insert(7, inARow);
            seen.lastFailure.insert(7, QStringLiteral("HTTP 500 after 120 ms"));
        }
        if (metric != kNone)
            seen.metricValues.insert(7, metric);

        const QList<FiredTrigger> out = evaluateTriggers(runbook, projection, kWindowEnd, seen);
        QStringList keys;
        for (const FiredTrigger& f : out) {
            keys.append(f.key);
            QVERIFY2(f.message.startsWith(QStringLiteral("Checkout guard: ")),
                     qPrintable(f.message));
            QVERIFY(!f.message.contains(u'\n'));
            QCOMPARE(f.trigger, t);
            if (kind == TriggerKind::StepFailed || kind == TriggerKind::StepOverrun) {
                QVERIFY(f.key.endsWith(f.stepKey));
                QVERIFY2(f.message.contains(f.stepKey + QStringLiteral(" “Step ")),
                         qPrintable(f.message));
            }
            if (kind == TriggerKind::HealthCheck)
                QVERIFY2(f.message.contains(QStringLiteral("HTTP 500 after 120 ms")),
                         qPrintable(f.message));
        }
        QCOMPARE(keys, fired);
    }

    void noWindowEndNeverOverruns() {
        RunbookTrigger t;
        t.kind = TriggerKind::WindowOverrun;
        RunProjection projection;
        projection.projectedEnd = kWindowEnd + 3600;
        QVERIFY(evaluateTriggers(runbookWith(t), projection, 0, {}).isEmpty());
        const auto fired = evaluateTriggers(runbookWith(t), projection, kWindowEnd, {});
        QCOMPARE(fired.size(), 1);
        QVERIFY2(fired.first().message.contains(QStringLiteral("60 min")),
                 qPrintable(fired.first().message));
    }

    void triggersComeInTheirOrder() {
        Runbook r = runbookWith({});
        RunbookTrigger window;
        window.kind = TriggerKind::WindowOverrun;
        RunbookTrigger failed;
        failed.kind = TriggerKind::StepFailed;
        r.triggers = {window, failed};
        RunProjection projection;
        projection.steps = {projected("S1", StepStatus::Failed, 60)};
        projection.projectedEnd = kWindowEnd + 60;
        const auto out = evaluateTriggers(r, projection, kWindowEnd, {});
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).key, QStringLiteral("window_overrun"));
        QCOMPARE(out.at(1).key, QStringLiteral("step_failed:S1"));
        QVERIFY(out.at(0).message.startsWith(displayName(TriggerKind::WindowOverrun)));
    }

    // ---- rollback proposal

    void proposesPairedRollbacksLatestFirst() {
        Runbook r;
        r.steps = {step("S1", StepKind::Communication, 5),
                   step("S2", StepKind::Manual, 10),
                   rollbackOf("R1", "S2"),
                   step("S3", StepKind::Migration, 30),
                   rollbackOf("R2", "S3"),
                   step("S4", StepKind::Manual, 10), // no rollback step
                   step("S5", StepKind::Script, 10),
                   rollbackOf("R3", "S5"),
                   rollbackOf("R4", "S5"),
                   step("S6", StepKind::Manual, 10),
                   rollbackOf("R5", "S6"),
                   step("S7", StepKind::Manual, 10),
                   rollbackOf("R6", "S7"),
                   step("S8", StepKind::HealthCheck, 5)};
        RunbookRun run;
        run.events = {
            stepEvent("S1", StepStatus::Running, 100), stepEvent("S1", StepStatus::Done, 110),
            stepEvent("S2", StepStatus::Running, 120), stepEvent("S2", StepStatus::Done, 200),
            stepEvent("S3", StepStatus::Running, 200), stepEvent("S3", StepStatus::Done, 400),
            stepEvent("S4", StepStatus::Running, 400), stepEvent("S4", StepStatus::Done, 450),
            stepEvent("S8", StepStatus::Running, 450), stepEvent("S8", StepStatus::Done, 460),
            stepEvent("S7", StepStatus::Skipped, 460), stepEvent("S5", StepStatus::Running, 470),
            stepEvent("S5", StepStatus::Failed, 500)};
        const RollbackProposal p = proposeRollback(r, run);
        // S5 failed (partly done: both its rollbacks), then S3 and S2; S6 never started and
        // S7 was skipped; the communication and the health check need none.
        QCOMPARE(keysOf(p.steps), (QStringList{QStringLiteral("R3"), QStringLiteral("R4"),
                                               QStringLiteral("R2"), QStringLiteral("R1")}));
        QCOMPARE(p.unpaired, QStringList{QStringLiteral("S4")});
    }

    void orderFollowsStartsNotTheList() {
        // S2 and S3 ran side by side, S3 started first: S2 is reversed first.
        Runbook r;
        r.steps = {step("S1", StepKind::Manual, 10), rollbackOf("R1", "S1"),
                   step("S2", StepKind::Manual, 10), rollbackOf("R2", "S2"),
                   step("S3", StepKind::Manual, 10), rollbackOf("R3", "S3")};
        RunbookRun run;
        run.events = {
            stepEvent("S1", StepStatus::Running, 100), stepEvent("S1", StepStatus::Done, 150),
            stepEvent("S3", StepStatus::Running, 160), stepEvent("S2", StepStatus::Running, 170),
            stepEvent("S3", StepStatus::Done, 180)};
        const RollbackProposal p = proposeRollback(r, run);
        QCOMPARE(keysOf(p.steps),
                 (QStringList{QStringLiteral("R2"), QStringLiteral("R3"), QStringLiteral("R1")}));
        QVERIFY(p.unpaired.isEmpty());
    }

    void nothingStartedNothingProposed() {
        Runbook r;
        r.steps = {step("S1", StepKind::Manual, 10), rollbackOf("R1", "S1")};
        const RollbackProposal p = proposeRollback(r, RunbookRun{});
        QVERIFY(p.steps.isEmpty());
        QVERIFY(p.unpaired.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTriggerEvaluator)
#include "tst_TriggerEvaluator.moc"
