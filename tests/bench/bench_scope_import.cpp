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

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace slipway;

namespace {

const char* const kProjects[] = {"CHK", "RSK", "MOB"};
const char* const kTypes[] = {"Story", "Task", "Bug", "Story", "Epic"};
const char* const kStatuses[] = {"To Do", "Selected for Development", "In Progress", "In Review",
                                 "Done"};
const char* const kCategories[] = {"To Do", "To Do", "In Progress", "In Progress", "Done"};
const char* const kPriorities[] = {"Highest", "High", "Medium", "Medium", "Low"};
const char* const kPeople[] = {"Dana Fox", "Lee Park", "Amara Okafor", "Mateo Mensah"};
const char* const kAccounts[] = {
    "712020:b0b6f1d6-fdc1-4051-b7f5-88141b8e37bb", "712020:bc18a37a-616d-4f7e-9f1b-8d68eda07553",
    "5f3e8d2a9c1b4e0017a6d4c2", "712020:0c5e1a77-2b9d-4c8e-a1f0-3d6b9e4f7a21"};
const char* const kVersions[] = {"2.4.0", "2.5.0", "", "3.0.0", ""};
const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

const char* const kHeader =
    "Summary,Issue key,Issue id,Issue Type,Status,Project key,Priority,Resolution,Assignee,"
    "Assignee Id,Reporter,Reporter Id,Created,Updated,Fix versions,Labels,Labels,Labels,"
    "Description,Custom field (Rank),Custom field (Story point estimate),Inward issue link "
    "(Blocks),Outward issue link (Blocks),Sprint,Status Category\n";

QByteArray key(int n) {
    return QByteArray(kProjects[n % 3]) + '-' + QByteArray::number(n);
}

// Jira's date format, e.g. "15/Feb/26 4:36 PM".
QByteArray jiraDate(int n) {
    return QByteArray::number(1 + n % 28).rightJustified(2, '0') + '/' + kMonths[n % 12] + "/26 " +
           QByteArray::number(1 + n % 12) + ':' +
           QByteArray::number(n % 60).rightJustified(2, '0') + (n % 2 ? " AM" : " PM");
}

// An export as Jira Cloud writes it ("Export CSV (all fields)", trimmed to the usual columns):
// LF line ends, newest issue first, so keys and LexoRanks ("0|i000hr:") descend down the file;
// the Labels column repeated; some summaries quoted (a comma, doubled quotes) or with an em
// dash; one description in five spans lines; one issue in a hundred blocks the one before it.
QByteArray generate(int rows) {
    QByteArray out = kHeader;
    out.reserve(qsizetype(rows) * 330);
    for (int i = 0; i < rows; ++i) {
        const int n = rows - i;
        const QByteArray number = QByteArray::number(n);
        if (n % 7 == 0)
            out += "\"Checkout, step " + number + " \"\"express\"\"\",";
        else if (n % 11 == 0)
            out += "Checkout step " + number + " \xE2\x80\x94 retry,";
        else
            out += "Checkout step " + number + ',';
        out += key(n) + ',' + QByteArray::number(10000 + n) + ',' + kTypes[n % 5] + ',' +
               kStatuses[n % 5] + ',' + kProjects[n % 3] + ',' + kPriorities[n % 5] + ',';
        out += n % 5 == 4 ? "Done," : ",";
        if (n % 3 == 0)
            out += ",,";
        else
            out += QByteArray(kPeople[(n + 1) % 4]) + ',' + kAccounts[(n + 1) % 4] + ',';
        out += QByteArray(kPeople[n % 4]) + ',' + kAccounts[n % 4] + ',';
        out += jiraDate(n) + ',' + jiraDate(n + 3) + ',' + kVersions[n % 5] + ',';
        out += n % 3 == 0 ? "backend," : ",";
        out += n % 6 == 0 ? "q3," : ",";
        out += n % 50 == 0 ? "SOX," : ",";
        if (n % 5 == 0)
            out += "\"Acceptance:\n\n* works offline\n* audited\",";
        else if (n % 5 == 1)
            out += ',';
        else
            out += "As a customer I want step " + number + " to work.,";
        out += "0|i" + QByteArray::number(n * 8, 36).rightJustified(5, '0') + ":,";
        out += n % 4 ? QByteArray::number(n % 8) + ".0," : QByteArray(",");
        out += ',';
        out += n % 100 == 0 ? key(n + 1) + ',' : QByteArray(",");
        out += QByteArray(kProjects[n % 3]) + " Sprint " + QByteArray::number(1 + n / 500) + ',';
        out += QByteArray(kCategories[n % 5]) + '\n';
    }
    return out;
}

// CREATE TABLE with one TEXT column per header name, repeated names numbered as the sqlite3
// shell numbers them when it creates the table itself.
QString plainTable(const QByteArray& header, const QString& table) {
    QStringList columns;
    QSet<QString> seen;
    for (const QByteArray& raw : header.trimmed().split(',')) {
        QString name = QString::fromUtf8(raw);
        const QString base = name;
        for (int k = 2; seen.contains(name); ++k)
            name = base + u'_' + QString::number(k);
        seen.insert(name);
        columns << u'"' + name + u"\" TEXT"_qs;
    }
    return u"CREATE TABLE "_qs + table + u" ("_qs + columns.join(u", "_qs) + u");"_qs;
}

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
