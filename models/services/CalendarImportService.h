// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Result.h"
#include "io/IcsReader.h"

namespace slipway {

class Database;

// Brings calendar events into the plan as blackouts or incident freezes: everything is
// checked first, then written with its audit entries in one transaction. Events keep their
// UID, so importing the same calendar again updates instead of duplicating.
class CalendarImportService {
public:
    enum class As { Blackouts, Freezes };

    struct Options {
        As as = As::Blackouts;
        bool hard = true;                         // blackouts: hard or soft
        qint64 freezeHorizonSecs = 730LL * 86400; // freezes do not recur: occurrences this far
    };

    struct Outcome {
        int created = 0;
        int updated = 0;
        int unchanged = 0;   // already stored exactly so: not written, not audited
        QStringList skipped; // with the line and the reason
    };

    CalendarImportService(Database& db, Session session);

    Result<Outcome> import(const IcsCalendar& calendar, const QString& sourceName,
                           const Options& options);

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
