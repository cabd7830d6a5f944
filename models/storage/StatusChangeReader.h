// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReleaseEnums.h"
#include "domain/Result.h"

#include <QHash>

namespace slipway {

class Database;

// When a release's status was set, as the audit log tells it: the entry whose release image
// (after_json) first carried the status the release holds now, after one that carried another
// or none. Later edits that keep the status (a rename, a window moved) do not move it; a
// release deleted and brought back with the same status keeps it too. Read release by release
// through the index on (entity, entity_id), so only for the few releases asked about.
class StatusChangeReader {
public:
    explicit StatusChangeReader(Database& db);

    // For each release of `statusOf` (release id → its current status), UTC seconds; a release
    // no entry speaks of is left out.
    Result<QHash<qint64, qint64>> setAt(const QHash<qint64, ReleaseStatus>& statusOf) const;

private:
    Database& m_db;
};

} // namespace slipway
