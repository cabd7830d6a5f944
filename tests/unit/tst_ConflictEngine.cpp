// SPDX-License-Identifier: GPL-3.0-or-later
// Every conflict kind is found, named on both sides, and none is invented.
#include "rules/ConflictEngine.h"

#include <QTest>

using namespace slipway;

namespace {

qint64 utc(int d, int h, int mi = 0) // days of December 2026
{
    return QDateTime(QDate(2026, 12, d), QTime(h, mi), Qt::UTC).toSecsSinceEpoch();
}

ScheduledWindow window(qint64 id, Interval when, QList<qint64> services = {1},
                       ReleaseType type = ReleaseType::Minor) {
    ScheduledWindow w;
    w.releaseId = id;
    w.label = QStringLiteral("Release %1").arg(id);
    w.when = when;
    w.type = type;
    w.serviceIds = services;
    return w;
}

// The plan every case starts from: a hard freeze on the 10th, a soft one on service 2 on
// the 12th, an incident freeze on the 15th, a shared and a private environment, and a QA
// engineer in Berlin (9-17) plus an ops engineer in Bangalore on call on the 20th.
ScheduleInputs basePlan() {
    ScheduleInputs in;
    in.blackouts.append(
        {1, QStringLiteral("Year-end freeze"), {utc(10, 0), utc(11, 0)}, true, true, {}});
    in.blackouts.append(
        {2, QStringLiteral("Billing run"), {utc(12, 0), utc(12, 6)}, false, false, {2}});
    in.freezes.append({7, QStringLiteral("INC-4711 payments outage"), {utc(15, 8), utc(15, 20)}});
    in.environments.append({100, QStringLiteral("staging-shared"), true});
    in.environments.append({101, QStringLiteral("perf-private"), false});
    PersonSchedule qa;
    qa.personId = 1;
    qa.name = QStringLiteral("Greta QA");
    qa.zone = QStringLiteral("Europe/Berlin");
    qa.roles = {QStringLiteral("qa")};
    qa.absences = {{utc(22, 0), utc(24, 0)}};
    in.people.append(qa);
    PersonSchedule ops;
    ops.personId = 2;
    ops.name = QStringLiteral("Arjun Ops");
    ops.zone = QStringLiteral("Asia/Kolkata");
    ops.roles = {QStringLiteral("operations")};
    ops.onCall = {{utc(20, 0), utc(21, 0)}};
    in.people.append(ops);
    return in;
}

} // namespace

Q_DECLARE_METATYPE(slipway::ScheduledWindow)

class tst_ConflictEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cases_data() {
        QTest::addColumn<ScheduledWindow>("w");
        QTest::addColumn<QStringList>("expected"); // kind:other, sorted

