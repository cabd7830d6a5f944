// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "rules/EnvironmentMatrixBuilder.h"

namespace slipway {

class Database;

// Reads what the environment matrix is computed from in a handful of statements: the
// environments, every release with its services and artifact verification counts, the
// component lists, the successful and rolled-back deployment records and the promotions.
class MatrixFactsReader {
public:
    explicit MatrixFactsReader(Database& db);
    Result<MatrixFacts> read() const;
    // Every release's status, for the pins of planned releases.
    Result<QHash<qint64, ReleaseStatus>> statuses() const;
    // One release with its services (no artifact counts); NotFound when there is none.
    Result<MatrixFacts::Release> release(qint64 id) const;

private:
    Database& m_db;
};

} // namespace slipway
