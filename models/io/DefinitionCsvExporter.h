// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QStringList>

namespace slipway {

class Database;

// The release-definition tables as CSV (see CsvWriter): every assumption, every success
// metric, with the release they belong to by version and name. The file appears complete or
// not at all.
class DefinitionCsvExporter {
public:
    static QStringList assumptionsHeader();
    static QStringList metricsHeader();
    // Each returns the number of rows written.
    static Result<qint64> exportAssumptions(Database& db, const QString& outPath);
    static Result<qint64> exportMetrics(Database& db, const QString& outPath);
};

} // namespace slipway
