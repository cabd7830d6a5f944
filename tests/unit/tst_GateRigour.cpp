// SPDX-License-Identifier: GPL-3.0-or-later
// What a release's risk rigour adds to its type's template, as a table of cases: the rigour
// RiskClassifier asks for at each level, type and regulatory exposure, against the shipped
// templates of each type.
#include "rules/GateRigour.h"
#include "rules/RiskClassifier.h"

#include <QTest>

using namespace slipway;

namespace {

GateTemplate gate(const char* name, const char* stage, QList<CriterionSpec> criteria) {
    GateTemplate g;
    g.name = QString::fromUtf8(name);
    g.stage = QString::fromUtf8(stage);
    g.criteria = std::move(criteria);
    return g;
}

CriterionSpec approval(const char* role) {
    CriterionSpec c;
    c.name = QStringLiteral("Approval");
    c.kind = CriterionKind::Approval;
    c.role = QString::fromLatin1(role);
    return c;
}

CriterionSpec tests() {
    CriterionSpec c;
    c.name = QStringLiteral("Tests");
    c.kind = CriterionKind::TestPassRate;
    c.threshold = 100;
    return c;
}

CriterionSpec scan(const char* severity) {
    CriterionSpec c;
    c.name = QStringLiteral("Security scan");
    c.kind = CriterionKind::Security;
    c.severity = QString::fromLatin1(severity);
    return c;
}

// The templates a new file ships with (0006_gates.sql), reduced to what the rule reads:
// gate names and stages, test thresholds, scan severities and approving roles.
QList<GateTemplate> shipped(ReleaseType type) {
    switch (type) {
    case ReleaseType::Major:
        return {gate("Development complete", "QA", {tests(), scan("high")}),
                gate("QA sign-off", "Staging", {scan("medium"), approval("qa")}),
                gate("Staging verified", "CAB", {tests(), approval("operations")}),
                gate("CAB approval", "Production", {approval("cab")})};
    case ReleaseType::Minor:
        return {gate("Development complete", "QA", {tests(), scan("high")}),
                gate("QA sign-off", "Staging", {scan("high"), approval("qa")}),
                gate("CAB approval", "Production", {approval("cab")})};
    case ReleaseType::Patch:
        return {gate("Tests and scan", "Staging", {tests(), scan("high")}),
                gate("Release approval", "Production", {approval("release_manager")})};
    case ReleaseType::Emergency:
        return {
            gate("Emergency checks", "Production", {tests(), scan("critical"), approval("cab")})};
    }
    return {};
}

QStringList list(const char* names) {
    return QString::fromUtf8(names).split(u',', Qt::SkipEmptyParts);
}

} // namespace

class tst_GateRigour : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void extraGates_data() {
        QTest::addColumn<ReleaseType>("type");
        QTest::addColumn<RiskLevel>("level");
        QTest::addColumn<RegulatoryExposure>("regulatory");
        QTest::addColumn<QStringList>("gates");     // names of the gates added, in order
        QTest::addColumn<QStringList>("approvals"); // roles of "Required approvals"

        using T = ReleaseType;
        using L = RiskLevel;
        using G = RegulatoryExposure;
        // A patch's "Tests and scan" already holds the development-complete tests.
        QTest::newRow("low-risk patch")
            << T::Patch << L::Low << G::None << list("QA sign-off") << list("");
        QTest::newRow("medium patch adds staging and the service owner")
            << T::Patch << L::Medium << G::None
            << list("QA sign-off,Staging verified,Required approvals") << list("service_owner");
        // Its scan stops at high findings before Staging: a medium-level review before CAB
        // is more.
        QTest::newRow("high regulated patch")
            << T::Patch << L::High << G::Regulated
            << list("QA sign-off,Security review,Staging verified,CAB approval,Required approvals")
            << list("service_owner,security");
        QTest::newRow("low minor: only the release manager's approval")
            << T::Minor << L::Low << G::None << list("Required approvals")
            << list("release_manager");
        QTest::newRow("internal controls are not regulated")
            << T::Minor << L::Low << G::InternalControls << list("Required approvals")
            << list("release_manager");
        QTest::newRow("regulated minor adds a security review")
            << T::Minor << L::Low << G::Regulated << list("Security review,Required approvals")
            << list("release_manager,security");
        QTest::newRow("high minor") << T::Minor << L::High << G::None
                                    << list("Security review,Staging verified,Required approvals")
                                    << list("release_manager,service_owner");
        QTest::newRow("critical reportable major")
            << T::Major << L::Critical << G::Reportable
            << list("Security review,Required approvals")
            << list("release_manager,service_owner,security");
        QTest::newRow("medium major: the template has it all but two approvals")
            << T::Major << L::Medium << G::None << list("Required approvals")
            << list("release_manager,service_owner");
        // Its one gate before Production holds the tests and the CAB's approval already.
        QTest::newRow("low emergency: CAB already approves in the template")
            << T::Emergency << L::Low << G::None << list("QA sign-off,Required approvals")
            << list("release_manager");
    }

    void extraGates() {
        QFETCH(ReleaseType, type);
        QFETCH(RiskLevel, level);
        QFETCH(RegulatoryExposure, regulatory);
        QFETCH(QStringList, gates);
        QFETCH(QStringList, approvals);
        const QList<GateTemplate> fromTemplate = shipped(type);
        const PlanningRigour rigour = RiskClassifier::rigourFor(level, type, regulatory);
        const QList<GateTemplate> extra =
            GateRigour::extraGates(fromTemplate, rigour.gates, rigour.approvals);
        QStringList names;
        QStringList roles;
        for (int i = 0; i < extra.size(); ++i) {
            names << extra[i].name;
            // Added gates follow the template's, in order.
            QCOMPARE(extra[i].position, int(fromTemplate.size()) + i);
            QVERIFY(!extra[i].criteria.isEmpty());
            if (extra[i].name == u"Required approvals")
                for (const CriterionSpec& c : extra[i].criteria) {
                    QCOMPARE(c.kind, CriterionKind::Approval);
                    roles << c.role;
                }
        }
        QCOMPARE(names, gates);
        QCOMPARE(roles, approvals);
        // Asking again with the added gates in place adds nothing more.
        QVERIFY(
            GateRigour::extraGates(fromTemplate + extra, rigour.gates, rigour.approvals).isEmpty());
    }

    void unknownKeysAndRepeatsAddNothing() {
        const QList<GateTemplate> extra = GateRigour::extraGates(
            shipped(ReleaseType::Minor), {u"nonsense"_qs, u"security"_qs, u"security"_qs},
            {u"qa"_qs, u"cab"_qs});
        QCOMPARE(extra.size(), 1);
        QCOMPARE(extra[0].name, u"Security review"_qs);
        QCOMPARE(extra[0].criteria[0].severity, u"medium"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_GateRigour)
#include "tst_GateRigour.moc"
