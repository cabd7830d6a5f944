// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the evidence parsers: any bytes must give a report or an Error, never
// a crash, a hang or a report whose counts contradict each other.
#include "io/BenchmarkResults.h"
#include "io/JUnitReport.h"
#include "io/SarifReport.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace slipway;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz");
    // Errors and warnings are shown as one line each (CLI stderr, a table cell).
    const auto oneLine = [](const QStringList& lines) {
        for (const QString& line : lines) {
            if (line.isEmpty() || line.contains(u'\n') || line.contains(u'\r'))
                return false;
        }
        return true;
    };

    if (const auto junit = JUnitReport::fromData(bytes, name); junit.ok()) {
        const JUnitReport& r = junit.value();
        if (r.passed + r.failures + r.errors + r.skipped + r.disabled != r.tests ||
            r.failedCases.size() != r.failures + r.errors || r.time < 0 || !oneLine(r.warnings))
            __builtin_trap();
    } else if (!oneLine({junit.error().message})) {
        __builtin_trap();
    }

    if (const auto sarif = SarifReport::fromData(bytes, name); sarif.ok()) {
        const SarifReport& r = sarif.value();
        if (r.total() + r.suppressedTotal() != r.findings.size() || !oneLine(r.warnings))
            __builtin_trap();
    } else if (!oneLine({sarif.error().message})) {
        __builtin_trap();
    }

    if (const auto bench = BenchmarkResults::fromData(bytes, name);
        !oneLine(bench.ok() ? bench->warnings : QStringList{bench.error().message}))
        __builtin_trap();
    return 0;
}
