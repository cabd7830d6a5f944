// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the runbook readers: the same bytes go to RunbookCsv and to
// RunbookMarkdown. Any input gives steps or one line of error naming the file, never a crash
// or a hang; steps that were read are valid (keys, dependencies on steps that are there) and
// come back unchanged when written and read again in the same format.
#include "io/RunbookCsv.h"
#include "io/RunbookMarkdown.h"

#include "FuzzSupport.h"

#include <QByteArray>
#include <QSet>

#include <cstddef>
#include <cstdint>

using namespace slipway;
using slipway::fuzz::fail;
using slipway::fuzz::oneLine;

namespace {

void checkRefusal(const Error& error, const QString& fileName) {
    if (!oneLine(error.message))
        fail("runbook error is not one line", error.message);
    if (!error.message.startsWith(fileName))
        fail("runbook error does not name the file", error.message);
}

void checkSteps(const QList<RunbookStep>& steps) {
    QSet<QString> keys;
    for (const RunbookStep& s : steps) {
        if (!isValidStepKey(s.key) || keys.contains(s.key))
            fail("a step read with an invalid or repeated key", s.key);
        keys.insert(s.key);
    }
    for (const RunbookStep& s : steps)
        for (const QString& dep : s.dependsOn)
            if (!keys.contains(dep))
                fail("a dependency read that names no step", dep);
}

bool same(const QList<RunbookStep>& a, const QList<RunbookStep>& b) {
    return a == b;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    const QString csvName = QStringLiteral("fuzz.csv");
    const auto csv = RunbookCsv::parse(bytes, csvName);
    if (!csv.ok()) {
        checkRefusal(csv.error(), csvName);
    } else {
        checkSteps(csv.value());
        const auto again = RunbookCsv::parse(RunbookCsv::toCsv(csv.value()), csvName);
        if (!again.ok())
            fail("CSV written from read steps is refused", again.error().message);
        if (!same(again.value(), csv.value()))
            fail("CSV round trip changed the steps", QString());
    }

    const QString mdName = QStringLiteral("fuzz.md");
    const auto md = RunbookMarkdown::parse(bytes, mdName);
    if (!md.ok()) {
        checkRefusal(md.error(), mdName);
    } else {
        checkSteps(md.value());
        Runbook runbook;
        runbook.steps = md.value();
        const auto again = RunbookMarkdown::parse(RunbookMarkdown::toMarkdown(runbook), mdName);
        if (!again.ok())
            fail("Markdown written from read steps is refused", again.error().message);
        if (!same(again.value(), md.value()))
            fail("Markdown round trip changed the steps", QString());
    }
    return 0;
}
