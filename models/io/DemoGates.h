// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

namespace slipway {

class Database;

// The demo's quality gates: every open release gets its type's gates, and the releases
// nearest "now" carry evidence in every state — green runs, failing tests, high findings
// (one reviewed as a false positive), an approved waiver with its validation task, a whole
// emergency gate waived, gates promoted through; a release deploying at the anchor has every
// gate up to Production promoted (an emergency's waived gate excepted) — each change on the
// audit chain before `anchorSecs`. Deterministic: the same file and anchor give the same rows.
namespace DemoGates {

// Returns how many audit entries it appended.
Result<qint64> write(Database& db, qint64 anchorSecs, bool large);

} // namespace DemoGates

} // namespace slipway
