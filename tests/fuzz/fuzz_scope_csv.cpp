// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the scope import's column mapping (CsvReader, then ScopeCsvMapping and
// ScopeVocabulary): any bytes give rows or one line of error, never a crash or a hang. Each
// row's problems are printed after "file:line: ", so each must be one line too.
// An input whose first line starts with "MAP " gives the rest of that line as --map, so the
// fuzzer also reaches the --map parsing.
#include "io/CsvReader.h"
#include "io/ScopeCsvMapping.h"

#include "FuzzSupport.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace slipway;
using slipway::fuzz::fail;
using slipway::fuzz::oneLine;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString mapSpec;
    if (bytes.startsWith("MAP ")) {
        const qsizetype nl = bytes.indexOf('\n');
        const qsizetype end = nl < 0 ? bytes.size() : nl;
        mapSpec = QString::fromUtf8(bytes.mid(4, end - 4));
        bytes = nl < 0 ? QByteArray() : bytes.mid(nl + 1);
    }
    const auto table = CsvReader::parse(bytes, QStringLiteral("fuzz.csv"));
    if (!table.ok()) {
        if (!oneLine(table.error().message))
            fail("CSV error is not one line", table.error().message);
        return 0;
    }
    const auto mapping =
        ScopeCsvMapping::forTable(table.value(), mapSpec, QStringLiteral("fuzz.csv"));
    if (!mapping.ok()) {
        if (!oneLine(mapping.error().message))
            fail("mapping error is not one line", mapping.error().message);
        return 0;
    }
    for (qsizetype r = 0; r < table->rowCount(); ++r) {
        const ScopeCsvRow row = mapping->mapRow(table.value(), r);
        if (row.line != table->line(r))
            __builtin_trap();
        for (const QString& problem : row.problems) {
            if (!oneLine(problem))
                fail("row problem is not one line", problem);
        }
    }
    return 0;
}
