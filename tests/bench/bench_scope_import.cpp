// SPDX-License-Identifier: GPL-3.0-or-later
// Importing 100,000 scope items from CSV: `slipway import csv` into a fresh Slipway file
// against `sqlite3 FILE ".import --csv"` of the same file into a table of the same shape
// (columns and constraints of scope_items), each timed as a whole process. Slipway also
// maps and validates every row and writes one hash-chained audit entry naming every new
// item and the file's SHA-256.
// Target: ratio <= 1.0.
//   bench_scope_import [SLIPWAY_BINARY] [ROWS] [RUNS]
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

const char* const kKinds[] = {"feature", "fix", "patch", "tech_debt", "regulatory"};
const char* const kPriorities[] = {"critical", "high", "medium", "low"};
const char* const kStatuses[] = {"proposed", "committed", "in_progress", "done", "deferred"};
const char* const kTeams[] = {"Payments", "Risk & Compliance", "Mobile"};

// A scope export as Slipway reads it back: some titles need quotes (commas, doubled quotes),
// some descriptions span lines, labels are "; "-separated.
QByteArray generate(int rows) {
    QByteArray out = "external_key,title,kind,priority,status,stakeholder,effort,description,"
                     "labels\r\n";
    out.reserve(qsizetype(rows) * 150);
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += "SCOPE-" + n + ',';
        if (i % 7 == 0)
            out += "\"Checkout, step " + n + " \"\"express\"\"\",";
        else
            out += "Checkout step " + n + ',';
        out += QByteArray(kKinds[i % 5]) + ',' + kPriorities[i % 4] + ',' + kStatuses[i % 5] + ',';
        if (i % 4 == 3)
            out += "\"Platform, Core\",";
        else
            out += QByteArray(kTeams[i % 4]) + ',';
        out += QByteArray::number((i % 13) * 0.5) + ',';
        out +=
            i % 5 == 0 ? "\"Acceptance:\r\n- works offline\r\n- audited\"," : "Plain description,";
        out += i % 3 == 0 ? "backend; q3\r\n" : "\r\n";
    }
    return out;
}

const char* const kSqliteTable =
    "CREATE TABLE scope_items (external_key TEXT UNIQUE, "
    "title TEXT NOT NULL CHECK (length(trim(title)) > 0), "
    "kind TEXT NOT NULL CHECK (kind IN ('feature', 'fix', 'patch', 'tech_debt', 'regulatory')), "
    "priority TEXT NOT NULL CHECK (priority IN ('critical', 'high', 'medium', 'low')), "
    "status TEXT NOT NULL CHECK (status IN ('proposed', 'committed', 'in_progress', 'done', "
    "'deferred')), "
    "stakeholder TEXT NOT NULL, effort REAL NOT NULL CHECK (effort >= 0), "
    "description TEXT NOT NULL, labels TEXT NOT NULL);";

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString slipway =
        args.value(1, QDir(app.applicationDirPath()).filePath(u"../../app/slipway"_qs));
    const int rows = args.value(2, u"100000"_qs).toInt();
    const int runs = args.value(3, u"3"_qs).toInt();
    if (!QFile::exists(slipway)) {
        std::fprintf(stderr, "no slipway binary at %s\n", qPrintable(slipway));
        return 2;
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"scope.csv"_qs);
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
            slipway, {u"import"_qs, u"csv"_qs, u"--db"_qs, target, u"--kind"_qs, u"scope"_qs, csv},
            &summary, &cpu));
        oursCpu.push_back(cpu);

        const QString plain = dir.filePath(u"plain.sqlite"_qs);
        bench::removeDatabaseFiles(plain);
        if (bench::timedProcess(u"sqlite3"_qs, {plain, QString::fromLatin1(kSqliteTable)}) < 0)
            return 2;
        theirs.push_back(bench::timedProcess(
            u"sqlite3"_qs, {plain, u".import --csv --skip 1 "_qs + csv + u" scope_items"_qs},
            nullptr, &cpu));
        theirsCpu.push_back(cpu);
        std::printf("run %d: slipway import csv %lld ms (cpu %lld), sqlite3 .import %lld ms (cpu "
                    "%lld)\n",
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
