// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleService.h"

#include "rules/ConflictEngine.h"
#include "rules/Recurrence.h"
#include "storage/BlackoutRepository.h"
#include "storage/ScheduleRepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace slipway {

ScheduleService::ScheduleService(Database& db)
    : m_db(db) {}

Result<QList<BlackoutOccurrence>>
ScheduleService::blackoutOccurrences(const Interval& range) const {
    auto stored = BlackoutRepository(m_db).all();
    if (!stored)
        return stored.error();
    QList<BlackoutOccurrence> out;
    for (const Blackout& b : stored.value()) {
        RecurringPeriod period;
        period.firstStartUtc = b.startUtc;
        period.firstEndUtc = b.endUtc;
        period.zone = b.zone;
        period.rrule = b.rrule;
        for (qint64 ex : b.exdates)
            period.exdates.append(QDateTime::fromSecsSinceEpoch(ex, Qt::UTC));
        auto occurrences = Recurrence::expand(period, range);
        if (!occurrences)
            return Error{occurrences.error().kind,
                         QCoreApplication::translate("ScheduleService", "Blackout \"%1\": %2")
                             .arg(b.name, occurrences.error().message)};
        for (const Interval& when : occurrences.value())
            out.append({b.id, b.name, when, b.hard, b.allServices, b.serviceIds});
    }
    return out;
}

Result<ScheduleInputs> ScheduleService::load(const Interval& range) const {
    ScheduleRepository repo(m_db);
    ScheduleInputs in;
    auto windows = repo.windows(range);
    if (!windows)
        return windows.error();
    in.windows = std::move(windows.value());
    auto blackouts = blackoutOccurrences(range);
    if (!blackouts)
        return blackouts.error();
    in.blackouts = std::move(blackouts.value());
    auto freezes = repo.freezes(range);
    if (!freezes)
        return freezes.error();
    in.freezes = std::move(freezes.value());
    auto environments = repo.environments();
    if (!environments)
        return environments.error();
    in.environments = std::move(environments.value());
    auto bookings = repo.bookings(range);
    if (!bookings)
        return bookings.error();
    in.bookings = std::move(bookings.value());
    auto people = repo.people(range);
    if (!people)
        return people.error();
    in.people = std::move(people.value());
    return in;
}

Result<QList<Conflict>> ScheduleService::conflicts(const Interval& range) const {
    auto inputs = load(range);
    if (!inputs)
        return inputs.error();
    return ConflictEngine(std::move(inputs.value())).detectAll();
}

Result<QList<Conflict>> ScheduleService::allConflicts() const {
    auto span = ScheduleRepository(m_db).windowSpan();
    if (!span)
        return span.error();
    if (!span->has_value())
        return QList<Conflict>();
    auto inputs = load(*span.value());
    if (!inputs)
        return inputs.error();
    QList<ScheduledWindow> open;
    for (const ScheduledWindow& w : std::as_const(inputs->windows)) {
        switch (w.status) {
        case ReleaseStatus::Deployed:
        case ReleaseStatus::Closed:
        case ReleaseStatus::Cancelled:
        case ReleaseStatus::RolledBack:
            break;
        default:
            open.append(w);
        }
    }
    // Done releases still hold their environments, so they stay in the engine's inputs.
    const ConflictEngine engine(std::move(inputs.value()));
    QList<Conflict> out;
    for (const ScheduledWindow& w : std::as_const(open)) {
        for (const Conflict& c : engine.conflictsFor(w)) {
            // A double booking between two open releases is listed once, by the lower id.
            if (c.kind == Conflict::Kind::EnvironmentDoubleBooked && c.otherId > 0 &&
                c.otherId < w.releaseId &&
                std::any_of(open.cbegin(), open.cend(),
                            [&](const ScheduledWindow& o) { return o.releaseId == c.otherId; }))
                continue;
            out.append(c);
        }
    }
    return out;
}

Result<WindowProposal> ScheduleService::findWindow(const FindRequest& request) const {
    auto self = ScheduleRepository(m_db).windowOf(request.releaseId);
    if (!self)
        return self.error();
    const qint64 after = request.after > 0 ? request.after : QDateTime::currentSecsSinceEpoch();
    qint64 duration = request.durationSecs;
    if (duration <= 0)
        duration = self->when.isEmpty() ? qint64(4) * 3600 : self->when.length();
    const Interval range{after - 86400, after + request.horizonSecs + duration + 86400};
    auto inputs = load(range);
    if (!inputs)
        return inputs.error();
    WindowRequest wr;
    wr.release = self.value();
    wr.durationSecs = duration;
    wr.earliest = after;
    wr.horizonSecs = request.horizonSecs;
    return WindowFinder::find(ConflictEngine(std::move(inputs.value())), wr);
}

} // namespace slipway
