// SPDX-License-Identifier: GPL-3.0-or-later
// What closing a release needs beyond the lifecycle's own guards, on plain facts: which
// releases need a review, the 72-hour feedback window, and one sentence per unmet condition
// in a fixed order.
#include "rules/ClosureRules.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace slipway;

Q_DECLARE_METATYPE(slipway::ReleaseType)

namespace {

qint64 utc(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODate).toSecsSinceEpoch();
}

const qint64 kDeployed = utc(u"2026-11-01T10:00:00Z"_qs);
const qint64 kLater = kDeployed + 10 * 86400;

// A release deployed once, successfully, that has everything closing needs.
ClosureFacts settled() {
    ClosureFacts f;
    f.productionSucceeded = true;
    f.firstProductionAt = kDeployed;
    f.checks = 2;
    return f;
}

} // namespace

class TestClosureRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reviewRequired_data() {
        QTest::addColumn<ReleaseType>("type");
        QTest::addColumn<bool>("failed");
        QTest::addColumn<bool>("rolledBack");
        QTest::addColumn<QStringList>("requiredFor");
        QTest::addColumn<bool>("required");
        const QStringList byDefault = defaultReviewRequiredFor();
        QTest::newRow("major") << ReleaseType::Major << false << false << byDefault << true;
        QTest::newRow("emergency") << ReleaseType::Emergency << false << false << byDefault << true;
        QTest::newRow("minor") << ReleaseType::Minor << false << false << byDefault << false;
        QTest::newRow("patch") << ReleaseType::Patch << false << false << byDefault << false;
        QTest::newRow("minor that failed once")
            << ReleaseType::Minor << true << false << byDefault << true;
        QTest::newRow("patch rolled back")
            << ReleaseType::Patch << false << true << byDefault << true;
        const QStringList custom{u" Minor"_qs, u"rolled_back "_qs};
        QTest::newRow("custom: minor") << ReleaseType::Minor << false << false << custom << true;
        QTest::newRow("custom: major") << ReleaseType::Major << false << false << custom << false;
        QTest::newRow("custom: failed not listed")
            << ReleaseType::Patch << true << false << custom << false;
        QTest::newRow("custom: rolled back")
            << ReleaseType::Patch << false << true << custom << true;
        QTest::newRow("none asked")
            << ReleaseType::Emergency << true << true << QStringList() << false;
    }

    void reviewRequired() {
        QFETCH(ReleaseType, type);
        QFETCH(bool, failed);
        QFETCH(bool, rolledBack);
        QFETCH(QStringList, requiredFor);
        QFETCH(bool, required);
        QCOMPARE(isReviewRequired(type, failed, rolledBack, requiredFor), required);
    }

    void defaults() {
        QCOMPARE(defaultReviewRequiredFor(),
                 (QStringList{u"major"_qs, u"emergency"_qs, u"failed"_qs, u"rolled_back"_qs}));
        QCOMPARE(feedbackWindowEnd(0), qint64(0));
        QCOMPARE(feedbackWindowEnd(kDeployed), utc(u"2026-11-04T10:00:00Z"_qs));
    }

    void settledReleaseCloses() {
        QVERIFY(closureBlockers(settled(), kLater).isEmpty());
        // A minute before the 72 hours are over it cannot; at the end it can.
        const qint64 end = feedbackWindowEnd(kDeployed);
        QCOMPARE(closureBlockers(settled(), end - 60),
                 QStringList{u"the 72-hour feedback window ends 2026-11-04 10:00 UTC"_qs});
        QVERIFY(closureBlockers(settled(), end).isEmpty());
    }

    void eachCondition_data() {
        QTest::addColumn<int>("condition");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("rolled back, no review")
            << 0
            << u"the production deployment was rolled back and no post-implementation "
               "review has been started"_qs;
        QTest::newRow("rolled back, review a draft")
            << 1
            << u"the production deployment was rolled back and its post-implementation review "
               "is not done"_qs;
        QTest::newRow("failing check") << 2 << u"1 check(s) failed their latest run: “Health”"_qs;
        QTest::newRow("never run")
            << 3 << u"2 check(s) never run for the release: “Login”, “Pay”"_qs;
        QTest::newRow("degraded metric")
            << 4 << u"1 metric(s) degraded against their baseline: “error_rate (Payments API)”"_qs;
        QTest::newRow("required review not started")
            << 5 << u"the required post-implementation review has not been started"_qs;
        QTest::newRow("required review a draft")
            << 6 << u"the required post-implementation review is not done"_qs;
        QTest::newRow("checklist open")
            << 7 << u"2 closure checklist item(s) open: Runbooks, Backup strategy"_qs;
        QTest::newRow("success metric without actual")
            << 8 << u"1 success metric(s) without an actual: “Checkout conversion”"_qs;
    }

    void eachCondition() {
        QFETCH(int, condition);
        QFETCH(QString, sentence);
        ClosureFacts f = settled();
        switch (condition) {
        case 0:
            f.productionSucceeded = false;
            f.productionRolledBack = true;
            break;
        case 1:
            f.productionSucceeded = false;
            f.productionRolledBack = true;
            f.reviewExists = true;
            break;
        case 2:
            f.failingChecks = {u"Health"_qs};
            break;
        case 3:
            f.uncheckedChecks = {u"Login"_qs, u"Pay"_qs};
            break;
        case 4:
            f.degradedMetrics = {u"error_rate (Payments API)"_qs};
            break;
        case 5:
            f.reviewRequired = true;
            break;
        case 6:
            f.reviewRequired = true;
            f.reviewExists = true;
            break;
        case 7:
            f.openChecklistItems = {u"Runbooks"_qs, u"Backup strategy"_qs};
            break;
        case 8:
            f.metricsWithoutActual = {u"Checkout conversion"_qs};
            break;
        }
        QCOMPARE(closureBlockers(f, kLater), QStringList{sentence});
        // What settles the condition lets the release close again.
        if (condition <= 1 || condition == 5 || condition == 6) {
            f.reviewExists = true;
            f.reviewDone = true;
            QVERIFY(closureBlockers(f, kLater).isEmpty());
        }
    }

    // A release rolled back and then deployed again successfully closes on the successful
    // deployment; whether its rollback needs a review is the review rule's question.
    void redeployedAfterRollback() {
        ClosureFacts f = settled();
        f.productionRolledBack = true;
        QVERIFY(closureBlockers(f, kLater).isEmpty());
        f.reviewRequired = true;
        QCOMPARE(closureBlockers(f, kLater),
                 QStringList{u"the required post-implementation review has not been started"_qs});
    }

    // Rolled back after a successful deployment: the release ended rolled back, and closing
    // it needs the review even where the file asks no review for rollbacks.
    void rolledBackAfterSuccess() {
        ClosureFacts f = settled();
        f.productionRolledBack = true;
        f.lastProductionRolledBack = true;
        QCOMPARE(closureBlockers(f, kLater),
                 QStringList{u"the production deployment was rolled back and no "
                             "post-implementation review has been started"_qs});
        f.reviewExists = true;
        f.reviewDone = true;
        QVERIFY(closureBlockers(f, kLater).isEmpty());
    }

    // Every condition at once, in the order the header promises; a rollback's review is
    // named once, not again as the required review.
    void order() {
        ClosureFacts f;
        f.productionRolledBack = true;
        f.firstProductionAt = kDeployed;
        f.reviewRequired = true;
        f.failingChecks = {u"A"_qs, u"B"_qs, u"C"_qs, u"D"_qs, u"E"_qs};
        f.uncheckedChecks = {u"F"_qs};
        f.degradedMetrics = {u"latency (Web)"_qs};
        f.openChecklistItems = {u"Documentation"_qs};
        f.metricsWithoutActual = {u"NPS"_qs};
        const QStringList blockers = closureBlockers(f, kDeployed + 3600);
        QCOMPARE(blockers,
                 (QStringList{u"the production deployment was rolled back and no "
                              "post-implementation review has been started"_qs,
                              u"5 check(s) failed their latest run: “A”, “B”, “C” and 2 more"_qs,
                              u"1 check(s) never run for the release: “F”"_qs,
                              u"1 metric(s) degraded against their baseline: “latency (Web)”"_qs,
                              u"the 72-hour feedback window ends 2026-11-04 10:00 UTC"_qs,
                              u"1 closure checklist item(s) open: Documentation"_qs,
                              u"1 success metric(s) without an actual: “NPS”"_qs}));
    }

    // No production deployment: no window to wait for (the lifecycle's Deployment guard says
    // what is missing).
    void notDeployed() {
        ClosureFacts f;
        QVERIFY(closureBlockers(f, kDeployed).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClosureRules)
#include "tst_ClosureRules.moc"
