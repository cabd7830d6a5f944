// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReleaseLinks.h"
#include "domain/Result.h"

namespace slipway {

class Database;

// Rows of `release_environments` and `release_roles`: what a release needs in its window.
// Writes expect the caller's Transaction and move the release's row_version on.
class ReleaseLinkRepository {
public:
    explicit ReleaseLinkRepository(Database& db);

    Result<ReleaseLinks> find(qint64 releaseId) const;
    // Refuses (Stale) unless `links.releaseRowVersion` is the release's stored version.
    Result<ReleaseLinks> write(const ReleaseLinks& links, const QString& actor, qint64 nowSecs);

private:
    Database& m_db;
};

} // namespace slipway
