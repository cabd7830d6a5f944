// SPDX-License-Identifier: GPL-3.0-or-later
// Importing 100,000 scope items from a Jira Cloud CSV export into an existing plan: `slipway
// import csv --kind scope` into a copy of a demo file against `sqlite3 FILE ".import --csv
// --skip 1"` of the same CSV into a plain table (one TEXT column per header, no constraints)
// in another copy of the same demo file, each timed as a whole process: what a user would do
// to get the rows into an SQLite file by hand. Slipway also recognises the export, maps and
// checks every row (kind, priority, status, story points, repeated keys), places items by
// fix version, orders new items by Jira's Rank, adds the Blocks links as dependencies, keeps
// the items' indexes and writes one hash-chained audit entry naming every new item and the
// file's SHA-256.
// Target: ratio <= 1.5 (wall and CPU time, medians).
//   bench_scope_import [SLIPWAY_BINARY] [ROWS] [RUNS] [DEMO_FILE]
// Without DEMO_FILE a small demo (seed 1, anchored at 2026-11-01) is made first.
#include "BenchProcess.h"
#include "JiraExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace slipway;
using namespace slipway::bench;

namespace {

bool copyFile(const QString& from, const QString& to) {
    bench::removeDatabaseFiles(to);
    return QFile::copy(from, to);
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
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"jira.csv"_qs);
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly) || f.write(generate(rows)) < 0)
            return 2;
        std::printf("%d rows of a Jira Cloud export, %.1f MB of CSV\n", rows,
                    double(f.size()) / (1024 * 1024));
    }
    QString base = args.value(4);
    if (base.isEmpty()) {
        base = dir.filePath(u"demo.slipway"_qs);
        if (bench::timedProcess(slipway, {u"demo"_qs, u"--db"_qs, base, u"--seed"_qs, u"1"_qs,
                                          u"--anchor"_qs, u"2026-11-01"_qs}) < 0)
            return 2;
    }
    std::printf("into copies of %s (%.1f MB)\n", qPrintable(QDir::toNativeSeparators(base)),
                double(QFile(base).size()) / (1024 * 1024));
    const QString createPlain = plainTable(QByteArray(kHeader), u"jira_import"_qs);

    std::vector<qint64> ours, theirs, oursCpu, theirsCpu;
    QByteArray summary, counted;
    for (int run = 0; run < runs; ++run) {
        const QString target = dir.filePath(u"import.slipway"_qs);
        const QString plain = dir.filePath(u"plain.slipway"_qs);
        if (!copyFile(base, target) || !copyFile(base, plain)) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(base));
            return 2;
        }
        qint64 cpu = 0;
        ours.push_back(bench::timedProcess(
            slipway, {u"import"_qs, u"csv"_qs, u"--db"_qs, target, u"--kind"_qs, u"scope"_qs, csv},
            &summary, &cpu));
        oursCpu.push_back(cpu);

        if (bench::timedProcess(u"sqlite3"_qs, {plain, createPlain}) < 0)
            return 2;
        theirs.push_back(bench::timedProcess(
            u"sqlite3"_qs, {plain, u".import --csv --skip 1 "_qs + csv + u" jira_import"_qs},
            nullptr, &cpu));
        theirsCpu.push_back(cpu);
        std::printf("run %d: slipway import csv --kind scope %lld ms (cpu %lld), sqlite3 .import "
                    "%lld ms (cpu %lld)\n",
                    run + 1, ours.back(), oursCpu.back(), theirs.back(), theirsCpu.back());
        if (ours.back() < 0 || theirs.back() < 0)
            return 1;
        if (run == runs - 1)
            bench::timedProcess(u"sqlite3"_qs, {plain, u"SELECT count(*) FROM jira_import"_qs},
                                &counted);
    }
    std::printf("%s", summary.constData());
    std::printf("sqlite3 .import: %s rows in the plain table\n", counted.trimmed().constData());
    const qint64 a = bench::medianMs(ours);
    const qint64 b = bench::medianMs(theirs);
    std::printf(
        "median of %d, wall: slipway %lld ms, sqlite3 %lld ms, ratio %.2f (target <= 1.5)\n", runs,
        a, b, b > 0 ? double(a) / double(b) : 0.0);
    const qint64 ca = bench::medianMs(oursCpu);
    const qint64 cb = bench::medianMs(theirsCpu);
    std::printf("median of %d, cpu:  slipway %lld ms, sqlite3 %lld ms, ratio %.2f\n", runs, ca, cb,
                cb > 0 ? double(ca) / double(cb) : 0.0);
    return 0;
}
