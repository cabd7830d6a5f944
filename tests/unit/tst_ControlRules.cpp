// SPDX-License-Identifier: GPL-3.0-or-later
// The regulatory controls as seeded in a new file (SOX, HIPAA, GDPR, PCI DSS), each set
// against facts that pass and facts that fail, with the reason each failure gives; disabled
// controls and untagged releases ask nothing; the lifecycle guard "controls" refuses Deployed
// and Closed for a failing control, and Deployed for a deployer segregation of duties bars.
#include "TestSupport.h"
#include "rules/ControlRules.h"
#include "rules/ReleaseLifecycle.h"
#include "storage/ControlRepository.h"
#include "storage/Database.h"

#include <QTest>

#include <algorithm>

using namespace slipway;
using namespace slipway::test;

namespace {

ControlFacts tagged(const QString& tag) {
    ControlFacts f;
    f.releaseId = 7;
    f.tags = {tag};
    return f;
}

ControlRecord recordOf(qint64 controlId, ControlOutcome outcome, const QString& reference) {
    ControlRecord r;
    r.releaseId = 7;
    r.controlId = controlId;
    r.outcome = outcome;
    r.reference = reference;
    r.recordedBy = u"Ann Lee"_qs;
    return r;
}

QStringList states(const QList<ControlCheck>& checks) {
    QStringList out;
    for (const ControlCheck& c : checks)
        out << toKey(c.state);
    return out;
}

} // namespace

