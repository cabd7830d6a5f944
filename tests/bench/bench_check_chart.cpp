// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a check's latency chart on the After release screen (target: 100 ms for 4,320
// results, fifteen days of one every five minutes). A file with 10 checks of one release and
// 4,320 results each, written with plain SQL; the Checks tab is shown, then each run asks it to
// show another check and times until the chart is laid out (events processed), and until it
// is painted too. Prints the median of the runs.
//   bench_check_chart [RUNS]
#include "BenchTiming.h"
#include "Theme.h"
#include "domain/ValidationCheck.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"
#include "validation/CheckChart.h"
#include "validation/ChecksPanel.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLineSeries>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace slipway;

namespace {

int fail(const QString& what) {
    QTextStream(stderr) << what << '\n';
    return 1;
}

bool run(QSqlQuery& q, const QString& sql) {
    if (q.exec(sql))
        return true;
    QTextStream(stderr) << sql << ": " << q.lastError().text() << '\n';
    return false;
}

} // namespace

int main(int argc, char* argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ui::Theme::apply();
    QTextStream out(stdout);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 10;
    constexpr int kChecks = 10;
    constexpr int kResults = 4320;

    QTemporaryDir dir;
    FileOpenOptions create;
    create.create = true;
    auto opened = Document::open(dir.filePath(QStringLiteral("checks.slipway")), create);
    if (!opened)
        return fail(opened.error().message);
    Document& doc = *opened.value();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 deployed = now - qint64(kResults) * 300;
    Release release;
    release.name = QStringLiteral("Payments API");
    release.version = QStringLiteral("2.4.0");
    release.windowStart = QDateTime::fromSecsSinceEpoch(deployed - 600, Qt::UTC);
    release.windowEnd = QDateTime::fromSecsSinceEpoch(deployed + 3600, Qt::UTC);
    auto made = doc.releases().create(release);
    if (!made)
        return fail(made.error().message);
    const qint64 releaseId = made->id;
    // The checks and their results, behind the services' backs: what is measured is the
    // chart, not recording.
    QSqlQuery q(doc.database().connection());
    QList<qint64> checks;
    for (int c = 0; c < kChecks; ++c) {
        ValidationCheck check;
        check.releaseId = releaseId;
        check.name = QStringLiteral("check %1").arg(c + 1);
        TransactionStep step;
        step.name = check.name;
        step.url = QStringLiteral("https://payments.example.com/health/%1").arg(c + 1);
        step.latencyBudgetMs = 400;
        check.steps = {step};
        q.prepare(QStringLiteral("INSERT INTO validation_checks (release_id, name, kind, "
                                 "definition, schedule_hours, interval_min, created_by, "
                                 "created_at, updated_by, updated_at) VALUES (?, ?, 'http', ?, "
                                 "360, 5, 'b', 1, 'b', 1)"));
        q.addBindValue(releaseId);
        q.addBindValue(check.name);
        q.addBindValue(
            QString::fromUtf8(QJsonDocument(check.definition()).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return fail(q.lastError().text());
        checks << q.lastInsertId().toLongLong();
    }

    if (!run(q, QStringLiteral("INSERT INTO environments (name, kind, created_by, created_at, "
                               "updated_by, updated_at) VALUES ('Production', 'prod', 'b', 1, "
                               "'b', 1)")) ||
        !run(q, QStringLiteral("INSERT INTO deployments (release_id, environment_id, outcome, "
                               "deployed_by, deployed_at, created_by, created_at) VALUES (%1, "
                               "(SELECT id FROM environments), 'succeeded', 'b', %2, 'b', %2)")
                    .arg(releaseId)
                    .arg(deployed)) ||
        !run(q, QStringLiteral("BEGIN")))
        return 1;
    q.prepare(QStringLiteral("INSERT INTO validation_results (check_id, release_id, run_at, ok, "
                             "latency_ms, http_status, reason, excerpt, run_by) VALUES (?, ?, ?, "
                             "?, ?, ?, ?, ?, 'bench')"));
    quint32 seed = 7;
    for (qint64 check : std::as_const(checks)) {
        for (int i = 0; i < kResults; ++i) {
            seed = seed * 1664525u + 1013904223u;
            const bool ok = (seed >> 8) % 97 != 0;
            q.addBindValue(check);
            q.addBindValue(releaseId);
            q.addBindValue((deployed + qint64(i) * 300) * 1000);
            q.addBindValue(ok ? 1 : 0);
            q.addBindValue(qint64(120 + (seed >> 16) % 180));
            q.addBindValue(ok ? 200 : 503);
            q.addBindValue(ok ? QStringLiteral("") : QStringLiteral("status 503, expected 2xx"));
            q.addBindValue(QStringLiteral("{\"status\":\"ok\"}"));
            if (!q.exec())
                return fail(q.lastError().text());
        }
    }
    if (!run(q, QStringLiteral("COMMIT")))
        return 1;

    ui::ChecksPanel panel(doc);
    panel.resize(1280, 800);
    panel.show();
    panel.setRelease(releaseId);
    QApplication::processEvents();
    if (panel.checks().size() != kChecks)
        return fail(QStringLiteral("the panel lists %1 checks").arg(panel.checks().size()));

    QList<double> laidOut;
    QList<double> painted;
    for (int r = 0; r < runs; ++r) {
        const qint64 check = checks.at((r + 1) % kChecks);
        QElapsedTimer clock;
        clock.start();
        if (!panel.showCheck(check))
            return fail(QStringLiteral("check %1 not shown").arg(check));
        QApplication::processEvents();
        laidOut << double(clock.nsecsElapsed()) / 1e6;
        panel.chart()->viewport()->repaint();
        painted << double(clock.nsecsElapsed()) / 1e6;
        if (panel.chart()->latencySeries()->count() != kResults)
            return fail(QStringLiteral("the chart holds %1 points")
                            .arg(panel.chart()->latencySeries()->count()));
    }
    out << QStringLiteral("  runs: %1\n").arg(runs);
    out << QStringLiteral("check chart, 4,320 points: %1 ms (target 100 ms)\n")
               .arg(bench::median(laidOut), 0, 'f', 1);
    out << QStringLiteral("check chart, 4,320 points, painted too: %1 ms\n")
               .arg(bench::median(painted), 0, 'f', 1);
    return 0;
}
