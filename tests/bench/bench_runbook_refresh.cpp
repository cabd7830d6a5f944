// SPDX-License-Identifier: GPL-3.0-or-later
// From a pipeline's step update to the open Run tab repainting it (target: 1 s). The window
// shows a canary run; a second connection to the file, as `slipway runbook step` has, marks
// the steps one after another (running, done; a go at each checkpoint), at moments spread
// over the file's 300 ms poll. Each figure runs from the update's commit to the first paint
// of the step list that shows it. Prints every update, the median and the maximum.
//   bench_runbook_refresh [UPDATES]
#include "BenchPaint.h"
#include "BenchTiming.h"
#include "Theme.h"
#include "deploy/RunController.h"
#include "deploy/RunPanel.h"
#include "deploy/RunStepModel.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/RunbookRunService.h"
#include "services/RunbookService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

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
    const int updates = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 10;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.slipway"));
    FileOpenOptions create;
    create.create = true;
    auto opened = Document::open(path, create);
    if (!opened)
        return fail(opened.error().message);
    Document& doc = *opened.value();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Release release;
    release.name = QStringLiteral("Checkout");
    release.version = QStringLiteral("4.2.0");
    release.windowStart = QDateTime::fromSecsSinceEpoch(now - 600, Qt::UTC);
    release.windowEnd = QDateTime::fromSecsSinceEpoch(now + 8 * 3600, Qt::UTC);
    auto made = doc.releases().create(release);
    if (!made)
        return fail(made.error().message);
    const qint64 id = made->id;
    // The lifecycle's way to Deploying (approval, gates, evidence) is not what is measured.
    QSqlQuery q(doc.database().connection());
    if (!q.exec(QStringLiteral("UPDATE releases SET status = 'deploying' WHERE id = %1").arg(id)))
        return fail(QStringLiteral("cannot set the release deploying"));
    auto book = doc.runbooks().create(id, DeploymentPattern::Canary, QStringLiteral("bench"), {});
    if (!book)
        return fail(book.error().message);
    if (auto ready = doc.runbooks().setReady(id, true, book->rowVersion); !ready)
        return fail(ready.error().message);
    if (auto started = doc.runbookRuns().start(id); !started)
        return fail(started.error().message);

    ui::RunPanel panel(doc);
    panel.resize(1280, 720);
    panel.show();
    panel.setRelease(id);
    bench::processEventsFor(300);
    auto* table = panel.findChild<QTableView*>(QStringLiteral("runSteps"));
    auto* model = qobject_cast<ui::RunStepModel*>(table->model());
    bench::PaintWatch watch;
    table->viewport()->installEventFilter(&watch);

    // The pipeline: its own connection to the file.
    auto pipeline = Document::open(path, FileOpenOptions{});
    if (!pipeline)
        return fail(pipeline.error().message);
    RunbookRunService& runs = pipeline.value()->runbookRuns();

    struct Update {
        QString key;
        StepStatus status;
        bool go;
    };
    QList<Update> plan;
    for (const RunbookStep& s : book->steps) {
        if (!s.isForward())
            continue;
        if (s.kind == StepKind::Checkpoint) {
            plan.append({s.key, StepStatus::Done, true});
        } else {
            plan.append({s.key, StepStatus::Running, false});
            plan.append({s.key, StepStatus::Done, false});
        }
    }
    QList<double> samples;
    for (int i = 0; i < updates && i < plan.size(); ++i) {
        const Update& u = plan[i];
        // Land the updates at different points of the poll's 300 ms cycle.
        bench::processEventsFor(150 + (i * 97) % 300);
        const QString expected = displayName(u.status);
        watch.paintedMs = -1;
        watch.expect = [&, key = u.key] {
            const int row = model->rowOf(key);
            return row >= 0 &&
                   model->index(row, ui::RunStepModel::StatusColumn).data().toString() == expected;
        };
        auto written = u.go ? runs.decide(id, u.key, RunDecision::Go, QStringLiteral("bench"))
                            : runs.setStep(id, u.key, u.status);
        watch.clock.start();
        if (!written)
            return fail(written.error().message);
        while (watch.paintedMs < 0 && watch.clock.elapsed() < 5000)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        if (watch.paintedMs < 0)
            return fail(QStringLiteral("%1 %2 never showed").arg(u.key, expected));
        samples << double(watch.paintedMs);
        const QString what = u.go ? QStringLiteral("go at %1").arg(u.key)
                                  : QStringLiteral("%1 %2").arg(u.key, expected.toLower());
        out << QStringLiteral("update %1 (%2): painted after %3 ms\n")
                   .arg(i + 1)
                   .arg(what)
                   .arg(watch.paintedMs);
        out.flush();
    }
    out << QStringLiteral("step update to repaint, %1 updates: median %2 ms, max %3 ms (target "
                          "1000 ms)\n")
               .arg(samples.size())
               .arg(bench::median(samples))
               .arg(*std::max_element(samples.cbegin(), samples.cend()));
    return 0;
}
