// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Environment.h"
#include "domain/Result.h"

#include <QObject>

namespace slipway {

class Database;

// Every change to environments and their bookings, audited. An environment that bookings or
// releases still use cannot be removed (that would silently drop them).
class EnvironmentService : public QObject {
    Q_OBJECT
public:
    EnvironmentService(Database& db, Session session, QObject* parent = nullptr);

    Result<QList<Environment>> all() const;
    Result<Environment> find(qint64 id) const;
    Result<Environment> create(const Environment& environment);
    Result<Environment> update(const Environment& environment);
    Result<Environment> restore(const Environment& environment);
    Result<void> removeEnvironment(qint64 id, qint64 rowVersion);

    Result<QList<Booking>> bookings(qint64 environmentId = 0) const;
    Result<Booking> findBooking(qint64 id) const;
    Result<Booking> create(const Booking& booking);
    Result<Booking> update(const Booking& booking);
    Result<Booking> restore(const Booking& booking);
    Result<void> removeBooking(qint64 id, qint64 rowVersion);

Q_SIGNALS:
    void environmentAdded(qint64 id);
    void environmentChanged(qint64 id);
    void environmentRemoved(qint64 id);
    void bookingAdded(qint64 id);
    void bookingChanged(qint64 id);
    void bookingRemoved(qint64 id);

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
