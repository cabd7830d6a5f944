// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/RiskAssessment.h"

#include <optional>

namespace slipway {

class Database;

// Rows of `release_risk_assessments`, one per release. Writes expect the caller's Transaction.
class RiskAssessmentRepository {
public:
    explicit RiskAssessmentRepository(Database& db);

    Result<std::optional<RiskAssessment>> forRelease(qint64 releaseId) const;
    Result<RiskAssessment> find(qint64 id) const;
    Result<QList<RiskAssessment>> all() const;
    // Inserts when the release has none (or with `id` set, restores one under its old id);
    // otherwise updates, guarded by `rowVersion`.
    Result<RiskAssessment> save(const RiskAssessment& assessment, const QString& actor,
                                qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

private:
    Database& m_db;
};

} // namespace slipway
