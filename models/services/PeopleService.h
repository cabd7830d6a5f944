// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Person.h"
#include "domain/Result.h"

#include <QObject>

namespace slipway {

class Database;

// Every change to people (zone, working hours, days, roles) and their leave and on-call
// duty, audited. Someone with availability entries cannot be removed before those are.
class PeopleService : public QObject {
    Q_OBJECT
public:
    PeopleService(Database& db, Session session, QObject* parent = nullptr);

    Result<QList<Person>> all() const;
    Result<Person> find(qint64 id) const;
    Result<Person> create(const Person& person);
    Result<Person> update(const Person& person);
    Result<Person> restore(const Person& person);
    Result<void> removePerson(qint64 id, qint64 rowVersion);
    // Why roles cannot be edited here, in one line (on a server they are logins' memberships,
    // changed with `slipway admin grant`); empty on a file.
    QString rolesLockedReason() const;

    Result<QList<Availability>> availability(qint64 personId) const;
    Result<Availability> findAvailability(qint64 id) const;
    Result<Availability> create(const Availability& entry);
    Result<Availability> update(const Availability& entry);
    Result<Availability> restore(const Availability& entry);
    Result<void> removeAvailability(qint64 id, qint64 rowVersion);

Q_SIGNALS:
    void personAdded(qint64 id);
    void personChanged(qint64 id);
    void personRemoved(qint64 id);
    void availabilityAdded(qint64 id);
    void availabilityChanged(qint64 id);
    void availabilityRemoved(qint64 id);

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
