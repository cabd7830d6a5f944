// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Release.h"
#include "domain/Runbook.h"

#include <QString>

namespace slipway::DemoRunbookSeeds {

// A pattern's template made the demo's own for release `r`: the guide's answers and a
// rationale that fit the pattern, scripts referenced (repository, path, commit, SHA-256) on the
// steps that run them, a cutover with its DNS record and TTLs, the migration's file named, and
// the plan scaled to end within `fitMinutes` (0: the release's window). `complete` false leaves
// what a draft lacks: a script without its digest, a TTL lowered too late.
Runbook bookFor(const Release& r, DeploymentPattern pattern, qint64 created, bool complete,
                int fitMinutes);

// The release manager's reason for a go at checkpoint `key` of a runbook of `pattern`.
QString goReason(DeploymentPattern pattern, const QString& key);

} // namespace slipway::DemoRunbookSeeds
