// SPDX-License-Identifier: GPL-3.0-or-later
// The gate rules as a table: each criterion kind with and without evidence, at and around its
// threshold; waivers approved, unapproved and expired; gate roll-up; promotion; escalation.
#include "rules/GateEvaluator.h"

#include <QTest>

using namespace slipway;

Q_DECLARE_METATYPE(slipway::GateCriterion)
Q_DECLARE_METATYPE(slipway::GateStatus)

namespace {

const QDateTime kNow(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

GateCriterion passRate(double threshold, std::optional<double> measured, int tests = 200) {
    GateCriterion c;
    c.id = 1;
    c.spec.name = u"Unit tests"_qs;
    c.spec.kind = CriterionKind::TestPassRate;
    c.spec.threshold = threshold;
    CriterionEvidence e;
    e.fileName = u"junit.xml"_qs;
    e.sha256 = u"ab"_qs;
    e.counts = {{u"tests"_qs, tests}, {u"failures"_qs, 2}, {u"errors"_qs, 1}};
    e.measured = measured;
    c.evidence = e;
    return c;
}

GateCriterion security(const QString& floor, std::array<int, 5> open, int suppressed = 0,
                       int falsePositive = 0) {
    GateCriterion c;
    c.id = 1;
    c.spec.name = u"Security scan"_qs;
    c.spec.kind = CriterionKind::Security;
    c.spec.severity = floor;
    c.evidence = CriterionEvidence{u"scan.sarif"_qs, u"cd"_qs, 10, {}, {}, {}, {}};
    for (int i = 0; i < 5; ++i)
        c.findings.open[i] = open[size_t(i)];
    c.findings.suppressed = suppressed;
    c.findings.falsePositive = falsePositive;
    return c;
}

GateCriterion bench(const QString& comparator, double limit, double value) {
    GateCriterion c;
    c.id = 1;
    c.spec.name = u"Latency"_qs;
    c.spec.kind = CriterionKind::Benchmark;
    c.spec.metric = u"p95"_qs;
    c.spec.comparator = comparator;
    c.spec.threshold = limit;
    c.spec.unit = u"ms"_qs;
    c.evidence = CriterionEvidence{u"b.json"_qs, u"ef"_qs, 10, {}, {}, {}, value};
    return c;
}

GateCriterion manual(CriterionKind kind, const QString& by) {
    GateCriterion c;
    c.id = 1;
    c.spec.name = u"Check"_qs;
    c.spec.kind = kind;
    c.spec.role = u"qa"_qs;
    c.checkedBy = by;
    c.checkedAt = kNow;
    return c;
}

GateWaiver waiver(qint64 criterionId, const QString& approver, int expiresInDays) {
    GateWaiver w;
    w.id = 7;
    w.criterionId = criterionId;
    w.reason = u"Known flaky suite"_qs;
    w.controls = u"Manual regression run"_qs;
    w.requestedBy = u"alice"_qs;
    w.requestedAt = kNow.addDays(-2);
    w.approvedBy = approver;
    w.approvedAt = approver.isEmpty() ? QDateTime() : kNow.addDays(-1);
    w.expiresAt = kNow.addDays(expiresInDays);
    w.validationTask = u"Rerun the suite after release"_qs;
    return w;
}

ReleaseGate gateWith(int position, QList<GateCriterion> criteria, const QString& name) {
    ReleaseGate g;
    g.id = position + 1;
    g.position = position;
    g.name = name;
    g.stage = name + u" stage"_qs;
    g.criteria = std::move(criteria);
    return g;
}

} // namespace

class tst_GateEvaluator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void criterion_data() {
        QTest::addColumn<GateCriterion>("criterion");
        QTest::addColumn<QList<GateWaiver>>("waivers");
        QTest::addColumn<GateStatus>("status");
        QTest::addColumn<QString>("reasonContains");
        const QList<GateWaiver> none;
        GateCriterion noEvidence = passRate(95, 99);
        noEvidence.evidence.reset();
        QTest::newRow("pass rate: no report")
            << noEvidence << none << GateStatus::Pending << u"No JUnit XML report"_qs;
        QTest::newRow("pass rate: above")
            << passRate(95, 98.5) << none << GateStatus::Passed << u"98.5 % passed"_qs;
        QTest::newRow("pass rate: exactly at")
            << passRate(98.5, 98.5) << none << GateStatus::Passed << u"at least 98.5 %"_qs;
        QTest::newRow("pass rate: below")
            << passRate(99, 98.5) << none << GateStatus::Failed << u"Only 98.5 % passed"_qs;
        QTest::newRow("pass rate: nothing ran")
            << passRate(0, std::nullopt, 0) << none << GateStatus::Failed << u"No test ran"_qs;
        GateCriterion noScan = security(u"high"_qs, {});
        noScan.evidence.reset();
        QTest::newRow("security: no log")
            << noScan << none << GateStatus::Pending << u"No SARIF log"_qs;
        QTest::newRow("security: only lower")
            << security(u"high"_qs, {0, 3, 2, 0, 0}) << none << GateStatus::Passed << u"5 lower"_qs;
        QTest::newRow("security: one at floor")
            << security(u"high"_qs, {0, 0, 0, 1, 0}) << none << GateStatus::Failed
            << u"1 open finding of high"_qs;
        QTest::newRow("security: critical above high floor")
            << security(u"high"_qs, {0, 0, 0, 0, 2}) << none << GateStatus::Failed
            << u"2 open findings"_qs;
        QTest::newRow("security: suppressed and false positives do not count")
            << security(u"medium"_qs, {}, 4, 2) << none << GateStatus::Passed
            << u"4 suppressed in the file, 2 marked false positive"_qs;
        QTest::newRow("benchmark: under limit")
            << bench(u"<="_qs, 250, 180) << none << GateStatus::Passed << u"within <= 250"_qs;
        QTest::newRow("benchmark: equal to limit")
            << bench(u"<="_qs, 250, 250) << none << GateStatus::Passed << u"p95 is 250 ms"_qs;
        QTest::newRow("benchmark: over limit")
            << bench(u"<="_qs, 250, 251) << none << GateStatus::Failed << u"not <= 250"_qs;
        QTest::newRow("benchmark: throughput too low")
            << bench(u">="_qs, 1000, 900) << none << GateStatus::Failed << u"not >= 1000"_qs;
        QTest::newRow("manual: not ticked")
            << manual(CriterionKind::Manual, {}) << none << GateStatus::Pending << u"Not ticked"_qs;
        QTest::newRow("manual: ticked") << manual(CriterionKind::Manual, u"bob"_qs) << none
                                        << GateStatus::Passed << u"Ticked by bob on 2026-06-15"_qs;
        QTest::newRow("approval: waiting") << manual(CriterionKind::Approval, {}) << none
                                           << GateStatus::Pending << u"the qa role"_qs;
        QTest::newRow("approval: given") << manual(CriterionKind::Approval, u"carol"_qs) << none
                                         << GateStatus::Passed << u"Approved by carol (qa)"_qs;
        QTest::newRow("waiver: approved, failing criterion")
            << passRate(99, 90) << QList<GateWaiver>{waiver(1, u"dave"_qs, 5)} << GateStatus::Waived
            << u"approved by dave: Known flaky suite"_qs;
        QTest::newRow("waiver: not approved yet")
            << passRate(99, 90) << QList<GateWaiver>{waiver(1, {}, 5)} << GateStatus::Failed
            << u"awaits approval"_qs;
        QTest::newRow("waiver: expired")
            << passRate(99, 90) << QList<GateWaiver>{waiver(1, u"dave"_qs, 0)} << GateStatus::Failed
            << u"expired on 2026-06-15"_qs;
        QTest::newRow("waiver: another criterion's")
            << passRate(99, 90) << QList<GateWaiver>{waiver(2, u"dave"_qs, 5)} << GateStatus::Failed
            << u"Only 90 % passed"_qs;
        QTest::newRow("waiver: not needed when passing")
            << passRate(80, 90) << QList<GateWaiver>{waiver(1, u"dave"_qs, 5)} << GateStatus::Passed
            << u"90 % passed"_qs;
    }
    void criterion() {
        QFETCH(GateCriterion, criterion);
        QFETCH(QList<GateWaiver>, waivers);
        QFETCH(GateStatus, status);
        QFETCH(QString, reasonContains);
        const CriterionVerdict v = GateEvaluator::evaluate(criterion, waivers, kNow);
        QCOMPARE(toKey(v.status), toKey(status));
        QVERIFY2(v.reason.contains(reasonContains), qPrintable(v.reason));
    }

