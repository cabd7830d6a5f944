// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

namespace slipway {

class Database;

// What the demo holds after the window (schema 21), decided from its releases and the anchor:
// - the newest releases in production (inside their 72 hours where the calendar has them)
//   with an HTTP health check and a three-step order journey run every 5 minutes since the
//   deployment: the newest failing since some point (HTTP 500 on "Confirm order"), the
//   others passing; the release being deployed has a check not run yet (pending);
// - error rate, p95 latency and availability of their services, sampled every 5 minutes for
//   24 hours either side of the deployment, with the verdicts compareBaseline() gives: the
//   failing release's p95 latency clearly degraded (+40 %), the rest unchanged; a success
//   metric of that release takes its actual from the latency;
// - feedback of Service Desk, NOC and Customer Support in the 72 hours;
// - a year of ServiceNow incidents on the demo's services, open and resolved: mostly routine
//   ones away from the days after deployments, and those that followed a release (after every
//   rollback, after one in eight older releases that stayed, and after the failing release one of a
//   category not seen in the 30 days before: a new pattern);
// - the rolled-back release's blameless review, done, with actions done, open (one
//   overdue) and dropped; a required review past its due date still a draft;
// - closure checklists settled on every release closed in the last year (all of the
//   small demo's) and partly open on others, a done review where such a release needed one,
//   and its CMDB record; the large demo's older history predates these records.
// The same seed and anchor give the same rows. Every audited write is before `anchorSecs`.
namespace DemoValidation {

// Returns how many audit entries it appended.
Result<qint64> write(Database& db, qint64 anchorSecs, quint32 seed);

} // namespace DemoValidation

} // namespace slipway
