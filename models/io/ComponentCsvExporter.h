// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace slipway {

class Database;

// Writes every release's component list as CSV (see CsvWriter), by release, each list's
// subject first: what the SBOM said of each component (ref, group, name, version, purl, type,
// digests, licences), the ids of the components it depends on, and the SBOM it came from.
// The file appears complete or not at all.
class ComponentCsvExporter {
public:
    static QStringList header();
    // Returns the number of components written.
    static Result<qint64> exportTo(Database& db, const QString& outPath);
};

} // namespace slipway