    void gateRollUp_data() {
        QTest::addColumn<QList<GateCriterion>>("criteria");
        QTest::addColumn<QList<GateWaiver>>("waivers");
        QTest::addColumn<GateStatus>("status");
        QTest::addColumn<int>("settled");
        auto second = [](GateCriterion c) {
            c.id = 2;
            return c;
        };
        const GateCriterion pass = passRate(90, 95);
        const GateCriterion fail = second(passRate(99, 95));
        const GateCriterion pending = second(manual(CriterionKind::Manual, {}));
        QTest::newRow("all passed")
            << QList<GateCriterion>{pass} << QList<GateWaiver>{} << GateStatus::Passed << 1;
        QTest::newRow("one failing")
            << QList<GateCriterion>{pass, fail} << QList<GateWaiver>{} << GateStatus::Failed << 1;
        QTest::newRow("one pending") << QList<GateCriterion>{pass, pending} << QList<GateWaiver>{}
                                     << GateStatus::Pending << 1;
        QTest::newRow("failing beats pending") << QList<GateCriterion>{fail, second(pending)}
                                               << QList<GateWaiver>{} << GateStatus::Failed << 0;
        QTest::newRow("criterion waived")
            << QList<GateCriterion>{pass, fail} << QList<GateWaiver>{waiver(2, u"dave"_qs, 3)}
            << GateStatus::Waived << 2;
        QTest::newRow("whole gate waived")
            << QList<GateCriterion>{pass, fail} << QList<GateWaiver>{waiver(0, u"dave"_qs, 3)}
            << GateStatus::Waived << 1;
        QTest::newRow("whole-gate waiver expired")
            << QList<GateCriterion>{pass, fail} << QList<GateWaiver>{waiver(0, u"dave"_qs, -1)}
            << GateStatus::Failed << 1;
        QTest::newRow("no criteria")
            << QList<GateCriterion>{} << QList<GateWaiver>{} << GateStatus::Passed << 0;
    }
    void gateRollUp() {
        QFETCH(QList<GateCriterion>, criteria);
        QFETCH(QList<GateWaiver>, waivers);
        QFETCH(GateStatus, status);
        QFETCH(int, settled);
        ReleaseGate g = gateWith(0, criteria, u"QA"_qs);
        g.waivers = waivers;
        const GateVerdict v = GateEvaluator::evaluate(g, kNow);
        QCOMPARE(toKey(v.status), toKey(status));
        QCOMPARE(v.settled, settled);
        QCOMPARE(v.total, int(criteria.size()));
        QCOMPARE(v.criteria.size(), criteria.size());
    }

