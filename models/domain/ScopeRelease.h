// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReleaseEnums.h"

#include <QString>

#include <optional>

namespace slipway {

// What the scope board needs of a release: its label, where it falls in time and how
// much effort it can take.
struct ScopeRelease {
    qint64 id = 0;
    QString name;
    QString version;
    qint64 windowStart = 0;         // seconds since the epoch, UTC; 0 while unscheduled
    std::optional<double> capacity; // effort points; unset when nobody has said
    ReleaseStatus status = ReleaseStatus::Planned;

    // Cancelled, closed or rolled back: no longer planned.
    bool isClosed() const;

    // "Payments 2.4.0", or the version alone when the name already says it.
    QString label() const;
};

} // namespace slipway
