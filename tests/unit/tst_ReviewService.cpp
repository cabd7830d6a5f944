// SPDX-License-Identifier: GPL-3.0-or-later
// The post-implementation review on real files: its lifecycle (start, save, done, reopen),
// undo through the inverse calls, stale saves and roles refused, actions tracked to their end,
// which releases need one and which are late, and the blameless timeline of a real run, its
// checks, incidents and feedback.
#include "ClosureFixture.h"
#include "Fixtures.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "rules/ClosureRules.h"
#include "services/Document.h"
#include "services/ReviewService.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

const qint64 kNow = QDateTime::currentSecsSinceEpoch();
const qint64 kDay = 86400;
const QString kAlice = QStringLiteral("alice");

qint64 auditCount(Database& db, const QString& entity) {
    return queryValue(db.path(),
                      u"SELECT count(*) FROM audit_log WHERE entity = '"_qs + entity + u"'"_qs)
        .toLongLong();
}

} // namespace

class tst_ReviewService : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"review"_qs};

private Q_SLOTS:
    void lifecycleAndUndo() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 deployed = kNow - 2 * kDay;
        const qint64 r = deployedRelease(*doc, deployed, ReleaseType::Major);
        QVERIFY(r > 0);
        ReviewService reviews(doc->database(), Session{kAlice, {}});
        QSignalSpy changed(&reviews, &ReviewService::reviewChanged);

        QVERIFY(!reviews.forRelease(r).value().has_value());
        auto started = reviews.start(r);
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));
        QCOMPARE(started->state, PostReview::State::Draft);
        QCOMPARE(started->dueAt, deployed + kDefaultReviewDueDays * kDay);
        QCOMPARE(started->rowVersion, 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(isRefusal(reviews.start(r), Error::Kind::Validation, u"already has a review"_qs));

        // Done needs a summary, the contributing factors and the lessons; nothing is written.
        PostReview edit = started.value();
        edit.state = PostReview::State::Done;
        edit.summary = u"Cut-over ran long"_qs;
        QVERIFY(isRefusal(reviews.save(edit), Error::Kind::Validation, u"contributing factors"_qs));
        QCOMPARE(reviews.forRelease(r).value()->rowVersion, 1);
        edit.factors = u"The load balancer drained slowly."_qs;
        edit.lessons = u"Lower the drain timeout before the window."_qs;
        edit.wentWell = u"Rollback plan was ready."_qs;
        auto done = reviews.save(edit);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QVERIFY(done->isDone());
        QCOMPARE(done->doneBy, recordedActor(doc->database(), kAlice));
        QVERIFY(qAbs(done->doneAt - kNow) < 60);
        QCOMPARE(done->rowVersion, 2);
        QVERIFY(!done->isLate(kNow));

        // A save at the version the user saw before is stale, naming who saved since.
        PostReview old = started.value();
        old.summary = u"late edit"_qs;
        QVERIFY(isRefusal(reviews.save(old), Error::Kind::Stale,
                          recordedActor(doc->database(), kAlice)));

        // Reopen clears when and by whom it was done.
        PostReview reopen = done.value();
        reopen.state = PostReview::State::Draft;
        auto draft = reviews.save(reopen);
        QVERIFY(draft);
        QCOMPARE(draft->doneAt, 0);
        QVERIFY(draft->doneBy.isEmpty());
        QCOMPARE(draft->summary, u"Cut-over ran long"_qs);

        // Undo of a start is remove; undo of that remove is restore, under the same id.
        QVERIFY(reviews.remove(r, draft->rowVersion));
        QVERIFY(!reviews.forRelease(r).value().has_value());
        auto back = reviews.restore(draft.value());
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->id, draft->id);
        QCOMPARE(back->summary, draft->summary);
        QCOMPARE(back->dueAt, draft->dueAt);
        QVERIFY(isRefusal(reviews.restore(draft.value()), Error::Kind::Stale));
        // start, done, reopen, delete, restore; nothing for the refusals
        QCOMPARE(auditCount(doc->database(), u"post_review"_qs), 5);
    }

    void dueDaysFromTheFile() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 deployed = kNow - kDay;
        const qint64 r = deployedRelease(*doc, deployed);
        exec(doc->database(), u"INSERT INTO meta (key, value) VALUES ('review_due_days', '2')"_qs);
        ReviewService reviews(doc->database(), Session{kAlice, {}});
        auto started = reviews.start(r);
        QVERIFY(started);
        QCOMPARE(started->dueAt, deployed + 2 * kDay);
    }

    void actionsTrackedAndRestored() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r = deployedRelease(*doc, kNow - 3 * kDay);
        ReviewService reviews(doc->database(), Session{kAlice, {}});
        ReviewAction a;
        a.releaseId = r;
        a.title = u"Lower the drain timeout"_qs;
        a.owner = u"Platform team"_qs;
        a.dueAt = kNow - kDay;
        auto added = reviews.createAction(a);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QVERIFY(added->isOverdue(kNow));
        ReviewAction b = a;
        b.title = u"Document the cut-over"_qs;
        b.dueAt = 0;
        QVERIFY(reviews.createAction(b));
        QCOMPARE(reviews.openActions().value().size(), 2);
        QCOMPARE(reviews.openActions().value().first().title, a.title); // due first

        ReviewAction untitled = a;
        untitled.title = u"  "_qs;
        QVERIFY(isRefusal(reviews.createAction(untitled), Error::Kind::Validation, u"title"_qs));

        ReviewAction finish = added.value();
        finish.state = ReviewAction::State::Done;
        auto finished = reviews.updateAction(finish);
        QVERIFY(finished);
        QVERIFY(finished->doneAt > 0);
        QVERIFY(!finished->isOverdue(kNow));
        QCOMPARE(reviews.openActions().value().size(), 1);
        QVERIFY(isRefusal(reviews.updateAction(finish), Error::Kind::Stale)); // old version
        // Undo of "done" is the earlier image again: open, no done time.
        ReviewAction undo = added.value();
        undo.rowVersion = finished->rowVersion;
        auto reopened = reviews.updateAction(undo);
        QVERIFY(reopened);
        QCOMPARE(reopened->state, ReviewAction::State::Open);
        QCOMPARE(reopened->doneAt, 0);

        QVERIFY(reviews.removeAction(reopened->id, reopened->rowVersion));
        QCOMPARE(reviews.actions(r).value().size(), 1);
        auto restored = reviews.restoreAction(reopened.value());
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(restored->id, reopened->id);
        QCOMPARE(restored->title, reopened->title);
        QCOMPARE(restored->owner, reopened->owner);
        QCOMPARE(reviews.actions(r).value().size(), 2);
        QCOMPARE(auditCount(doc->database(), u"review_action"_qs), 6);
    }

    void rolesRefused() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r = deployedRelease(*doc, kNow - 3 * kDay);
        QVERIFY(addPeople(doc->database(), kAlice,
                          {personWithLogin(u"Alice"_qs, kAlice, {u"release_manager"_qs}),
                           personWithLogin(u"Dee"_qs, u"dee"_qs, {u"deployer"_qs}),
                           personWithLogin(u"Otto"_qs, u"otto"_qs, {u"operations"_qs})}));
        ReviewService asDeployer(doc->database(), Session{u"dee"_qs, {}});
        QVERIFY(isRefusal(asDeployer.start(r), Error::Kind::Permission));
        ReviewAction a;
        a.releaseId = r;
        a.title = u"Anything"_qs;
        QVERIFY(isRefusal(asDeployer.createAction(a), Error::Kind::Permission));
        QVERIFY(!asDeployer.forRelease(r).value().has_value());
        QCOMPARE(auditCount(doc->database(), u"post_review"_qs), 0);
        // Operations may.
        ReviewService asOps(doc->database(), Session{u"otto"_qs, {}});
        auto started = asOps.start(r);
        QVERIFY(started);
        PostReview edit = started.value();
        edit.summary = u"by operations"_qs;
        QVERIFY(asOps.save(edit));
        edit.rowVersion = 2;
        edit.summary = u"by a deployer"_qs;
        QVERIFY(isRefusal(asDeployer.save(edit), Error::Kind::Permission));
        QCOMPARE(asOps.forRelease(r).value()->summary, u"by operations"_qs);
    }

    void requiredAndLate() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 deployed = kNow - 10 * kDay;
        const qint64 major = deployedRelease(*doc, deployed, ReleaseType::Major);
        ReviewService reviews(db, Session{kAlice, {}});
        QVERIFY(reviews.isRequired(major).value());
        // A minor release of another product, deployed as long ago: not required.
        exec(db, u"INSERT INTO services (id, name, created_by, created_at, updated_by, "
                 "updated_at) VALUES (3, 'Ledger', 't', 0, 't', 0)"_qs);
        Release other = releaseBetween(u"Ledger"_qs, deployed - 3600, deployed + 3600);
        other.version = u"1.1.0"_qs;
        other.productId = 3;
        const qint64 minor = createRelease(doc->releases(), other);
        QVERIFY(minor > 0);
        exec(db, u"UPDATE releases SET status = 'deployed' WHERE id = %1"_qs.arg(minor));
        exec(db, u"INSERT INTO "
                 "deployments (release_id, environment_id, version, outcome, deployed_by, "
                 "deployed_at, created_by, created_at) VALUES (%1, 1, '1.1.0', 'succeeded', "
                 "'x', %2, 'x', 0)"_qs.arg(minor)
                     .arg(deployed));
        QVERIFY(!reviews.isRequired(minor).value());

        auto late = reviews.lateReviews(kNow);
        QVERIFY2(late, late ? "" : qPrintable(late.error().message));
        QCOMPARE(late->keys(), QList<qint64>{major});
        QCOMPARE(late->value(major), deployed + kDefaultReviewDueDays * kDay);

        // The file asks minor releases too; a rolled-back deployment asks by default.
        exec(db, u"INSERT INTO meta (key, value) VALUES ('review_required_for', 'minor')"_qs);
        QVERIFY(reviews.isRequired(minor).value());
        QVERIFY(!reviews.isRequired(major).value());
        exec(db, u"UPDATE meta SET value = 'rolled_back' WHERE key = 'review_required_for'"_qs);
        exec(db,
             u"UPDATE deployments SET outcome = 'rolled_back' WHERE release_id = %1"_qs.arg(minor));
        QVERIFY(reviews.isRequired(minor).value());

        // Done on time is not late; done after its due date is.
        exec(db, u"DELETE FROM meta WHERE key = 'review_required_for'"_qs);
        auto started = reviews.start(major);
        QVERIFY(started);
        QCOMPARE(started->dueAt, deployed + kDefaultReviewDueDays * kDay);
        PostReview done = started.value();
        done.state = PostReview::State::Done;
        done.summary = done.factors = done.lessons = u"x"_qs;
        QVERIFY(reviews.save(done));
        QVERIFY(reviews.lateReviews(kNow).value().contains(major)); // done today, due days ago
        exec(db, u"UPDATE post_reviews SET due_at = %1"_qs.arg(kNow + kDay));
        QVERIFY(!reviews.lateReviews(kNow).value().contains(major));
    }

    void blamelessTimeline() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 deployed = kNow - 4 * kDay;
        const qint64 r = deployedRelease(*doc, deployed, ReleaseType::Major);
        meetClosure(db, r, deployed);
        addRun(db, r, deployed);
        // A failing result a week before (another release's window) is not shown.
        exec(db, u"INSERT INTO validation_results (check_id, release_id, run_at, ok, reason, "
                 "run_by) VALUES (1, %1, %2, 0, 'old', 'olga')"_qs.arg(r)
                     .arg((deployed - 7 * kDay) * 1000));
        exec(db, u"INSERT INTO feedback_entries (release_id, team, what, severity, reported_at, "
                 "created_by, created_at, updated_by, updated_at) VALUES (%1, 'Service desk', "
                 "'Slow receipts for some users', 'high', %2, 'olga', 0, 'olga', 0)"_qs.arg(r)
                     .arg(deployed + 5 * 3600));
        exec(db, u"INSERT INTO incidents (number, source, title, opened_at, resolved_at, "
                 "priority, service, imported_at, imported_by) VALUES "
                 "('INC0010001', 'servicenow', 'Basket errors', %1, %2, 'P2', 'checkout web', 0, "
                 "'olga'), ('INC0010002', 'servicenow', 'Printer', %1, NULL, 'P4', 'Office', 0, "
                 "'olga'), ('INC0010003', 'servicenow', 'Late one', %3, NULL, 'P3', "
                 "'Payments API', 0, 'olga')"_qs.arg(deployed + 2 * 3600)
                     .arg(deployed + 3 * 3600)
                     .arg(deployed + 100 * 3600));
        ReviewService reviews(db, Session{kAlice, {}});
        QVERIFY(reviews.start(r));

        auto timeline = reviews.timeline(r);
        QVERIFY2(timeline, timeline ? "" : qPrintable(timeline.error().message));
        QStringList texts;
        QStringList kinds;
        qint64 last = 0;
        for (const TimelineEntry& e : timeline.value()) {
            texts << e.text;
            kinds << e.kind;
            QVERIFY2(e.atUtc >= last, qPrintable(e.text)); // oldest first
            last = e.atUtc;
            // Blameless: no login, no person's name.
            QVERIFY2(!e.text.contains(u"olga"_qs, Qt::CaseInsensitive), qPrintable(e.text));
            QVERIFY2(!e.text.contains(u"Petrova"_qs), qPrintable(e.text));
        }
        const QStringList expected{
            u"Runbook run started"_qs,
            u"Step S1 “Drain node” done"_qs,
            u"Go decided at S2: error rate flat"_qs,
            u"Rollback trigger “Slow cutover” fired: S2 ran past 1.5 times its planned 5 min"_qs,
            u"Step S2 “Switch traffic” done (12 min late)"_qs,
            u"Runbook run ended: succeeded"_qs,
            u"Version 2.4.0 deployed to Production: succeeded"_qs,
            u"Check “Health” failed: HTTP 503"_qs,
            u"Check “Health” recovered"_qs,
        };
        QCOMPARE(texts.mid(0, expected.size()), expected);
        int incident = -1;
        for (int i = 0; i < texts.size() && incident < 0; ++i)
            if (texts[i].startsWith(u"Incident INC0010001 opened"_qs))
                incident = i;
        QVERIFY2(incident > 0, qPrintable(texts.join(u'\n')));
        QVERIFY(texts[incident].contains(u"Basket errors"_qs));
        QCOMPARE(texts[incident + 1], u"Incident INC0010001 resolved"_qs);
        QCOMPARE(texts[incident + 2],
                 u"Feedback from Service desk (high): Slow receipts for some users"_qs);
        QVERIFY(!texts.join(u'\n').contains(u"INC0010002"_qs)); // another service
        QVERIFY(!texts.join(u'\n').contains(u"INC0010003"_qs)); // after the 72 hours
        QVERIFY(!texts.join(u'\n').contains(u"old"_qs));
        QCOMPARE(texts.last(), u"Review due"_qs);
        QCOMPARE(kinds.first(), u"run"_qs);
        QVERIFY(kinds.contains(u"step"_qs) && kinds.contains(u"decision"_qs) &&
                kinds.contains(u"trigger"_qs) && kinds.contains(u"deployment"_qs) &&
                kinds.contains(u"check"_qs) && kinds.contains(u"incident"_qs) &&
                kinds.contains(u"feedback"_qs) && kinds.contains(u"review"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_ReviewService)
#include "tst_ReviewService.moc"
