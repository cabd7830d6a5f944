// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how late the event loop runs while the run monitor checks 50 health URLs every 10 s
// (target: median delay <= 16 ms, one frame at 60 Hz). The URLs are on five loopback HTTP
// servers in a thread of their own (a service elsewhere): most answer at once, some slowly
// past their budget, some with 500, some without the expected text, two never answer and time
// out. Meanwhile a 5 ms single-shot timer is started again and again on the main thread, and
// how late each fires is the delay.
//   bench_health_checks [SECONDS=30] [CHECKS=50] [INTERVAL_MS=10000]
#include "BenchTiming.h"
#include "LoopbackHttpServer.h"
#include "services/RunMonitor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace slipway;
using test::LoopbackHttpServer;

namespace {

constexpr int kServers = 5;
constexpr int kTickMs = 5;

double percentile(QList<double> v, double p) {
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[qMin(v.size() - 1, qsizetype(p * double(v.size())))];
}

// What check `i` asks: by i % 10, six good paths, one slow, one 500, one without the text and
// one silent (for the first two checks only; the others of that slot are good).
QString pathFor(int i) {
    switch (i % 10) {
    case 6:
        return QStringLiteral("/slow");
    case 7:
        return QStringLiteral("/error");
    case 8:
        return QStringLiteral("/degraded");
    case 9:
        return i < 20 ? QStringLiteral("/hang") : QStringLiteral("/ok");
    default:
        return QStringLiteral("/ok");
    }
}

void script(LoopbackHttpServer& server) {
    server.setRoute(QStringLiteral("/ok"), LoopbackHttpServer::answer(200, "{\"status\":\"UP\"}"));
    server.setRoute(QStringLiteral("/slow"),
                    LoopbackHttpServer::answer(200, "{\"status\":\"UP\"}", 1200));
    server.setRoute(QStringLiteral("/error"),
                    LoopbackHttpServer::answer(500, "<html><h1>Internal Server Error</h1></html>"));
    server.setRoute(QStringLiteral("/degraded"),
                    LoopbackHttpServer::answer(200, "{\"status\":\"DEGRADED\"}"));
    LoopbackHttpServer::Response hang;
    hang.behaviour = LoopbackHttpServer::Behaviour::NeverAnswer;
    server.setRoute(QStringLiteral("/hang"), hang);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int seconds = args.size() > 1 ? qMax(1, args[1].toInt()) : 30;
    const int checks = args.size() > 2 ? qMax(1, args[2].toInt()) : 50;
    const int intervalMs = args.size() > 3 ? qMax(100, args[3].toInt()) : 10000;
    QTextStream out(stdout);

    QThread serverThread;
    serverThread.setObjectName(QStringLiteral("loopback servers"));
    QList<LoopbackHttpServer*> servers;
    for (int s = 0; s < kServers; ++s) {
        auto* server = new LoopbackHttpServer;
        server->moveToThread(&serverThread);
        script(*server);
        servers.append(server);
    }
    serverThread.start();
    for (LoopbackHttpServer* server : std::as_const(servers)) {
        bool listening = false;
        QMetaObject::invokeMethod(server, "listen", Qt::BlockingQueuedConnection,
                                  Q_RETURN_ARG(bool, listening));
        if (!listening) {
            QTextStream(stderr) << "cannot listen on 127.0.0.1\n";
            return 1;
        }
    }

    QList<RunbookTrigger> triggers;
    for (int i = 0; i < checks; ++i) {
        RunbookTrigger t;
        t.id = i + 1;
        t.kind = TriggerKind::HealthCheck;
        t.name = QStringLiteral("check %1").arg(i + 1);
        t.failures = 3;
        t.url = servers[i % kServers]->url(pathFor(i)).toString();
        t.expectBody = QStringLiteral("UP");
        t.latencyMs = 500;
        triggers.append(t);
    }
    RunMonitor monitor(nullptr);
    monitor.setTriggers(triggers);
    int changes = 0;
    QObject::connect(&monitor, &RunMonitor::observationsChanged, [&changes] { ++changes; });

    // The probe: how late a 5 ms single-shot fires, started again each time it fires.
    QList<double> delays;
    QElapsedTimer tickClock;
    QTimer tick;
    tick.setSingleShot(true);
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        delays.append(qMax(0.0, double(tickClock.nsecsElapsed()) / 1e6 - kTickMs));
        tickClock.start();
        tick.start(kTickMs);
    });

    const double cpuBefore = bench::threadCpuMs();
    QElapsedTimer wall;
    wall.start();
    tickClock.start();
    tick.start(kTickMs);
    monitor.start(intervalMs, 30000);
    QTimer::singleShot(seconds * 1000, &app, [&] {
        monitor.stop();
        tick.stop();
        app.quit();
    });
    app.exec();
    const double cpuMs = bench::threadCpuMs() - cpuBefore;

    int asked = 0;
    for (LoopbackHttpServer* server : std::as_const(servers))
        asked += int(server->targets().size());
    int failingNow = 0, worstStreak = 0;
    const TriggerObservations& seen = monitor.observations();
    for (auto it = seen.consecutiveFailures.begin(); it != seen.consecutiveFailures.end(); ++it) {
        failingNow += it.value() > 0 ? 1 : 0;
        worstStreak = qMax(worstStreak, it.value());
    }
    serverThread.quit();
    serverThread.wait();
    qDeleteAll(servers);

    const double median = bench::median(delays);
    out << checks << " health checks every " << intervalMs / 1000.0 << " s for " << seconds
        << " s, against " << kServers << " loopback servers in another thread\n";
    out << "  requests answered or timed out: " << asked << ", observation updates: " << changes
        << ", checks failing at the end: " << failingNow << " (longest streak " << worstStreak
        << ")\n";
    out << "  main-thread CPU: " << qRound(cpuMs) << " ms over " << wall.elapsed() << " ms wall\n";
    out << "  event-loop delay over " << delays.size() << " ticks of " << kTickMs << " ms: median "
        << QString::number(median, 'f', 2) << " ms, p95 "
        << QString::number(percentile(delays, 0.95), 'f', 2) << " ms, max "
        << QString::number(percentile(delays, 1.0), 'f', 2) << " ms (target: median <= 16 ms)\n";
    return 0;
}
