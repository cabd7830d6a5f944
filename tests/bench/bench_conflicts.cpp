// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the scheduling rules take on a generated plan of 50,000 windows and
// 500 blackouts (the calendar issue's targets: full detection ≤ 200 ms, finder ≤ 50 ms).
#include "BenchTiming.h"
#include "rules/ConflictEngine.h"
#include "rules/Recurrence.h"
#include "rules/WindowFinder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

using namespace slipway;
using bench::median;

namespace {

ScheduleInputs generatePlan(quint32 seed) {
    QRandomGenerator rng(seed);
    const qint64 from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 span = 5 * 365 * 86400LL;
    ScheduleInputs in;
    for (int e = 0; e < 12; ++e)
        in.environments.append({e + 1, QStringLiteral("env-%1").arg(e), e % 3 == 0});
    for (int i = 0; i < 50000; ++i) {
        ScheduledWindow w;
        w.releaseId = i + 1;
        w.label = QStringLiteral("Release %1").arg(i + 1);
        const qint64 start = from + qint64(rng.bounded(quint32(span / 900))) * 900;
        w.when = {start, start + (1 + qint64(rng.bounded(8))) * 3600};
        w.type = ReleaseType(rng.bounded(4));
        w.serviceIds = {qint64(1 + rng.bounded(40))};
        w.environmentIds = {qint64(1 + rng.bounded(12))};
        w.requiredRoles = {QStringLiteral("development"), QStringLiteral("operations")};
        if (i % 3 == 0)
            w.requiredRoles << QStringLiteral("qa");
        in.windows.append(w);
    }
    // 500 blackouts: one-offs plus the occurrences of a few recurring ones.
    for (int b = 0; in.blackouts.size() < 500; ++b) {
        const qint64 start = from + qint64(rng.bounded(quint32(span / 3600))) * 3600;
        in.blackouts.append({b + 1,
                             QStringLiteral("Blackout %1").arg(b + 1),
                             {start, start + (6 + qint64(rng.bounded(72))) * 3600},
                             rng.bounded(3) != 0,
                             rng.bounded(2) == 0,
                             {qint64(1 + rng.bounded(40))}});
    }
    for (int f = 0; f < 40; ++f) {
        const qint64 start = from + qint64(rng.bounded(quint32(span / 3600))) * 3600;
        in.freezes.append(
            {f + 1, QStringLiteral("INC-%1").arg(1000 + f), {start, start + 12 * 3600}});
    }
    const char* zones[] = {"Europe/Berlin", "America/New_York", "Asia/Kolkata", "Europe/London"};
    const char* roles[] = {"development", "qa", "operations", "security"};
    for (int p = 0; p < 120; ++p) {
        PersonSchedule person;
        person.personId = p + 1;
        person.name = QStringLiteral("Person %1").arg(p + 1);
        person.zone = QString::fromLatin1(zones[p % 4]);
        person.roles = {QString::fromLatin1(roles[p % 4])};
        in.people.append(person);
    }
    return in;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const ScheduleInputs plan = generatePlan(42);

    QList<double> build, detect;
    qsizetype found = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        const ConflictEngine engine(plan);
        build << t.nsecsElapsed() / 1e6;
        t.restart();
        found = engine.detectAll().size();
        detect << t.nsecsElapsed() / 1e6;
    }
    const ConflictEngine engine(plan);
    QList<double> finder;
    QRandomGenerator rng(7);
    for (int run = 0; run < 20; ++run) {
        WindowRequest r;
        r.release = plan.windows[rng.bounded(int(plan.windows.size()))];
        r.earliest = r.release.when.start;
        r.durationSecs = 4 * 3600;
        QElapsedTimer t;
        t.start();
        const auto p = WindowFinder::find(engine, r);
        finder << t.nsecsElapsed() / 1e6;
        Q_UNUSED(p);
    }
    QList<double> expand;
    for (int run = 0; run < 5; ++run) {
        RecurringPeriod quarterEnd;
        quarterEnd.zone = QStringLiteral("Europe/London");
        quarterEnd.firstStartUtc =
            QDateTime(QDate(2024, 3, 27), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        quarterEnd.firstEndUtc = quarterEnd.firstStartUtc + 86400;
        quarterEnd.rrule =
            QStringLiteral("FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-3,-2,-1");
        QElapsedTimer t;
        t.start();
        auto r = Recurrence::expand(
            quarterEnd, {quarterEnd.firstStartUtc, quarterEnd.firstStartUtc + 5 * 365 * 86400LL});
        expand << t.nsecsElapsed() / 1e6;
        Q_UNUSED(r);
    }
    out << "plan: " << plan.windows.size() << " windows, " << plan.blackouts.size()
        << " blackouts, " << plan.freezes.size() << " incident freezes, " << plan.people.size()
        << " people\n";
    out << QStringLiteral("conflict index build     median %1 ms\n").arg(median(build), 0, 'f', 1);
    out << QStringLiteral(
               "full conflict detection  median %1 ms (%2 conflicts; target <= 200 ms)\n")
               .arg(median(detect), 0, 'f', 1)
               .arg(found);
    out << QStringLiteral(
               "window finder            median %1 ms over 20 requests (target <= 50 ms)\n")
               .arg(median(finder), 0, 'f', 2);
    out << QStringLiteral("quarter-end RRULE, 5 years median %1 ms\n")
               .arg(median(expand), 0, 'f', 2);
    return 0;
}
