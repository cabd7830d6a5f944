// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace slipway {

// Times and durations as people type them on a command line.
// "2026-12-01" (midnight UTC), "2026-12-01T22:00" (UTC), "2026-12-01T22:00:00Z",
// "2026-12-01T22:00+01:00".
std::optional<qint64> parseUtcTime(const QString& text);
// "4h", "90m", "2d", "1h30m", "45s"; at least one minute.
std::optional<qint64> parseDuration(const QString& text);

} // namespace slipway
