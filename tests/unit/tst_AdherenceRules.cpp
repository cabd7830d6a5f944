// SPDX-License-Identifier: GPL-3.0-or-later
// The adherence rules on hand-built facts: when a change stood approved (rejections, SOX's
// second approver, self-approvals, withdrawn decisions), each deviation kind with its stable
// key, what is not a deviation (soft blackouts, other services' blackouts, emergencies in a
// freeze, requests never approved), the period's edges and the order; and the kinds' keys.
#include "rules/AdherenceRules.h"

#include <QTest>

using namespace slipway;

namespace {

const qint64 kDay = 86400;
const qint64 kT = 1772445600; // 2026-03-02 10:00 UTC

CabDecision decision(qint64 id, const QString& by, qint64 at,
                     DecisionOutcome outcome = DecisionOutcome::Approve,
                     const QString& role = QStringLiteral("cab")) {
    CabDecision d;
    d.id = id;
    d.changeId = 1;
    d.outcome = outcome;
    d.approverRole = role;
    d.decidedBy = by;
    d.decidedAt = at;
    return d;
}

ChangeRequest change(qint64 id, const QString& requester = QStringLiteral("alice")) {
    ChangeRequest c;
    c.id = id;
    c.ticket = QStringLiteral("CHG%1").arg(id);
    c.releaseId = id;
    c.riskLevel = RiskLevel::Low;
    c.requestedBy = requester;
    return c;
}

// Release `id` of team Payments with one change (approved by carol a day before kT) and one
// production deployment by olga at `at`.
void addRelease(AdherenceFacts& f, qint64 id, qint64 at, bool withChange = true) {
    AdherenceRelease r;
    r.id = id;
    r.label = QStringLiteral("Payments API 2.%1.0").arg(id);
    r.status = ReleaseStatus::Deployed;
    r.teamId = 1;
    r.teamName = QStringLiteral("Payments");
    r.serviceIds = {1};
    r.updatedAt = at;
    if (withChange) {
        r.changes = {change(id)};
        f.decisions.insert(id, {decision(100 + id, QStringLiteral("carol"), kT - kDay)});
    }
    f.releases.insert(id, r);
    f.deployments.append({1000 + id, id, QStringLiteral("Production"), QStringLiteral("olga"), at,
                          QStringLiteral("succeeded")});
}

QStringList keys(const QList<Deviation>& found) {
    QStringList out;
    for (const Deviation& d : found)
        out << d.key;
    return out;
}

QList<Deviation> find(const AdherenceFacts& f, qint64 now = kT + 30 * kDay) {
    return AdherenceRules::find(f, kT - 30 * kDay, kT + 30 * kDay, now);
}

} // namespace

