// SPDX-License-Identifier: GPL-3.0-or-later
// Importing 100,000 incidents from a ServiceNow list export: `slipway import csv --kind
// incidents` into a fresh Slipway file against `sqlite3 FILE ".import --csv"` of the same file
// into a plain table of the same columns (TEXT, no constraints), each timed as a whole
// process. Slipway also recognises the layout, parses every timestamp, normalises priorities
// and states, checks every row and number, keeps the incidents' indexes, and writes one
// hash-chained audit entry naming every new incident and the file's SHA-256.
// Target: ratio <= 1.0.
//   bench_incident_import [SLIPWAY_BINARY] [ROWS] [RUNS]
#include "BenchProcess.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace slipway;

namespace {

const char* const kPriorities[] = {"1 - Critical", "2 - High", "3 - Moderate", "4 - Low",
                                   "5 - Planning"};
const char* const kStates[] = {"New", "In Progress", "On Hold", "Resolved", "Closed"};
const char* const kCategories[] = {"Software", "Hardware", "Network", "Database", "Inquiry / Help"};
const char* const kServices[] = {"Payments API",   "Checkout Web",  "Email",
                                 "SAP Financials", "Corporate VPN", "Reporting"};
const char* const kGroups[] = {"Service Desk", "Network", "Database", "Hardware", "Payments"};
const char* const kCallers[] = {"Joe Employee", "Beth Anglin", "David Miller", "Fred Luddy"};

// "YYYY-MM-DD HH:MM:SS" of UTC seconds.
QByteArray stamp(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        .toLatin1();
}

// A list export as ServiceNow writes it: every field quoted, display values, LF line ends,
// resolved_at empty while an incident is open; one description in ten holds a comma and
// doubled quotes.
QByteArray generate(int rows) {
    QByteArray out = "\"number\",\"opened_at\",\"short_description\",\"caller_id\",\"priority\","
                     "\"state\",\"category\",\"cmdb_ci\",\"business_service\","
                     "\"assignment_group\",\"resolved_at\"\n";
    out.reserve(qsizetype(rows) * 190);
    const qint64 start = 1767225600; // 2026-01-01
    for (int i = 0; i < rows; ++i) {
        const qint64 opened = start + qint64(i) * 257;
        const int state = i % 5;
        const auto q = [&out](const QByteArray& v) {
            out += '"';
            out += v;
            out += "\",";
        };
        q("INC" + QByteArray::number(1000000 + i));
        q(stamp(opened));
        q(i % 10 == 0
              ? QByteArray("Checkout, basket " + QByteArray::number(i) + " shows \"\"error 500\"\"")
              : QByteArray("User cannot reach service " + QByteArray::number(i % 97)));
        q(kCallers[i % 4]);
        q(kPriorities[i % 5]);
        q(kStates[state]);
        q(kCategories[(i / 3) % 5]);
        q("srv-" + QByteArray::number(i % 400));
        q(kServices[i % 6]);
        q(kGroups[(i / 7) % 5]);
        out += '"';
        if (state >= 3)
            out += stamp(opened + 3600 + (i % 50) * 600);
        out += "\"\n";
    }
    return out;
}

const char* const kSqliteTable =
    "CREATE TABLE incidents (number TEXT, opened_at TEXT, short_description TEXT, caller_id "
    "TEXT, priority TEXT, state TEXT, category TEXT, cmdb_ci TEXT, business_service TEXT, "
    "assignment_group TEXT, resolved_at TEXT);";

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString slipway =
        args.value(1, QDir(app.applicationDirPath()).filePath(u"../../app/slipway"_qs));
    const int rows = args.value(2, u"100000"_qs).toInt();
    const int runs = args.value(3, u"5"_qs).toInt();
    if (!QFile::exists(slipway)) {
        std::fprintf(stderr, "no slipway binary at %s\n", qPrintable(slipway));
        return 2;
    }
    QTemporaryDir dir;
    // SLIPWAY_BENCH_KEEP=1 leaves the CSV behind, for timing a phase by hand.
    dir.setAutoRemove(!qEnvironmentVariableIsSet("SLIPWAY_BENCH_KEEP"));
    const QString csv = dir.filePath(u"incidents.csv"_qs);
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly) || f.write(generate(rows)) < 0)
            return 2;
        std::printf("%d rows, %.1f MB of CSV\n", rows, double(f.size()) / (1024 * 1024));
    }

    std::vector<qint64> ours, theirs, oursCpu, theirsCpu;
    QByteArray summary;
    for (int run = 0; run < runs; ++run) {
        // A fresh Slipway file with its schema, as `sqlite3` gets its table first.
        const QString target = dir.filePath(u"import.slipway"_qs);
        bench::removeDatabaseFiles(target);
        {
            Database::OpenOptions options;
            options.create = true;
            auto db = Database::open(target, options);
            if (!db) {
                std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
                return 2;
            }
        }
        qint64 cpu = 0;
        ours.push_back(bench::timedProcess(
            slipway,
            {u"import"_qs, u"csv"_qs, u"--db"_qs, target, u"--kind"_qs, u"incidents"_qs, csv},
            &summary, &cpu));
        oursCpu.push_back(cpu);

        const QString plain = dir.filePath(u"plain.sqlite"_qs);
        bench::removeDatabaseFiles(plain);
        if (bench::timedProcess(u"sqlite3"_qs, {plain, QString::fromLatin1(kSqliteTable)}) < 0)
            return 2;
        theirs.push_back(bench::timedProcess(
            u"sqlite3"_qs, {plain, u".import --csv --skip 1 "_qs + csv + u" incidents"_qs}, nullptr,
            &cpu));
        theirsCpu.push_back(cpu);
        std::printf("run %d: slipway import csv --kind incidents %lld ms (cpu %lld), sqlite3 "
                    ".import %lld ms (cpu %lld)\n",
                    run + 1, ours.back(), oursCpu.back(), theirs.back(), theirsCpu.back());
        if (ours.back() < 0 || theirs.back() < 0)
            return 1;
    }
    std::printf("%s", summary.constData());
    const qint64 a = bench::medianMs(ours);
    const qint64 b = bench::medianMs(theirs);
    std::printf(
        "median of %d, wall: slipway %lld ms, sqlite3 %lld ms, ratio %.2f (target <= 1.0)\n", runs,
        a, b, b > 0 ? double(a) / double(b) : 0.0);
    const qint64 ca = bench::medianMs(oursCpu);
    const qint64 cb = bench::medianMs(theirsCpu);
    std::printf("median of %d, cpu:  slipway %lld ms, sqlite3 %lld ms, ratio %.2f\n", runs, ca, cb,
                cb > 0 ? double(ca) / double(cb) : 0.0);
    return 0;
}
