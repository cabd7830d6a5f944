// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the incident import's reading (CsvReader's lenient read, then
// IncidentCsvMapping and its row check): any bytes give incidents or one line of error, never
// a crash or a hang. Every refused row is one line "fuzz.csv:LINE: …", every accepted one is
// valid (validateIncident), and each number is accepted once.
// An input whose first line starts with "MAP " gives the rest of that line as --map.
#include "io/CsvReader.h"
#include "io/IncidentCsvFeed.h"
#include "io/IncidentCsvMapping.h"

#include "FuzzSupport.h"

#include <QByteArray>
#include <QSet>

#include <cstddef>
#include <cstdint>

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
    bool windows1252 = false;
    const auto table = CsvReader::parseLenient(bytes, QStringLiteral("fuzz.csv"), &windows1252);
    if (!table.ok()) {
        if (!oneLine(table.error().message))
            fail("CSV error is not one line", table.error().message);
        return 0;
    }
    const auto mapping =
        IncidentCsvMapping::forTable(table.value(), mapSpec, QStringLiteral("fuzz.csv"));
    if (!mapping.ok()) {
        if (!oneLine(mapping.error().message))
            fail("mapping error is not one line", mapping.error().message);
        return 0;
    }
    for (const QString& note : mapping->notes()) {
        if (!oneLine(note))
            fail("note is not one line", note);
    }
    const IncidentCsvFeed::Checked checked =
        IncidentCsvFeed::checkAll(table.value(), mapping.value(), QStringLiteral("fuzz.csv"));
    if (checked.rows.size() + checked.problems.size() !=
        table->rowCount() + qsizetype(table->raggedRows().size()))
        __builtin_trap();
    for (const QString& problem : checked.problems) {
        if (!oneLine(problem) || !problem.startsWith(QStringLiteral("fuzz.csv:")))
            fail("row problem is not one line naming the file", problem);
    }
    QSet<QString> numbers;
    for (const Incident& i : checked.rows) {
        if (!validateIncident(i).isEmpty() || i.number.trimmed().isEmpty())
            fail("an accepted row is not valid", i.number);
        if (numbers.contains(i.number))
            fail("a number accepted twice", i.number);
        numbers.insert(i.number);
    }
    // The same file mapped on a thread while this one takes rows as they come, as an import
    // does: the same rows accepted, the same problems.
    IncidentCsvFeed feed(table.value(), mapping.value(), QStringLiteral("fuzz.csv"));
    feed.start();
    qsizetype accepted = 0;
    for (qsizetype next = 0; next < feed.rowCount();) {
        const qsizetype ready = feed.waitFor(next + 7);
        for (; next < ready; ++next) {
            if (feed.refused(next))
                continue;
            if (accepted >= checked.rows.size() ||
                feed.row(next).number != checked.rows[accepted].number)
                fail("the threaded feed accepts other rows", feed.row(next).number);
            ++accepted;
        }
    }
    if (accepted != checked.rows.size() || feed.problems() != checked.problems)
        fail("the threaded feed finds other problems", QString::number(accepted));
    return 0;
}
