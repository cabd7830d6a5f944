// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Blackout.h"
#include "domain/Release.h"
#include "rules/ScheduleInputs.h"

#include <QByteArray>
#include <QList>

namespace slipway {

// Writes release windows, blackouts and incident freezes as iCalendar through libical, with
// VTIMEZONEs for every zone used, RRULE and EXDATE for recurring blackouts, and UIDs that
// stay the same from one export to the next so calendar programs update, not duplicate.
class IcsWriter {
public:
    struct Content {
        QList<Release> releases; // those with a window
        QList<Blackout> blackouts;
        QList<IncidentFreeze> freezes;
        QString uidDomain; // stable per file, e.g. derived from its first audit entry
    };

    static QByteArray write(const Content& content);
};

} // namespace slipway
