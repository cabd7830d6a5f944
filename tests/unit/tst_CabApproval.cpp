// SPDX-License-Identifier: GPL-3.0-or-later
// The CAB approval workflow: who must approve (risk level, SOX tag), the requester never
// approves their own change, a SOX change needs a second, different approver, conditions
// block readiness until met, a rejection cancels earlier approvals, roles are enforced once
// a file has logins, and every decision is audited with its meeting id and ticket.
#include "Fixtures.h"
#include "TestSupport.h"
#include "domain/Person.h"
#include "domain/RiskAssessment.h"
#include "rules/ApprovalRules.h"
#include "rules/RiskClassifier.h"
#include "services/CabDecisionService.h"
#include "services/CabMeetingService.h"
#include "services/ChangeRequestService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace slipway;

class tst_CabApproval : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"cab"_qs};

    static ChangeRequest change(RiskLevel level, QStringList tags = {}) {
        ChangeRequest c;
        c.ticket = u"CHG0042001"_qs;
        c.summary = u"Deploy Payments API 2.4.0"_qs;
        c.riskLevel = level;
        c.riskScore = 60;
        c.requestedBy = u"alice"_qs;
        c.requestedAt = 1'790'000'000;
        c.tags = tags;
        c.rollbackPlan = u"Redeploy 2.3.9"_qs;
        return c;
    }
    static CabDecision approve(qint64 changeId, const QString& who, const QString& role,
                               qint64 meetingId = 0) {
        CabDecision d;
        d.changeId = changeId;
        d.meetingId = meetingId;
        d.outcome = DecisionOutcome::Approve;
        d.decidedBy = who;
        d.approverRole = role;
        return d;
    }
    struct FileWithChange {
        std::unique_ptr<Database> db;
        qint64 changeId = 0;
    };
    // A new file holding the change `c`, requested through the service; no file (failing the
    // test) when either cannot be made.
    FileWithChange fileWithChange(const ChangeRequest& c) {
        auto db = test::openDatabase(m_files.newFile());
        if (!db)
            return {};
        auto created = ChangeRequestService(*db, Session{u"tester"_qs, {}}).create(c);
        if (!created) {
            test::helperFailed(created.error().message);
            return {};
        }
        return {std::move(db), created->id};
    }
    static QStringList roles(const QList<ApprovalSlot>& slots) {
        QStringList out;
        for (const ApprovalSlot& s : slots)
            out << s.role;
        return out;
    }

