// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/ValidationCheck.h"

#include <QHash>

namespace slipway {

class Database;

// Where each release's validation stands (domain/ValidationCheck.h's ValidationState), from
// the enabled checks that apply to it with their latest results and the stored metric
// verdicts, in three grouped queries whatever the number of releases. Files before schema 21
// answer None for every release.
class ValidationStateReader {
public:
    explicit ValidationStateReader(Database& db);
    // `releaseId` 0: every release; otherwise that one only.
    Result<QHash<qint64, ValidationState>> read(qint64 releaseId = 0) const;

private:
    Database& m_db;
};

} // namespace slipway
