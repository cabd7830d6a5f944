// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for PrometheusResponse: any bytes give a response or one line of error,
// never a crash or a hang; a vector has one sample per series, a scalar one unlabelled series,
// and every sample value reads back through parseValue as Prometheus would write it.
#include "FuzzSupport.h"

#include "io/PrometheusResponse.h"

#include <QByteArray>

#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace slipway;

namespace {

// A value as Prometheus writes it (Go's strconv 'g' formatting is close enough: what matters
// is that the special values round-trip).
QString written(double value) {
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(value, 'g', 17);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using fuzz::fail;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto response = PrometheusResponse::parse(bytes, QStringLiteral("fuzz.json"));
    if (!response.ok()) {
        if (!fuzz::oneLine(response.error().message))
            fail("an error is not one line", response.error().message);
        if (!response.error().message.startsWith(QLatin1String("fuzz.json")))
            fail("an error does not name its source", response.error().message);
        return 0;
    }
    const PrometheusResponse& r = response.value();
    for (const QString& warning : r.warnings) {
        if (warning.contains(u'\n') || warning.contains(u'\r'))
            fail("a warning is not one line", warning);
    }
    switch (r.type) {
    case PrometheusResponse::Type::Vector:
        for (const auto& series : r.series) {
            if (series.samples.size() != 1)
                fail("a vector series without exactly one sample", QString());
        }
        break;
    case PrometheusResponse::Type::Scalar:
        if (r.series.size() != 1 || !r.series[0].labels.isEmpty() ||
            r.series[0].samples.size() != 1)
            fail("a scalar is not one unlabelled sample", QString());
        break;
    case PrometheusResponse::Type::String:
        if (!r.series.isEmpty())
            fail("a string result with series", r.text);
        break;
    case PrometheusResponse::Type::Matrix:
        break;
    }
    for (const auto& series : r.series) {
        for (const auto& sample : series.samples) {
            double again = 0;
            const QString text = written(sample.value);
            if (!PrometheusResponse::parseValue(text, &again))
                fail("a value does not read back", text);
            if (std::isnan(sample.value) != std::isnan(again) ||
                (!std::isnan(again) && again != sample.value))
                fail("a value reads back different", text);
        }
    }
    return 0;
}
