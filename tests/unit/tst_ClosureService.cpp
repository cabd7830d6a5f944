// SPDX-License-Identifier: GPL-3.0-or-later
// The closure checklist and the configuration-management record on real files: items ticked,
// marked not applicable and reopened (stale edits refused), the record written exactly once in
// the move to Closed and never by a refused one, every column of it for a succeeded and for a
// rolled-back release, and the stored record kept as it was after later edits.
#include "ClosureFixture.h"
#include "Fixtures.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "services/ClosureService.h"
#include "services/CmdbRecordBuilder.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/ReleaseStatusMove.h"
#include "services/ReviewService.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace slipway;
using namespace slipway::test;

namespace {

const qint64 kNow = QDateTime::currentSecsSinceEpoch();
const qint64 kDay = 86400;
const QString kAlice = QStringLiteral("alice");

QString snTime(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
        .toString(u"yyyy-MM-dd HH:mm:ss"_qs);
}

qint64 records(Database& db) {
    return queryValue(db.path(), u"SELECT count(*) FROM cmdb_records"_qs).toLongLong();
}

Result<Release> closeRelease(Document& doc, qint64 id) {
    auto release = doc.releases().find(id);
    if (!release)
        return release.error();
    Release closed = release.value();
    closed.status = ReleaseStatus::Closed;
    return doc.releases().update(closed);
}

QJsonObject storedRecord(Database& db, qint64 releaseId) {
    return QJsonDocument::fromJson(
               queryValue(db.path(), u"SELECT record FROM cmdb_records WHERE release_id = "_qs +
                                         QString::number(releaseId))
                   .toString()
                   .toUtf8())
        .object();
}

} // namespace

class tst_ClosureService : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"closure"_qs};

