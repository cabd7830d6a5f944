// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewService.h"
#include "storage/TimelineReader.h"

#include <optional>

namespace slipway {

// The review's timeline from the stored rows: one blameless line per moment (roles, steps,
// checks and systems; never a login or a person's name), oldest first. The run and the
// checks count from the day before the first production deployment to the end of the
// feedback window; the review's own due and done moments are always shown.
QList<TimelineEntry> reviewTimeline(qint64 releaseId, const TimelineRows& rows,
                                    const std::optional<PostReview>& review);

} // namespace slipway
