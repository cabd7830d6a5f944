// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "rules/AdherenceRules.h"
#include "rules/Interval.h"

namespace slipway {

class Database;

// What the adherence review needs from the file, in a handful of grouped queries: releases
// with their team, services and change requests, the CAB's decisions, production
// deployments, approved gate waivers and lifecycle overrides, incident freezes overlapping
// the period, the post-implementation reviews releases need, and the file's
// emergency_approval_days. Hard blackouts (recurring ones expanded) and the lifecycle's unmet
// guards are left to the services that already know them.
class AdherenceFactsReader {
public:
    explicit AdherenceFactsReader(Database& db);
    Result<AdherenceFacts> read(const Interval& period) const;

private:
    Database& m_db;
};

} // namespace slipway
