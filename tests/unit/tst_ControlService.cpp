// SPDX-License-Identifier: GPL-3.0-or-later
// Regulatory controls on real files: control sets edited (names unique per tag, parameters
// checked, stale versions refused, removed and restored under their id), releases tagged and
// untagged, attestation references recorded, replaced, cleared and put back; a removed
// control's references restored with it; each change one audit entry; roles enforced once the
// file has logins; each release's controls judged from its rows (people matched by login or
// name) and the lifecycle guard fed from them, for Deployed and for Closed.
#include "ClosureFixture.h"
#include "Fixtures.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "services/ControlService.h"
#include "services/Document.h"
#include "services/LifecycleService.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

const qint64 kNow = QDateTime::currentSecsSinceEpoch();
const qint64 kDay = 86400;
const QString kAnn = QStringLiteral("ann");

qint64 auditCount(Database& db, const QString& entity, const QString& action = {}) {
    QString sql = u"SELECT count(*) FROM audit_log WHERE entity = '"_qs + entity + u"'"_qs;
    if (!action.isEmpty())
        sql += u" AND action = '"_qs + action + u"'"_qs;
    return queryValue(db.path(), sql).toLongLong();
}

RegulatoryControl control(const QString& tag, const QString& name, ControlKind kind,
                          const QString& parameter = {}) {
    RegulatoryControl c;
    c.tag = tag;
    c.name = name;
    c.kind = kind;
    c.parameter = parameter;
    return c;
}

// A change request of the release, requested by `requester` and approved by `approvers`
// (on a server too: written as such, not under the test's login).
void addChange(Database& db, qint64 releaseId, const QString& ticket, const QString& requester,
               const QStringList& approvers) {
    execAsWritten(db,
                  u"INSERT INTO change_requests (ticket, release_id, summary, requested_by, "
                  "requested_at, created_by, created_at, updated_by, updated_at) VALUES ('%1', %2, "
                  "'Deploy', '%3', 1, 't', 0, 't', 0)"_qs.arg(ticket)
                      .arg(releaseId)
                      .arg(requester));
    int at = 10;
    for (const QString& a : approvers)
        execAsWritten(
            db, u"INSERT INTO cab_decisions (change_id, outcome, decided_by, decided_at) SELECT "
                "id, 'approve', '%1', %2 FROM change_requests WHERE ticket = '%3'"_qs.arg(a)
                    .arg(++at)
                    .arg(ticket));
}

} // namespace

class tst_ControlService : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"controls"_qs};

