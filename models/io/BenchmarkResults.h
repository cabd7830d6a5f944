// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "io/EvidenceFile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// One named measurement a benchmark gate compares with its threshold.
struct BenchmarkMetric {
    QString name;
    double value = 0;
    QString unit; // "ns", "ms", "items/s", "MB" … as the file says; may be empty
};

// Benchmark figures from Google Benchmark's JSON (--benchmark_format=json or
// --benchmark_out) or from a simple CSV of name,value[,unit] lines.
struct BenchmarkResults {
    enum class Format { GoogleBenchmarkJson, Csv };
    Format format = Format::Csv;
    QList<BenchmarkMetric> metrics; // in file order
    QStringList warnings;           // e.g. a benchmark that reported an error
    EvidenceFile evidence;

    // The first metric with this name.
    std::optional<BenchmarkMetric> metric(const QString& name) const;

    static Result<BenchmarkResults> fromFile(const QString& path,
                                             qint64 maxBytes = EvidenceFile::kDefaultMaxBytes);
    // JSON when the first non-blank character is '{', CSV otherwise. `path` names the
    // source in errors and in the evidence.
    static Result<BenchmarkResults> fromData(const QByteArray& data, const QString& path);
};

} // namespace slipway
