// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "rules/ClosureRules.h"

#include <QHash>

namespace slipway {

class Database;

// What closing a release needs from the file (rules/ClosureRules.h), read in a handful of
// grouped queries: production deployments and their outcomes, the checks that apply and
// their latest results, stored metric verdicts, the review and whether the release needs
// one (its type, outcomes, the file's review_required_for), the checklist and the success
// metrics without an actual. Files before schema 21 give facts without any of the new parts.
class ClosureFactsReader {
public:
    explicit ClosureFactsReader(Database& db);
    // `releaseId` 0: every release that has reached production (Deployed, Rolled back,
    // Closed); otherwise that release, whatever its status.
    Result<QHash<qint64, ClosureFacts>> read(qint64 releaseId = 0) const;
    // Every release still to be closed (Deployed, Rolled back): what the guard state of all
    // releases needs, without reading the closed ones' rows.
    Result<QHash<qint64, ClosureFacts>> readUnclosed() const;

private:
    Result<QHash<qint64, ClosureFacts>> readScoped(qint64 releaseId, const QString& statuses) const;

    Database& m_db;
};

} // namespace slipway
