// SPDX-License-Identifier: GPL-3.0-or-later
// Importing 100,000 scope items from a Jira Cloud CSV export onto a PostgreSQL server: `slipway
// import csv --kind scope --db postgresql://…` (new items through COPY) against two references,
// each timed as a whole process, in the same run, on a local server (a new cluster):
//
// 1. `psql -c "\copy scope_items_plain FROM 'FILE' CSV HEADER"` of the same file into a plain
//    table (one TEXT column per header, no constraints). This is the target: slipway / plain
//    table \copy <= 1.2 (wall time, medians).
// 2. `psql -c "\copy scope_items(COLUMNS) FROM 'rows.csv' CSV"` of the rows the import stored,
//    into Slipway's own table: the server's floor for this table. The plain table has no
//    primary key, no UNIQUE index on external_key, no index on release_id, no CHECKs, no
//    foreign key to releases and no triggers; scope_items has all of them, so the server alone
//    needs about 3x as long to take the same rows there. The difference between the two
//    references is the price of the table, not of Slipway; the difference between this one and
//    the import is what Slipway adds (reading and mapping the Jira CSV, the checks, the ranks,
//    the dependencies, the audit entries, the connection and the migrations' check).
//    rows.csv is exported after each import, untimed: `\copy (SELECT COLUMNS FROM scope_items
//    ORDER BY id) TO 'rows.csv' CSV`, with COLUMNS those ScopeRepository::insertAllOnServer's
//    COPY writes, ids included.
//
// Each run gets fresh databases. The import's target and the second reference's get the
// schema and releases 2.4.0, 2.5.0 and 3.0.0 (for the fix versions) the same way, before the
// clock starts, and the release ids of the two are checked to be equal; psql's plain table is
// created before its clock starts too. After each run the rows of the three tables are counted
// and must be ROWS each, and both scope_items tables must hold the same rows (an MD5 of them).
// Slipway also maps and checks every row, places items by fix version, orders them by Jira's Rank,
// adds the Blocks links as dependencies and writes the audit entries, as bench_scope_import says.
//   bench_pg_scope_copy [SLIPWAY_BINARY] [ROWS] [RUNS]
#include "BenchProcess.h"
#include "JiraExport.h"
#include "PgServer.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace slipway;
using namespace slipway::bench;

namespace {

// Creates the schema and the releases the export's fix versions name.
bool prepare(const QString& url, const QString& role) {
    auto db = Database::open(url, FileOpenOptions{});
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return false;
    }
    ReleaseService releases(*db.value(), Session{role, {}});
    for (const char* version : {"2.4.0", "2.5.0", "3.0.0"}) {
        Release r;
        r.name = QStringLiteral("Checkout ") + QLatin1String(version);
        r.version = QLatin1String(version);
        if (auto created = releases.create(r); !created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
            return false;
        }
    }
    return true;
}

// The columns ScopeRepository::insertAllOnServer's COPY writes, in its order.
const QString kCopiedColumns =
    QStringLiteral("id, title, kind, priority, stakeholder, effort, status, release_id, "
                   "external_key, description, labels, row_version, created_by, created_at, "
                   "updated_by, updated_at, board_rank");

// psql running one command against `database`, stopping at the first error.
QStringList psqlCommand(const QString& database, const QString& command) {
    return {u"-X"_qs, u"-q"_qs, u"-v"_qs, u"ON_ERROR_STOP=1"_qs,
            u"-d"_qs, database, u"-c"_qs, command};
}

