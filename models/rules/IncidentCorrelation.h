// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"

#include <QList>
#include <QStringList>

namespace slipway {

inline constexpr int kPatternLookbackDays = 30;

// A release as correlation sees it: when production was first changed, and the names of its
// services (its product included). Names match an incident's service or configuration item
// case-insensitively, ignoring surrounding white space.
struct CorrelationTarget {
    qint64 releaseId = 0;
    qint64 deployedAt = 0; // UTC seconds; 0: not deployed, nothing correlates
    QStringList names;
};

// The incidents opened in [deployedAt, deployedAt + windowHours) whose service or
// configuration item is one of the names, each with what matched and whether it is a new
// pattern: its category or configuration item appears in no incident of `incidents` opened
// in the kPatternLookbackDays before deployedAt. `incidents` must hold at least every
// incident opened from deployedAt − kPatternLookbackDays to the end of the window, in any
// order. Sorted by opening time.
QList<CorrelatedIncident> correlate(const CorrelationTarget& target,
                                    const QList<Incident>& incidents, int windowHours = 72);

} // namespace slipway