private Q_SLOTS:
    void controlSetsEdited() {
        auto db = openDatabase(m_files.newFile());
        QVERIFY(db);
        ControlService service(*db, Session{kAnn, {}});
        QSignalSpy changed(&service, &ControlService::controlsChanged);
        QCOMPARE(service.controls()->size(), 9);

        auto added = service.create(
            control(u" SOX"_qs, u"Change ticket linked"_qs, ControlKind::Attestation));
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added->tag, u"sox"_qs);
        QCOMPARE(added->rowVersion, 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(isRefusal(service.create(control(u"sox"_qs, u"change ticket LINKED"_qs,
                                                 ControlKind::Attestation)),
                          Error::Kind::Validation, u"already has a control"_qs));
        QVERIFY(isRefusal(
            service.create(control(u"pci"_qs, u"Scan"_qs, ControlKind::SecurityScan, u"severe"_qs)),
            Error::Kind::Validation, u"severity"_qs));
        QVERIFY(
            isRefusal(service.create(control(u"two words"_qs, u"X"_qs, ControlKind::EvidenceKept)),
                      Error::Kind::Validation, u"tag"_qs));

        RegulatoryControl edited = added.value();
        edited.name = u"Change ticket attached"_qs;
        edited.enabled = false;
        auto updated = service.update(edited);
        QVERIFY(updated);
        QCOMPARE(updated->rowVersion, 2);
        QVERIFY(!updated->enabled);
        QVERIFY(isRefusal(service.update(edited), Error::Kind::Stale));

        QVERIFY(service.remove(updated->id, updated->rowVersion));
        QVERIFY(isRefusal(service.find(updated->id), Error::Kind::NotFound));
        auto restored = service.restore(updated.value());
        QVERIFY(restored);
        QCOMPARE(restored->id, updated->id);
        QCOMPARE(restored->name, u"Change ticket attached"_qs);
        QCOMPARE(auditCount(*db, u"regulatory_control"_qs), 4);
        QCOMPARE(auditCount(*db, u"regulatory_control"_qs, u"restore"_qs), 1);
        QCOMPARE(service.controls()->size(), 10);
    }

    void releasesTagged() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 r = createRelease(doc->releases(), newRelease(u"Payments API"_qs));
        QVERIFY(r > 0);
        ControlService service(db, Session{kAnn, {}});
        QVERIFY(service.tag(r, u"SOX"_qs));
        QVERIFY(service.tag(r, u"gdpr"_qs));
        QCOMPARE(service.releaseTags(r).value(), (QStringList{u"gdpr"_qs, u"sox"_qs}));
        QVERIFY(isRefusal(service.tag(r, u"sox"_qs), Error::Kind::Validation, u"already"_qs));
        QVERIFY(isRefusal(service.tag(r, u"a b"_qs), Error::Kind::Validation, u"one word"_qs));
        QVERIFY(isRefusal(service.tag(9999, u"sox"_qs), Error::Kind::NotFound));
        QVERIFY(service.untag(r, u"gdpr"_qs));
        QVERIFY(isRefusal(service.untag(r, u"gdpr"_qs), Error::Kind::Validation, u"not tagged"_qs));
        QCOMPARE(service.releaseTags(r).value(), QStringList{u"sox"_qs});
        QCOMPARE(auditCount(db, u"release_tag"_qs), 3);
        QCOMPARE(auditCount(db, u"release_tag"_qs, u"untag"_qs), 1);
        // The tags go with the release.
        exec(db, u"DELETE FROM releases WHERE id = %1"_qs.arg(r));
        QCOMPARE(queryValue(db.path(), u"SELECT count(*) FROM release_tags"_qs).toInt(), 0);
    }

    void attestationsRecorded() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 r = createRelease(doc->releases(), newRelease(u"Records"_qs));
        ControlService service(db, Session{kAnn, {}});
        QVERIFY(service.tag(r, u"hipaa"_qs));
        auto status = service.status(r);
        QVERIFY(status);
        QCOMPARE(status->checks.size(), 2);
        QVERIFY(!status->passes());

        auto first = service.attest(r, 4, ControlOutcome::Met, u"  ACC-REVIEW-12 "_qs);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QVERIFY(!first->has_value());
        auto second = service.attest(r, 4, ControlOutcome::Met, u"ACC-REVIEW-13"_qs);
        QVERIFY(second && second->has_value());
        QCOMPARE(second->value().reference, u"ACC-REVIEW-12"_qs);
        QVERIFY(service.attest(r, 5, ControlOutcome::NotApplicable, u"no patient data"_qs));
        status = service.status(r);
        QVERIFY(status->passes());
        QCOMPARE(toKey(status->checks[0].state), u"passes"_qs);
        QCOMPARE(toKey(status->checks[1].state), u"not_applicable"_qs);

        QVERIFY(isRefusal(service.attest(r, 1, ControlOutcome::Met, u"x"_qs),
                          Error::Kind::Validation, u"judged from the file"_qs));
        QVERIFY(isRefusal(service.attest(r, 4, ControlOutcome::Met, u" "_qs),
                          Error::Kind::Validation, u"reference"_qs));
        auto cleared = service.clearAttestation(r, 4);
        QVERIFY(cleared && cleared->has_value());
        QVERIFY(isRefusal(service.clearAttestation(r, 4), Error::Kind::Validation));
        QVERIFY(!service.status(r)->passes());
        QVERIFY(service.putBack(r, 4, cleared.value()));
        const auto back = service.record(r, 4);
        QCOMPARE(back->value().reference, u"ACC-REVIEW-13"_qs);
        QCOMPARE(back->value().recordedBy, recordedActor(db, kAnn));
        QVERIFY(service.status(r)->passes());
        QCOMPARE(auditCount(db, u"control_record"_qs), 5);
    }

    void rolesEnforced() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 r = createRelease(doc->releases(), newRelease(u"Payments API"_qs));
        QVERIFY(addPeople(db, kAnn,
                          {personWithLogin(u"Ann Lee"_qs, kAnn, {u"release_manager"_qs}),
                           personWithLogin(u"Sam"_qs, u"sam"_qs, {u"security"_qs}),
                           personWithLogin(u"Quinn"_qs, u"quinn"_qs, {u"qa"_qs})}));
        ControlService qa(db, Session{u"quinn"_qs, {}});
        QVERIFY(isRefusal(qa.tag(r, u"sox"_qs), Error::Kind::Permission, u"quinn"_qs));
        QVERIFY(isRefusal(qa.create(control(u"sox"_qs, u"X"_qs, ControlKind::EvidenceKept)),
                          Error::Kind::Permission));
        QVERIFY(isRefusal(qa.attest(r, 4, ControlOutcome::Met, u"R"_qs), Error::Kind::Permission));
        ControlService security(db, Session{u"sam"_qs, {}});
        QVERIFY(isRefusal(security.tag(r, u"sox"_qs), Error::Kind::Permission));
        QVERIFY(security.attest(r, 4, ControlOutcome::Met, u"R"_qs));
        ControlService manager(db, Session{kAnn, {}});
        QVERIFY(manager.tag(r, u"sox"_qs));
        auto first = manager.controls()->first();
        first.enabled = false;
        QVERIFY(manager.update(first));
        QCOMPARE(auditCount(db, u"release_tag"_qs), 1);
        QCOMPARE(auditCount(db, u"control_record"_qs), 1);
    }

    // Ann asked for the change and approved it herself, under her login and under her name;
    // Olga deployed it. The SOX controls fail with the reasons, Ann may not deploy it, and the
    // lifecycle holds a Deployed release to its controls until the tag goes.
    void releaseControlsFeedTheGuard() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 r = deployedRelease(*doc, kNow - 2 * kDay);
        QVERIFY(r > 0);
        QVERIFY(addPeople(db, kAnn,
                          {personWithLogin(u"Ann Lee"_qs, kAnn, {u"release_manager"_qs, u"cab"_qs}),
                           personWithLogin(u"Olga"_qs, u"olga"_qs, {u"deployer"_qs})}));
        addChange(db, r, u"CHG-1"_qs, kAnn, {u"Ann Lee"_qs, kAnn});
        ControlService service(db, Session{kAnn, {}});
        LifecycleService lifecycle(db);
        QVERIFY(lifecycle.facts(r)->failingControls.isEmpty()); // not tagged yet

        QVERIFY(service.tag(r, u"sox"_qs));
        auto status = service.status(r);
        QVERIFY(status);
        QCOMPARE(status->tags, QStringList{u"sox"_qs});
        QCOMPARE(status->checks.size(), 3);
        QCOMPARE(status->checks[0].state, ControlState::Fails);
        QVERIFY2(status->checks[0].reason == u"Ann Lee requested CHG-1 and approved it"_qs,
                 qPrintable(status->checks[0].reason));
        QVERIFY2(status->checks[1].reason.contains(u"approved by Ann Lee alone"_qs),
                 qPrintable(status->checks[1].reason));
        QCOMPARE(status->checks[2].state, ControlState::Fails); // no gate evidence

        auto facts = lifecycle.facts(r);
        QVERIFY(facts);
        QCOMPARE(facts->failingControls.size(), 3);
        QVERIFY(facts->barredDeployers.contains(kAnn));
        QVERIFY(facts->barredDeployers.contains(u"ann lee"_qs));
        QVERIFY(!facts->barredDeployers.contains(u"olga"_qs));
        const QList<GuardCheck> unmet = unmetGuards(facts.value(), lifecycle.clock());
        QVERIFY(std::any_of(unmet.cbegin(), unmet.cend(),
                            [](const GuardCheck& g) { return g.guard == Guard::Controls; }));
        auto all = lifecycle.allFacts(false);
        QVERIFY(all);
        QCOMPARE(all->value(r).failingControls, facts->failingControls);
        QCOMPARE(service.statusAll()->value(r).checks.size(), 3);

        // A second approver who is not the requester, and evidence: only evidence is missing.
        exec(db, u"DELETE FROM cab_decisions"_qs);
        addChange(db, r, u"CHG-2"_qs, u"Olga"_qs, {});
        execAsWritten(
            db, u"UPDATE change_requests SET requested_by = 'olga' WHERE ticket = 'CHG-1'"_qs);
        execAsWritten(
            db, u"INSERT INTO cab_decisions (change_id, outcome, decided_by, decided_at) SELECT "
                "id, 'approve', 'ann', 5 FROM change_requests"_qs);
        status = service.status(r);
        QCOMPARE(status->checks[0].state, ControlState::Fails);
        QVERIFY2(status->checks[0].reason.contains(u"Olga requested CHG-1 and deployed it"_qs),
                 qPrintable(status->checks[0].reason));

        QVERIFY(service.untag(r, u"sox"_qs));
        QVERIFY(lifecycle.facts(r)->failingControls.isEmpty());
        QVERIFY(service.status(r)->checks.isEmpty());
    }

    // A HIPAA release with nothing recorded: the controls keep it from Deployed and, once
    // there, from Closed; what the release's other guards ask is let past by overrides. An
    // approved override of "controls" lets both pass; recording the references does too.
    void controlsGuardDeployedAndClosed() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 r = deployedRelease(*doc, kNow - 2 * kDay);
        QVERIFY(r > 0);
        execAsWritten(db,
                      u"INSERT INTO lifecycle_overrides (release_id, guard, reason, requested_by, "
                      "requested_at, approved_by, approved_at) VALUES (%1, 'closure', 'test', "
                      "'alice', 1, 'bob', 2)"_qs.arg(r));
        ControlService service(db, Session{kAnn, {}});
        QVERIFY(service.tag(r, u"hipaa"_qs));
        LifecycleService lifecycle(db);
        const auto failingGuards = [&](ReleaseStatus to) {
            QStringList keys;
            auto check = lifecycle.check(r, to);
            if (!check)
                return QStringList{check.error().message};
            for (const GuardCheck& g : check->failing())
                keys << toKey(g.guard);
            return keys;
        };
        const auto setStatus = [&](ReleaseStatus to) {
            Release release = doc->releases().find(r).value();
            release.status = to;
            return doc->releases().update(release);
        };

        exec(db, u"UPDATE releases SET status = 'deploying' WHERE id = %1"_qs.arg(r));
        QCOMPARE(failingGuards(ReleaseStatus::Deployed), QStringList{u"controls"_qs});
        auto refused = setStatus(ReleaseStatus::Deployed);
        QVERIFY(isRefusal(refused, Error::Kind::Refused, u"Regulatory controls"_qs));
        QVERIFY(refused.error().message.contains(u"Access review attached"_qs));
        QVERIFY(service.attest(r, 4, ControlOutcome::Met, u"ACC-7"_qs));
        QVERIFY(service.attest(r, 5, ControlOutcome::NotApplicable, u"no patient data"_qs));
        QCOMPARE(failingGuards(ReleaseStatus::Deployed), QStringList{});
        QVERIFY(setStatus(ReleaseStatus::Deployed));

        // Deployed; the access review's reference is withdrawn before closing.
        QVERIFY(service.clearAttestation(r, 4));
        QCOMPARE(failingGuards(ReleaseStatus::Closed), QStringList{u"controls"_qs});
        refused = setStatus(ReleaseStatus::Closed);
        QVERIFY(isRefusal(refused, Error::Kind::Refused, u"Regulatory controls"_qs));
        QCOMPARE(doc->releases().find(r)->status, ReleaseStatus::Deployed);
        // A closed release whose controls fail stands past its guards, as a deployed one does.
        auto facts = lifecycle.facts(r);
        QVERIFY(facts);
        facts->status = ReleaseStatus::Closed;
        QCOMPARE(unmetGuards(facts.value(), lifecycle.clock()).size(), 1);
        auto all = lifecycle.allFacts(false);
        QVERIFY(all);
        QCOMPARE(all->value(r).failingControls.size(), 1);

        // The lifecycle's override path: approved, it lets the release close; gone, it does not.
        execAsWritten(db,
                      u"INSERT INTO lifecycle_overrides (release_id, guard, reason, requested_by, "
                      "requested_at, approved_by, approved_at) VALUES (%1, 'controls', 'reviewed "
                      "by hand', 'alice', 1, 'bob', 2)"_qs.arg(r));
        QCOMPARE(failingGuards(ReleaseStatus::Closed), QStringList{});
        exec(db, u"DELETE FROM lifecycle_overrides WHERE guard = 'controls'"_qs);
        QCOMPARE(failingGuards(ReleaseStatus::Closed), QStringList{u"controls"_qs});

        QVERIFY(service.attest(r, 4, ControlOutcome::Met, u"ACC-8"_qs));
        QCOMPARE(failingGuards(ReleaseStatus::Closed), QStringList{});
        auto closed = setStatus(ReleaseStatus::Closed);
        QVERIFY2(closed, closed ? "" : qPrintable(closed.error().message));
        QCOMPARE(doc->releases().find(r)->status, ReleaseStatus::Closed);
    }

    // A control attested on two releases, removed: its references go with it, each logged, in
    // one transaction (a stale removal leaves them); restored, they come back as they were,
    // by whom and when, and each release's controls stand as before. A release removed in
    // between gets nothing back.
    void removalKeepsReferencesForUndo() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 r1 = createRelease(doc->releases(), newRelease(u"Patient Portal"_qs));
        const qint64 r2 = createRelease(doc->releases(), newRelease(u"Claims"_qs));
        const qint64 r3 = createRelease(doc->releases(), newRelease(u"Billing"_qs));
        QVERIFY(r1 > 0 && r2 > 0 && r3 > 0);
        ControlService service(db, Session{kAnn, {}});
        for (qint64 r : {r1, r2, r3})
            QVERIFY(service.tag(r, u"hipaa"_qs));
        auto added = service.create(
            control(u"hipaa"_qs, u"Consent log reviewed"_qs, ControlKind::Attestation));
        QVERIFY(added);
        const qint64 id = added->id;
        QVERIFY(service.attest(r1, id, ControlOutcome::Met, u"CONSENT-1"_qs));
        QVERIFY(service.attest(r2, id, ControlOutcome::NotApplicable, u"no consent data"_qs));
        QVERIFY(service.attest(r1, 4, ControlOutcome::Met, u"ACC-1"_qs));
        const auto state = [&](qint64 r) {
            QStringList lines;
            const auto status = service.status(r);
            for (const ControlCheck& c : status->checks)
                lines << QString::number(c.control.id) + u' ' + toKey(c.state) + u' ' + c.reason;
            return lines;
        };
        const QStringList before1 = state(r1), before2 = state(r2);
        QCOMPARE(before1.size(), 3);
        const ControlRecord record1 = service.record(r1, id)->value();
        const ControlRecord record2 = service.record(r2, id)->value();
        const qint64 entries = auditCount(db, u"control_record"_qs);

        QVERIFY(isRefusal(service.remove(id, added->rowVersion + 1), Error::Kind::Stale));
        QVERIFY(service.record(r1, id)->has_value());
        QCOMPARE(auditCount(db, u"control_record"_qs), entries);

        QSignalSpy releasesChanged(&service, &ControlService::releaseControlsChanged);
        QList<ControlRecord> taken;
        QVERIFY(service.remove(id, added->rowVersion, &taken));
        QCOMPARE(taken.size(), 2);
        QCOMPARE(releasesChanged.count(), 2);
        QVERIFY(!service.record(r1, id)->has_value());
        QVERIFY(!service.record(r2, id)->has_value());
        QCOMPARE(state(r1).size(), 2);
        QCOMPARE(service.record(r1, 4)->value().reference, u"ACC-1"_qs); // another control's
        QCOMPARE(auditCount(db, u"control_record"_qs, u"delete"_qs), 2);
        QCOMPARE(auditCount(db, u"regulatory_control"_qs, u"delete"_qs), 1);

        auto restored = service.restore(added.value(), taken);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(restored->id, id);
        for (const ControlRecord& want : {record1, record2}) {
            const auto got = service.record(want.releaseId, id)->value();
            QCOMPARE(got.outcome, want.outcome);
            QCOMPARE(got.reference, want.reference);
            QCOMPARE(got.recordedBy, want.recordedBy);
            QCOMPARE(got.recordedAt, want.recordedAt);
        }
        QCOMPARE(state(r1), before1);
        QCOMPARE(state(r2), before2);
        QCOMPARE(auditCount(db, u"control_record"_qs, u"restore"_qs), 2);
        QCOMPARE(auditCount(db, u"regulatory_control"_qs, u"restore"_qs), 1);

        // Removed again; Claims is deleted before the undo: only Patient Portal's comes back.
        auto current = service.find(id);
        QVERIFY(service.remove(id, current->rowVersion, &taken));
        QCOMPARE(taken.size(), 2);
        QVERIFY(doc->releases().remove(r2, doc->releases().find(r2)->rowVersion));
        QVERIFY(service.restore(current.value(), taken));
        QCOMPARE(service.record(r1, id)->value().reference, u"CONSENT-1"_qs);
        QCOMPARE(queryValue(db.path(), u"SELECT count(*) FROM release_control_records WHERE "
                                       "control_id = %1"_qs.arg(id))
                     .toInt(),
                 1);
        QCOMPARE(auditCount(db, u"control_record"_qs, u"restore"_qs), 3);
    }
};

QTEST_GUILESS_MAIN(tst_ControlService)
#include "tst_ControlService.moc"