    void promotion() {
        ReleaseGate dev = gateWith(0, {passRate(90, 95)}, u"Development"_qs);
        ReleaseGate qa = gateWith(1, {manual(CriterionKind::Manual, {})}, u"QA"_qs);
        // Out of order on purpose: positions decide.
        QList<ReleaseGate> gates{qa, dev};
        PromotionCheck c = GateEvaluator::nextPromotion(gates, kNow);
        QVERIFY(c.allowed);
        QCOMPARE(gates[c.gateIndex].name, u"Development"_qs);

        gates[1].promotedBy = u"alice"_qs;
        c = GateEvaluator::nextPromotion(gates, kNow);
        QVERIFY(!c.allowed);
        QCOMPARE(gates[c.gateIndex].name, u"QA"_qs);
        QVERIFY2(c.reason.contains(u"QA is pending"_qs), qPrintable(c.reason));

        gates[0].criteria[0].checkedBy = u"bob"_qs;
        c = GateEvaluator::nextPromotion(gates, kNow);
        QVERIFY(c.allowed);

        // An earlier gate failing again blocks the next promotion too.
        gates[1].criteria[0] = passRate(99, 95);
        c = GateEvaluator::nextPromotion(gates, kNow);
        QVERIFY(!c.allowed);
        QVERIFY2(c.reason.contains(u"Development is failed"_qs), qPrintable(c.reason));

        gates[0].promotedBy = u"alice"_qs;
        gates[1].criteria[0] = passRate(90, 95);
        c = GateEvaluator::nextPromotion(gates, kNow);
        QVERIFY(!c.allowed);
        QCOMPARE(c.gateIndex, -1);
        QVERIFY(GateEvaluator::nextPromotion({}, kNow).reason.contains(u"no gates"_qs));
    }

    void escalation() {
        ReleaseGate failing = gateWith(0, {passRate(99, 90)}, u"QA"_qs);
        failing.dueAt = kNow.addDays(-1);
        auto why = GateEvaluator::escalation(failing, GateEvaluator::evaluate(failing, kNow), kNow);
        QVERIFY(why);
        QVERIFY2(why->contains(u"past its due date 2026-06-14"_qs), qPrintable(*why));

        failing.dueAt = kNow.addDays(1); // failing, but not yet due
        QVERIFY(!GateEvaluator::escalation(failing, GateEvaluator::evaluate(failing, kNow), kNow));

        ReleaseGate pending = gateWith(0, {manual(CriterionKind::Manual, {})}, u"QA"_qs);
        pending.dueAt = kNow.addDays(-3);
        why = GateEvaluator::escalation(pending, GateEvaluator::evaluate(pending, kNow), kNow);
        QVERIFY(why && why->contains(u"Still pending"_qs));

        ReleaseGate waived = gateWith(0, {passRate(99, 90)}, u"QA"_qs);
        waived.waivers = {waiver(1, u"dave"_qs, 10)};
        waived.dueAt = kNow.addDays(5);
        why = GateEvaluator::escalation(waived, GateEvaluator::evaluate(waived, kNow), kNow);
        QVERIFY2(why && why->contains(u"Known flaky suite"_qs), why ? qPrintable(*why) : "none");

        ReleaseGate passed = gateWith(0, {passRate(50, 90)}, u"QA"_qs);
        passed.dueAt = kNow.addDays(-5);
        QVERIFY(!GateEvaluator::escalation(passed, GateEvaluator::evaluate(passed, kNow), kNow));
    }

    void specValidation() {
        CriterionSpec s;
        s.name = u"Rate"_qs;
        s.kind = CriterionKind::TestPassRate;
        s.threshold = 120;
        QCOMPARE(validateCriterion(s).size(), 1);
        s.threshold = 99;
        QVERIFY(validateCriterion(s).isEmpty());
        s.kind = CriterionKind::Benchmark;
        QCOMPARE(validateCriterion(s).size(), 2); // no metric, no comparator
        GateWaiver w = waiver(1, u"alice"_qs, 3); // approved by its requester
        QVERIFY(validateWaiver(w).join(u' ').contains(u"cannot approve"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_GateEvaluator)
#include "tst_GateEvaluator.moc"
