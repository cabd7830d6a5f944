// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Release.h"
#include "domain/Result.h"

namespace slipway {

class Database;

// Moves a release's status inside the caller's transaction, with its own audit entry: what a
// deployment record or the start of a runbook run does to the release. The caller has
// checked the lifecycle; nothing happens when the status is already `to`.
Result<void> moveReleaseStatus(Database& db, const Session& session, const Release& before,
                               ReleaseStatus to, qint64 now);

} // namespace slipway
