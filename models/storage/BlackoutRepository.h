// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Blackout.h"
#include "domain/Result.h"
#include "rules/ScheduleInputs.h"

#include <optional>

namespace slipway {

class Database;

// Rows of `blackouts`, `blackout_services` and `incident_freezes`. Writes expect the
// caller's Transaction.
class BlackoutRepository {
public:
    explicit BlackoutRepository(Database& db);

    Result<std::optional<Blackout>> findByUid(const QString& icalUid) const;
    Result<Blackout> find(qint64 id) const;
    Result<QList<Blackout>> all() const; // by start, with their services
    // A new blackout, or with `blackout.id` set a deleted one back under its old id.
    Result<Blackout> insert(const Blackout& blackout, const QString& actor, qint64 nowSecs);
    Result<Blackout> update(const Blackout& blackout, const QString& actor, qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

    // Incident freezes keyed by their iCalendar UID for re-imports; returns the id. A freeze
    // that already reads the same is left alone (Unchanged): no write, no new row version.
    enum class Upserted { Created, Updated, Unchanged };
    Result<qint64> upsertFreeze(const IncidentFreeze& freeze, const QString& uid,
                                const QString& actor, qint64 now, Upserted* outcome);

private:
    Result<void> writeServices(qint64 id, const Blackout& blackout);

    Database& m_db;
};

} // namespace slipway
