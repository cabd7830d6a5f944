// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace slipway {

class Database;

// Writes every release's artifacts as CSV (see CsvWriter), by release and name: what was
// built, where it lies, its digests and origin, where its latest verification left it (and
// by which key), and whether its release's set is frozen. The file appears complete or not
// at all.
class ArtifactCsvExporter {
public:
    static QStringList header();
    // Returns the number of artifacts written.
    static Result<qint64> exportTo(Database& db, const QString& outPath);
};

} // namespace slipway
