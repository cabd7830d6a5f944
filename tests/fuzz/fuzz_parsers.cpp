// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the evidence parsers: any bytes must give a report or an Error, never
// a crash, a hang or a report whose counts contradict each other. The version, pin, CalVer,
// secret-reference and secret-detection rules take the same bytes as text (see checkVersions).
#include "FuzzSupport.h"

#include "io/BenchmarkResults.h"
#include "io/JUnitReport.h"
#include "io/SarifReport.h"
#include "rules/CalVer.h"
#include "rules/SecretDetector.h"
#include "rules/SecretReference.h"
#include "rules/SemVerParser.h"
#include "rules/VersionConstraint.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace slipway;

namespace {

// The text as a version, a pin, a CalVer scheme, a secret reference and a configuration value;
// its first line and the rest as two versions, a scheme and a version, or a key and a value.
// What is refused is refused in one line; what is accepted reads back the same.
void checkVersions(const QString& text) {
    using fuzz::fail;
    using fuzz::oneLine;
    const qsizetype newline = text.indexOf(u'\n');
    const QString first = newline < 0 ? text : text.left(newline);
    const QString rest = newline < 0 ? QString() : text.mid(newline + 1);

    const auto semver = SemVerParser::parse(text);
    const auto domain = SemVer::parse(text);
    if (semver.ok() != domain.has_value())
        fail("SemVerParser and SemVer::parse disagree", text);
    if (semver.ok()) {
        if (semver->toString() != text || semver->preRelease != domain->preRelease ||
            semver->build != domain->build || semver->compare(*domain) != 0)
            fail("a version does not read back the same", text);
    } else if (!oneLine(semver.error().message)) {
        fail("a version error is not one line", semver.error().message);
    }
    const auto a = SemVerParser::parse(first);
    const auto b = SemVerParser::parse(rest);
    if (a && b && a->compare(b.value()) != -b->compare(a.value()))
        fail("version precedence is not antisymmetric", text);

    if (const auto pin = VersionConstraint::parse(text); pin.ok()) {
        const auto again = VersionConstraint::parse(pin->normalized());
        if (!again || again->normalized() != pin->normalized())
            fail("a pin's normalized form does not read back", pin->normalized());
        if (b && pin->satisfies(b.value()) != again->satisfies(b.value()))
            fail("a pin and its normalized form disagree", text);
    } else if (!oneLine(pin.error().message)) {
        fail("a pin error is not one line", pin.error().message);
    }

    if (const auto scheme = CalVer::fromFormat(first); scheme.ok()) {
        if (const auto version = scheme->parse(rest); version.ok()) {
            if (scheme->toString(version.value()) != rest)
                fail("a CalVer version does not read back the same", text);
        } else if (!oneLine(version.error().message)) {
            fail("a CalVer error is not one line", version.error().message);
        }
    } else if (!oneLine(scheme.error().message)) {
        fail("a CalVer scheme error is not one line", scheme.error().message);
    }

    if (const auto ref = SecretReference::parse(text); ref.ok()) {
        if (ref->toString() != text)
            fail("a secret reference does not read back the same", text);
    } else if (!oneLine(ref.error().message)) {
        fail("a secret reference error is not one line", ref.error().message);
    }

    if (const auto reason = SecretDetector::looksSecret(first, rest); reason && !oneLine(*reason))
        fail("a secret's reason is not one line", *reason);
}

} // namespace

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

    checkVersions(QString::fromUtf8(bytes));
    return 0;
}
