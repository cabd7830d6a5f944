// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace slipway {

class Database;

// Writes the trade-off log as CSV (see CsvWriter), oldest decision first: when (ISO 8601
// UTC), who, the item, from where to where (release version and status) and why. The file
// appears complete or not at all.
class TradeoffCsvExporter {
public:
    static QStringList header();
    // Returns the number of decisions written.
    static Result<qint64> exportTo(Database& db, const QString& outPath);
};

} // namespace slipway
