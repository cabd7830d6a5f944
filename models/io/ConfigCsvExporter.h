// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace slipway {

class Database;

// Writes every release's configuration as CSV (see CsvWriter), by release, environment and
// key. A key marked secret never carries its value: a reference is written as the reference,
// a value marked secret not at all. The file appears complete or not at all.
class ConfigCsvExporter {
public:
    static QStringList header();
    // Returns the number of settings written.
    static Result<qint64> exportTo(Database& db, const QString& outPath);
};

} // namespace slipway
