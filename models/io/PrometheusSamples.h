// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/ServiceMetric.h"
#include "io/PrometheusResponse.h"

#include <QMap>
#include <QString>

namespace slipway {

// One metric's samples out of a Prometheus response: the series a label selector picks, or
// the only series there is. A matrix gives each of its samples, a vector or a scalar one.
class PrometheusSamples {
public:
    // Series listed in a refusal before "… and N more".
    static constexpr int kListedSeries = 8;

    struct Picked {
        QList<MetricSample> samples; // in time order, UTC milliseconds
        QString series;              // the labels of the series picked: {job="api",…}
        int seriesCount = 0;         // in the response
    };

    // `selector` is "label=value,…" (values may be quoted; braces around the whole and quotes
    // as PromQL writes them are accepted too: {job="api",instance="a"}); empty picks the only
    // series. No series, none matching, or several matching refuses in one line naming
    // `source` and the series there are.
    static Result<Picked> pick(const PrometheusResponse& response, const QString& selector,
                               const QString& source);
    // The same from the bytes of a response (a file or an answer).
    static Result<Picked> fromBytes(const QByteArray& data, const QString& selector,
                                    const QString& source);

    static Result<QMap<QString, QString>> parseSelector(const QString& selector);
    static QString labelText(const QMap<QString, QString>& labels); // {a="1",b="2"}
};

} // namespace slipway