class tst_ControlRules : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"control-rules"_qs};
    QList<RegulatoryControl> m_seeded;

    QList<RegulatoryControl> setOf(const QString& tag) const {
        QList<RegulatoryControl> out;
        for (const RegulatoryControl& c : m_seeded)
            if (c.tag == tag)
                out << c;
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        auto db = openDatabase(m_files.newFile());
        QVERIFY(db);
        auto all = ControlRepository(*db).all();
        QVERIFY(all);
        m_seeded = all.value();
    }

    void seededDefaults() {
        QCOMPARE(m_seeded.size(), 9);
        QCOMPARE(setOf(u"sox"_qs).size(), 3);
        QCOMPARE(setOf(u"hipaa"_qs).size(), 2);
        QCOMPARE(setOf(u"gdpr"_qs).size(), 2);
        QCOMPARE(setOf(u"pci"_qs).size(), 2);
        for (const RegulatoryControl& c : std::as_const(m_seeded)) {
            QVERIFY(c.enabled);
            QVERIFY2(validateRegulatoryControl(c).isEmpty(), qPrintable(c.name));
        }
        QCOMPARE(tagDisplayName(u"pci"_qs), u"PCI DSS"_qs);
    }

    void soxPasses() {
        ControlFacts f = tagged(u"sox"_qs);
        f.changes = {{u"CHG1"_qs, u"Ann Lee"_qs, {u"Bob Stone"_qs, u"Cara Diaz"_qs}}};
        f.deployers = {u"Dan Wu"_qs};
        f.evidenceItems = 2;
        const QList<ControlCheck> checks = evaluateControls(setOf(u"sox"_qs), f);
        QCOMPARE(states(checks), (QStringList{u"passes"_qs, u"passes"_qs, u"passes"_qs}));
        QVERIFY(failingLines(checks).isEmpty());
    }

    void soxFails() {
        ControlFacts f = tagged(u"sox"_qs);
        f.changes = {{u"CHG1"_qs, u"Ann Lee"_qs, {u"ann lee"_qs}}};
        f.deployers = {u"Ann Lee"_qs};
        f.evidenceCriteria = 3; // the gates take files; none is stored
        const QList<ControlCheck> checks = evaluateControls(setOf(u"sox"_qs), f);
        QCOMPARE(states(checks), (QStringList{u"fails"_qs, u"fails"_qs, u"fails"_qs}));
        QVERIFY2(checks[0].reason.contains(u"Ann Lee requested CHG1 and approved it"_qs),
                 qPrintable(checks[0].reason));
        QVERIFY(checks[0].reason.contains(u"Ann Lee requested CHG1 and deployed it"_qs));
        QVERIFY2(checks[1].reason.contains(u"CHG1 is approved by ann lee alone"_qs),
                 qPrintable(checks[1].reason));
        QVERIFY2(checks[2].reason.contains(u"evidence for 3 criterion(s), none is stored"_qs),
                 qPrintable(checks[2].reason));
        QCOMPARE(failingLines(checks).first(),
                 u"SOX · Segregation of duties: "_qs + checks[0].reason);

        // An approver who deploys breaks it too; a release without a change cannot show it.
        ControlFacts approverDeploys = tagged(u"sox"_qs);
        approverDeploys.changes = {{u"CHG2"_qs, u"Ann Lee"_qs, {u"Bob Stone"_qs}}};
        approverDeploys.deployers = {u"Bob Stone"_qs};
        const ControlCheck sod = evaluateControl(setOf(u"sox"_qs).first(), approverDeploys);
        QCOMPARE(sod.state, ControlState::Fails);
        QVERIFY(sod.reason.contains(u"Bob Stone approved CHG2 and deployed it"_qs));
        QCOMPARE(evaluateControl(setOf(u"sox"_qs).first(), tagged(u"sox"_qs)).state,
                 ControlState::Fails);
    }

    // A release whose gates take no evidence keeps its change approvals as its record.
    void soxEvidenceWithoutGates() {
        const RegulatoryControl evidence = setOf(u"sox"_qs).at(2);
        QCOMPARE(evidence.kind, ControlKind::EvidenceKept);
        ControlFacts f = tagged(u"sox"_qs);
        QVERIFY(evaluateControl(evidence, f).reason.contains(u"no change request"_qs));
        f.changes = {{u"CHG1"_qs, u"Ann Lee"_qs, {}}};
        const ControlCheck unapproved = evaluateControl(evidence, f);
        QCOMPARE(unapproved.state, ControlState::Fails);
        QVERIFY(unapproved.reason.contains(u"CHG1 has no approval recorded"_qs));
        f.changes[0].approvers = {u"Bob Stone"_qs};
        QCOMPARE(evaluateControl(evidence, f).state, ControlState::Passes);
        f.evidenceCriteria = 1;
        QCOMPARE(evaluateControl(evidence, f).state, ControlState::Fails);
    }

    void soxBarsRequestersAndApproversFromDeploying() {
        ControlFacts f = tagged(u"sox"_qs);
        f.changes = {{u"CHG1"_qs, u"Ann Lee"_qs, {u"Bob Stone"_qs, u"Cara Diaz"_qs}}};
        f.aliasesOf = {{u"ann lee"_qs, {u"ann"_qs, u"ann lee"_qs, u"ann.lee"_qs}}};
        const QHash<QString, QString> barred = barredDeployers(setOf(u"sox"_qs), f);
        QVERIFY(barred.contains(u"ann"_qs) && barred.contains(u"ann.lee"_qs));
        QVERIFY(barred.contains(u"bob stone"_qs));
        QVERIFY(barred.value(u"ann"_qs).contains(u"Ann Lee requested CHG1 and may not deploy"_qs));
        QVERIFY(!barred.contains(u"dan wu"_qs));
        // Not tagged SOX: nobody is barred.
        QVERIFY(barredDeployers(setOf(u"sox"_qs), tagged(u"gdpr"_qs)).isEmpty());
    }

    void hipaaAndGdprAttestations_data() {
        QTest::addColumn<QString>("tag");
        QTest::newRow("HIPAA") << u"hipaa"_qs;
        QTest::newRow("GDPR") << u"gdpr"_qs;
    }

    void hipaaAndGdprAttestations() {
        QFETCH(QString, tag);
        const QList<RegulatoryControl> set = setOf(tag);
        QCOMPARE(set.size(), 2);
        ControlFacts f = tagged(tag);
        QList<ControlCheck> checks = evaluateControls(set, f);
        QCOMPARE(states(checks), (QStringList{u"fails"_qs, u"fails"_qs}));
        QVERIFY(checks[0].reason.contains(u"nothing recorded yet"_qs));

        f.records.insert(set[0].id, recordOf(set[0].id, ControlOutcome::Met, u"DOC-17"_qs));
        f.records.insert(set[1].id,
                         recordOf(set[1].id, ControlOutcome::NotApplicable, u"no data"_qs));
        checks = evaluateControls(set, f);
        QCOMPARE(states(checks), (QStringList{u"passes"_qs, u"not_applicable"_qs}));
        QVERIFY(checks[0].reason.contains(u"DOC-17"_qs));
        QVERIFY(failingLines(checks).isEmpty());
    }

    void pciPasses() {
        ControlFacts f = tagged(u"pci"_qs);
        f.securityScans = 1;
        f.openFindings = {{u"medium"_qs, 4}, {u"none"_qs, 2}};
        f.approverRoles = {u"security"_qs, u"cab"_qs};
        QCOMPARE(states(evaluateControls(setOf(u"pci"_qs), f)),
                 (QStringList{u"passes"_qs, u"passes"_qs}));
    }

    void pciFails() {
        ControlFacts f = tagged(u"pci"_qs);
        QList<ControlCheck> checks = evaluateControls(setOf(u"pci"_qs), f);
        QCOMPARE(states(checks), (QStringList{u"fails"_qs, u"fails"_qs}));
        QVERIFY(checks[0].reason.contains(u"no security scan"_qs));
        QVERIFY(checks[1].reason.contains(u"security role"_qs));

        f.securityScans = 1;
        f.openFindings = {{u"critical"_qs, 1}, {u"high"_qs, 2}, {u"low"_qs, 9}};
        f.approverRoles = {u"cab"_qs};
        checks = evaluateControls(setOf(u"pci"_qs), f);
        QCOMPARE(checks[0].state, ControlState::Fails);
        QVERIFY2(checks[0].reason.contains(u"3 open finding(s) at or above high"_qs),
                 qPrintable(checks[0].reason));
        // A stricter threshold counts the low ones too.
        RegulatoryControl strict = setOf(u"pci"_qs).first();
        strict.parameter = u"low"_qs;
        QVERIFY(evaluateControl(strict, f).reason.contains(u"12 open finding(s)"_qs));
    }

    void disabledAndUntaggedAskNothing() {
        QList<RegulatoryControl> sox = setOf(u"sox"_qs);
        QVERIFY(evaluateControls(sox, tagged(u"gdpr"_qs)).isEmpty());
        sox[1].enabled = false;
        QCOMPARE(evaluateControls(sox, tagged(u"sox"_qs)).size(), 2);
    }

    void validation() {
        RegulatoryControl c = setOf(u"pci"_qs).first();
        c.parameter = u"severe"_qs;
        QCOMPARE(validateRegulatoryControl(c).first().field, u"parameter"_qs);
        c = setOf(u"sox"_qs).first();
        c.tag = u"Two words"_qs;
        c.name = u" "_qs;
        QCOMPARE(validateRegulatoryControl(c).size(), 2);
        QCOMPARE(normalisedTag(u" SOX "_qs), u"sox"_qs);
        QVERIFY(normalisedTag(u"a b"_qs).isEmpty());
    }

    void guardRefusesDeployed() {
        LifecycleFacts f;
        f.status = ReleaseStatus::Deploying;
        f.hasWindow = true;
        f.changeTickets = {u"CHG1"_qs};
        f.productionSucceeded = true;
        const LifecycleClock clock{1'800'000'000, 3};
        QVERIFY(checkTransition(f, ReleaseStatus::Deployed, clock).ok());
        QVERIFY(guardsOf(ReleaseStatus::Deployed).contains(Guard::Controls));
        QCOMPARE(*guardFromKey(u"controls"_qs), Guard::Controls);

        LifecycleFacts failing = f;
        failing.failingControls = {u"SOX · Evidence kept: no gate evidence"_qs};
        TransitionCheck check = checkTransition(failing, ReleaseStatus::Deployed, clock);
        QVERIFY(!check.ok());
        QCOMPARE(check.reasons(),
                 QStringList{u"Regulatory controls: SOX · Evidence kept: no gate evidence"_qs});
        // An approved override lets it pass, as for every guard.
        failing.overridden.insert(u"controls"_qs);
        QVERIFY(checkTransition(failing, ReleaseStatus::Deployed, clock).ok());

        // The deployer of the record being checked, barred by segregation of duties.
        LifecycleFacts barred = f;
        barred.barredDeployers = {{u"ann"_qs, u"SOX · Segregation of duties: Ann Lee requested "
                                              "CHG1 and may not deploy it"_qs}};
        QVERIFY(checkTransition(barred, ReleaseStatus::Deployed, clock).ok());
        barred.recordingDeployer = u"ANN"_qs;
        check = checkTransition(barred, ReleaseStatus::Deployed, clock);
        QVERIFY(!check.ok());
        QVERIFY(check.reasons().first().contains(u"may not deploy it"_qs));
        // An emergency may settle its controls afterwards, in the time its approval has;
        // segregation of duties is never owed.
        LifecycleFacts emergency = failing;
        emergency.overridden.clear();
        emergency.emergency = true;
        emergency.firstProductionAt = clock.nowUtc - 86400;
        const GuardCheck due = evaluate(Guard::Controls, emergency, clock);
        QCOMPARE(due.state, GuardState::Due);
        QVERIFY2(due.detail.contains(u"emergency: controls due by"_qs), qPrintable(due.detail));
        emergency.firstProductionAt = clock.nowUtc - 5 * 86400;
        QCOMPARE(evaluate(Guard::Controls, emergency, clock).state, GuardState::Open);
        barred.emergency = true;
        QCOMPARE(evaluate(Guard::Controls, barred, clock).state, GuardState::Open);
        barred.emergency = false;

        // Not a guard of the statuses before production.
        QVERIFY(checkTransition(barred, ReleaseStatus::Approved, clock).ok());
    }

    // Closing asks for the controls too, after a successful deployment or a rolled-back one;
    // an emergency's grace is over by then, and an approved override lets it pass.
    void guardRefusesClosed() {
        LifecycleFacts f;
        f.status = ReleaseStatus::Deployed;
        f.hasWindow = true;
        f.changeTickets = {u"CHG1"_qs};
        f.productionSucceeded = true;
        const LifecycleClock clock{1'800'000'000, 3};
        QVERIFY(guardsOf(ReleaseStatus::Closed).contains(Guard::Controls));
        QVERIFY(checkTransition(f, ReleaseStatus::Closed, clock).ok());

        LifecycleFacts failing = f;
        failing.failingControls = {u"HIPAA · Access review attached: nothing recorded"_qs};
        TransitionCheck check = checkTransition(failing, ReleaseStatus::Closed, clock);
        QVERIFY(!check.ok());
        QCOMPARE(check.reasons(), QStringList{u"Regulatory controls: HIPAA · Access review "
                                              "attached: nothing recorded"_qs});
        // A closed release whose controls fail stands past its guards.
        LifecycleFacts closed = failing;
        closed.status = ReleaseStatus::Closed;
        QCOMPARE(unmetGuards(closed, clock).size(), 1);
        QCOMPARE(unmetGuards(closed, clock).first().guard, Guard::Controls);

        LifecycleFacts rolledBack = failing;
        rolledBack.status = ReleaseStatus::RolledBack;
        rolledBack.productionSucceeded = false;
        rolledBack.productionRolledBack = true;
        QVERIFY(!checkTransition(rolledBack, ReleaseStatus::Closed, clock).ok());
        rolledBack.failingControls.clear();
        QVERIFY(checkTransition(rolledBack, ReleaseStatus::Closed, clock).ok());

        // An emergency deployed a day ago may still settle its controls before it counts as
        // deployed, but not before it is closed.
        LifecycleFacts emergency = failing;
        emergency.emergency = true;
        emergency.firstProductionAt = clock.nowUtc - 86400;
        QVERIFY(checkTransition(emergency, ReleaseStatus::Deployed, clock).ok());
        QVERIFY(!checkTransition(emergency, ReleaseStatus::Closed, clock).ok());

        failing.overridden.insert(u"controls"_qs);
        check = checkTransition(failing, ReleaseStatus::Closed, clock);
        QVERIFY(check.ok());
        const auto controls =
            std::find_if(check.guards.cbegin(), check.guards.cend(),
                         [](const GuardCheck& g) { return g.guard == Guard::Controls; });
        QVERIFY(controls != check.guards.cend());
        QCOMPARE(controls->state, GuardState::Overridden);
    }
};

QTEST_GUILESS_MAIN(tst_ControlRules)
#include "tst_ControlRules.moc"
