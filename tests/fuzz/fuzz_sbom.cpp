// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the build manifests: SbomReader (CycloneDX JSON and XML, SPDX JSON) and
// ChecksumList. Any bytes give a manifest or one line of error, never a crash or a hang, and a
// manifest that reads holds together: every component has a name, every digest fits its
// algorithm, every dependency names a component, and the warnings are one line each.
#include "io/ChecksumList.h"
#include "io/SbomReader.h"

#include "FuzzSupport.h"

#include <QByteArray>
#include <QSet>

#include <cstddef>
#include <cstdint>

using namespace slipway;
using slipway::fuzz::fail;
using slipway::fuzz::oneLine;

namespace {

void checkSbom(const QByteArray& bytes) {
    const auto read = SbomReader::fromData(bytes, QStringLiteral("fuzz.json"));
    if (!read.ok()) {
        if (!oneLine(read.error().message))
            fail("error message is not one line", read.error().message);
        return;
    }
    const Sbom& s = read.value();
    QSet<QString> refs;
    int nested = 0;
    for (const SbomComponent& c : s.components) {
        if (c.name.trimmed().isEmpty())
            fail("a component without a name", c.location);
        for (const SbomHash& h : c.hashes) {
            if (!SbomHash::problem(h.algorithm, h.hex).isEmpty() || h.hex != h.hex.toLower())
                fail("a digest that does not fit its algorithm", h.algorithm + u' ' + h.hex);
        }
        if (!c.ref.isEmpty() && refs.contains(c.ref))
            fail("two components share a ref", c.ref);
        refs.insert(c.ref);
        nested += c.parentRef.isEmpty() ? 0 : 1;
    }
    if (nested > s.nestedComponents || s.nestedComponents > s.components.size())
        __builtin_trap();
    if (s.subject)
        refs.insert(s.subject->ref);
    for (const SbomDependency& d : s.dependencies) {
        if (d.ref.isEmpty() || !refs.contains(d.ref))
            fail("a dependency entry for no component", d.ref);
        for (const QString& to : d.dependsOn) {
            if (!refs.contains(to))
                fail("a dependency on no component", to);
        }
    }
    for (const QString& w : s.warnings) {
        if (!oneLine(w))
            fail("warning is not one line", w);
    }
}

void checkList(const QByteArray& bytes) {
    const auto read = ChecksumList::fromData(bytes, QStringLiteral("fuzz.sums"));
    if (!read.ok()) {
        if (!oneLine(read.error().message))
            fail("error message is not one line", read.error().message);
        return;
    }
    const ChecksumList& l = read.value();
    if (l.empty != l.entries.isEmpty())
        __builtin_trap();
    QSet<QString> seen;
    for (const ChecksumEntry& e : l.entries) {
        if (e.name.isEmpty() || e.line < 1 || !SbomHash::problem(e.algorithm, e.hex).isEmpty())
            fail("an entry that does not hold together", e.name + u' ' + e.hex);
        const QString key = e.algorithm + u'\n' + e.name;
        if (seen.contains(key))
            fail("a name listed twice under one algorithm", e.name);
        seen.insert(key);
    }
    for (const QString& w : l.warnings) {
        if (!oneLine(w))
            fail("warning is not one line", w);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    checkSbom(bytes);
    checkList(bytes);
    return 0;
}
