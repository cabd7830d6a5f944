// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for a metric's samples: the same bytes as a timestamp,value CSV file
// (MetricCsv), as a Prometheus response a series is picked from (PrometheusSamples), and as a
// series selector. Any bytes give samples or one line of error naming the source, never a
// crash or a hang; samples come back in strictly increasing time; CSV samples written back out
// read back the same.
#include "FuzzSupport.h"

#include "io/MetricCsv.h"
#include "io/PrometheusSamples.h"

#include <QByteArray>

#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace slipway;

namespace {

void checkOrder(const QList<MetricSample>& samples, const char* what) {
    for (qsizetype i = 1; i < samples.size(); ++i) {
        if (samples[i - 1].atMs >= samples[i].atMs)
            fuzz::fail(what, QString::number(samples[i].atMs));
    }
}

QByteArray written(const QList<MetricSample>& samples) {
    QByteArray out = "timestamp,value\n";
    for (const MetricSample& s : samples) {
        out += QByteArray::number(s.atMs / 1000) + '.' +
               QByteArray::number(s.atMs % 1000).rightJustified(3, '0') + ',';
        if (std::isnan(s.value))
            out += "NaN";
        else if (std::isinf(s.value))
            out += s.value > 0 ? "+Inf" : "-Inf";
        else
            out += QByteArray::number(s.value, 'g', 17);
        out += '\n';
    }
    return out;
}

bool same(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using fuzz::fail;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    QStringList problems;
    const auto csv = MetricCsv::parse(bytes, QStringLiteral("fuzz.csv"), &problems);
    if (!csv.ok()) {
        if (!fuzz::oneLine(csv.error().message) ||
            !csv.error().message.startsWith(QLatin1String("fuzz.csv")))
            fail("a CSV refusal is not one line naming its source", csv.error().message);
        if (problems.isEmpty() || problems.size() > MetricCsv::kMaxProblems)
            fail("a CSV refusal lists no problems, or too many", csv.error().message);
        for (const QString& p : std::as_const(problems)) {
            if (!fuzz::oneLine(p) || !p.startsWith(QLatin1String("fuzz.csv")))
                fail("a CSV problem is not one line naming its source", p);
        }
    } else {
        if (csv->samples.isEmpty())
            fail("a CSV file read without samples", QString());
        checkOrder(csv->samples, "CSV samples out of order");
        bool writable = true;
        for (const MetricSample& s : csv->samples)
            writable &= s.atMs >= 0 && s.atMs < qint64(100000000000) * 1000;
        if (writable) {
            const auto again = MetricCsv::parse(written(csv->samples), QStringLiteral("again"));
            if (!again.ok())
                fail("samples written back do not read", again.error().message);
            if (again->samples.size() != csv->samples.size())
                fail("samples written back read as another count", QString());
            for (qsizetype i = 0; i < again->samples.size(); ++i) {
                if (again->samples[i].atMs != csv->samples[i].atMs ||
                    !same(again->samples[i].value, csv->samples[i].value))
                    fail("a sample written back reads different",
                         QString::number(csv->samples[i].atMs));
            }
        }
    }

    for (const QString& selector : {QString(), QStringLiteral("job=api")}) {
        const auto picked =
            PrometheusSamples::fromBytes(bytes, selector, QStringLiteral("fuzz.json"));
        if (!picked.ok()) {
            if (!fuzz::oneLine(picked.error().message) ||
                !picked.error().message.startsWith(QLatin1String("fuzz.json")))
                fail("a response refusal is not one line naming its source",
                     picked.error().message);
            continue;
        }
        checkOrder(picked->samples, "response samples out of order");
        if (picked->seriesCount < 1 || !fuzz::oneLine(picked->series))
            fail("a picked series without a count or a label text", picked->series);
    }

    const auto selector = PrometheusSamples::parseSelector(QString::fromUtf8(bytes.left(256)));
    if (!selector.ok() && !fuzz::oneLine(selector.error().message))
        fail("a selector refusal is not one line", selector.error().message);
    return 0;
}