        QTest::newRow("clear day") << window(1, {utc(3, 10), utc(3, 12)}) << QStringList{};
        QTest::newRow("inside hard blackout") << window(1, {utc(10, 22), utc(11, 2)})
                                              << QStringList{u"hard_blackout:Year-end freeze"_qs};
        QTest::newRow("touching blackout end is clear")
            << window(1, {utc(11, 0), utc(11, 4)}) << QStringList{};
        QTest::newRow("soft blackout, other service")
            << window(1, {utc(12, 1), utc(12, 3)}, {1}) << QStringList{};
        QTest::newRow("soft blackout, its service") << window(1, {utc(12, 1), utc(12, 3)}, {1, 2})
                                                    << QStringList{u"soft_blackout:Billing run"_qs};
        QTest::newRow("incident freeze")
            << window(1, {utc(15, 9), utc(15, 10)})
            << QStringList{u"incident_freeze:INC-4711 payments outage"_qs};
        QTest::newRow("emergency during incident freeze")
            << window(1, {utc(15, 9), utc(15, 10)}, {1}, ReleaseType::Emergency) << QStringList{};
        ScheduledWindow needsQa = window(1, {utc(14, 9), utc(14, 11)}); // Mon 10:00-12:00 Berlin
        needsQa.requiredRoles = {u"qa"_qs};
        QTest::newRow("qa inside working hours") << needsQa << QStringList{};
        needsQa.when = {utc(14, 17), utc(14, 19)}; // 18:00-20:00 Berlin
        QTest::newRow("qa after hours") << needsQa << QStringList{u"role_uncovered:qa"_qs};
        needsQa.when = {utc(19, 9), utc(19, 11)}; // Saturday
        QTest::newRow("qa on Saturday") << needsQa << QStringList{u"role_uncovered:qa"_qs};
        needsQa.when = {utc(22, 9), utc(22, 11)}; // on leave
        QTest::newRow("qa on leave") << needsQa << QStringList{u"role_uncovered:qa"_qs};
        ScheduledWindow needsOps = window(1, {utc(20, 1), utc(20, 5)});
        needsOps.requiredRoles = {u"operations"_qs};
        QTest::newRow("ops on call at night") << needsOps << QStringList{};
        needsOps.requiredRoles = {u"operations"_qs, u"security"_qs};
        QTest::newRow("nobody has security")
            << needsOps << QStringList{u"role_uncovered:security"_qs};
        ScheduledWindow usesEnv = window(3, {utc(5, 10), utc(5, 14)});
        usesEnv.environmentIds = {100};
        QTest::newRow("shared env double-booked")
            << usesEnv << QStringList{u"environment_double_booked:Release 2 on staging-shared"_qs};
        usesEnv.environmentIds = {101};
        QTest::newRow("private env is never double-booked") << usesEnv << QStringList{};
        usesEnv.environmentIds = {100};
        usesEnv.when = {utc(5, 14), utc(5, 16)};
        QTest::newRow("back-to-back on shared env") << usesEnv << QStringList{};
    }
    void cases() {
        QFETCH(ScheduledWindow, w);
        QFETCH(QStringList, expected);
        ScheduleInputs in = basePlan();
        ScheduledWindow other = window(2, {utc(5, 12), utc(5, 14)});
        other.environmentIds = {100, 101};
        in.windows.append(other);
        const ConflictEngine engine(in);
        QStringList found;
        for (const Conflict& c : engine.conflictsFor(w)) {
            found << Conflict::kindKey(c.kind) + u':' + c.otherLabel +
                         (c.environment.isEmpty() ? QString() : u" on "_qs + c.environment);
            QCOMPARE(c.releaseId, w.releaseId);
            const QString message = c.message();
            QVERIFY(message.contains(w.label));                            // names this side…
            QVERIFY2(message.contains(c.otherLabel), qPrintable(message)); // …and the other
            QVERIFY(message.contains(c.environment));
            QVERIFY(!c.overlap.isEmpty());
            QVERIFY(c.overlap.start >= w.when.start && c.overlap.end <= w.when.end);
            QCOMPARE(c.severity, c.kind == Conflict::Kind::SoftBlackout
                                     ? Conflict::Severity::Warning
                                     : Conflict::Severity::Error);
        }
        found.sort();
        QCOMPARE(found, expected);
    }

    void detectAllListsADoubleBookingOnce() {
        ScheduleInputs in = basePlan();
        for (qint64 id = 1; id <= 3; ++id) {
            ScheduledWindow w = window(id, {utc(5, 10 + int(id)), utc(5, 13 + int(id))});
            w.environmentIds = {100};
            in.windows.append(w);
        }
        in.bookings.append({9,
                            100,
                            u"staging-shared"_qs,
                            true,
                            0,
                            u"Load test (perf team)"_qs,
                            {utc(5, 15), utc(5, 18)}});
        const ConflictEngine engine(in);
        int pairs = 0, external = 0;
        for (const Conflict& c : engine.detectAll()) {
            QCOMPARE(c.kind, Conflict::Kind::EnvironmentDoubleBooked);
            if (c.otherId == 0)
                ++external;
            else
                ++pairs;
        }
        QCOMPARE(pairs, 3);    // 1-2, 1-3, 2-3 once each
        QCOMPARE(external, 1); // release 3 runs into the load test; 2 ends as it starts
    }

    void overlappingBookingsOfTwoHoldersConflict() {
        // No window needs the environments: only the bookings collide.
        ScheduleInputs in = basePlan();
        const auto booking = [](qint64 id, qint64 env, qint64 release, const QString& label,
                                const Interval& when) {
            return EnvironmentBooking{id, env, QString(), true, release, label, when};
        };
        in.bookings.append(booking(1, 100, 7, u"Ledger 2.0"_qs, {utc(6, 9), utc(6, 17)}));
        in.bookings.append(booking(2, 100, 8, u"Checkout 3.1"_qs, {utc(6, 15), utc(6, 20)}));
        // The same release twice: its own business.
        in.bookings.append(booking(3, 100, 7, u"Ledger 2.0"_qs, {utc(6, 10), utc(6, 11)}));
        // Back to back is no overlap.
        in.bookings.append(booking(4, 100, 9, u"Mobile 5.0"_qs, {utc(6, 20), utc(6, 22)}));
        // A booking of no release (a load test) against a release's.
        in.bookings.append(booking(5, 100, 0, u"Load test"_qs, {utc(6, 21), utc(6, 23)}));
        // A private environment is never double-booked.
        in.bookings.append(booking(6, 101, 7, u"Ledger 2.0"_qs, {utc(6, 9), utc(6, 17)}));
        in.bookings.append(booking(7, 101, 8, u"Checkout 3.1"_qs, {utc(6, 9), utc(6, 17)}));
        const ConflictEngine engine(in);
        QStringList found;
        for (const Conflict& c : engine.detectAll()) {
            QCOMPARE(c.kind, Conflict::Kind::EnvironmentDoubleBooked);
            QCOMPARE(c.environment, u"staging-shared"_qs);
            found << u"%1 / %2 %3h"_qs.arg(c.releaseLabel, c.otherLabel)
                         .arg(c.overlap.length() / 3600);
        }
        found.sort();
        QCOMPARE(found, (QStringList{u"Ledger 2.0 / Checkout 3.1 2h"_qs,
                                     u"Mobile 5.0 / Load test 1h"_qs}));
    }

    void recurringOccurrencesAreSeparateBlackouts() {
        ScheduleInputs in;
        for (int d = 1; d <= 31; d += 7)
            in.blackouts.append(
                {4, u"Weekly batch"_qs, {utc(d, 22), utc(d, 23, 59)}, true, true, {}});
        in.windows.append(window(1, {utc(1, 20), utc(8, 23)}));
        QCOMPARE(ConflictEngine(in).detectAll().size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_ConflictEngine)
#include "tst_ConflictEngine.moc"
