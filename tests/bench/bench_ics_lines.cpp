// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how reading a calendar grows with the length of one content line: Slipway's reader
// (libical fed line by line) against libical's own string reader, on lines of 128 KiB to
// 1 MiB (the longest Slipway reads), and how fast longer lines (8 and 50 MiB) are refused.
// Linear means the time per MiB stays flat as lines grow.
#include "io/IcsReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <libical/ical.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace slipway;

namespace {

QByteArray calendarWithLine(qsizetype bytes) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nBEGIN:VEVENT\r\n"
           "UID:long@bench\r\nDTSTART:20270105T220000Z\r\nDTEND:20270106T040000Z\r\n"
           "SUMMARY:Long line\r\nDESCRIPTION:" +
           QByteArray(bytes, 'x') + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}

template <typename F> double medianMs(int runs, F&& f) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    icalerror_set_errors_are_fatal(0);
    std::printf("%-12s %14s %14s %14s %14s\n", "line", "Slipway ms", "ms per MiB", "libical ms",
                "ratio");
    for (const qsizetype kib : {128, 256, 512, 1023}) {
        const QByteArray bytes = calendarWithLine(kib * 1024);
        const double ours =
            medianMs(5, [&] { (void)IcsReader::parse(bytes, QStringLiteral("b")); });
        const double theirs = medianMs(3, [&] {
            icalcomponent* c = icalparser_parse_string(bytes.constData());
            icalcomponent_free(c);
        });
        std::printf("%7lld KiB %14.2f %14.2f %14.2f %14.2f\n", static_cast<long long>(kib), ours,
                    ours / (double(kib) / 1024.0), theirs, ours / theirs);
    }
    for (const qsizetype mib : {8, 50}) {
        const QByteArray bytes = calendarWithLine(mib * 1024 * 1024);
        bool refused = false;
        const double ms =
            medianMs(3, [&] { refused = !IcsReader::parse(bytes, QStringLiteral("b")).ok(); });
        std::printf("%7lld MiB %14.2f  (%s)\n", static_cast<long long>(mib), ms,
                    refused ? "refused" : "READ");
    }
    return 0;
}
