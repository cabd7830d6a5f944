// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Timing whole processes for the benchmarks that compare Slipway's command line with another
// program (the `sqlite3` shell) in the same run.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace slipway::bench {

// Removes an SQLite file with its journal, WAL and shared-memory files.
inline void removeDatabaseFiles(const QString& path) {
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// CPU time (user + system) of every finished child so far, in ms: on a busy machine the
// wall time mostly measures the neighbours.
inline qint64 childCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

// Runs a program to the end; returns the wall time in ms, or -1 (and says why).
inline qint64 timedProcess(const QString& program, const QStringList& args,
                           QByteArray* output = nullptr, qint64* cpuMs = nullptr) {
    const qint64 cpuBefore = childCpuMs();
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s%s\n", qPrintable(program),
                     p.readAllStandardError().constData(), qPrintable(p.errorString()));
        return -1;
    }
    const qint64 ms = timer.elapsed();
    if (cpuMs)
        *cpuMs = childCpuMs() - cpuBefore;
    if (output)
        *output = p.readAllStandardOutput();
    return ms;
}

// The middle run (the upper one of an even count); -1 without runs.
inline qint64 medianMs(std::vector<qint64> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

} // namespace slipway::bench