// The one value `query` gives in `database`, trimmed; empty (and says why) if psql fails.
QByteArray psqlValue(const QString& psql, const QString& database, const QString& query) {
    QByteArray out;
    if (timedProcess(psql, {u"-X"_qs, u"-qAt"_qs, u"-d"_qs, database, u"-c"_qs, query}, &out) < 0)
        return {};
    return out.trimmed();
}

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
    const QString psql = QDir(test::PgServer::binDirectory()).filePath(u"psql"_qs);
    test::PgServer pg;
    if (!pg.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(pg.error()));
        return 2;
    }
    QTemporaryDir dir;
    // SLIPWAY_BENCH_KEEP=1 leaves the CSV behind, for timing a phase by hand.
    dir.setAutoRemove(!qEnvironmentVariableIsSet("SLIPWAY_BENCH_KEEP"));
    const QString csv = dir.filePath(u"jira.csv"_qs);
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly) || f.write(generate(rows)) < 0)
            return 2;
        std::printf("%d rows of a Jira Cloud export, %.1f MB of CSV, onto PostgreSQL at %s\n", rows,
                    double(f.size()) / (1024 * 1024), qPrintable(pg.url()));
    }
    const QString createPlain = plainTable(QByteArray(kHeader), u"scope_items_plain"_qs);
    const QString copyPlain = u"\\copy scope_items_plain FROM '"_qs + csv + u"' CSV HEADER"_qs;
    const QString stored = dir.filePath(u"rows.csv"_qs);
    const QString exportStored = u"\\copy (SELECT "_qs + kCopiedColumns +
                                 u" FROM scope_items ORDER BY id) TO '"_qs + stored + u"' CSV"_qs;
    const QString copyStored =
        u"\\copy scope_items("_qs + kCopiedColumns + u") FROM '"_qs + stored + u"' CSV"_qs;
    const QString releaseIds =
        u"SELECT string_agg(id || ' ' || version, ', ' ORDER BY id) FROM releases"_qs;
    const QString countItems = u"SELECT count(*) FROM scope_items"_qs;
    const QString digestItems =
        u"SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM (SELECT "_qs + kCopiedColumns +
        u" FROM scope_items) t"_qs;
    const QByteArray expected = QByteArray::number(rows);

    std::vector<qint64> ours, theirs, intoTable, oursCpu, theirsCpu, intoTableCpu;
    QByteArray summary, releases, countedOurs, countedPlain, countedFloor;
    for (int run = 0; run < runs; ++run) {
        const QString target = pg.newDatabase();
        const QString plain = pg.newDatabase();
        const QString table = pg.newDatabase();
        if (target.isEmpty() || plain.isEmpty() || table.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(pg.error()));
            return 2;
        }
        if (!prepare(target, pg.role()) || !prepare(table, pg.role()))
            return 2;
        // The rows copied into `table` name their releases by id: the same ids as the target's.
        releases = psqlValue(psql, target, releaseIds);
        if (releases.isEmpty() || psqlValue(psql, table, releaseIds) != releases) {
            std::fprintf(stderr, "the releases differ: %s | %s\n", releases.constData(),
                         psqlValue(psql, table, releaseIds).constData());
            return 2;
        }
        // Where the time goes: the server logs every statement of the import that takes at
        // least this long (printed at the end).
        if (const QString slow = qEnvironmentVariable("SLIPWAY_BENCH_SLOW_MS"); !slow.isEmpty())
            timedProcess(psql,
                         {u"-X"_qs, u"-q"_qs, u"-d"_qs, target, u"-c"_qs,
                          u"ALTER ROLE "_qs + pg.role() + u" SET log_min_duration_statement = "_qs +
                              QString::number(slow.toInt())});
        if (timedProcess(psql, psqlCommand(plain, createPlain)) < 0)
            return 2;

        qint64 cpu = 0;
        ours.push_back(timedProcess(
            slipway, {u"import"_qs, u"csv"_qs, u"--db"_qs, target, u"--kind"_qs, u"scope"_qs, csv},
            &summary, &cpu));
        oursCpu.push_back(cpu);
        theirs.push_back(timedProcess(psql, psqlCommand(plain, copyPlain), nullptr, &cpu));
        theirsCpu.push_back(cpu);
        if (ours.back() < 0 || theirs.back() < 0)
            return 1;
        if (timedProcess(psql, psqlCommand(target, exportStored)) < 0)
            return 1;
        intoTable.push_back(timedProcess(psql, psqlCommand(table, copyStored), nullptr, &cpu));
        intoTableCpu.push_back(cpu);
        std::printf("run %d: slipway import csv --kind scope %lld ms (cpu %lld), psql \\copy into "
                    "the plain table %lld ms (cpu %lld), psql \\copy into scope_items %lld ms "
                    "(cpu %lld)\n",
                    run + 1, ours.back(), oursCpu.back(), theirs.back(), theirsCpu.back(),
                    intoTable.back(), intoTableCpu.back());
        if (intoTable.back() < 0)
            return 1;
        countedOurs = psqlValue(psql, target, countItems);
        countedPlain = psqlValue(psql, plain, u"SELECT count(*) FROM scope_items_plain"_qs);
        countedFloor = psqlValue(psql, table, countItems);
        if (countedOurs != expected || countedPlain != expected || countedFloor != expected) {
            std::fprintf(stderr,
                         "run %d: expected %d rows in each table, found %s (slipway's "
                         "scope_items), %s (plain table), %s (scope_items by \\copy)\n",
                         run + 1, rows, countedOurs.constData(), countedPlain.constData(),
                         countedFloor.constData());
            return 1;
        }
        const QByteArray digest = psqlValue(psql, target, digestItems);
        if (digest.isEmpty() || psqlValue(psql, table, digestItems) != digest) {
            std::fprintf(stderr, "run %d: the rows copied into scope_items differ from slipway's\n",
                         run + 1);
            return 1;
        }
    }
    if (qEnvironmentVariableIsSet("SLIPWAY_BENCH_SLOW_MS")) {
        for (const QString& l : pg.log().split(u'\n'))
            if (l.contains(u"duration:"_qs))
                std::printf("server: %s\n", qPrintable(l.left(300)));
    }
    std::printf("%s", summary.constData());
    std::printf("rows in the last run (every run checked for %d each, both scope_items equal): %s "
                "in scope_items by "
                "slipway, %s in the plain table by psql \\copy, %s in scope_items by psql "
                "\\copy; releases in both scope_items databases (id version): %s\n",
                rows, countedOurs.constData(), countedPlain.constData(), countedFloor.constData(),
                releases.constData());
    const qint64 a = medianMs(ours);
    const qint64 b = medianMs(theirs);
    const qint64 c = medianMs(intoTable);
    std::printf("median of %d, wall: slipway %lld ms, psql \\copy into the plain table %lld ms, "
                "psql \\copy into scope_items %lld ms\n",
                runs, a, b, c);
    std::printf("ratio slipway / plain-table \\copy %.2f (target <= 1.2)\n",
                b > 0 ? double(a) / double(b) : 0.0);
    std::printf("ratio slipway / \\copy into scope_items %.2f (the server's floor for this "
                "table; scope_items / plain table %.2f)\n",
                c > 0 ? double(a) / double(c) : 0.0, b > 0 ? double(c) / double(b) : 0.0);
    const qint64 ca = medianMs(oursCpu);
    const qint64 cb = medianMs(theirsCpu);
    const qint64 cc = medianMs(intoTableCpu);
    std::printf("median of %d, client cpu: slipway %lld ms, psql (plain table) %lld ms, psql "
                "(scope_items) %lld ms (the server's is in none)\n",
                runs, ca, cb, cc);
    return 0;
}
