// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvironmentService.h"

#include "AuditedWrite.h"
#include "rules/ScheduleValidation.h"
#include "storage/EnvironmentRepository.h"

#include <QCoreApplication>

namespace slipway {
namespace {

RecordStore<Environment> environments(Database& db) {
    RecordStore<Environment> s;
    s.entity = QStringLiteral("environment");
    s.find = [&db](qint64 id) {
        return EnvironmentRepository(db).find(id);
    };
    s.insert = [&db](const Environment& e, const QString& actor, qint64 now) {
        return EnvironmentRepository(db).insert(e, actor, now);
    };
    s.update = [&db](const Environment& e, const QString& actor, qint64 now) {
        return EnvironmentRepository(db).update(e, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return EnvironmentRepository(db).remove(id, version);
    };
    s.validate = [](const Environment& e) {
        return ScheduleValidation::check(e);
    };
    s.mayRemove = [&db](const Environment& e) -> Result<void> {
        auto used = EnvironmentRepository(db).usage(e.id);
        if (!used)
            return used.error();
        if (used.value() > 0)
            return Error{
                Error::Kind::Validation,
                QCoreApplication::translate("EnvironmentService",
                                            "“%1” is still booked, used by releases, deployed "
                                            "to or configured (%2); move those first.")
                    .arg(e.name)
                    .arg(used.value())};
        return {};
    };
    return s;
}

RecordStore<Booking> bookingStore(Database& db) {
    RecordStore<Booking> s;
    s.entity = QStringLiteral("environment_booking");
    s.find = [&db](qint64 id) {
        return EnvironmentRepository(db).findBooking(id);
    };
    s.insert = [&db](const Booking& b, const QString& actor, qint64 now) {
        return EnvironmentRepository(db).insert(b, actor, now);
    };
    s.update = [&db](const Booking& b, const QString& actor, qint64 now) {
        return EnvironmentRepository(db).update(b, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return EnvironmentRepository(db).removeBooking(id, version);
    };
    s.validate = [](const Booking& b) {
        return ScheduleValidation::check(b);
    };
    return s;
}

} // namespace

EnvironmentService::EnvironmentService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<Environment>> EnvironmentService::all() const {
    return EnvironmentRepository(m_db).all();
}
Result<Environment> EnvironmentService::find(qint64 id) const {
    return EnvironmentRepository(m_db).find(id);
}

Result<Environment> EnvironmentService::create(const Environment& environment) {
    Environment fresh = environment;
    fresh.id = 0;
    auto stored =
        AuditedWrite::insert(m_db, m_session, environments(m_db), fresh, QStringLiteral("create"));
    if (stored)
        Q_EMIT environmentAdded(stored->id);
    return stored;
}

Result<Environment> EnvironmentService::restore(const Environment& environment) {
    auto stored = AuditedWrite::insert(m_db, m_session, environments(m_db), environment,
                                       QStringLiteral("restore"));
    if (stored)
        Q_EMIT environmentAdded(stored->id);
    return stored;
}

Result<Environment> EnvironmentService::update(const Environment& environment) {
    auto stored = AuditedWrite::update(m_db, m_session, environments(m_db), environment);
    if (stored)
        Q_EMIT environmentChanged(stored->id);
    return stored;
}

Result<void> EnvironmentService::removeEnvironment(qint64 id, qint64 rowVersion) {
    auto removed = AuditedWrite::remove(m_db, m_session, environments(m_db), id, rowVersion);
    if (removed)
        Q_EMIT environmentRemoved(id);
    return removed;
}

Result<QList<Booking>> EnvironmentService::bookings(qint64 environmentId) const {
    return EnvironmentRepository(m_db).bookings(environmentId);
}

Result<Booking> EnvironmentService::findBooking(qint64 id) const {
    return EnvironmentRepository(m_db).findBooking(id);
}

Result<Booking> EnvironmentService::create(const Booking& booking) {
    Booking fresh = booking;
    fresh.id = 0;
    auto stored =
        AuditedWrite::insert(m_db, m_session, bookingStore(m_db), fresh, QStringLiteral("create"));
    if (stored)
        Q_EMIT bookingAdded(stored->id);
    return stored;
}

Result<Booking> EnvironmentService::restore(const Booking& booking) {
    auto stored = AuditedWrite::insert(m_db, m_session, bookingStore(m_db), booking,
                                       QStringLiteral("restore"));
    if (stored)
        Q_EMIT bookingAdded(stored->id);
    return stored;
}

Result<Booking> EnvironmentService::update(const Booking& booking) {
    auto stored = AuditedWrite::update(m_db, m_session, bookingStore(m_db), booking);
    if (stored)
        Q_EMIT bookingChanged(stored->id);
    return stored;
}

Result<void> EnvironmentService::removeBooking(qint64 id, qint64 rowVersion) {
    auto removed = AuditedWrite::remove(m_db, m_session, bookingStore(m_db), id, rowVersion);
    if (removed)
        Q_EMIT bookingRemoved(id);
    return removed;
}

} // namespace slipway
