// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleService.h"

#include "AuditedWrite.h"
#include "domain/Login.h"
#include "rules/ScheduleValidation.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace slipway {
namespace {

RecordStore<Person> people(Database& db) {
    RecordStore<Person> s;
    s.entity = QStringLiteral("person");
    s.find = [&db](qint64 id) {
        return PeopleRepository(db).find(id);
    };
    s.insert = [&db](const Person& p, const QString& actor, qint64 now) {
        return PeopleRepository(db).insert(p, actor, now);
    };
    s.update = [&db](const Person& p, const QString& actor, qint64 now) {
        return PeopleRepository(db).update(p, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return PeopleRepository(db).remove(id, version);
    };
    s.validate = [](const Person& p) {
        return ScheduleValidation::check(p);
    };
    // A login names one account, whatever its case: two people may not share it, or the
    // account would hold both people's roles.
    s.prepare = [&db](const Person& p, const Person*, qint64) -> Result<Person> {
        if (p.login.trimmed().isEmpty())
            return p;
        auto everyone = PeopleRepository(db).all();
        if (!everyone)
            return everyone.error();
        for (const Person& other : std::as_const(everyone.value()))
            if (other.id != p.id && sameLogin(other.login, p.login))
                return Error{Error::Kind::Validation,
                             QCoreApplication::translate("PeopleService",
                                                         "%1 already signs in as %2; a login "
                                                         "belongs to one person, whatever its "
                                                         "case.")
                                 .arg(other.name, other.login)};
        return p;
    };
    s.mayRemove = [&db](const Person& p) -> Result<void> {
        auto entries = PeopleRepository(db).availability(p.id);
        if (!entries)
            return entries.error();
        if (!entries->isEmpty())
            return Error{Error::Kind::Validation,
                         QCoreApplication::translate("PeopleService",
                                                     "%1 still has leave or on-call entries; "
                                                     "remove those first.")
                             .arg(p.name)};
        return {};
    };
    return s;
}

RecordStore<Availability> availabilityStore(Database& db) {
    RecordStore<Availability> s;
    s.entity = QStringLiteral("person_availability");
    s.find = [&db](qint64 id) {
        return PeopleRepository(db).findAvailability(id);
    };
    s.insert = [&db](const Availability& a, const QString& actor, qint64 now) {
        return PeopleRepository(db).insert(a, actor, now);
    };
    s.update = [&db](const Availability& a, const QString& actor, qint64 now) {
        return PeopleRepository(db).update(a, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return PeopleRepository(db).removeAvailability(id, version);
    };
    s.validate = [](const Availability& a) {
        return ScheduleValidation::check(a);
    };
    return s;
}

// Roles are a set: stored and compared sorted, so the audit log shows real changes only.
Person normalized(Person p) {
    std::sort(p.roles.begin(), p.roles.end());
    p.roles.removeDuplicates();
    return p;
}

} // namespace

PeopleService::PeopleService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<Person>> PeopleService::all() const {
    return PeopleRepository(m_db).all();
}
Result<Person> PeopleService::find(qint64 id) const {
    return PeopleRepository(m_db).find(id);
}

Result<Person> PeopleService::create(const Person& person) {
    Person fresh = normalized(person);
    fresh.id = 0;
    auto stored =
        AuditedWrite::insert(m_db, m_session, people(m_db), fresh, QStringLiteral("create"));
    if (stored)
        Q_EMIT personAdded(stored->id);
    return stored;
}

Result<Person> PeopleService::restore(const Person& person) {
    auto stored = AuditedWrite::insert(m_db, m_session, people(m_db), normalized(person),
                                       QStringLiteral("restore"));
    if (stored)
        Q_EMIT personAdded(stored->id);
    return stored;
}

Result<Person> PeopleService::update(const Person& person) {
    auto stored = AuditedWrite::update(m_db, m_session, people(m_db), normalized(person));
    if (stored)
        Q_EMIT personChanged(stored->id);
    return stored;
}

Result<void> PeopleService::removePerson(qint64 id, qint64 rowVersion) {
    auto removed = AuditedWrite::remove(m_db, m_session, people(m_db), id, rowVersion);
    if (removed)
        Q_EMIT personRemoved(id);
    return removed;
}

Result<QList<Availability>> PeopleService::availability(qint64 personId) const {
    return PeopleRepository(m_db).availability(personId);
}

Result<Availability> PeopleService::findAvailability(qint64 id) const {
    return PeopleRepository(m_db).findAvailability(id);
}

Result<Availability> PeopleService::create(const Availability& entry) {
    Availability fresh = entry;
    fresh.id = 0;
    auto stored = AuditedWrite::insert(m_db, m_session, availabilityStore(m_db), fresh,
                                       QStringLiteral("create"));
    if (stored)
        Q_EMIT availabilityAdded(stored->id);
    return stored;
}

Result<Availability> PeopleService::restore(const Availability& entry) {
    auto stored = AuditedWrite::insert(m_db, m_session, availabilityStore(m_db), entry,
                                       QStringLiteral("restore"));
    if (stored)
        Q_EMIT availabilityAdded(stored->id);
    return stored;
}

Result<Availability> PeopleService::update(const Availability& entry) {
    auto stored = AuditedWrite::update(m_db, m_session, availabilityStore(m_db), entry);
    if (stored)
        Q_EMIT availabilityChanged(stored->id);
    return stored;
}

Result<void> PeopleService::removeAvailability(qint64 id, qint64 rowVersion) {
    auto removed = AuditedWrite::remove(m_db, m_session, availabilityStore(m_db), id, rowVersion);
    if (removed)
        Q_EMIT availabilityRemoved(id);
    return removed;
}

QString PeopleService::rolesLockedReason() const {
    if (!m_db.isPostgres())
        return {};
    return tr("On a server, roles are its logins' memberships: an administrator changes them "
              "with 'slipway admin grant'.");
}

} // namespace slipway
