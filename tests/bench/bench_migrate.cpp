// SPDX-License-Identifier: GPL-3.0-or-later
// Moving a Slipway file to a local PostgreSQL 15 server (a new cluster, as the tests start
// one) and back to a new file, with the audit chain verified on both sides each way. Prints
// the seconds of every stage and of the large tables, the total and rows per second (target
// for the large demo's 1,000,000 audit entries: <= 60 s to the server).
// With --cold-start PROGRAM (bench_cold_start), also opens the window on the server holding
// the moved file, RUNS times, and prints the median of its first paint (target 500 ms).
//   bench_migrate FILE [--no-back] [--cold-start PROGRAM [RUNS]]
#include "PgServer.h"
#include "storage/DatabaseMover.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace slipway;

namespace {

bool measure(QTextStream& out, const QString& title, const QString& from, const QString& to) {
    out << title << Qt::endl;
    auto progress = [&out](const QString& what, qint64 rows, double seconds) {
        if (rows < 0)
            out << QStringLiteral("  %1: %2 s").arg(what, -40).arg(seconds, 0, 'f', 2) << Qt::endl;
        else if (rows >= 50000)
            out << QStringLiteral("    %1 %2 rows: %3 s")
                       .arg(what, -20)
                       .arg(rows, 9)
                       .arg(seconds, 0, 'f', 2)
                << Qt::endl;
    };
    auto moved = DatabaseMover::move(from, to, progress);
    if (!moved) {
        out << QStringLiteral("  failed: ") << moved.error().message << Qt::endl;
        return false;
    }
    const MoveSummary& s = moved.value();
    out << QStringLiteral("  total: %1 s for %2 tables, %3 rows (%4 audit entries): %5 rows/s")
               .arg(s.seconds, 0, 'f', 2)
               .arg(s.tables)
               .arg(s.rows)
               .arg(s.auditEntries)
               .arg(qint64(double(s.rows) / s.seconds))
        << Qt::endl;
    return true;
}

// The window opened on `url` by `program` (bench_cold_start) `runs` times: each run's line and
// the median of its first painted frame.
void coldStarts(QTextStream& out, const QString& program, const QString& url, int runs) {
    out << QStringLiteral("The window on the server holding it, process start to first paint "
                          "(target 500 ms):")
        << Qt::endl;
    QList<int> firsts;
    static const QRegularExpression first(QStringLiteral("first_paint_ms=(\\d+)"));
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.start(program, {url});
        if (!p.waitForFinished(60000)) {
            out << QStringLiteral("  run %1: did not finish").arg(i + 1) << Qt::endl;
            continue;
        }
        QString line = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        if (line.isEmpty())
            line = QString::fromUtf8(p.readAllStandardError()).trimmed().section(u'\n', -1);
        out << QStringLiteral("  run %1: %2").arg(i + 1).arg(line) << Qt::endl;
        if (const auto m = first.match(line); m.hasMatch())
            firsts << m.captured(1).toInt();
    }
    std::sort(firsts.begin(), firsts.end());
    if (!firsts.isEmpty())
        out << QStringLiteral("  first paint, median of %1: %2 ms")
                   .arg(firsts.size())
                   .arg(firsts.at(firsts.size() / 2))
            << Qt::endl;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2 || !QFileInfo::exists(args.at(1))) {
        QTextStream(stderr) << "usage: bench_migrate FILE [--no-back]\n";
        return 2;
    }
    test::PgServer pg;
    if (!pg.start()) {
        out << QStringLiteral("skipped: ") << pg.error() << Qt::endl;
        return 0;
    }
    out << QStringLiteral("PostgreSQL cluster made and started in %1 ms").arg(pg.startupMs())
        << Qt::endl;
    if (!measure(out, QStringLiteral("File to server (target 60 s):"), args.at(1), pg.url()))
        return 1;
    if (const qsizetype at = args.indexOf(QStringLiteral("--cold-start"));
        at > 0 && at + 1 < args.size())
        coldStarts(out, args.at(at + 1), pg.url(),
                   at + 2 < args.size() ? qMax(1, args.at(at + 2).toInt()) : 5);
    if (args.contains(QStringLiteral("--no-back")))
        return 0;
    QTemporaryDir dir;
    if (!measure(out, QStringLiteral("Server back to a new file:"), pg.url(),
                 dir.filePath(QStringLiteral("back.slipway"))))
        return 1;
    return 0;
}