class tst_AdherenceRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindKeys() {
        const auto kinds = allDeviationKinds();
        QCOMPARE(kinds.size(), 12);
        QStringList seen;
        for (DeviationKind k : kinds) {
            QVERIFY(!seen.contains(toKey(k)));
            seen << toKey(k);
            QCOMPARE(deviationKindFromKey(toKey(k)), std::optional<DeviationKind>(k));
            QVERIFY(!deviationKindLabel(k).isEmpty());
        }
        QCOMPARE(toKey(DeviationKind::DeployedBeforeApproval), u"deployed_before_approval"_qs);
        QCOMPARE(deviationKindFromKey(u" Review-Missing "_qs),
                 std::optional<DeviationKind>(DeviationKind::ReviewMissing));
        QVERIFY(!deviationKindFromKey(u"approved"_qs));
    }

    void approvedAtTimes() {
        const ChangeRequest c = change(1);
        const QList<CabDecision> ds{decision(1, u"carol"_qs, 100),
                                    decision(2, u"dave"_qs, 200, DecisionOutcome::Reject),
                                    decision(3, u"erin"_qs, 300)};
        QVERIFY(!AdherenceRules::approvedAt(c, ds, 99));
        QVERIFY(AdherenceRules::approvedAt(c, ds, 100));
        QVERIFY(!AdherenceRules::approvedAt(c, ds, 250)); // the rejection cancelled it
        QVERIFY(AdherenceRules::approvedAt(c, ds, 300));
        QCOMPARE(AdherenceRules::firstApproved(c, ds), qint64(100));
        QCOMPARE(AdherenceRules::firstApproved(c, {}), qint64(0));
    }

    void approvalNeedsEverySlot() {
        ChangeRequest sox = change(1);
        sox.tags = {u"sox"_qs};
        QList<CabDecision> ds{
            decision(1, u"alice"_qs, 50), // the requester's own: no approval
            decision(2, u"carol"_qs, 100),
            decision(3, u"carol"_qs, 150, DecisionOutcome::Approve,
                     u"second_approver"_qs), // the same person again
            decision(4, u"dave"_qs, 200, DecisionOutcome::Approve, u"second_approver"_qs)};
        QCOMPARE(AdherenceRules::firstApproved(sox, ds), qint64(200));
        ds[3].withdrawn = true;
        QCOMPARE(AdherenceRules::firstApproved(sox, ds), qint64(0));
        // Without the tag the CAB's approval is enough.
        QCOMPARE(AdherenceRules::firstApproved(change(1), ds), qint64(100));
    }

    void cleanFactsGiveNothing() {
        AdherenceFacts f;
        addRelease(f, 1, kT);
        QCOMPARE(keys(find(f)), QStringList{});
    }

    void deploymentApproval() {
        AdherenceFacts f;
        addRelease(f, 1, kT, false);
        addRelease(f, 2, kT + 60);
        f.decisions[2] = {decision(7, u"carol"_qs, kT + 3600)};
        addRelease(f, 3, kT + 120);
        f.decisions[3] = {decision(8, u"carol"_qs, kT, DecisionOutcome::Defer)};
        const auto found = find(f);
        QCOMPARE(keys(found), (QStringList{u"deployed_without_approval:1:deployment-1001"_qs,
                                           u"deployed_before_approval:2:deployment-1002"_qs,
                                           u"deployed_without_approval:3:deployment-1003"_qs}));
        QCOMPARE(found[0].releaseLabel, u"Payments API 2.1.0"_qs);
        QCOMPARE(found[0].teamName, u"Payments"_qs);
        QCOMPARE(found[0].teamId, qint64(1));
        QVERIFY(found[1].detail.contains(u"2026-03-02 11:00 UTC"_qs));
        // Emergencies may deploy first: judged by their approval's grace instead.
        for (qint64 id : {1, 2, 3})
            f.releases[id].emergency = true;
        f.decisions[1] = {};
        QCOMPARE(keys(find(f, kT + kDay)), QStringList{});
    }

    void blackoutsAndFreezes() {
        AdherenceFacts f;
        addRelease(f, 1, kT);
        addRelease(f, 2, kT + 3 * kDay);
        addRelease(f, 3, kT + 5 * kDay);
        f.releases[3].emergency = true;
        f.decisions[3] = {decision(9, u"carol"_qs, kT + 5 * kDay + 60)};
        f.blackouts = {{1, u"Soft"_qs, {kT - 60, kT + 60}, false, true, {}},
                       {2, u"Other service"_qs, {kT - 60, kT + 60}, true, false, {2}},
                       {3, u"Close"_qs, {kT + 3 * kDay, kT + 3 * kDay + 1}, true, false, {1, 2}},
                       {4, u"Ends as it deploys"_qs, {kT - 60, kT}, true, true, {}}};
        f.freezes = {{1, u"INC7"_qs, {kT - 60, kT + 60}},
                     {2, u"INC8"_qs, {kT + 5 * kDay, kT + 5 * kDay + 60}}};
        const auto found = find(f);
        QCOMPARE(keys(found), (QStringList{u"deployed_in_freeze:1:deployment-1001"_qs,
                                           u"deployed_in_blackout:2:deployment-1002"_qs}));
        QVERIFY(found[0].detail.contains(u"INC7"_qs));
        QVERIFY(found[1].detail.contains(u"Close"_qs));
    }

    void segregationOfDuties() {
        AdherenceFacts f;
        addRelease(f, 1, kT);
        f.deployments[0].deployedBy = u"CAROL"_qs; // approved, then deployed
        addRelease(f, 2, kT + 60);
        f.decisions[2].append(decision(5, u"alice"_qs, kT)); // the requester approving
        const auto found = find(f);
        QCOMPARE(keys(found), (QStringList{u"segregation_of_duties:1:deployment-1001"_qs,
                                           u"segregation_of_duties:2:deployment-1002"_qs}));
        QVERIFY(found[0].detail.contains(u"carol approved CHG1 and deployed it"_qs));
        QVERIFY(found[1].detail.contains(u"alice requested CHG2 and approved it"_qs));
    }

    void emergencyGrace() {
        AdherenceFacts f;
        f.emergencyApprovalDays = 2;
        addRelease(f, 1, kT);
        f.releases[1].emergency = true;
        f.decisions[1] = {decision(1, u"carol"_qs, kT + 2 * kDay)}; // on the last moment
        addRelease(f, 2, kT);
        f.releases[2].emergency = true;
        f.decisions[2] = {decision(2, u"carol"_qs, kT + 2 * kDay + 1)};
        addRelease(f, 3, kT, false);
        f.releases[3].emergency = true;
        // The release never approved is not overdue until its grace has run out.
        QCOMPARE(keys(find(f, kT + 2 * kDay)),
                 QStringList{u"emergency_late_approval:2:deployment-1002"_qs});
        const auto found = find(f, kT + 2 * kDay + 1);
        // Oldest first: the missing approval was due before the late one came.
        QCOMPARE(keys(found), (QStringList{u"emergency_no_approval:3:deployment-1003"_qs,
                                           u"emergency_late_approval:2:deployment-1002"_qs}));
        QCOMPARE(found[0].at, kT + 2 * kDay);
        QCOMPARE(found[1].at, kT + 2 * kDay + 1);
    }

    void waiversOverridesReviews() {
        AdherenceFacts f;
        addRelease(f, 1, kT);
        f.waivers = {{4, 1, u"QA"_qs, u"Suite green"_qs, u"flaky"_qs, u"alice"_qs, u"bob"_qs, kT}};
        f.overrides = {{5, 1, u"gates"_qs, u"CAB said so"_qs, u"alice"_qs, u"bob"_qs, kT + 1}};
        f.reviews = {{1, true, true, kT + kDay, kT + kDay + 1},
                     {2, true, true, kT + kDay, kT + kDay},
                     {3, true, false, kT + kDay, 0},
                     {4, false, false, kT + 40 * kDay, 0}};
        const auto found = find(f);
        QCOMPARE(keys(found),
                 (QStringList{u"gate_waived:1:waiver-4"_qs, u"guard_overridden:1:override-5"_qs,
                              u"review_missing:3:review"_qs, u"review_late:1:review"_qs}));
        QVERIFY(found[0].detail.contains(u"“Suite green” of gate “QA” waived"_qs));
        QVERIFY(found[2].detail.contains(u"still a draft"_qs));
    }

    void statusPastGuards() {
        AdherenceFacts f;
        addRelease(f, 1, kT);
        AdherenceRelease approved;
        approved.id = 2;
        approved.status = ReleaseStatus::Approved;
        approved.updatedAt = kT + 5;
        f.releases.insert(2, approved);
        f.unmetGuards.insert(1, {{Guard::Approval, GuardState::Open, u"x"_qs, 0},
                                 {Guard::Gates, GuardState::Open, u"QA not promoted"_qs, 0}});
        f.unmetGuards.insert(2, {{Guard::Approval, GuardState::Open, u"no change"_qs, 0}});
        const auto found = find(f);
        // The deployed release's approval is judged at its deployment, which was approved.
        QCOMPARE(keys(found), (QStringList{u"status_past_guards:1:guard-gates"_qs,
                                           u"status_past_guards:2:guard-approval"_qs}));
        QVERIFY(found[0].detail.contains(u"QA not promoted"_qs));
    }

    void periodEdges() {
        AdherenceFacts f;
        addRelease(f, 1, kT, false);
        QCOMPARE(AdherenceRules::find(f, kT, kT + 1, kT).size(), 1);
        QCOMPARE(AdherenceRules::find(f, kT - 1, kT, kT).size(), 0);
        QCOMPARE(AdherenceRules::find(f, kT + 1, kT + 2, kT).size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_AdherenceRules)
#include "tst_AdherenceRules.moc"
