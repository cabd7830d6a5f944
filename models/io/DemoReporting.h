// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

namespace slipway {

class Database;

// What the demo holds for the reporting screen (schemas 22 and 23), decided from its
// releases, deployments and change requests and the anchor, after the rest of the demo is in:
// - a cancelled release that went to production with an emergency fix the CAB was never asked
//   to ratify, rolled back, its post-implementation review done after it was due (or, without
//   such a release, a missing review held late);
// - the next planned release deployed to production by mistake, without a change request;
// - a change added to a closed release after it shipped and approved only later; an emergency
//   change raised by its own deployer and ratified after its grace period;
// - an incident freeze and a hard blackout those deployments did not keep;
// - SOX, HIPAA, GDPR and PCI DSS tags on the releases of the products they concern, with the
//   attestations of those closed, and one deployed release tagged PCI DSS after the fact whose
//   controls fail;
// - corrective actions in every state on the deviations of the last year.
// Closed releases keep their approvals. The same seed and anchor give the same rows. Every
// audited write is before `anchorSecs`.
namespace DemoReporting {

// Returns how many audit entries it appended.
Result<qint64> write(Database& db, qint64 anchorSecs, quint32 seed);

} // namespace DemoReporting

} // namespace slipway
