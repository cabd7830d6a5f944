// SPDX-License-Identifier: GPL-3.0-or-later
// Open to idle: launches the window on a file, the way a user does, and waits until the
// process stops using CPU (no increase for 1 s), with the calendar or the Releases table as
// the screen remembered from the last session. Prints the CPU time (user + system) the
// process spent until then, the wall time to its last busy moment, and its peak resident
// memory (VmHWM), medians of the runs. CPU time is the figure that counts on a busy machine.
//   bench_open_scale SLIPWAY RUNS [--stages] FILE[=LABEL]...
// --stages adds one run per file and screen with SLIPWAY_STARTUP_TIMES=1 and prints its
// stage lines (where the time goes).
#include "BenchProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <unistd.h>

#include <cstdio>
#include <optional>
#include <vector>

namespace {

struct Run {
    qint64 cpuMs = -1;
    qint64 wallMs = -1;
    qint64 peakKb = -1;
};

// utime + stime of the whole process, in clock ticks; nullopt once it is gone.
std::optional<qint64> cpuTicks(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray s = f.readAll();
    const qsizetype close = s.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = s.mid(close + 2).split(' ');
    // After the command: state(0) ppid(1) … utime(11) stime(12).
    if (fields.size() < 13)
        return std::nullopt;
    return fields[11].toLongLong() + fields[12].toLongLong();
}

qint64 peakKb(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// A private home whose settings remember `screen`, as after a session that ended there.
bool writeSettings(const QString& home, const QString& screen) {
    const QString folder = home + QStringLiteral("/.config/Slipway");
    if (!QDir().mkpath(folder))
        return false;
    QFile conf(folder + QStringLiteral("/Slipway.conf"));
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    conf.write("[window]\nscreen=" + screen.toUtf8() + "\n");
    return true;
}

Run openToIdle(const QString& slipway, const QString& file, const QString& screen,
               const QString& home, const QString& stagesFile = {}) {
    Run run;
    if (!writeSettings(home, screen))
        return run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    if (!stagesFile.isEmpty())
        env.insert(QStringLiteral("SLIPWAY_STARTUP_TIMES"), QStringLiteral("1"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(stagesFile.isEmpty() ? QProcess::nullDevice() : stagesFile);
    QElapsedTimer clock;
    clock.start();
    p.start(slipway, {QStringLiteral("--db"), file});
    if (!p.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(slipway));
        return run;
    }
    const qint64 pid = p.processId();
    const long tick = ::sysconf(_SC_CLK_TCK);
    qint64 last = -1;
    qint64 lastChangeMs = 0;
    while (clock.elapsed() < 120000) {
        QThread::msleep(20);
        const auto ticks = cpuTicks(pid);
        if (!ticks || p.state() == QProcess::NotRunning)
            break;
        const qint64 now = clock.elapsed();
        if (*ticks != last) {
            last = *ticks;
            lastChangeMs = now;
        } else if (now - lastChangeMs >= 1000) {
            run.cpuMs = last * 1000 / tick;
            run.wallMs = lastChangeMs;
            run.peakKb = peakKb(pid);
            break;
        }
    }
    p.terminate();
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    return run;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 3) {
        out << "usage: bench_open_scale SLIPWAY RUNS [--stages] FILE[=LABEL]...\n";
        return 2;
    }
    const QString slipway = args.takeFirst();
    const int runs = qMax(1, args.takeFirst().toInt());
    const bool stages = args.removeAll(QStringLiteral("--stages")) > 0;
    QTemporaryDir homes;
    if (!homes.isValid())
        return 2;
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("file"), -34)
               .arg(QStringLiteral("screen"), -9)
               .arg(QStringLiteral("CPU ms (median)"), 16)
               .arg(QStringLiteral("wall ms"), 8)
               .arg(QStringLiteral("peak MB"), 8)
        << Qt::flush;
    int home = 0;
    for (const QString& arg : std::as_const(args)) {
        const QString file = arg.section(u'=', 0, 0);
        QString label = arg.section(u'=', 1);
        if (label.isEmpty())
            label = QFileInfo(file).fileName();
        for (const QString& screen : {QStringLiteral("calendar"), QStringLiteral("releases")}) {
            const QString dir = homes.path() + QStringLiteral("/home%1").arg(++home);
            openToIdle(slipway, file, screen, dir); // warm-up: caches, fonts, the WAL switch
            std::vector<qint64> cpu, wall, peak;
            QStringList each;
            for (int i = 0; i < runs; ++i) {
                const Run r = openToIdle(slipway, file, screen, dir);
                cpu.push_back(r.cpuMs);
                wall.push_back(r.wallMs);
                peak.push_back(r.peakKb);
                each << QString::number(r.cpuMs);
            }
            out << QStringLiteral("%1 %2 %3 %4 %5   (CPU ms per run: %6)\n")
                       .arg(label, -34)
                       .arg(screen, -9)
                       .arg(slipway::bench::medianMs(cpu), 16)
                       .arg(slipway::bench::medianMs(wall), 8)
                       .arg(slipway::bench::medianMs(peak) / 1024, 8)
                       .arg(each.join(QStringLiteral(", ")))
                << Qt::flush;
            if (stages) {
                const QString log = dir + QStringLiteral("/stages.txt");
                openToIdle(slipway, file, screen, dir, log);
                QFile f(log);
                if (f.open(QIODevice::ReadOnly))
                    for (const QByteArray& line : f.readAll().split('\n'))
                        if (line.startsWith("startup:"))
                            out << "    " << QString::fromUtf8(line) << '\n';
                out << Qt::flush;
            }
        }
    }
    return 0;
}