private Q_SLOTS:
    void recordColumnsInOrder() {
        const QStringList expected{u"number"_qs,
                                   u"short_description"_qs,
                                   u"cmdb_ci"_qs,
                                   u"u_affected_cis"_qs,
                                   u"u_release_version"_qs,
                                   u"type"_qs,
                                   u"state"_qs,
                                   u"close_code"_qs,
                                   u"close_notes"_qs,
                                   u"start_date"_qs,
                                   u"end_date"_qs,
                                   u"work_start"_qs,
                                   u"work_end"_qs,
                                   u"closed_at"_qs,
                                   u"closed_by"_qs,
                                   u"u_deployments"_qs,
                                   u"u_rolled_back"_qs,
                                   u"u_validation"_qs,
                                   u"u_correlated_incidents"_qs,
                                   u"u_review"_qs,
                                   u"u_checklist"_qs,
                                   u"u_slipway_release_id"_qs};
        QCOMPARE(ClosureService::recordColumns(), expected);
        QStringList built = CmdbRecordBuilder::fields(CmdbInputs{}).keys();
        QStringList sorted = expected;
        built.sort();
        sorted.sort();
        QCOMPARE(built, sorted);
    }

    void checklistSettledAndReopened() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r = deployedRelease(*doc, kNow - 4 * kDay);
        ClosureService closure(doc->database(), Session{kAlice, {}});
        auto items = closure.checklist(r);
        QVERIFY(items);
        QCOMPARE(items->size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(items->at(i).key, allChecklistKeys().at(i));
            QCOMPARE(items->at(i).state, ChecklistItem::State::Open);
            QCOMPARE(items->at(i).rowVersion, 0);
        }
        ChecklistItem runbooks = items->first();
        runbooks.state = ChecklistItem::State::Done;
        QVERIFY(isRefusal(closure.settle(runbooks), Error::Kind::Validation, u"reference"_qs));
        runbooks.reference = u"https://wiki.example/RB-12"_qs;
        auto ticked = closure.settle(runbooks);
        QVERIFY2(ticked, ticked ? "" : qPrintable(ticked.error().message));
        QCOMPARE(ticked->rowVersion, 1);
        QCOMPARE(ticked->settledBy, recordedActor(doc->database(), kAlice));
        QVERIFY(ticked->isSettled());
        // Someone else's view, from before the tick, is stale.
        ChecklistItem stale = items->first();
        stale.state = ChecklistItem::State::NotApplicable;
        stale.reason = u"no runbook"_qs;
        QVERIFY(isRefusal(closure.settle(stale), Error::Kind::Stale,
                          recordedActor(doc->database(), kAlice)));

        ChecklistItem na = ticked.value();
        na.state = ChecklistItem::State::NotApplicable;
        na.reason = QString();
        QVERIFY(isRefusal(closure.settle(na), Error::Kind::Validation, u"reason"_qs));
        na.reason = u"no runbook changed"_qs;
        auto marked = closure.settle(na);
        QVERIFY(marked);
        QCOMPARE(marked->reference, QString()); // a reference belongs to done only
        QCOMPARE(marked->rowVersion, 2);

        ChecklistItem reopen = marked.value();
        reopen.state = ChecklistItem::State::Open;
        auto opened = closure.settle(reopen);
        QVERIFY(opened);
        QCOMPARE(opened->state, ChecklistItem::State::Open);
        QVERIFY(opened->reference.isEmpty() && opened->reason.isEmpty());
        QCOMPARE(closure.checklist(r)->first().rowVersion, 3);
        QCOMPARE(queryValue(doc->database().path(),
                            u"SELECT count(*) FROM audit_log WHERE entity = 'closure_checklist'"_qs)
                     .toInt(),
                 3);

        // Operations and service owners may settle; a deployer may not.
        QVERIFY(addPeople(doc->database(), kAlice,
                          {personWithLogin(u"Alice"_qs, kAlice, {u"release_manager"_qs}),
                           personWithLogin(u"Dee"_qs, u"dee"_qs, {u"deployer"_qs})}));
        ClosureService asDeployer(doc->database(), Session{u"dee"_qs, {}});
        ChecklistItem backup = closure.checklist(r)->at(3);
        backup.state = ChecklistItem::State::NotApplicable;
        backup.reason = u"no data"_qs;
        QVERIFY(isRefusal(asDeployer.settle(backup), Error::Kind::Permission));
    }

    void refusedClosureWritesNoRecord() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r = deployedRelease(*doc, kNow - 4 * kDay);
        QVERIFY(r > 0);
        // No production deployment: the lifecycle refuses, nothing is recorded.
        exec(doc->database(), u"UPDATE deployments SET environment_id = 2"_qs);
        auto early = closeRelease(*doc, r);
        QVERIFY(!early);
        QCOMPARE(early.error().kind, Error::Kind::Refused);
        QCOMPARE(records(doc->database()), 0);
        exec(doc->database(), u"UPDATE deployments SET environment_id = 1 WHERE deployed_at = "
                              "(SELECT max(deployed_at) FROM deployments)"_qs);
        // Validation and the success metric are met, the checklist is not.
        meetClosure(doc->database(), r, kNow - 4 * kDay);
        exec(doc->database(), u"DELETE FROM closure_checklist WHERE item = 'backup'"_qs);
        auto closed = closeRelease(*doc, r);
        QVERIFY(!closed);
        QCOMPARE(closed.error().kind, Error::Kind::Refused);
        QVERIFY2(closed.error().message.contains(u"Backup strategy"_qs),
                 qPrintable(closed.error().message));
        QCOMPARE(records(doc->database()), 0);
        QCOMPARE(doc->releases().find(r)->status, ReleaseStatus::Deployed);
        ClosureService closure(doc->database(), Session{kAlice, {}});
        QCOMPARE(closure.blockers(r, kNow).value(),
                 QStringList{u"1 closure checklist item(s) open: Backup strategy"_qs});
    }

    void succeededReleaseRecord() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 deployed = kNow - 4 * kDay;
        const qint64 r = deployedRelease(*doc, deployed, ReleaseType::Minor, u"CHG0031337"_qs);
        QVERIFY(r > 0);
        meetClosure(db, r, deployed);
        exec(db, u"INSERT INTO change_requests (ticket, release_id, summary, change_type, "
                 "requested_by, requested_at, created_by, created_at, updated_by, updated_at) "
                 "VALUES ('CHG0031337', %1, 'Payments 2.4.0', 'standard', 'alice', 1, 't', 0, "
                 "'t', 0)"_qs.arg(r));
        exec(db, u"INSERT INTO incidents (number, source, title, opened_at, service, "
                 "imported_at, imported_by) VALUES ('INC0010001', 'servicenow', 'Basket "
                 "errors', %1, 'Checkout Web', 0, 'x'), ('INC0010002', 'servicenow', 'Other', "
                 "%1, 'Office', 0, 'x')"_qs.arg(deployed + 7200));
        ClosureService closure(db, Session{kAlice, {}});
        QVERIFY(closure.blockers(r, kNow).value().isEmpty());

        auto closed = closeRelease(*doc, r);
        QVERIFY2(closed, closed ? "" : qPrintable(closed.error().message));
        const qint64 closedAt = kNow;
        QCOMPARE(records(db), 1);
        const QJsonObject f = storedRecord(db, r);
        QCOMPARE(f.size(), ClosureService::recordColumns().size());
        for (const QString& column : ClosureService::recordColumns())
            QVERIFY2(f.value(column).isString(), qPrintable(column));
        QCOMPARE(f.value(u"number"_qs).toString(), u"CHG0031337"_qs);
        QCOMPARE(f.value(u"short_description"_qs).toString(), u"Release Payments API 2.4.0"_qs);
        QCOMPARE(f.value(u"cmdb_ci"_qs).toString(), u"Payments API"_qs);
        QCOMPARE(f.value(u"u_affected_cis"_qs).toString(), u"Payments API,Checkout Web"_qs);
        QCOMPARE(f.value(u"u_release_version"_qs).toString(), u"2.4.0"_qs);
        QCOMPARE(f.value(u"type"_qs).toString(), u"standard"_qs);
        QCOMPARE(f.value(u"state"_qs).toString(), u"Closed"_qs);
        QCOMPARE(f.value(u"close_code"_qs).toString(), u"Successful with issues"_qs);
        QCOMPARE(f.value(u"close_notes"_qs).toString(),
                 u"Deployed to production 1 time(s), first at %1 UTC, last outcome succeeded. "
                 "Validation passing: 1 check(s). 1 incident(s) correlated in the 72 hours after "
                 "the deployment: INC0010001. Post-implementation review: not required. Closure "
                 "checklist: 5 of 5 items settled."_qs.arg(snTime(deployed)));
        QCOMPARE(f.value(u"start_date"_qs).toString(), snTime(deployed - 3600));
        QCOMPARE(f.value(u"end_date"_qs).toString(), snTime(deployed + 3 * 3600));
        QCOMPARE(f.value(u"work_start"_qs).toString(), snTime(deployed));
        QCOMPARE(f.value(u"work_end"_qs).toString(), snTime(deployed)); // no run: the same
        const QDateTime at =
            QDateTime::fromString(f.value(u"closed_at"_qs).toString(), u"yyyy-MM-dd HH:mm:ss"_qs);
        QVERIFY(at.isValid());
        QVERIFY(qAbs(QDateTime(at.date(), at.time(), QTimeZone::utc()).toSecsSinceEpoch() -
                     closedAt) < 120);
        QCOMPARE(f.value(u"closed_by"_qs).toString(), recordedActor(db, Session::actingLogin()));
        QCOMPARE(f.value(u"u_deployments"_qs).toString(), u"1"_qs); // production only
        QCOMPARE(f.value(u"u_rolled_back"_qs).toString(), u"false"_qs);
        QCOMPARE(f.value(u"u_validation"_qs).toString(), u"passing"_qs);
        QCOMPARE(f.value(u"u_correlated_incidents"_qs).toString(), u"INC0010001"_qs);
        QCOMPARE(f.value(u"u_review"_qs).toString(), u"not required"_qs);
        QCOMPARE(f.value(u"u_checklist"_qs).toString(), u"5/5 settled"_qs);
        QCOMPARE(f.value(u"u_slipway_release_id"_qs).toString(), QString::number(r));
        QCOMPARE(queryValue(db.path(), u"SELECT closed_by FROM cmdb_records"_qs).toString(),
                 recordedActor(db, Session::actingLogin()));

        // Later edits of the release leave the record as it was written.
        exec(db,
             u"UPDATE releases SET name = 'Renamed', change_ticket = '' WHERE id = %1"_qs.arg(r));
        exec(db, u"DELETE FROM closure_checklist"_qs);
        auto kept = closure.record(r);
        QVERIFY(kept);
        QCOMPARE(kept->fields, f);
        QCOMPARE(kept->closedBy, recordedActor(db, Session::actingLogin()));
        QCOMPARE(records(db), 1);
        // A closed release's checklist stays as it was.
        ChecklistItem item = closure.checklist(r)->first();
        item.state = ChecklistItem::State::NotApplicable;
        item.reason = u"late"_qs;
        QVERIFY(isRefusal(closure.settle(item), Error::Kind::Refused, u"closed"_qs));
    }

    void rolledBackReleaseRecord() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        // Four days back: the review (due five days after the deployment) is done in time. At
        // five days back it fell due at the test's start, and a slow run found it late.
        const qint64 deployed = kNow - 4 * kDay;
        const qint64 r = deployedRelease(*doc, deployed, ReleaseType::Minor, {}, u"rolled_back"_qs);
        QVERIFY(r > 0);
        meetClosure(db, r, deployed);
        addRun(db, r, deployed);
        exec(db, u"UPDATE runbook_runs SET outcome = 'rolled_back', ended_at = %1"_qs.arg(deployed +
                                                                                          1800));
        // A rollback is closed only once reviewed.
        auto refused = closeRelease(*doc, r);
        QVERIFY(!refused);
        QCOMPARE(records(db), 0);
        ReviewService reviews(db, Session{kAlice, {}});
        QVERIFY(reviews.isRequired(r).value());
        auto review = reviews.start(r);
        QVERIFY(review);
        PostReview done = review.value();
        done.state = PostReview::State::Done;
        done.summary = u"Rolled back after the cut-over"_qs;
        done.factors = u"The drain timeout was too short."_qs;
        done.lessons = u"Rehearse the cut-over."_qs;
        QVERIFY(reviews.save(done));

        auto closed = closeRelease(*doc, r);
        QVERIFY2(closed, closed ? "" : qPrintable(closed.error().message));
        QCOMPARE(records(db), 1);
        const QJsonObject f = storedRecord(db, r);
        QCOMPARE(f.value(u"number"_qs).toString(), u"SLIPWAY-R%1"_qs.arg(r));
        QCOMPARE(f.value(u"type"_qs).toString(), u"normal"_qs);
        QCOMPARE(f.value(u"close_code"_qs).toString(), u"Unsuccessful"_qs);
        QCOMPARE(f.value(u"u_rolled_back"_qs).toString(), u"true"_qs);
        QCOMPARE(f.value(u"u_review"_qs).toString(), u"done"_qs);
        QCOMPARE(f.value(u"u_validation"_qs).toString(), u"passing"_qs);
        QCOMPARE(f.value(u"u_correlated_incidents"_qs).toString(), QString());
        QCOMPARE(f.value(u"work_start"_qs).toString(), snTime(deployed));
        QCOMPARE(f.value(u"work_end"_qs).toString(), snTime(deployed + 1800));
        QVERIFY2(f.value(u"close_notes"_qs).toString().contains(u"last outcome rolled back. "_qs),
                 qPrintable(f.value(u"close_notes"_qs).toString()));
        QVERIFY(f.value(u"close_notes"_qs)
                    .toString()
                    .contains(u"Post-implementation review: done."_qs));
    }

    // The status move that deployments and runs use writes the record too, in the caller's
    // transaction: rolled back with it, kept when committed.
    void statusMoveWritesInTheTransaction() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 r = deployedRelease(*doc, kNow - 4 * kDay);
        const Release before = doc->releases().find(r).value();
        {
            Transaction tx(db);
            QVERIFY(tx.begin());
            QVERIFY(
                moveReleaseStatus(db, Session{kAlice, {}}, before, ReleaseStatus::Closed, kNow));
            tx.rollback();
        }
        QCOMPARE(records(db), 0);
        Transaction tx(db);
        QVERIFY(tx.begin());
        QVERIFY(moveReleaseStatus(db, Session{kAlice, {}}, before, ReleaseStatus::Closed, kNow));
        QVERIFY(tx.commit());
        QCOMPARE(records(db), 1);
        QCOMPARE(storedRecord(db, r).value(u"closed_by"_qs).toString(), kAlice);
        QCOMPARE(storedRecord(db, r).value(u"closed_at"_qs).toString(), snTime(kNow));
    }

    // The close code and the validation word from the facts alone.
    void closeCodes() {
        CmdbInputs in;
        in.release.releaseId = 7;
        in.release.name = u"Ledger"_qs;
        in.release.version = u"1.0.0"_qs;
        in.rows.deployments.append({100, u"Production"_qs, u"1.0.0"_qs, u"succeeded"_qs});
        in.rows.firstProductionAt = 100;
        QJsonObject f = CmdbRecordBuilder::fields(in);
        QCOMPARE(f.value(u"close_code"_qs).toString(), u"Successful"_qs);
        QCOMPARE(f.value(u"u_validation"_qs).toString(), u"none"_qs);
        // No check, but a metric compared and not degraded: passing, not none.
        in.metricVerdicts = 1;
        QCOMPARE(CmdbRecordBuilder::fields(in).value(u"u_validation"_qs).toString(), u"passing"_qs);
        in.metricVerdicts = 0;
        QCOMPARE(f.value(u"cmdb_ci"_qs).toString(), QString());
        QCOMPARE(f.value(u"start_date"_qs).toString(), QString()); // unscheduled
        in.facts.checks = 2;
        in.facts.uncheckedChecks = {u"a"_qs, u"b"_qs};
        QCOMPARE(CmdbRecordBuilder::fields(in).value(u"u_validation"_qs).toString(), u"pending"_qs);
        in.facts.degradedMetrics = {u"error_rate (Ledger)"_qs};
        f = CmdbRecordBuilder::fields(in);
        QCOMPARE(f.value(u"close_code"_qs).toString(), u"Successful with issues"_qs);
        QCOMPARE(f.value(u"u_validation"_qs).toString(), u"failing"_qs);
        in.facts.reviewRequired = true;
        in.closedAt = 1000;
        QCOMPARE(CmdbRecordBuilder::fields(in).value(u"u_review"_qs).toString(), u"pending"_qs);
        PostReview late;
        late.dueAt = 500;
        in.review = late;
        QCOMPARE(CmdbRecordBuilder::fields(in).value(u"u_review"_qs).toString(), u"late"_qs);
        in.release.status = ReleaseStatus::RolledBack;
        QCOMPARE(CmdbRecordBuilder::fields(in).value(u"close_code"_qs).toString(),
                 u"Unsuccessful"_qs);

        // Rolled back, then redeployed with success: closed as a success with issues.
        CmdbInputs again;
        again.release.releaseId = 8;
        again.rows.deployments.append({100, u"Production"_qs, u"1.0.0"_qs, u"rolled_back"_qs});
        again.rows.deployments.append({200, u"Production"_qs, u"1.0.1"_qs, u"succeeded"_qs});
        again.facts.productionRolledBack = true;
        again.facts.productionSucceeded = true;
        f = CmdbRecordBuilder::fields(again);
        QCOMPARE(f.value(u"close_code"_qs).toString(), u"Successful with issues"_qs);
        QCOMPARE(f.value(u"u_rolled_back"_qs).toString(), u"true"_qs);
        // … but when the rollback came last, it ended unsuccessful.
        again.facts.lastProductionRolledBack = true;
        QCOMPARE(CmdbRecordBuilder::fields(again).value(u"close_code"_qs).toString(),
                 u"Unsuccessful"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_ClosureService)
#include "tst_ClosureService.moc"
