// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how fast the calendar is (the calendar issue's targets): the median time to paint
// a 1920×1080 viewport at each zoom level over 50,000 windows and 500 blackouts (≤ 8 ms),
// and the time to open the calendar screen on the large demo file (≤ 500 ms); then each zoom
// over 20,000 releases in three dense team rows, density strips and "+N" blocks included.
// The 50,000 windows are written into a temporary Slipway file through BulkWriter and read
// back by the real CalendarModel, so the figures include nothing the app would not do.
// Usage: bench_calendar [LARGE_DEMO.slipway]  (without it, the large demo is generated).
#include "BenchTiming.h"
#include "CalendarPlanFixture.h"
#include "Theme.h"
#include "calendar/CalendarScreen.h"
#include "calendar/CalendarView.h"
#include "io/DemoGenerator.h"
#include "itemmodels/CalendarModel.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "storage/BulkWriter.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace slipway;
using bench::median;
using bench::threadCpuMs;

namespace {

// A 1920x1080 view of the model, shown off screen and laid out.
void showFullHd(ui::CalendarView& view, CalendarModel& model) {
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setModel(&model);
    view.resize(1920, 1080);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    QCoreApplication::processEvents();
}

constexpr qint64 kDay = 86400;

// 10 teams, 40 services, 12 environments, 50,000 windows over five years (1 to 8 hours on
// the quarter-hour), 500 blackouts (two thirds hard, half for every service), 40 incident
// freezes and 3,000 environment bookings.
Result<void> generate(const QString& path, qint64 from) {
    Database::OpenOptions options;
    options.create = true;
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    QRandomGenerator rng(42);
    const qint64 span = 5 * 365 * kDay;
    {
        BulkWriter bulk(*db.value());
        if (auto begun = bulk.beginPrivateLoad(); !begun)
            return begun;
        const bulk::Stamp stamp{QStringLiteral("bench"), from, QStringLiteral("bench"), from, 1};
        for (int t = 1; t <= 10; ++t)
            if (auto r = bulk.insert(bulk::Team{t, QStringLiteral("Team %1").arg(t), stamp}); !r)
                return r;
        for (int s = 1; s <= 40; ++s)
            if (auto r = bulk.insert(
                    bulk::Service{s, QStringLiteral("Service %1").arg(s), 1 + (s - 1) % 10, stamp});
                !r)
                return r;
        for (int e = 1; e <= 12; ++e)
            if (auto r = bulk.insert(bulk::Environment{e, QStringLiteral("env-%1").arg(e),
                                                       QStringLiteral("test"), e % 3 == 0, stamp});
                !r)
                return r;
        for (int i = 1; i <= 50000; ++i) {
            Release r;
            r.id = i;
            r.name = QStringLiteral("Release %1").arg(i);
            r.version = QStringLiteral("1.%1.0").arg(i % 50);
            r.type = ReleaseType(rng.bounded(4));
            r.status = ReleaseStatus(rng.bounded(7));
            const qint64 start = from + qint64(rng.bounded(quint32(span / 900))) * 900;
            r.windowStart = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
            r.windowEnd =
                QDateTime::fromSecsSinceEpoch(start + (1 + rng.bounded(8)) * 3600, Qt::UTC);
            const qint64 service = 1 + rng.bounded(40);
            r.serviceIds = {service};
            r.teamId = 1 + (service - 1) % 10;
            r.createdBy = r.updatedBy = QStringLiteral("bench");
            r.createdAt = r.updatedAt = QDateTime::fromSecsSinceEpoch(from, Qt::UTC);
            r.rowVersion = 1;
            if (auto done = bulk.insert(r); !done)
                return done;
        }
        for (int b = 1; b <= 500; ++b) {
            bulk::Blackout row;
            row.id = b;
            row.name = QStringLiteral("Blackout %1").arg(b);
            row.startUtc = from + qint64(rng.bounded(quint32(span / 3600))) * 3600;
            row.endUtc = row.startUtc + (6 + qint64(rng.bounded(72))) * 3600;
            row.severity = rng.bounded(3) != 0 ? QStringLiteral("hard") : QStringLiteral("soft");
            if (rng.bounded(2) == 0)
                row.serviceIds = {qint64(1 + rng.bounded(40))};
            row.stamp = stamp;
            if (auto done = bulk.insert(row); !done)
                return done;
        }
        if (auto done = bulk.commit(); !done)
            return done;
    }
    QSqlQuery q(db.value()->connection());
    q.exec(QStringLiteral("BEGIN"));
    q.prepare(QStringLiteral("INSERT INTO incident_freezes (name, start_utc, end_utc, created_by, "
                             "created_at, updated_by, updated_at) VALUES (?, ?, ?, 'bench', 0, "
                             "'bench', 0)"));
    for (int f = 0; f < 40; ++f) {
        const qint64 start = from + qint64(rng.bounded(quint32(span / 3600))) * 3600;
        q.addBindValue(QStringLiteral("INC-%1").arg(1000 + f));
        q.addBindValue(start);
        q.addBindValue(start + 12 * 3600);
        q.exec();
    }
    q.prepare(QStringLiteral("INSERT INTO environment_bookings (environment_id, release_id, "
                             "start_utc, end_utc, created_by, created_at, updated_by, updated_at) "
                             "VALUES (?, ?, ?, ?, 'bench', 0, 'bench', 0)"));
    for (int b = 0; b < 3000; ++b) {
        const qint64 start = from + qint64(rng.bounded(quint32(span / 900))) * 900;
        q.addBindValue(1 + rng.bounded(12));
        q.addBindValue(1 + rng.bounded(50000));
        q.addBindValue(start);
        q.addBindValue(start + 4 * 3600);
        q.exec();
    }
    q.exec(QStringLiteral("COMMIT"));
    return {};
}

// The 20,040-release shape of the desktop planners' comparison (three team rows, windows of 1
// to 4 working days, about 15 at once per row) at every zoom: month draws four sub-rows and
// "+N" blocks, quarter and year the density strips.
void densePlanFigures(QTextStream& out, const QString& path, int frames) {
    QElapsedTimer timer;
    timer.start();
    if (auto made = test::writeDensePlan(path, 20000); !made) {
        out << "cannot generate the dense plan: " << made.error().message << Qt::endl;
        return;
    }
    out << "generated 20,000 releases in three team rows in " << timer.elapsed() << " ms"
        << Qt::endl;
    auto db = Database::open(path, Database::OpenOptions{});
    if (!db)
        return;
    ReleaseService releases(*db.value(), Session{QStringLiteral("bench"), {}});
    CalendarModel model(*db.value(), releases);
    const qint64 from = test::densePlanStart();
    model.setRange({from - 30 * kDay, from + 3 * 365 * kDay + 30 * kDay});
    model.reload();
    ui::CalendarView view;
    showFullHd(view, model);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const char* names[] = {"day", "week", "month", "quarter", "year"};
    for (int z = 0; z <= int(ui::CalendarView::Zoom::Year); ++z) {
        view.setZoom(ui::CalendarView::Zoom(z));
        view.scrollToTime(from + 500 * kDay);
        QList<double> times, cpu;
        ui::CalendarPaintRecord record;
        for (int i = 0; i < frames; ++i) {
            QPainter p(&image);
            record.clear();
            timer.restart();
            const double cpuStart = threadCpuMs();
            view.paintTo(p, image.size(), &record);
            p.end();
            cpu << threadCpuMs() - cpuStart;
            times << timer.nsecsElapsed() / 1e6;
        }
        out << "paint 20,000 releases at " << names[z] << " zoom: median "
            << QString::number(median(times), 'f', 2) << " ms wall, "
            << QString::number(median(cpu), 'f', 2) << " ms CPU (" << record.bars.size()
            << " bars, " << record.blocks.size() << " +N blocks for " << record.hiddenCounted
            << " releases, " << record.stripRows << " density strips of " << record.cells.size()
            << " days)" << Qt::endl;
    }
}

} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ui::Theme::apply();
    QTextStream out(stdout);
    QTemporaryDir dir;
    const qint64 from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    // SLIPWAY_BENCH_DATA names a folder that keeps the generated file between runs (runs
    // under a profiler would otherwise spend most of their time generating it).
    const QString keep = qEnvironmentVariable("SLIPWAY_BENCH_DATA");
    const QString path =
        (keep.isEmpty() ? dir.path() : keep) + QStringLiteral("/calendar-bench.slipway");

    QElapsedTimer timer;
    timer.start();
    if (keep.isEmpty() || !QFileInfo::exists(path)) {
        if (auto made = generate(path, from); !made) {
            out << "cannot generate: " << made.error().message << Qt::endl;
            return 1;
        }
        out << "generated 50,000 windows, 500 blackouts, 40 freezes, 3,000 bookings in "
            << timer.elapsed() << " ms" << Qt::endl;
    }

    Database::OpenOptions options;
    auto db = Database::open(path, options);
    if (!db)
        return 1;
    ReleaseService releases(*db.value(), Session{QStringLiteral("bench"), {}});
    CalendarModel model(*db.value(), releases);
    model.setRange({from - 30 * kDay, from + 5 * 365 * kDay + 30 * kDay});
    QList<double> loads;
    const int reloads = qEnvironmentVariableIsSet("SLIPWAY_BENCH_FRAMES") ? 1 : 3;
    for (int i = 0; i < reloads; ++i) {
        timer.restart();
        model.reload();
        loads << timer.nsecsElapsed() / 1e6;
    }
    out << "model reload, all five years (" << model.items().size() << " bars in "
        << model.lanes().size() << " rows): median " << QString::number(median(loads), 'f', 1)
        << " ms" << Qt::endl;

    // One edit (a window moved by an hour), before: the whole schedule read again; after:
    // only the release and the windows it can collide with.
    const auto editFigures = [&](ReleaseService& service, CalendarModel& calendar,
                                 const QString& where) {
        QList<qint64> ids;
        for (const CalendarModel::Item& item : calendar.items()) {
            if (item.bookingId == 0 && ids.size() < 12 && !ids.contains(item.releaseId) &&
                item.releaseId % 97 == 0)
                ids << item.releaseId;
        }
        QList<double> full, incremental, saves;
        for (int i = 0; i < ids.size(); ++i) {
            auto release = service.find(ids[i]);
            if (!release || !release->windowStart.isValid())
                continue;
            release->windowStart = release->windowStart.addSecs(3600);
            release->windowEnd = release->windowEnd.addSecs(3600);
            timer.restart();
            if (!service.update(release.value()))
                continue;
            saves << timer.nsecsElapsed() / 1e6;
            if (i % 2 == 0) {
                calendar.reload();
                full << timer.nsecsElapsed() / 1e6;
            } else {
                calendar.applyEdits();
                incremental << timer.nsecsElapsed() / 1e6;
            }
        }
        out << "one edit on " << where << " (" << calendar.items().size()
            << " bars loaded): full reload median " << QString::number(median(full), 'f', 1)
            << " ms, incremental median " << QString::number(median(incremental), 'f', 1)
            << " ms (both include saving the edit, median "
            << QString::number(median(saves), 'f', 1) << " ms)" << Qt::endl;
    };
    editFigures(releases, model, QStringLiteral("the 50,000-window file"));

    ui::CalendarView view;
    showFullHd(view, model);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const char* names[] = {"day", "week", "month", "quarter", "year"};
    // SLIPWAY_BENCH_FRAMES lowers the frames per zoom, for runs under a profiler.
    const int frames = qEnvironmentVariableIntValue("SLIPWAY_BENCH_FRAMES") > 0
                           ? qEnvironmentVariableIntValue("SLIPWAY_BENCH_FRAMES")
                           : 40;
    bool allFast = true;
    for (int z = 0; z <= int(ui::CalendarView::Zoom::Year); ++z) {
        view.setZoom(ui::CalendarView::Zoom(z));
        view.scrollToTime(from + 2 * 365 * kDay + 17 * kDay);
        QList<double> times, cpu;
        for (int i = 0; i < frames; ++i) {
            QPainter p(&image);
            timer.restart();
            const double cpuStart = threadCpuMs();
            view.paintTo(p, image.size());
            p.end();
            cpu << threadCpuMs() - cpuStart;
            times << timer.nsecsElapsed() / 1e6;
        }
        const double m = median(cpu);
        allFast = allFast && m <= 8.0;
        out << "paint 1920x1080 at " << names[z] << " zoom: median " << QString::number(m, 'f', 2)
            << " ms CPU, " << QString::number(median(times), 'f', 2) << " ms wall (target <= 8 ms)"
            << Qt::endl;
    }
    image.save(dir.filePath(QStringLiteral("year.png")));
    densePlanFigures(out, dir.filePath(QStringLiteral("dense-plan.slipway")), frames);

    // Opening the screen on the large demo: what a user waits for after clicking Calendar.
    QString demo = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (demo.isEmpty()) {
        demo = dir.filePath(QStringLiteral("big.slipway"));
        timer.restart();
        if (auto made = DemoGenerator::generate(demo, DemoGenerator::Scale::Large, 1); !made) {
            out << "cannot generate the large demo: " << made.error().message << Qt::endl;
            return 1;
        }
        out << "generated the large demo in " << timer.elapsed() << " ms" << Qt::endl;
    }
    auto document = Document::open(demo, options);
    if (!document) {
        out << document.error().message << Qt::endl;
        return 1;
    }
    QList<double> opens, openCpu;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        const double cpuStart = threadCpuMs();
        auto screen = std::make_unique<ui::CalendarScreen>(*document.value());
        screen->setAttribute(Qt::WA_DontShowOnScreen);
        screen->resize(1600, 900);
        screen->show();
        QCoreApplication::processEvents();
        screen->view()->viewport()->repaint();
        opens << timer.nsecsElapsed() / 1e6;
        openCpu << threadCpuMs() - cpuStart;
    }
    {
        ui::CalendarScreen screen(*document.value());
        screen.setAttribute(Qt::WA_DontShowOnScreen);
        screen.show();
        QCoreApplication::processEvents();
        editFigures(document.value()->releases(), *screen.model(), QFileInfo(demo).fileName());
    }
    const double open = median(openCpu);
    out << "open the calendar screen on " << QFileInfo(demo).fileName() << ": median "
        << QString::number(open, 'f', 1) << " ms CPU, " << QString::number(median(opens), 'f', 1)
        << " ms wall (target <= 500 ms)" << Qt::endl;
    return allFast && open <= 500 ? 0 : 1;
}
