// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

namespace slipway::test {

// A dense plan for the calendar, shaped like the desktop planners' comparison files: 3 teams,
// `releases` windows of 1 to 4 working days (08:00 to 16:00 UTC) from 5 Jan 2026 over three
// years, release i in team i % 3 + 1, and `blackouts` hard blackouts of three days for every
// service (the first on 14 to 17 Jun 2027) so windows conflict. Written through BulkWriter:
// 20,000 releases take about a second.
Result<void> writeDensePlan(const QString& path, int releases, int blackouts = 12);

// 5 Jan 2026 00:00 UTC, where the plan starts.
qint64 densePlanStart();

} // namespace slipway::test