private Q_SLOTS:
    void requiredApproversFollowRiskAndTags() {
        QCOMPARE(roles(requiredApprovals(change(RiskLevel::Low))), QStringList{u"cab"_qs});
        QCOMPARE(roles(requiredApprovals(change(RiskLevel::Medium))), QStringList{u"cab"_qs});
        QCOMPARE(roles(requiredApprovals(change(RiskLevel::High))),
                 (QStringList{u"cab"_qs, u"service_owner"_qs}));
        QCOMPARE(roles(requiredApprovals(change(RiskLevel::Critical))),
                 (QStringList{u"cab"_qs, u"service_owner"_qs, u"release_manager"_qs}));
        QCOMPARE(roles(requiredApprovals(change(RiskLevel::Low, {u"sox"_qs}))),
                 (QStringList{u"cab"_qs, u"second_approver"_qs}));
    }

    void requesterCannotApproveOwnChange() {
        const ChangeRequest c = change(RiskLevel::Low);
        const ApprovalState state = evaluateApproval(c, {}, {});
        auto refused = checkDecision(c, state, approve(1, u"Alice"_qs, u"cab"_qs), {}, false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Permission);
        QVERIFY2(refused.error().message.contains(u"segregation of duties"_qs),
                 qPrintable(refused.error().message));
        // Rejecting or deferring their own change is not approving it.
        CabDecision reject = approve(1, u"alice"_qs, {});
        reject.outcome = DecisionOutcome::Reject;
        QVERIFY(checkDecision(c, state, reject, {}, false));
    }

    void soxNeedsSecondDifferentApproverThroughService() {
        if (test::isPostgres())
            QSKIP("SQLite only: several people act through one connection; on a server the actor "
                  "is the login");
        auto [db, id] = fileWithChange(change(RiskLevel::Medium, {u"sox"_qs}));
        QVERIFY(db);
        CabMeetingService meetings(*db, Session{u"tester"_qs, {}});
        const qint64 meeting = test::scheduleMeeting(meetings, 1'790'100'000);
        QVERIFY(meeting);
        // Each decision is taken from its decider's own account.
        const auto as = [&db = db](const QString& who) {
            return std::make_unique<CabDecisionService>(*db, Session{who, {}});
        };

        auto self = as(u"alice"_qs)->record(approve(id, u"alice"_qs, u"cab"_qs, meeting));
        QVERIFY(!self);
        QCOMPARE(self.error().kind, Error::Kind::Permission);

        auto first = as(u"bob"_qs)->record(approve(id, u"bob"_qs, u"cab"_qs, meeting));
        QVERIFY2(first, qPrintable(first.error().message));
        auto decisions = as(u"tester"_qs);
        QCOMPARE(decisions->approvalState(id)->status, ApprovalStatus::Pending);
        QCOMPARE(decisions->approvalState(id)->missing(),
                 QStringList{approvalRoleName(u"second_approver"_qs)});

        auto same = as(u"BOB"_qs)->record(approve(id, {}, u"second_approver"_qs, meeting));
        QVERIFY(!same);
        QVERIFY2(same.error().message.contains(u"another person"_qs),
                 qPrintable(same.error().message));

        auto second =
            as(u"carol"_qs)->record(approve(id, u"carol"_qs, u"second_approver"_qs, meeting));
        QVERIFY2(second, qPrintable(second.error().message));
        QVERIFY(decisions->approvalState(id)->ready());

        auto extra = as(u"dave"_qs)->record(approve(id, u"dave"_qs, u"cab"_qs, meeting));
        QVERIFY(!extra);

        // Each decision is in the audit log with the meeting id and the change's ticket.
        auto page = AuditLog(*db).page({QString(), u"cab_decision"_qs, std::nullopt}, 0, 10);
        QVERIFY(page);
        QCOMPARE(page->size(), 2);
        for (const AuditEntry& e : page.value()) {
            QCOMPARE(e.changeTicket, u"CHG0042001"_qs);
            const QJsonObject after = QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
            QCOMPARE(after.value(u"meeting_id"_qs).toInteger(), meeting);
            QCOMPARE(e.actor, after.value(u"decided_by"_qs).toString());
            QCOMPARE(e.action, u"approve"_qs);
        }
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void conditionsBlockReadinessUntilMet() {
        if (test::isPostgres())
            QSKIP("SQLite only: several people act through one connection; on a server the actor "
                  "is the login");
        auto [db, id] = fileWithChange(change(RiskLevel::High));
        QVERIFY(db);
        CabDecisionService decisions(*db, Session{u"tester"_qs, {}});
        QVERIFY(CabDecisionService(*db, Session{u"bob"_qs, {}}).record(approve(id, {}, u"cab"_qs)));

        CabDecisionService asOlga(*db, Session{u"olga"_qs, {}});
        CabDecision conditional = approve(id, u"olga"_qs, u"service_owner"_qs);
        conditional.outcome = DecisionOutcome::ApproveWithConditions;
        auto none = asOlga.record(conditional);
        QVERIFY(!none); // conditions must be named
        conditional.conditions << CabCondition{0,          0, 0, u"Confirm the on-call engineer"_qs,
                                               u"olga"_qs, 0};
        auto recorded = asOlga.record(conditional);
        QVERIFY2(recorded, qPrintable(recorded.error().message));
        QCOMPARE(recorded->conditions.size(), 1);

        auto state = decisions.approvalState(id);
        QCOMPARE(state->filledCount(), 2);
        QCOMPARE(state->status, ApprovalStatus::ConditionsOpen);
        QVERIFY(!state->ready());

        auto met = decisions.setConditionStatus(recorded->conditions.first().id,
                                                CabCondition::Status::Met);
        QVERIFY2(met, qPrintable(met.error().message));
        QVERIFY(decisions.approvalState(id)->ready());
    }

    void rejectionCancelsApprovalsAndWithdrawBringsThemBack() {
        auto [db, id] = fileWithChange(change(RiskLevel::Low));
        QVERIFY(db);
        QVERIFY(CabDecisionService(*db, Session{u"bob"_qs, {}}).record(approve(id, {}, u"cab"_qs)));
        CabDecisionService decisions(*db, Session{u"carol"_qs, {}});
        QVERIFY(decisions.approvalState(id)->ready());
        CabDecision reject = approve(id, u"carol"_qs, {});
        reject.outcome = DecisionOutcome::Reject;
        reject.comment = u"Rollback untested"_qs;
        auto rejected = decisions.record(reject);
        QVERIFY(rejected);
        QCOMPARE(decisions.approvalState(id)->status, ApprovalStatus::Rejected);
        QCOMPARE(decisions.approvalState(id)->filledCount(), 0);
        QVERIFY(decisions.withdraw(rejected->id));
        QVERIFY(decisions.approvalState(id)->ready());
        QVERIFY(!decisions.withdraw(rejected->id)); // already withdrawn
        // A caller that saw an older version (an undo after someone else's change) is refused.
        auto stale = decisions.reinstate(rejected->id, rejected->rowVersion);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Stale);
        // It names who withdrew it and when, from the audit log (decisions keep no updated_by).
        QVERIFY2(stale.error().message.contains(u"was changed by "_qs +
                                                test::recordedActor(*db, u"carol"_qs) + u" at "_qs),
                 qPrintable(stale.error().message));
        QVERIFY(decisions.reinstate(rejected->id));
        QCOMPARE(decisions.approvalState(id)->status, ApprovalStatus::Rejected);

        CabDecision defer = approve(id, u"carol"_qs, {});
        defer.outcome = DecisionOutcome::Defer;
        QVERIFY(!decisions.record(defer)); // needs a date or a meeting
        defer.deferredUntil = 1'791'000'000;
        QVERIFY(decisions.record(defer));
        QCOMPARE(decisions.approvalState(id)->status, ApprovalStatus::Deferred);
        QCOMPARE(decisions.approvalState(id)->deferredUntil, 1'791'000'000);
    }

    void rolesAreEnforcedOnceTheFileHasLogins() {
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        QVERIFY(test::addPeople(
            *db, u"tester"_qs,
            {test::personWithLogin(u"Test Runner"_qs, u"tester"_qs, {u"release_manager"_qs}),
             test::personWithLogin(u"Bob Board"_qs, u"bob"_qs, {u"cab"_qs})}));
        ChangeRequestService changes(*db, Session{u"tester"_qs, {}});
        auto created = changes.create(change(RiskLevel::High));
        QVERIFY2(created, qPrintable(created.error().message));

        CabDecisionService asBob(*db, Session{u"bob"_qs, {}});
        auto wrongRole = asBob.record(approve(created->id, u"bob"_qs, u"service_owner"_qs));
        QVERIFY(!wrongRole);
        QCOMPARE(wrongRole.error().kind, Error::Kind::Permission);
        QCOMPARE(asBob.nextApprovalRole(created->id).value(), u"cab"_qs);
        QVERIFY(asBob.record(approve(created->id, QString(), u"cab"_qs)));
        QCOMPARE(asBob.nextApprovalRole(created->id).value(), QString());

        // Someone who is not in the file may not record decisions at all.
        CabDecisionService stranger(*db, Session{u"mallory"_qs, {}});
        auto refused = stranger.record(approve(created->id, QString(), u"service_owner"_qs));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Permission);
    }

    void riskAnswersDecideScoreLevelAndDrivers() {
        // A change request's questionnaire is scored by RiskClassifier on every write, so a
        // score or level sent along with the answers cannot disagree with them.
        RiskAnswers answers;
        answers.users = UsersAffected::AllCustomers;
        answers.dataMigration = DataMigration::Irreversible;
        answers.regulatory = RegulatoryExposure::Regulated;
        const RiskAssessmentResult expected = RiskClassifier::classify(answers);
        QCOMPARE(riskAnswersFromJson(toJson(answers)), std::optional<RiskAnswers>(answers));
        QVERIFY(!riskAnswersFromJson(QJsonObject{{u"users_affected"_qs, u"team"_qs}}));

        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        ChangeRequestService changes(*db, Session{u"tester"_qs, {}});
        ChangeRequest c = change(RiskLevel::Low, {u"sox"_qs});
        c.riskAnswers = toJson(answers);
        c.riskScore = 3;
        auto created = changes.create(c);
        QVERIFY2(created, qPrintable(created.error().message));
        QCOMPARE(created->riskScore, expected.score);
        QCOMPARE(created->riskLevel, RiskLevel::High); // irreversible data: at least high
        QCOMPARE(created->riskDrivers.size(), expected.drivers.size());
        QCOMPARE(created->riskDrivers.first(), expected.drivers.first().explanation);
        QVERIFY(created->riskDrivers.join(u'\n').contains(u"Irreversible"_qs));

        ChangeRequest lower = created.value();
        answers.dataMigration = DataMigration::None;
        lower.riskAnswers = toJson(answers);
        auto updated = changes.update(lower);
        QVERIFY2(updated, qPrintable(updated.error().message));
        QCOMPARE(updated->riskScore, RiskClassifier::classify(answers).score);
        QCOMPARE(updated->riskLevel, RiskLevel::Medium); // regulated: at least medium
        QCOMPARE(normalisedTags(u"SOX, pci sox;Gdpr"_qs),
                 (QStringList{u"gdpr"_qs, u"pci"_qs, u"sox"_qs}));
    }
};

QTEST_GUILESS_MAIN(tst_CabApproval)
#include "tst_CabApproval.moc"
