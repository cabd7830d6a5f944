// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

namespace slipway {

class Database;

// What the demo holds for the reporting screen (schemas 22 and 23), decided from its
// releases, deployments and change requests and the anchor, after the rest of the demo is in:
// - a cancelled release that was deployed to production without a change request and rolled
//   back, with its post-implementation review done days after it was due;
// - a change request added to a release after it was deployed and approved only later;
// - an emergency change shipped with a release and ratified days after its grace period,
//   and another the CAB refused to ratify;
// - regulatory tags (SOX, HIPAA, GDPR, PCI DSS) on the releases of the products they concern,
//   with the attestations of those already closed;
// - corrective actions in every state on the deviations of the last year.
// Late changes go only to releases the review does not list yet. The same seed and anchor give
// the same rows. Every audited write is before `anchorSecs`.
namespace DemoReporting {

// Returns how many audit entries it appended.
Result<qint64> write(Database& db, qint64 anchorSecs, quint32 seed);

} // namespace DemoReporting

} // namespace slipway
