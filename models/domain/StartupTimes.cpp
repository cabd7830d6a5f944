// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupTimes.h"

#include <QElapsedTimer>
#include <QtGlobal>

#include <cstdio>
#include <time.h>

namespace slipway::StartupTimes {
namespace {

struct Clock {
    bool on = false;
    QElapsedTimer wall;
    double cpuStart = 0;
    double lastWall = 0;
    double lastCpu = 0;
};

Clock& clock() {
    static Clock c;
    return c;
}

double processCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

void begin() {
    Clock& c = clock();
    c.on = qEnvironmentVariableIntValue("SLIPWAY_STARTUP_TIMES") != 0;
    if (!c.on)
        return;
    c.wall.start();
    c.cpuStart = processCpuMs();
    std::fprintf(stderr, "startup: %-40s cpu before main %7.1f ms\n", "process start", c.cpuStart);
}

bool enabled() {
    return clock().on;
}

void mark(const char* stage) {
    Clock& c = clock();
    if (!c.on)
        return;
    const double wall = double(c.wall.nsecsElapsed()) / 1e6;
    const double cpu = processCpuMs() - c.cpuStart;
    std::fprintf(stderr, "startup: %-40s wall %7.1f ms (+%6.1f)  cpu %7.1f ms (+%6.1f)\n", stage,
                 wall, wall - c.lastWall, cpu, cpu - c.lastCpu);
    c.lastWall = wall;
    c.lastCpu = cpu;
}

} // namespace slipway::StartupTimes
