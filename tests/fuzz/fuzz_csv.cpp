// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for CsvReader: any bytes give a table or one line of error, never a
// crash or a hang; a table has the same field count in every record and rising lines.
#include "io/CsvReader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace slipway;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto table = CsvReader::parse(bytes, QStringLiteral("fuzz.csv"));
    if (!table.ok()) {
        const QString& message = table.error().message;
        if (message.isEmpty() || message.contains(u'\n') || message.contains(u'\r'))
            __builtin_trap();
        return 0;
    }
    const CsvTable& t = table.value();
    const auto& ragged = t.raggedRows();
    if (t.rowCount() + qsizetype(ragged.size()) < 1 || t.columnCount() < 1 ||
        t.header().size() != t.columnCount())
        __builtin_trap();
    for (size_t i = 0; i < ragged.size(); ++i) {
        if (ragged[i].fields == t.columnCount() || (i > 0 && ragged[i].line <= ragged[i - 1].line))
            __builtin_trap();
        if (t.raggedProblem(ragged[i], QStringLiteral("fuzz.csv")).contains(u'\n'))
            __builtin_trap();
    }
    for (qsizetype r = 0; r < t.rowCount(); ++r) {
        if (r > 0 && t.line(r) <= t.line(r - 1))
            __builtin_trap();
        for (int c = 0; c < t.columnCount(); ++c) {
            const QByteArrayView field = t.field(r, c);
            if (field.size() > bytes.size())
                __builtin_trap();
        }
    }
    return 0;
}
