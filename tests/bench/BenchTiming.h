// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Timing for the benchmarks, which measure on machines that are often busy with builds.

#include <QList>

#include <algorithm>

#include <time.h>

namespace slipway::bench {

// CPU time of this thread in milliseconds: on a busy machine wall time measures the scheduler
// more than the work.
inline double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The middle value of the runs (the upper one of an even count); 0 without runs.
inline double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace slipway::bench
