// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Person.h"
#include "domain/Result.h"
#include "rules/Permissions.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `people`, `person_roles` and `person_availability`. Writes expect the caller's
// Transaction; inserts with an id set bring a deleted row back under that id.
class PeopleRepository {
public:
    explicit PeopleRepository(Database& db);

    // What the file says about `login`: whether roles are enforced and which it holds. On a
    // server set up by `slipway admin init`, the session login's memberships instead.
    Result<ActorRights> rightsOf(const QString& login) const;

    Result<QList<Person>> all() const; // by name
    Result<Person> find(qint64 id) const;
    Result<Person> insert(const Person& person, const QString& actor, qint64 nowSecs);
    Result<Person> update(const Person& person, const QString& actor, qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

    // Leave and on-call duty of one person, by start.
    Result<QList<Availability>> availability(qint64 personId) const;
    Result<Availability> findAvailability(qint64 id) const;
    Result<Availability> insert(const Availability& entry, const QString& actor, qint64 nowSecs);
    Result<Availability> update(const Availability& entry, const QString& actor, qint64 nowSecs);
    Result<void> removeAvailability(qint64 id, qint64 expectedRowVersion);

private:
    Result<void> writeRoles(qint64 personId, const QStringList& roles);

    Database& m_db;
};

} // namespace slipway
