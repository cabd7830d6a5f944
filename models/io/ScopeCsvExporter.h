// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace slipway {

class Database;

// Writes every scope item as one CSV row (see CsvWriter), in the column names
// ScopeCsvMapping reads back, so export -> import restores the items, their releases (by
// version) and their dependencies (by external key). The file appears complete or not at all.
class ScopeCsvExporter {
public:
    static QStringList header();
    // Returns the number of items written.
    static Result<qint64> exportTo(Database& db, const QString& outPath);
};

} // namespace slipway
