// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace slipway {

class Database;

// A CAB meeting's agenda or decisions as CSV (see CsvWriter); complete or not at all.
class CabCsvExporter {
public:
    enum class Table { Agenda, Decisions };
    static QStringList header(Table table);
    // Returns the number of rows written (without the header).
    static Result<qint64> exportTo(Database& db, Table table, qint64 meetingId,
                                   const QString& outPath);
};

} // namespace slipway
