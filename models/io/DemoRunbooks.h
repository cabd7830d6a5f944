// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

namespace slipway {

class Database;

// The demo's deployment runbooks, one pattern's template each, on releases whose status fits
// their state: a draft blue-green and a draft big bang with findings (a script without its
// SHA-256, a TTL lowered too late, a failed migration rehearsal) on releases still being
// planned; a ready rolling runbook on the next approved release; a canary run under way on
// the release being deployed (a go at its first checkpoint, then a step failed and its
// trigger fired, no decision yet); a big-bang run that succeeded on the latest deployed
// release and a blue-green run rolled back after the switch on the latest rolled-back one,
// each ending in the production deployment record the release already has. The same
// handful of releases at either scale. Every write has its audit entry, before `anchorSecs`.
namespace DemoRunbooks {

// Returns how many audit entries it appended.
Result<qint64> write(Database& db, qint64 anchorSecs);

} // namespace DemoRunbooks

} // namespace slipway
