// SPDX-License-Identifier: GPL-3.0-or-later
// SHA-256 of one 2 GB file and of 20,000 small files (1–64 KiB) through FileDigest, against
// coreutils' sha256sum on the same files in the same run (target: ratio <= 1.0). Both read
// from a warm page cache: each side hashes everything once before the timed runs, and the
// warm-up also checks that both give the same digests. sha256sum gets the small files through
// xargs in as few invocations as the argument limit allows, its output thrown away.
//   bench_digest DIR [RUNS] [BIG_MB] [SMALL_FILES] [BLOCK_KIB]   (files are made in DIR once
//   and kept; BLOCK_KIB is FileDigest's read size, 1024 by default)
#include "BenchTiming.h"
#include "io/FileDigest.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextStream>

using namespace slipway;
using bench::median;

namespace {

QTextStream& err() {
    static QTextStream s(stderr);
    return s;
}

bool writeBytes(const QString& path, qint64 size, QRandomGenerator& rng) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        rng.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        const qint64 n = std::min<qint64>(left, block.size());
        if (f.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return f.flush();
}

// The big file and the small ones, made unless they are already there with the right sizes.
bool prepare(const QString& dir, qint64 bigBytes, int smallCount, QString& big,
             QStringList& small) {
    QRandomGenerator rng(2026);
    QDir().mkpath(dir + u"/small"_qs);
    big = dir + u"/big.bin"_qs;
    if (QFileInfo(big).size() != bigBytes && !writeBytes(big, bigBytes, rng))
        return false;
    for (int i = 0; i < smallCount; ++i) {
        const QString path = QStringLiteral("%1/small/%2.bin").arg(dir).arg(i, 5, 10, QChar(u'0'));
        const qint64 size = 1024 + qint64(rng.bounded(63 * 1024 + 1));
        if (QFileInfo(path).size() != size && !writeBytes(path, size, rng))
            return false;
        small << path;
    }
    return true;
}

// Our side: one FileDigest for all files, the hex digests kept as a caller would keep them.
qint64 g_blockSize = 1 << 20;

QStringList ours(const QStringList& files) {
    FileDigest::Options options;
    options.blockSize = g_blockSize;
    FileDigest digest(options);
    QStringList out;
    out.reserve(files.size());
    for (const QString& f : files) {
        auto d = digest.compute(f);
        if (!d || !d.value()) {
            err() << (d ? u"cancelled"_qs : d.error().message) << '\n';
            ::exit(2);
        }
        out << d.value()->sha256;
    }
    return out;
}

// sha256sum's side: every file through `xargs -0 -a LIST sha256sum`; the digests come back
// only when `keep` (the warm-up), else the output goes to /dev/null.
QStringList theirs(const QString& list, bool keep) {
    QProcess p;
    if (!keep)
        p.setStandardOutputFile(QProcess::nullDevice());
    p.start(u"xargs"_qs, {u"-0"_qs, u"-a"_qs, list, u"sha256sum"_qs});
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        err() << "sha256sum failed: " << QString::fromLocal8Bit(p.readAllStandardError()) << '\n';
        ::exit(2);
    }
    QStringList out;
    if (keep)
        for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                out << QString::fromLatin1(line.left(64));
    return out;
}

struct Timing {
    double oursMs = 0;
    double theirsMs = 0;
};

Timing compare(const QStringList& files, const QString& list, int runs) {
    if (ours(files) != theirs(list, true)) {
        err() << "FileDigest and sha256sum disagree on " << list << '\n';
        ::exit(2);
    }
    QList<double> a, b;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        ours(files);
        a << double(t.nsecsElapsed()) / 1e6;
        t.restart();
        theirs(list, false);
        b << double(t.nsecsElapsed()) / 1e6;
    }
    return {median(a), median(b)};
}

QString nulList(const QString& path, const QStringList& files) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        ::exit(2);
    for (const QString& file : files) {
        f.write(QFile::encodeName(file));
        f.putChar('\0');
    }
    return path;
}

void report(QTextStream& out, const QString& what, const Timing& t, qint64 bytes) {
    const auto rate = [bytes](double ms) {
        return double(bytes) / 1048576.0 / (ms / 1e3);
    };
    out << what << ": FileDigest " << qRound(t.oursMs) << " ms (" << qRound(rate(t.oursMs))
        << " MiB/s), sha256sum " << qRound(t.theirsMs) << " ms (" << qRound(rate(t.theirsMs))
        << " MiB/s), ratio " << QString::number(t.oursMs / t.theirsMs, 'f', 2) << " (target 1.0)\n";
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        err() << "usage: bench_digest DIR [RUNS] [BIG_MB] [SMALL_FILES] [BLOCK_KIB]\n";
        return 2;
    }
    const QString dir = args.at(1);
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;
    const qint64 bigMb = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 2000;
    const int smallCount = args.size() > 4 ? std::max(1, args.at(4).toInt()) : 20000;
    if (args.size() > 5)
        g_blockSize = qint64(std::max(4, args.at(5).toInt())) * 1024;

    QElapsedTimer made;
    made.start();
    QString big;
    QStringList small;
    if (!prepare(dir, bigMb * 1000 * 1000, smallCount, big, small)) {
        err() << "cannot write the benchmark files in " << dir << '\n';
        return 2;
    }
    qint64 smallBytes = 0;
    for (const QString& f : small)
        smallBytes += QFileInfo(f).size();
    out << "files ready in " << made.elapsed() << " ms: one of " << bigMb << " MB, " << smallCount
        << " of 1-64 KiB (" << smallBytes / 1048576 << " MiB); median of " << runs
        << " warm runs, FileDigest reading " << g_blockSize / 1024 << " KiB at a time\n";
    out.flush();

    const QString bigList = nulList(dir + u"/big.list"_qs, {big});
    report(out, QStringLiteral("one %1 MB file").arg(bigMb), compare({big}, bigList, runs),
           QFileInfo(big).size());
    out.flush();
    const QString smallList = nulList(dir + u"/small.list"_qs, small);
    report(out, QStringLiteral("%1 small files").arg(smallCount), compare(small, smallList, runs),
           smallBytes);
    return 0;
}
