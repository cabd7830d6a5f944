// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/ValidationCheck.h"

#include <QHash>
#include <QList>

namespace slipway {

class Database;

// Rows of `validation_results`: one per run of a check for a release. Writes expect the
// caller's Transaction.
class ValidationResultRepository {
public:
    explicit ValidationResultRepository(Database& db);

    Result<qint64> insert(const CheckResult& result);
    // [fromMs, toMs) with 0 for no bound, oldest first.
    Result<QList<CheckResult>> forCheck(qint64 checkId, qint64 releaseId, qint64 fromMs,
                                        qint64 toMs) const;
    // The latest result of each check for the release: check id → result.
    Result<QHash<qint64, CheckResult>> latest(qint64 releaseId) const;
    Result<int> countForCheck(qint64 checkId) const;
    // Every result of the check, for every release, oldest first.
    Result<QList<CheckResult>> allForCheck(qint64 checkId) const;

private:
    Database& m_db;
};

} // namespace slipway
