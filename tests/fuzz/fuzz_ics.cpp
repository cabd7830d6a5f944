// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for IcsReader (libical underneath): any bytes give a calendar or one line
// of error, never a crash or a hang; every event kept lasts some time, and the skipped and
// notes lists, which the CLI prints line by line, hold one line each.
#include "io/IcsReader.h"

#include "FuzzSupport.h"

#include <QByteArray>

#include <libical/ical.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace slipway;
using slipway::fuzz::fail;
using slipway::fuzz::oneLine;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto calendar = IcsReader::parse(bytes, QStringLiteral("fuzz.ics"));
    // libical hands out strings from a ring of buffers it frees only as the ring turns over;
    // empty it, or every input looks like a leak and libFuzzer runs LeakSanitizer each time.
    icalmemory_free_ring();
    if (!calendar.ok()) {
        if (!oneLine(calendar.error().message))
            fail("error message is not one line", calendar.error().message);
        return 0;
    }
    const IcsCalendar& c = calendar.value();
    for (const IcsEvent& e : c.events) {
        if (e.endUtc <= e.startUtc || e.line < 0 || e.zone.isEmpty())
            __builtin_trap();
    }
    for (const QString& line : c.skipped) {
        if (!oneLine(line))
            fail("skipped line is not one line", line);
    }
    for (const QString& line : c.notes) {
        if (!oneLine(line))
            fail("note is not one line", line);
    }
    return 0;
}
