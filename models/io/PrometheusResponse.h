// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace slipway {

// One sample: seconds since the epoch (with the server's fraction) and the value, which
// Prometheus sends as a string and may be NaN, +Inf or -Inf.
struct PrometheusSample {
    double time = 0;
    double value = 0;
};

// One series of a vector (one sample) or a matrix (the samples in time order); a scalar is
// one series without labels.
struct PrometheusSeries {
    QMap<QString, QString> labels; // "__name__" included when the server sent it
    QList<PrometheusSample> samples;
};

// The result of a Prometheus HTTP API query (/api/v1/query or /api/v1/query_range): the
// whole {status, data: {resultType, result}} envelope, or only the data.result array of a
// vector or a matrix as client libraries save it.
struct PrometheusResponse {
    enum class Type { Vector, Matrix, Scalar, String };
    Type type = Type::Vector;
    QList<PrometheusSeries> series;
    QString text;         // Type::String: the string's value
    QStringList warnings; // the envelope's warnings and infos, one line each

    // `source` names the response in errors ("http://prom:9090/api/v1/query", a file name).
    // Malformed JSON, an envelope with status "error", or a result of the wrong shape gives
    // one line naming `source` and where (the JSON offset, or the path into the result).
    static Result<PrometheusResponse> parse(const QByteArray& data, const QString& source);
    static Result<PrometheusResponse> fromFile(const QString& path);

    // A sample value as Prometheus writes it: a decimal or exponent number, "NaN", "+Inf",
    // "-Inf" (also "Inf"); false for anything else.
    static bool parseValue(QStringView text, double* value);
    static QString typeKey(Type type); // "vector", "matrix", "scalar", "string"
};

} // namespace slipway
