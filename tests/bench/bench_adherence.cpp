// SPDX-License-Identifier: GPL-3.0-or-later
// The adherence review of a year of a file (target for the large demo: <= 2 s), and its parts:
// reading the facts, expanding the blackouts, the lifecycle's guards, dating the statuses past
// their guards from the audit log, and the rules themselves.
//   bench_adherence FILE [RUNS] [TO_DATE]   (the year before TO_DATE, default 2026-11-01)
#include "BenchTiming.h"
#include "rules/AdherenceRules.h"
#include "services/AdherenceService.h"
#include "services/LifecycleService.h"
#include "services/ScheduleService.h"
#include "storage/AdherenceFactsReader.h"
#include "storage/Database.h"
#include "storage/StatusChangeReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QTextStream>

using namespace slipway;
using bench::median;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_adherence FILE [RUNS] [TO_DATE]\n";
        return 2;
    }
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    const QDate toDate =
        QDate::fromString(args.size() > 3 ? args.at(3) : QStringLiteral("2026-11-01"), Qt::ISODate);
    if (!toDate.isValid()) {
        QTextStream(stderr) << "TO_DATE must be YYYY-MM-DD\n";
        return 2;
    }
    const qint64 to = QDateTime(toDate, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 from = QDateTime(toDate.addYears(-1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 now = to;
    Database::OpenOptions options;
    options.readOnly = true;
    auto db = Database::open(args.at(1), options);
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 2;
    }
    QList<double> total, cpu, reading, blackouts, guards, dated, rules;
    QList<Deviation> found;
    qsizetype datedReleases = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = bench::threadCpuMs();
        auto all = AdherenceService(*db.value(), Session{}).deviations(from, to, now);
        total << t.elapsed();
        cpu << bench::threadCpuMs() - cpu0;
        if (!all) {
            QTextStream(stderr) << all.error().message << '\n';
            return 2;
        }
        found = all.value();

        t.restart();
        auto facts = AdherenceFactsReader(*db.value()).read(Interval{from, to});
        reading << t.elapsed();
        t.restart();
        auto occurrences = ScheduleService(*db.value()).blackoutOccurrences(Interval{from, to});
        blackouts << t.elapsed();
        t.restart();
        auto lifecycle = LifecycleService(*db.value()).allFacts(false);
        guards << t.elapsed();
        if (!facts || !occurrences || !lifecycle) {
            QTextStream(stderr) << "reading the review's parts failed\n";
            return 2;
        }
        // When the statuses past their guards were set, from the audit log: every release with
        // an unmet guard, as the review asks.
        QHash<qint64, ReleaseStatus> pastGuards;
        const LifecycleClock clock{now, facts->emergencyApprovalDays};
        for (const LifecycleFacts& f : std::as_const(lifecycle.value()))
            if (!unmetGuards(f, clock).isEmpty())
                pastGuards.insert(f.releaseId, f.status);
        t.restart();
        auto setAt = StatusChangeReader(*db.value()).setAt(pastGuards);
        dated << t.elapsed();
        datedReleases = pastGuards.size();
        if (!setAt) {
            QTextStream(stderr) << setAt.error().message << '\n';
            return 2;
        }
        for (const BlackoutOccurrence& b : occurrences.value())
            if (b.hard)
                facts->blackouts << b;
        t.restart();
        const auto again = AdherenceRules::find(facts.value(), from, to, now);
        rules << t.elapsed();
        Q_UNUSED(again);
    }
    QMap<QString, int> byKind;
    for (const Deviation& d : std::as_const(found))
        ++byKind[toKey(d.kind)];
    out << "period: " << toDate.addYears(-1).toString(Qt::ISODate) << " to "
        << toDate.toString(Qt::ISODate) << ", deviations: " << found.size() << '\n';
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        out << "  " << it.key() << ": " << it.value() << '\n';
    out << "teams x months x kinds counted: "
        << AdherenceService::countsByTeamAndMonth(found).size() << '\n';
    out << "reading the facts: " << median(reading) << " ms\n";
    out << "hard blackouts expanded: " << median(blackouts) << " ms\n";
    out << "lifecycle guards of every release: " << median(guards) << " ms\n";
    out << "statuses past their guards dated from the audit log (" << datedReleases
        << " releases): " << median(dated) << " ms\n";
    out << "rules: " << median(rules) << " ms\n";
    out << "adherence review, median of " << runs << " (target 2000 ms): " << median(total)
        << " ms wall, " << median(cpu) << " ms CPU\n";
    return 0;
}
