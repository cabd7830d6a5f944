// SPDX-License-Identifier: GPL-3.0-or-later
// Importing 100,000 scope items from a Jira Cloud CSV export onto a PostgreSQL server: `slipway
// import csv --kind scope --db postgresql://…` (new items through COPY) against `psql -c
// "\copy scope_items_plain FROM 'FILE' CSV HEADER"` of the same file into a plain table (one
// TEXT column per header, no constraints), each timed as a whole process, in the same run, on
// a local server (a new cluster). Each run gets a fresh database whose schema (and releases
// 2.4.0, 2.5.0 and 3.0.0, for the fix versions) are made before the clock starts; psql's
// plain table is created before its clock starts too. Slipway also maps and checks every
// row, places items by fix version, orders them by Jira's Rank, adds the Blocks links as
// dependencies and writes the audit entries, as bench_scope_import says.
// Target: ratio <= 1.2 (wall time, medians).
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

    std::vector<qint64> ours, theirs, oursCpu, theirsCpu;
    QByteArray summary, counted;
    for (int run = 0; run < runs; ++run) {
        const QString target = pg.newDatabase();
        const QString plain = pg.newDatabase();
        if (target.isEmpty() || plain.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(pg.error()));
            return 2;
        }
        if (!prepare(target, pg.role()))
            return 2;
        // Where the time goes: the server logs every statement of the import that takes at
        // least this long (printed at the end).
        if (const QString slow = qEnvironmentVariable("SLIPWAY_BENCH_SLOW_MS"); !slow.isEmpty())
            timedProcess(psql,
                         {u"-X"_qs, u"-q"_qs, u"-d"_qs, target, u"-c"_qs,
                          u"ALTER ROLE "_qs + pg.role() + u" SET log_min_duration_statement = "_qs +
                              QString::number(slow.toInt())});
        if (timedProcess(psql, {u"-X"_qs, u"-q"_qs, u"-v"_qs, u"ON_ERROR_STOP=1"_qs, u"-d"_qs,
                                plain, u"-c"_qs, createPlain}) < 0)
            return 2;

        qint64 cpu = 0;
        ours.push_back(timedProcess(
            slipway, {u"import"_qs, u"csv"_qs, u"--db"_qs, target, u"--kind"_qs, u"scope"_qs, csv},
            &summary, &cpu));
        oursCpu.push_back(cpu);
        theirs.push_back(timedProcess(psql,
                                      {u"-X"_qs, u"-q"_qs, u"-v"_qs, u"ON_ERROR_STOP=1"_qs,
                                       u"-d"_qs, plain, u"-c"_qs, copyPlain},
                                      nullptr, &cpu));
        theirsCpu.push_back(cpu);
        std::printf("run %d: slipway import csv --kind scope %lld ms (cpu %lld), psql \\copy %lld "
                    "ms (cpu %lld)\n",
                    run + 1, ours.back(), oursCpu.back(), theirs.back(), theirsCpu.back());
        if (ours.back() < 0 || theirs.back() < 0)
            return 1;
        if (run == runs - 1)
            timedProcess(psql,
                         {u"-X"_qs, u"-qAt"_qs, u"-d"_qs, plain, u"-c"_qs,
                          u"SELECT count(*) FROM scope_items_plain"_qs},
                         &counted);
    }
    if (qEnvironmentVariableIsSet("SLIPWAY_BENCH_SLOW_MS")) {
        for (const QString& l : pg.log().split(u'\n'))
            if (l.contains(u"duration:"_qs))
                std::printf("server: %s\n", qPrintable(l.left(300)));
    }
    std::printf("%s", summary.constData());
    std::printf("psql \\copy: %s rows in the plain table\n", counted.trimmed().constData());
    const qint64 a = medianMs(ours);
    const qint64 b = medianMs(theirs);
    std::printf("median of %d, wall: slipway %lld ms, psql %lld ms, ratio %.2f (target <= 1.2)\n",
                runs, a, b, b > 0 ? double(a) / double(b) : 0.0);
    const qint64 ca = medianMs(oursCpu);
    const qint64 cb = medianMs(theirsCpu);
    std::printf("median of %d, client cpu: slipway %lld ms, psql %lld ms (the server's is in "
                "neither)\n",
                runs, ca, cb);
    return 0;
}
