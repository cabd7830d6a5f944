// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "rules/Interval.h"

#include <QString>

#include <optional>

namespace slipway {

class Database;

// Writes a file's release windows, blackouts and incident freezes as an .ics file for
// Outlook, Google Calendar and Thunderbird. Complete or not at all (QSaveFile).
class IcsExporter {
public:
    struct Counts {
        qsizetype windows = 0, blackouts = 0, freezes = 0;
    };
    // `range` keeps windows and freezes overlapping it and blackouts that can occur in it.
    static Result<Counts> exportTo(Database& db, const QString& outPath,
                                   const std::optional<Interval>& range);
};

} // namespace slipway
