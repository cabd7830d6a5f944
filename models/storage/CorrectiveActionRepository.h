// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CorrectiveAction.h"
#include "domain/Result.h"

namespace slipway {

class Database;

// Rows of `corrective_actions`. Writes expect the caller's Transaction.
class CorrectiveActionRepository {
public:
    explicit CorrectiveActionRepository(Database& db);

    // All actions, or those of one deviation; by due date, then id.
    Result<QList<CorrectiveAction>> list(const QString& deviationKey = {}) const;
    // Those of several deviations at once (the adherence report), by due date, then id.
    Result<QList<CorrectiveAction>> forDeviations(const QStringList& deviationKeys) const;
    Result<CorrectiveAction> find(qint64 id) const;
    // A new action, or with `id` set a removed one back under its old id.
    Result<CorrectiveAction> insert(const CorrectiveAction& action, const QString& actor,
                                    qint64 nowSecs);
    // Everything but the deviation and its release, guarded by `action.rowVersion`.
    Result<CorrectiveAction> update(const CorrectiveAction& action, const QString& actor,
                                    qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

private:
    Database& m_db;
};

} // namespace slipway
