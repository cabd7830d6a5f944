// SPDX-License-Identifier: GPL-3.0-or-later
// The service report over the large demo with 20,000 incidents added to a copy (target:
// recomputed in <= 300 ms), for the file's whole history (every release) and for its last
// year: the first report, which reads every scope item's audit history, and the report
// recomputed after a change, split into reading the facts and computing the figures; and one
// report as the command line reads it (only the items committed now), in stages.
//   bench_service_report FILE [RUNS]
#include "BenchTiming.h"
#include "rules/ServiceReportRules.h"
#include "services/ServiceReportService.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/NameLookup.h"
#include "storage/ScopeCommitTimes.h"
#include "storage/ServiceReportReader.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace slipway;
using bench::median;
using bench::threadCpuMs;

namespace {

constexpr int kIncidents = 20000;

// 20,000 incidents over [from, to) on the file's services, a third on configuration items,
// most resolved within a day, some with outage minutes.
bool addIncidents(Database& db, qint64 from, qint64 to) {
    auto services = NameLookup(db).services();
    if (!services || services->isEmpty())
        return false;
    const QStringList names = services->values();
    QRandomGenerator random(1);
    QList<Incident> rows;
    rows.reserve(kIncidents);
    for (int n = 0; n < kIncidents; ++n) {
        Incident i;
        i.number = QStringLiteral("BENCH%1").arg(n, 6, 10, QLatin1Char('0'));
        i.source = IncidentSource::ServiceNow;
        i.title = QStringLiteral("Service degraded");
        i.openedAt = from + qint64(random.bounded(double(to - from)));
        if (random.bounded(10) > 0)
            i.resolvedAt = i.openedAt + 60 + random.bounded(86400);
        const QString name = names.at(random.bounded(int(names.size())));
        (n % 3 == 0 ? i.configItem : i.service) = name;
        i.category = QStringLiteral("Category %1").arg(random.bounded(20));
        i.outageMinutes = random.bounded(4) == 0 ? random.bounded(120) : 0;
        rows.append(std::move(i));
    }
    Transaction tx(db);
    if (auto begun = tx.begin(); !begun) {
        QTextStream(stderr) << begun.error().message << '\n';
        return false;
    }
    auto written = IncidentRepository(db).insertAll(rows, QStringLiteral("bench"), to);
    if (written)
        written = tx.commit();
    if (!written)
        QTextStream(stderr) << written.error().message << '\n';
    return bool(written);
}

// A change between two reports: an incident, and an audit entry committing a scope item
// (written behind the services' backs: the copy is thrown away).
bool change(Database& db, qint64 when, int n) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO incidents (number, source, opened_at, service, "
                             "outage_min, imported_at, imported_by) VALUES (?, 'other', ?, "
                             "'bench', 5, ?, 'bench')"));
    q.addBindValue(QStringLiteral("CHANGE%1").arg(n));
    q.addBindValue(when);
    q.addBindValue(when);
    if (!q.exec()) {
        QTextStream(stderr) << q.lastError().text() << '\n';
        return false;
    }
    q.prepare(QStringLiteral("INSERT INTO audit_log (at_ms, actor, action, entity, entity_id, "
                             "after_json, prev_hash, hash) VALUES (?, 'bench', 'update', "
                             "'scope_item', ?, '{\"status\":\"committed\"}', '', ?)"));
    q.addBindValue(when * 1000);
    q.addBindValue(1 + n);
    q.addBindValue(QStringLiteral("bench-%1").arg(n));
    if (!q.exec()) {
        QTextStream(stderr) << q.lastError().text() << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_service_report FILE [RUNS]\n";
        return 2;
    }
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("service-report.slipway"));
    if (!dir.isValid() || !QFile::copy(args.at(1), copy)) {
        QTextStream(stderr) << "cannot copy " << args.at(1) << '\n';
        return 2;
    }
    auto db = Database::open(copy, Database::OpenOptions{});
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 2;
    }
    qint64 first = 0, last = 0;
    {
        QSqlQuery q(db.value()->connection());
        if (!q.exec(QStringLiteral("SELECT min(deployed_at), max(deployed_at) FROM deployments")) ||
            !q.next()) {
            QTextStream(stderr) << "cannot read the deployments\n";
            return 2;
        }
        first = q.value(0).toLongLong();
        last = q.value(1).toLongLong() + 1;
    }
    if (!addIncidents(*db.value(), first, last)) {
        QTextStream(stderr) << "cannot add the incidents\n";
        return 2;
    }

    const struct {
        const char* label;
        ServiceReportQuery query;
    } periods[] = {
        {"whole history", {first, last, 0, 0}},
        {"last year", {last - 365 * 86400, last, 0, 0}},
    };
    int changes = 0;
    for (const auto& period : periods) {
        // First report of a service: every scope item's history is read.
        ServiceReportService service(*db.value());
        QElapsedTimer t;
        t.start();
        auto cold = service.report(period.query);
        const double coldMs = double(t.nsecsElapsed()) / 1e6;
        if (!cold) {
            QTextStream(stderr) << cold.error().message << '\n';
            return 1;
        }
        // The command line's one report: only the items committed now are read, and its
        // stages: the facts with the items' histories, the facts again with the histories
        // known (what remains is the rest of the reading), and computing the figures.
        t.restart();
        auto once = ServiceReportService(*db.value(), ServiceReportService::Reports::One)
                        .report(period.query);
        const double onceMs = double(t.nsecsElapsed()) / 1e6;
        ScopeCommitTimes oneShot(ScopeCommitTimes::Reading::CommittedItems);
        t.restart();
        auto withHistories = ServiceReportReader(*db.value(), &oneShot).read(period.query);
        const double withHistoriesMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        auto historiesKnown = ServiceReportReader(*db.value(), &oneShot).read(period.query);
        const double historiesKnownMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        if (historiesKnown)
            (void)computeServiceReport(period.query, historiesKnown.value());
        const double computeOnceMs = double(t.nsecsElapsed()) / 1e6;
        if (!once || !withHistories || !historiesKnown) {
            QTextStream(stderr) << "the one-report reading failed\n";
            return 1;
        }
        // Recomputed after a change: a new incident and a new audit entry each time.
        QList<double> wall, cpu, read, compute;
        ServiceReport r;
        ScopeCommitTimes times;
        (void)ServiceReportReader(*db.value(), &times).read(period.query);
        for (int i = 0; i < runs; ++i) {
            if (!change(*db.value(), period.query.toUtc - 3600, ++changes))
                return 1;
            t.restart();
            const double c0 = threadCpuMs();
            auto report = service.report(period.query);
            wall << double(t.nsecsElapsed()) / 1e6;
            cpu << threadCpuMs() - c0;
            if (!report) {
                QTextStream(stderr) << report.error().message << '\n';
                return 1;
            }
            r = report.value();
            t.restart();
            auto facts = ServiceReportReader(*db.value(), &times).read(period.query);
            read << double(t.nsecsElapsed()) / 1e6;
            t.restart();
            if (facts)
                (void)computeServiceReport(period.query, facts.value());
            compute << double(t.nsecsElapsed()) / 1e6;
        }
        out << "service report, " << period.label << ": " << r.deployments << " deployments, "
            << r.failedDeployments << " failed, " << r.leadTimeItems << " scope items, "
            << r.incidents << " incidents, " << r.weeks.size() << " weeks, " << r.teamWeeks.size()
            << " team-weeks\n";
        out << "  first report (every item's history read): " << coldMs << " ms\n";
        out << "  one report, as the command line reads it: " << onceMs << " ms (the items' "
            << "histories " << withHistoriesMs - historiesKnownMs << " ms, the other facts "
            << historiesKnownMs << " ms, computing " << computeOnceMs << " ms)\n";
        out << "  recomputed after a change, median of " << runs
            << " (target 300 ms): " << median(wall) << " ms wall, " << median(cpu) << " ms CPU\n";
        out << "  of which reading the file " << median(read) << " ms, computing "
            << median(compute) << " ms\n";
    }
    return 0;
}
