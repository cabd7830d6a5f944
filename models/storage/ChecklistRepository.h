// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PostReview.h"
#include "domain/Result.h"

namespace slipway {

class Database;

// Rows of `closure_checklist`: the items of a release that were ever settled (an item never
// stored is open). Writes expect the caller's Transaction.
class ChecklistRepository {
public:
    explicit ChecklistRepository(Database& db);

    Result<QList<ChecklistItem>> stored(qint64 releaseId) const;
    // Writes the item at `item.rowVersion` (0: not stored yet); Stale when another version is
    // stored, naming who settled it and when.
    Result<ChecklistItem> write(const ChecklistItem& item, const QString& actor, qint64 nowSecs);

private:
    Result<std::optional<ChecklistItem>> find(qint64 releaseId, ChecklistKey key) const;

    Database& m_db;
};

} // namespace slipway
