// SPDX-License-Identifier: GPL-3.0-or-later
// The dependency rule and the trade-off rule as pure logic: which committed items are
// warned about, with both items named, and which moves need a rationale.
#include "rules/ScopeDependencyRule.h"
#include "rules/ScopeMoveRule.h"

#include <QTest>

using namespace slipway;

namespace {

ScopeItem item(qint64 id, const QString& key, ScopeStatus status, qint64 releaseId) {
    ScopeItem s;
    s.id = id;
    s.title = u"Item %1"_qs.arg(id);
    s.externalKey = key;
    s.status = status;
    s.releaseId = releaseId;
    return s;
}

ScopeRelease release(qint64 id, const QString& version, qint64 windowStart) {
    ScopeRelease r;
    r.id = id;
    r.name = u"Payments"_qs;
    r.version = version;
    r.windowStart = windowStart;
    return r;
}

} // namespace

class tst_ScopeDependencyRule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void warnsWhenANeededItemWillNotBeThere_data() {
        QTest::addColumn<int>("aStatus");
        QTest::addColumn<int>("bStatus");
        QTest::addColumn<qint64>("bRelease");
        QTest::addColumn<QString>("reason"); // empty: no warning

        const qint64 early = 10;
        const qint64 late = 20;
        const qint64 unscheduled = 30;
        const int committed = int(ScopeStatus::Committed);
        QTest::newRow("B deferred")
            << committed << int(ScopeStatus::Deferred) << early << u"deferred"_qs;
        QTest::newRow("B in the backlog")
            << committed << int(ScopeStatus::Proposed) << qint64(0) << u"backlog"_qs;
        QTest::newRow("B deferred in the backlog")
            << committed << int(ScopeStatus::Deferred) << qint64(0) << u"deferred"_qs;
        QTest::newRow("B in a later release")
            << committed << int(ScopeStatus::Committed) << late << u"later_release"_qs;
        QTest::newRow("B in an unscheduled release")
            << committed << int(ScopeStatus::Proposed) << unscheduled << u"later_release"_qs;
        QTest::newRow("B in the same release")
            << committed << int(ScopeStatus::Proposed) << early << QString();
        QTest::newRow("B done in the same release")
            << committed << int(ScopeStatus::Done) << early << QString();
        QTest::newRow("A in progress, B deferred")
            << int(ScopeStatus::InProgress) << int(ScopeStatus::Deferred) << early
            << u"deferred"_qs;
        QTest::newRow("A only proposed")
            << int(ScopeStatus::Proposed) << int(ScopeStatus::Deferred) << early << QString();
        QTest::newRow("A deferred itself")
            << int(ScopeStatus::Deferred) << int(ScopeStatus::Proposed) << qint64(0) << QString();
    }

    void warnsWhenANeededItemWillNotBeThere() {
        QFETCH(int, aStatus);
        QFETCH(int, bStatus);
        QFETCH(qint64, bRelease);
        QFETCH(QString, reason);
        // A sits in the earlier release (10); 20 goes out later; 30 has no window yet.
        const QList<ScopeRelease> releases{release(20, u"2.5.0"_qs, 2000),
                                           release(10, u"2.4.0"_qs, 1000),
                                           release(30, u"3.0.0"_qs, 0)};
        const QList<ScopeItem> items{
            item(1, u"PAY-1"_qs, ScopeStatus(aStatus), 10),
            item(2, u"PAY-2"_qs, ScopeStatus(bStatus), bRelease),
        };
        const auto warnings = ScopeDependencyRule::check(items, {{1, 2}}, releases);
        if (reason.isEmpty()) {
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.value(0).message));
            return;
        }
        QCOMPARE(warnings.size(), 1);
        const DependencyWarning& w = warnings.first();
        QCOMPARE(w.itemId, 1);
        QCOMPARE(w.needsId, 2);
        QCOMPARE(DependencyWarning::reasonKey(w.reason), reason);
        // The message names both items, by key and title, and the release.
        QVERIFY2(w.message.contains(u"PAY-1 “Item 1”"_qs), qPrintable(w.message));
        QVERIFY2(w.message.contains(u"PAY-2 “Item 2”"_qs), qPrintable(w.message));
        QVERIFY2(w.message.contains(u"2.4.0"_qs), qPrintable(w.message));
    }

    void anEarlierReleaseIsFine() {
        const QList<ScopeRelease> releases{release(10, u"2.4.0"_qs, 1000),
                                           release(20, u"2.5.0"_qs, 2000)};
        const QList<ScopeItem> items{item(1, {}, ScopeStatus::Committed, 20),
                                     item(2, {}, ScopeStatus::Committed, 10)};
        QVERIFY(ScopeDependencyRule::check(items, {{1, 2}}, releases).isEmpty());
        // Reversed: the earlier release needs the later one.
        const auto warnings = ScopeDependencyRule::check(items, {{2, 1}}, releases);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().message.contains(u"“Item 2”"_qs));
    }

    void loopsAreDetected() {
        const QList<std::pair<qint64, qint64>> deps{{1, 2}, {2, 3}};
        QVERIFY(ScopeDependencyRule::wouldCycle(deps, 3, 1));
        QVERIFY(ScopeDependencyRule::wouldCycle(deps, 2, 1));
        QVERIFY(ScopeDependencyRule::wouldCycle(deps, 4, 4));
        QVERIFY(!ScopeDependencyRule::wouldCycle(deps, 1, 3));
        QVERIFY(!ScopeDependencyRule::wouldCycle(deps, 4, 1));
    }

    void tradeoffsNeedARationale_data() {
        QTest::addColumn<int>("fromStatus");
        QTest::addColumn<qint64>("fromRelease");
        QTest::addColumn<int>("toStatus");
        QTest::addColumn<qint64>("toRelease");
        QTest::addColumn<bool>("needed");
        const int proposed = int(ScopeStatus::Proposed);
        const int committed = int(ScopeStatus::Committed);
        const int deferred = int(ScopeStatus::Deferred);
        QTest::newRow("committed to backlog")
            << committed << qint64(1) << proposed << qint64(0) << true;
        QTest::newRow("committed to another release")
            << committed << qint64(1) << committed << qint64(2) << true;
        QTest::newRow("in progress to another release")
            << int(ScopeStatus::InProgress) << qint64(1) << proposed << qint64(2) << true;
        QTest::newRow("committed deferred in place")
            << committed << qint64(1) << deferred << qint64(1) << true;
        QTest::newRow("proposed deferred")
            << proposed << qint64(1) << deferred << qint64(1) << true;
        QTest::newRow("committed back to proposed")
            << committed << qint64(1) << proposed << qint64(1) << false;
        QTest::newRow("proposed to another release")
            << proposed << qint64(1) << proposed << qint64(2) << false;
        QTest::newRow("backlog to committed")
            << proposed << qint64(0) << committed << qint64(1) << false;
        QTest::newRow("deferred stays deferred elsewhere")
            << deferred << qint64(1) << deferred << qint64(0) << false;
        QTest::newRow("done to another release")
            << int(ScopeStatus::Done) << qint64(1) << int(ScopeStatus::Done) << qint64(2) << false;
    }

    void tradeoffsNeedARationale() {
        QFETCH(int, fromStatus);
        QFETCH(qint64, fromRelease);
        QFETCH(int, toStatus);
        QFETCH(qint64, toRelease);
        QFETCH(bool, needed);
        const ScopeItem before = item(1, {}, ScopeStatus(fromStatus), fromRelease);
        QCOMPARE(ScopeMoveRule::needsRationale(before, ScopeStatus(toStatus), toRelease), needed);
    }

    void backlogKeepsOnlyDeferredOrProposed() {
        QCOMPARE(ScopeMoveRule::statusInBacklog(ScopeStatus::Committed), ScopeStatus::Proposed);
        QCOMPARE(ScopeMoveRule::statusInBacklog(ScopeStatus::Done), ScopeStatus::Proposed);
        QCOMPARE(ScopeMoveRule::statusInBacklog(ScopeStatus::Deferred), ScopeStatus::Deferred);
    }
};

QTEST_GUILESS_MAIN(tst_ScopeDependencyRule)
#include "tst_ScopeDependencyRule.moc"
