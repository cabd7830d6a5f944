// SPDX-License-Identifier: GPL-3.0-or-later
// From one client's change on a PostgreSQL server to another client's repaint (target: 1 s).
// A main window shows the Releases table of a local server (a fresh cluster); a second client,
// with its own connection, renames a release again and again. Each figure runs from the
// rename's commit to the first paint of the table that shows the new name: LISTEN/NOTIFY, the
// reload, the paint. Prints every update, the median and the maximum.
//   bench_pg_notify [UPDATES]
#include "BenchPaint.h"
#include "MainWindow.h"
#include "PgServer.h"
#include "Theme.h"
#include "services/Document.h"
#include "services/ReleaseService.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTextStream>

#include <algorithm>

using namespace slipway;

namespace {

int fail(const QString& what) {
    QTextStream(stderr) << what << '\n';
    return 1;
}

} // namespace

int main(int argc, char* argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ui::Theme::apply();
    QTextStream out(stdout);
    const int updates = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 20;

    test::PgServer pg;
    if (!pg.start())
        return fail(pg.error());
    auto theirs = Document::open(pg.url(), FileOpenOptions{});
    if (!theirs)
        return fail(theirs.error().message);
    ReleaseService& releases = theirs.value()->releases();
    for (int i = 0; i < 200; ++i) {
        Release r;
        r.name = QStringLiteral("Release %1").arg(i, 3, 10, QLatin1Char('0'));
        r.version = QStringLiteral("1.%1.0").arg(i);
        if (auto made = releases.create(r); !made)
            return fail(made.error().message);
    }
    auto mine = Document::open(pg.url(), FileOpenOptions{});
    if (!mine)
        return fail(mine.error().message);
    ui::MainWindow window;
    window.setDocument(std::move(mine.value()));
    window.resize(1280, 800);
    window.show();
    bench::processEventsFor(500);
    auto* table = window.findChild<QTableView*>(QStringLiteral("releaseTable"));
    if (!table)
        return fail(QStringLiteral("no release table"));
    bench::PaintWatch watch;
    table->viewport()->installEventFilter(&watch);
    const qint64 id = releases.all().value().first().id;

    QList<qint64> figures;
    for (int i = 0; i < updates; ++i) {
        Release r = releases.find(id).value();
        const QString name = QStringLiteral("Renamed %1").arg(i);
        r.name = name;
        watch.paintedMs = -1;
        watch.expect = [table, name] {
            const QAbstractItemModel* m = table->model();
            for (int row = 0; row < m->rowCount(); ++row)
                if (m->index(row, 0).data().toString() == name)
                    return true;
            return false;
        };
        if (auto saved = releases.update(r); !saved)
            return fail(saved.error().message);
        watch.clock.start(); // committed: update() returns after COMMIT
        while (watch.paintedMs < 0 && watch.clock.elapsed() < 5000)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        figures << watch.paintedMs;
        out << "update " << i + 1 << ": "
            << (watch.paintedMs < 0 ? QStringLiteral("not shown within 5 s")
                                    : QStringLiteral("%1 ms").arg(watch.paintedMs))
            << '\n';
        out.flush();
        bench::processEventsFor(100 + (i * 37) % 200);
    }
    std::sort(figures.begin(), figures.end());
    out << "commit on one client to repaint on another (" << updates
        << " updates, 200 releases): median " << figures.at(figures.size() / 2) << " ms, max "
        << figures.last() << " ms (target 1000 ms)\n";
    return 0;
}
