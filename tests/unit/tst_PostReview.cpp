// SPDX-License-Identifier: GPL-3.0-or-later
// The review's domain: keys round-trip, when a review is late, what marking it done needs,
// action and checklist validation, and the audit images.
#include "domain/PostReview.h"

#include <QTest>

using namespace slipway;

class tst_PostReview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keysRoundTrip() {
        for (auto s : {PostReview::State::Draft, PostReview::State::Done})
            QCOMPARE(reviewStateFromKey(toKey(s)), s);
        for (auto s :
             {ReviewAction::State::Open, ReviewAction::State::Done, ReviewAction::State::Dropped}) {
            QCOMPARE(actionStateFromKey(toKey(s)), s);
            QVERIFY(!displayName(s).isEmpty());
        }
        QStringList keys;
        for (ChecklistKey k : allChecklistKeys()) {
            QCOMPARE(checklistKeyFromKey(toKey(k)), k);
            keys << toKey(k);
        }
        QCOMPARE(keys, (QStringList{u"runbooks"_qs, u"monitoring"_qs, u"alerts"_qs, u"backup"_qs,
                                    u"documentation"_qs}));
        QCOMPARE(displayName(ChecklistKey::Alerts), u"Alert thresholds"_qs);
        QCOMPARE(displayName(ChecklistKey::Backup), u"Backup strategy"_qs);
        for (auto s : {ChecklistItem::State::Open, ChecklistItem::State::Done,
                       ChecklistItem::State::NotApplicable})
            QCOMPARE(checklistStateFromKey(toKey(s)), s);
        QCOMPARE(toKey(ChecklistItem::State::NotApplicable), u"not_applicable"_qs);
        QVERIFY(!reviewStateFromKey(u"Done"_qs));
        QVERIFY(!checklistKeyFromKey(u""_qs));
        QVERIFY(!actionStateFromKey(u"closed"_qs));
    }

    void lateness() {
        PostReview r;
        r.dueAt = 1000;
        QVERIFY(!r.isLate(1000));
        QVERIFY(r.isLate(1001)); // a draft past its due date
        r.state = PostReview::State::Done;
        r.doneAt = 999;
        QVERIFY(!r.isLate(5000)); // done in time stays in time
        r.doneAt = 1001;
        QVERIFY(r.isLate(1001));
        PostReview undated;
        QVERIFY(!undated.isLate(1 << 30));

        ReviewAction a;
        a.dueAt = 100;
        QVERIFY(a.isOverdue(101));
        a.state = ReviewAction::State::Dropped;
        QVERIFY(!a.isOverdue(101));
    }

    void markingDoneNeedsTheText() {
        PostReview r;
        r.releaseId = 3;
        QVERIFY(validateReview(r).isEmpty()); // a draft may be empty
        r.state = PostReview::State::Done;
        QStringList fields;
        for (const FieldProblem& p : validateReview(r))
            fields << p.field;
        QCOMPARE(fields, (QStringList{u"summary"_qs, u"factors"_qs, u"lessons"_qs}));
        r.summary = u"s"_qs;
        r.factors = u"  "_qs;
        r.lessons = u"l"_qs;
        QCOMPARE(validateReview(r).size(), 1);
        r.factors = u"f"_qs;
        QVERIFY(validateReview(r).isEmpty());
        r.lessons = QString(100001, u'x');
        QCOMPARE(validateReview(r).size(), 1);
        r.releaseId = 0;
        r.lessons = u"l"_qs;
        QCOMPARE(validateReview(r).first().field, u"release"_qs);
    }

    void actionsAndItems() {
        ReviewAction a;
        a.releaseId = 1;
        QCOMPARE(validateAction(a).size(), 1);
        a.title = u"Fix the alert"_qs;
        QVERIFY(validateAction(a).isEmpty());
        a.owner = QString(201, u'o');
        QCOMPARE(validateAction(a).size(), 1);

        ChecklistItem item;
        item.releaseId = 1;
        item.key = ChecklistKey::Monitoring;
        QVERIFY(validateChecklistItem(item).isEmpty()); // open
        item.state = ChecklistItem::State::Done;
        QCOMPARE(validateChecklistItem(item).size(), 1);
        QVERIFY(validateChecklistItem(item).first().message.startsWith(
            u"Monitoring configuration:"_qs));
        item.reference = u"https://git.example/ops/commit/abc123"_qs;
        QVERIFY(validateChecklistItem(item).isEmpty());
        item.state = ChecklistItem::State::NotApplicable;
        QCOMPARE(validateChecklistItem(item).first().field, u"reason"_qs);
        item.reason = u"nothing monitored changed"_qs;
        QVERIFY(validateChecklistItem(item).isEmpty());
    }

    void auditImages() {
        PostReview r;
        r.id = 4;
        r.releaseId = 9;
        r.summary = u"Went fine"_qs;
        r.dueAt = 1794000000;
        const QJsonObject j = toJson(r);
        QCOMPARE(j.value(u"state"_qs).toString(), u"draft"_qs);
        QCOMPARE(j.value(u"release_id"_qs).toInteger(), 9);
        QCOMPARE(j.value(u"summary"_qs).toString(), u"Went fine"_qs);
        QCOMPARE(j.value(u"due_at"_qs).toString(), u"2026-11-06T21:20:00Z"_qs);
        QVERIFY(j.value(u"done_at"_qs).isNull());

        ChecklistItem item;
        item.releaseId = 9;
        item.key = ChecklistKey::Backup;
        item.state = ChecklistItem::State::NotApplicable;
        item.reason = u"stateless"_qs;
        const QJsonObject c = toJson(item);
        QCOMPARE(c.value(u"item"_qs).toString(), u"backup"_qs);
        QCOMPARE(c.value(u"state"_qs).toString(), u"not_applicable"_qs);
        QCOMPARE(c.value(u"reason"_qs).toString(), u"stateless"_qs);

        ReviewAction a;
        a.title = u"t"_qs;
        a.state = ReviewAction::State::Dropped;
        QCOMPARE(toJson(a).value(u"state"_qs).toString(), u"dropped"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_PostReview)
#include "tst_PostReview.moc"
