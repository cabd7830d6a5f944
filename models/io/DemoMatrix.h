// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

namespace slipway {

class Database;

// The demo's "what runs where": component lists for the releases Fraud Scoring, Payments API
// and Notification Service run in staging and production (and for a planned Fraud Scoring
// release), sharing libraries, so that the matrix shows staging and production apart with
// nothing planned to close the gap, a gap a planned release closes, and pins production does
// not meet (from an SBOM range and set by hand, one of a planned release) beside pins it does.
// Products it does not find running are left out. Every write has its audit entry, before
// `anchorSecs`. Deterministic: the same demo gives the same rows.
namespace DemoMatrix {

// Returns how many audit entries it appended.
Result<qint64> write(Database& db, qint64 anchorSecs);

} // namespace DemoMatrix

} // namespace slipway
