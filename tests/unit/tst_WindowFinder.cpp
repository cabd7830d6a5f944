// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/ConflictEngine.h"
#include "rules/WindowFinder.h"

#include <QTest>

using namespace slipway;

namespace {

qint64 utc(int d, int h, int mi = 0) {
    return QDateTime(QDate(2026, 12, d), QTime(h, mi), Qt::UTC).toSecsSinceEpoch();
}

WindowRequest request(qint64 earliest, qint64 hours) {
    WindowRequest r;
    r.release.releaseId = 1;
    r.release.label = u"Payments API 2.5.0"_qs;
    r.release.serviceIds = {1};
    r.earliest = earliest;
    r.durationSecs = hours * 3600;
    return r;
}

} // namespace

class tst_WindowFinder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freeCalendarGivesTheEarliestSlot() {
        const ConflictEngine engine({});
        const auto p = WindowFinder::find(engine, request(utc(1, 9, 7), 4));
        QVERIFY(p.when);
        QCOMPARE(p.when->start, utc(1, 9, 15)); // on the 15-minute grid
        QCOMPARE(p.when->length(), 4 * 3600);
        QVERIFY(p.rejected.isEmpty());
    }

    void jumpsPastAHardBlackoutAndSaysWhy() {
        ScheduleInputs in;
        in.blackouts.append({1, u"Month-end close"_qs, {utc(1, 0), utc(3, 0)}, true, true, {}});
        const ConflictEngine engine(in);
        const auto p = WindowFinder::find(engine, request(utc(1, 8), 4));
        QVERIFY(p.when);
        QCOMPARE(p.when->start, utc(3, 0));
        QCOMPARE(p.rejected.size(), 1);
        QCOMPARE(p.rejected.first().reasons.first().otherLabel, u"Month-end close"_qs);
        QVERIFY(p.candidatesTried <= 3);
    }

    void prefersNoSoftConflictWhenOneIsReachable() {
        ScheduleInputs in;
        in.blackouts.append({1, u"Marketing campaign"_qs, {utc(1, 0), utc(2, 0)}, false, true, {}});
        const ConflictEngine engine(in);
        const auto p = WindowFinder::find(engine, request(utc(1, 8), 2));
        QVERIFY(p.when);
        QCOMPARE(p.when->start, utc(2, 0));
        QVERIFY(p.softConflicts.isEmpty());
    }

    void acceptsFewestSoftWhenNothingIsClean() {
        ScheduleInputs in;
        in.blackouts.append({1, u"Peak season"_qs, {utc(1, 0), utc(31, 0)}, false, true, {}});
        in.blackouts.append({2, u"Sale weekend"_qs, {utc(5, 0), utc(7, 0)}, false, true, {}});
        WindowRequest r = request(utc(4, 20), 8);
        r.horizonSecs = 10 * 86400;
        const auto p = WindowFinder::find(ConflictEngine(in), r);
        QVERIFY(p.when);
        QCOMPARE(p.softConflicts.size(), 1);
        QCOMPARE(p.softConflicts.first().otherLabel, u"Peak season"_qs);
        QCOMPARE(p.when->start, utc(7, 0));
    }

    void needsTheRolesAndTheSharedEnvironment() {
        ScheduleInputs in;
        in.environments.append({100, u"staging-shared"_qs, true});
        ScheduledWindow other;
        other.releaseId = 2;
        other.label = u"Checkout 3.1.0"_qs;
        other.when = {utc(7, 9), utc(7, 13)};
        other.environmentIds = {100};
        in.windows.append(other);
        PersonSchedule qa;
        qa.name = u"Greta QA"_qs;
        qa.zone = u"Europe/Berlin"_qs;
        qa.roles = {u"qa"_qs};
        in.people.append(qa);
        WindowRequest r = request(utc(5, 6), 3); // Saturday morning
        r.release.environmentIds = {100};
        r.release.requiredRoles = {u"qa"_qs};
        const auto p = WindowFinder::find(ConflictEngine(in), r);
        QVERIFY(p.when);
        // Monday 7 Dec: 09:00-12:00 Berlin is 08:00-11:00 UTC, but the shared environment is
        // taken from 09:00 UTC; the earliest clean slot is 13:00 UTC (14:00-17:00 Berlin).
        QCOMPARE(p.when->start, utc(7, 13));
        bool sawRole = false, sawEnv = false;
        for (const auto& rej : p.rejected)
            for (const auto& c : rej.reasons) {
                sawRole |= c.kind == Conflict::Kind::RoleUncovered;
                sawEnv |= c.kind == Conflict::Kind::EnvironmentDoubleBooked;
            }
        QVERIFY(sawRole && sawEnv);
        // The weekend's many candidates come back as one run, not one line each.
        QCOMPARE(p.rejected.first().reasons.first().kind, Conflict::Kind::RoleUncovered);
        QVERIFY(p.rejected.first().candidates > 100);
    }

    void nothingWithinTheHorizon() {
        ScheduleInputs in;
        in.blackouts.append({1, u"Change freeze"_qs, {utc(1, 0), utc(31, 0)}, true, true, {}});
        WindowRequest r = request(utc(2, 0), 4);
        r.horizonSecs = 7 * 86400;
        const auto p = WindowFinder::find(ConflictEngine(in), r);
        QVERIFY(!p.when);
        QVERIFY(!p.rejected.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_WindowFinder)
#include "tst_WindowFinder.moc"
