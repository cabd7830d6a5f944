// SPDX-License-Identifier: GPL-3.0-or-later
// What one undo step for a desk import costs: 100,000 scope items imported through the
// service as `slipway import csv` does (plain), against the same import recorded for undo
// (File ▸ Import: SQLite's session extension records every row), then that import undone and
// redone, each in one audited transaction. CPU time of this thread, median of the runs.
// Target: recording costs at most 1.5 times the plain import; undo and redo, which match every
// row against what the import wrote before taking it back or putting it again, at most twice.
// With --server, the same on a local PostgreSQL server (a new cluster, a new database per
// import): there the server records the rows (statement triggers into a temporary table) and
// does most of the work, so the figures are wall time, not this thread's CPU.
//   bench_import_undo [ROWS] [RUNS] [--server]
#include "BenchTiming.h"
#include "PgServer.h"
#include "io/CsvReader.h"
#include "io/ScopeCsvMapping.h"
#include "services/Document.h"
#include "services/ImportUndoService.h"
#include "services/ScopeImportService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace slipway;

namespace {

QByteArray generate(int rows) {
    QByteArray out = "external_key,title,kind,priority,status,effort,description\n";
    out.reserve(qsizetype(rows) * 90);
    const char* const kinds[] = {"feature", "fix", "patch", "tech_debt"};
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += "UNDO-" + n + ",Item " + n + ',' + kinds[i % 4] + ",medium,proposed," +
               QByteArray::number(i % 8) + ",\"Step " + n + ", with a comma\"\n";
    }
    return out;
}

struct Run {
    double plain = 0;
    double recorded = 0;
    double undo = 0;
    double redo = 0;
    qint64 rows = 0;
};

std::unique_ptr<Document> freshDocument(const QString& path) {
    FileOpenOptions options;
    options.create = true;
    auto doc = Document::open(path, options);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(doc.error().message));
        return nullptr;
    }
    return std::move(doc.value());
}

// Where the runs' databases live: files in `dir`, or databases of a local server.
test::PgServer* server = nullptr;
QElapsedTimer wall;

double nowMs() {
    return server ? double(wall.nsecsElapsed()) / 1e6 : bench::threadCpuMs();
}

QString databaseFor(const QString& file) {
    return server ? server->newDatabase() : file;
}

bool once(const CsvTable& table, const ScopeCsvMapping& mapping, const QString& dir, int index,
          Run& run) {
    const auto importRows = [&](Document& doc) -> Result<void> {
        auto done = doc.scopeImport().import(table, mapping, u"items.csv"_qs, {});
        if (!done)
            return done.error();
        return {};
    };
    {
        auto doc = freshDocument(databaseFor(dir + u"/plain-%1.slipway"_qs.arg(index)));
        if (!doc)
            return false;
        const double t0 = nowMs();
        if (auto done = importRows(*doc); !done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
            return false;
        }
        run.plain = nowMs() - t0;
    }
    auto doc = freshDocument(databaseFor(dir + u"/recorded-%1.slipway"_qs.arg(index)));
    if (!doc)
        return false;
    double t0 = nowMs();
    auto recorded = doc->imports().record(RecordedImport::Kind::Scope, u"items.csv"_qs,
                                          [&] { return importRows(*doc); });
    run.recorded = nowMs() - t0;
    if (!recorded) {
        std::fprintf(stderr, "%s\n", qPrintable(recorded.error().message));
        return false;
    }
    run.rows = recorded->rows;
    t0 = nowMs();
    auto undone = doc->imports().undo(recorded.value());
    run.undo = nowMs() - t0;
    t0 = nowMs();
    auto redone = undone ? doc->imports().redo(recorded.value()) : Result<void>(undone.error());
    run.redo = nowMs() - t0;
    if (!redone) {
        std::fprintf(stderr, "%s\n", qPrintable(redone.error().message));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args[1].toInt() : 100000;
    const int runs = args.size() > 2 ? args[2].toInt() : 3;
    test::PgServer pg;
    if (args.contains(u"--server"_qs)) {
        if (!pg.start()) {
            std::fprintf(stderr, "%s\n", qPrintable(pg.error()));
            return 2;
        }
        server = &pg;
        wall.start();
        // Where the time goes: the server logs every statement that takes this long (printed
        // at the end).
        if (const QString slow = qEnvironmentVariable("SLIPWAY_BENCH_SLOW_MS"); !slow.isEmpty()) {
            auto db = Database::open(pg.url(), FileOpenOptions{});
            if (db)
                (void)db.value()->connection().exec(u"ALTER ROLE "_qs + pg.role() +
                                                    u" SET log_min_duration_statement = "_qs +
                                                    QString::number(slow.toInt()));
        }
        std::printf("on PostgreSQL at %s (wall time)\n", qPrintable(pg.url()));
    }
    QTemporaryDir dir;
    auto table = CsvReader::parse(generate(rows), u"items.csv"_qs);
    if (!table) {
        std::fprintf(stderr, "%s\n", qPrintable(table.error().message));
        return 1;
    }
    auto mapping = ScopeCsvMapping::forTable(table.value(), {}, u"items.csv"_qs);
    if (!mapping) {
        std::fprintf(stderr, "%s\n", qPrintable(mapping.error().message));
        return 1;
    }
    QList<double> plain, recorded, undo, redo;
    qint64 touched = 0;
    for (int i = 0; i < runs; ++i) {
        Run run;
        if (!once(table.value(), mapping.value(), dir.path(), i, run))
            return 1;
        plain << run.plain;
        recorded << run.recorded;
        undo << run.undo;
        redo << run.redo;
        touched = run.rows;
        std::printf("run %d: plain %.0f ms, recorded %.0f ms, undo %.0f ms, redo %.0f ms\n", i + 1,
                    run.plain, run.recorded, run.undo, run.redo);
    }
    if (server && qEnvironmentVariableIsSet("SLIPWAY_BENCH_SLOW_MS"))
        for (const QString& l : pg.log().split(u'\n'))
            if (l.contains(u"duration:"_qs))
                std::printf("server: %s\n", qPrintable(l.left(240)));
    const double base = bench::median(plain);
    std::printf("%d rows (%lld recorded), %s ms, median of %d:\n", rows,
                static_cast<long long>(touched), server ? "wall" : "CPU", runs);
    std::printf("  plain import      %8.0f\n", base);
    std::printf("  recorded import   %8.0f  ratio %.2f (target <= 1.5)\n", bench::median(recorded),
                bench::median(recorded) / base);
    std::printf("  undo              %8.0f  ratio %.2f (target <= 2.0)\n", bench::median(undo),
                bench::median(undo) / base);
    std::printf("  redo              %8.0f  ratio %.2f (target <= 2.0)\n", bench::median(redo),
                bench::median(redo) / base);
    return 0;
}
