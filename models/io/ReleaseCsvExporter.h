// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace slipway {

class Database;

// Writes every release as one CSV row (see CsvWriter), read through ReleaseRepository.
// The file appears complete or not at all: it is written beside the target and renamed.
class ReleaseCsvExporter {
public:
    static QStringList header();
    // Returns the number of releases written.
    static Result<qint64> exportTo(Database& db, const QString& outPath);
};

} // namespace slipway
