// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Environment.h"
#include "domain/Result.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `environments` and their `environment_bookings`. Writes expect the caller's
// Transaction. Inserts with an id set bring a deleted row back under that id.
class EnvironmentRepository {
public:
    explicit EnvironmentRepository(Database& db);

    Result<QList<Environment>> all() const;
    Result<Environment> find(qint64 id) const;
    Result<Environment> insert(const Environment& environment, const QString& actor,
                               qint64 nowSecs);
    Result<Environment> update(const Environment& environment, const QString& actor,
                               qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);
    // How many bookings and release links hold the environment (removing it would drop them).
    Result<int> usage(qint64 id) const;

    // Bookings of one environment (0: of all), by start.
    Result<QList<Booking>> bookings(qint64 environmentId = 0) const;
    Result<Booking> findBooking(qint64 id) const;
    Result<Booking> insert(const Booking& booking, const QString& actor, qint64 nowSecs);
    Result<Booking> update(const Booking& booking, const QString& actor, qint64 nowSecs);
    Result<void> removeBooking(qint64 id, qint64 expectedRowVersion);

private:
    Database& m_db;
};

} // namespace slipway
