// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Interval.h"

#include <QString>

namespace slipway {

// One reason a release window cannot (error) or should not (warning) go ahead.
struct Conflict {
    enum class Kind {
        HardBlackout,
        SoftBlackout,
        EnvironmentDoubleBooked,
        RoleUncovered,
        IncidentFreeze
    };
    enum class Severity { Error, Warning };

    Kind kind = Kind::HardBlackout;
    Severity severity = Severity::Error;
    qint64 releaseId = 0;
    QString releaseLabel;
    qint64 otherId = 0;  // the blackout, freeze, other release or 0 for a missing role
    QString otherLabel;  // "Quarter-end close", "Checkout 3.1.0", "qa"
    QString environment; // for a double booking: the shared environment
    Interval overlap;    // where the two collide (the whole window for a missing role)
    Interval otherWhen;  // the blackout, freeze or booking itself

    // A sentence naming both sides, made on demand: detection stays cheap for large plans.
    QString message() const;
    static QString kindKey(Kind kind); // "hard_blackout" … for --json and CSV
};

} // namespace slipway
