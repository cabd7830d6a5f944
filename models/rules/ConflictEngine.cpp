// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ConflictEngine)
};

QString utcText(const Interval& i) {
    const QDateTime s = QDateTime::fromSecsSinceEpoch(i.start, Qt::UTC);
    const QDateTime e = QDateTime::fromSecsSinceEpoch(i.end, Qt::UTC);
    return s.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral("–") +
           e.toString(s.date() == e.date() ? QStringLiteral("HH:mm")
                                           : QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" UTC");
}

bool intersects(const QList<qint64>& a, const QList<qint64>& b) {
    for (qint64 x : a) {
        if (b.contains(x))
            return true;
    }
    return false;
}

QList<Interval> intervalsOf(const auto& list) {
    QList<Interval> out;
    out.reserve(list.size());
    for (const auto& item : list)
        out.append(item.when);
    return out;
}

} // namespace

QString Conflict::kindKey(Kind kind) {
    switch (kind) {
    case Kind::HardBlackout:
        return QStringLiteral("hard_blackout");
    case Kind::SoftBlackout:
        return QStringLiteral("soft_blackout");
    case Kind::EnvironmentDoubleBooked:
        return QStringLiteral("environment_double_booked");
    case Kind::RoleUncovered:
        return QStringLiteral("role_uncovered");
    case Kind::IncidentFreeze:
        return QStringLiteral("incident_freeze");
    }
    return {};
}

ConflictEngine::ZoneSteps zoneSteps(const QString& name) {
    ConflictEngine::ZoneSteps steps;
    const QTimeZone tz(name.toUtf8());
    const QDateTime begin(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    steps.from.append(std::numeric_limits<qint64>::min());
    steps.offset.append(tz.isValid() ? tz.offsetFromUtc(begin) : 0);
    if (!tz.isValid())
        return steps;
    const QDateTime end(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    const QTimeZone::OffsetDataList transitions = tz.transitions(begin, end);
    for (const QTimeZone::OffsetData& t : transitions) {
        steps.from.append(t.atUtc.toSecsSinceEpoch());
        steps.offset.append(t.offsetFromUtc);
    }
    return steps;
}

QString Conflict::message() const {
    const QString when = utcText(overlap);
    switch (kind) {
    case Kind::HardBlackout:
        return Text::tr("%1 falls in the hard blackout \"%2\" (%3)")
            .arg(releaseLabel, otherLabel, when);
    case Kind::SoftBlackout:
        return Text::tr("%1 falls in the soft blackout \"%2\" (%3)")
            .arg(releaseLabel, otherLabel, when);
    case Kind::IncidentFreeze:
        return Text::tr("%1 falls in the incident freeze \"%2\" (%3); only emergency releases "
                        "may deploy")
            .arg(releaseLabel, otherLabel, when);
    case Kind::EnvironmentDoubleBooked:
        return Text::tr("%1 and %2 both need the shared environment %3 (%4)")
            .arg(releaseLabel, otherLabel, environment, when);
    case Kind::RoleUncovered:
        return Text::tr("%1 has nobody for %2 inside working hours or on call (%3)")
            .arg(releaseLabel, otherLabel, when);
    }
    return {};
}

ConflictEngine::ConflictEngine(ScheduleInputs inputs)
    : m_in(std::move(inputs))
    , m_blackouts(intervalsOf(m_in.blackouts))
    , m_freezes(intervalsOf(m_in.freezes)) {
    for (const EnvironmentInfo& e : std::as_const(m_in.environments))
        m_environments.insert(e.id, e);
    for (qsizetype i = 0; i < m_in.bookings.size(); ++i)
        m_bookingsOfEnv[m_in.bookings[i].environmentId].append(i);
    for (auto it = m_bookingsOfEnv.cbegin(); it != m_bookingsOfEnv.cend(); ++it) {
        QList<Interval> when;
        for (qsizetype i : it.value())
            when.append(m_in.bookings[i].when);
        m_bookingsByEnv.insert(it.key(), IntervalIndex(when));
    }
    for (qsizetype i = 0; i < m_in.windows.size(); ++i) {
        for (qint64 env : m_in.windows[i].environmentIds)
            m_windowsOfEnv[env].append(i);
    }
    for (auto it = m_windowsOfEnv.cbegin(); it != m_windowsOfEnv.cend(); ++it) {
        QList<Interval> when;
        for (qsizetype i : it.value())
            when.append(m_in.windows[i].when);
        m_windowsByEnv.insert(it.key(), IntervalIndex(when));
    }
    QHash<QString, int> zoneIndex;
    for (qsizetype i = 0; i < m_in.people.size(); ++i) {
        for (const QString& role : m_in.people[i].roles)
            m_peopleByRole[role].append(i);
        const QString& zone = m_in.people[i].zone;
        auto it = zoneIndex.constFind(zone);
        if (it == zoneIndex.cend()) {
            it = zoneIndex.insert(zone, int(m_zones.size()));
            m_zones.append(zoneSteps(zone));
        }
        m_zoneOfPerson.append(*it);
    }
}

QList<Conflict> ConflictEngine::conflictsFor(const ScheduledWindow& window) const {
    QList<Conflict> out;
    collect(window, false, &out);
    return out;
}

QList<Conflict> ConflictEngine::conflictsListedUnder(const ScheduledWindow& window) const {
    QList<Conflict> out;
    collect(window, true, &out);
    return out;
}

QList<Conflict> ConflictEngine::detectAll() const {
    QList<Conflict> out;
    for (const ScheduledWindow& w : m_in.windows)
        collect(w, true, &out);
    collectBookingPairs(&out);
    return out;
}

void ConflictEngine::collectBookingPairs(QList<Conflict>* out) const {
    // Two bookings of one shared environment by different holders (a release, or one of
    // no release such as a load test) at the same time, whatever their windows say. A pair
    // is listed once, under a release that holds one of them.
    for (auto it = m_bookingsOfEnv.cbegin(); it != m_bookingsOfEnv.cend(); ++it) {
        const auto info = m_environments.constFind(it.key());
        if (info == m_environments.cend() || !info->shared)
            continue;
        const QList<qsizetype>& positions = it.value();
        const IntervalIndex& index = m_bookingsByEnv[it.key()];
        for (qsizetype k = 0; k < positions.size(); ++k) {
            const EnvironmentBooking& a = m_in.bookings[positions[k]];
            index.forEachOverlap(a.when, [&](qsizetype j) {
                const EnvironmentBooking& b = m_in.bookings[positions[j]];
                if (j <= k || a.releaseId == b.releaseId || (a.releaseId == 0 && b.releaseId == 0))
                    return;
                const EnvironmentBooking& mine = a.releaseId != 0 ? a : b;
                const EnvironmentBooking& theirs = a.releaseId != 0 ? b : a;
                Conflict c;
                c.kind = Conflict::Kind::EnvironmentDoubleBooked;
                c.releaseId = mine.releaseId;
                c.releaseLabel = mine.releaseLabel;
                c.otherId = theirs.releaseId;
                c.otherLabel = theirs.releaseLabel;
                c.environment = info->name;
                c.overlap = mine.when.intersected(theirs.when);
                c.otherWhen = theirs.when;
                out->append(c);
            });
        }
    }
}

void ConflictEngine::collect(const ScheduledWindow& w, bool onceForPairs,
                             QList<Conflict>* out) const {
    if (w.when.isEmpty())
        return;
    m_blackouts.forEachOverlap(w.when, [&](qsizetype i) {
        const BlackoutOccurrence& b = m_in.blackouts[i];
        if (!b.allServices && !intersects(b.serviceIds, w.serviceIds))
            return;
        Conflict c;
        c.kind = b.hard ? Conflict::Kind::HardBlackout : Conflict::Kind::SoftBlackout;
        c.severity = b.hard ? Conflict::Severity::Error : Conflict::Severity::Warning;
        c.releaseId = w.releaseId;
        c.releaseLabel = w.label;
        c.otherId = b.blackoutId;
        c.otherLabel = b.name;
        c.overlap = w.when.intersected(b.when);
        c.otherWhen = b.when;
        out->append(c);
    });
    if (w.type != ReleaseType::Emergency) {
        m_freezes.forEachOverlap(w.when, [&](qsizetype i) {
            const IncidentFreeze& f = m_in.freezes[i];
            Conflict c;
            c.kind = Conflict::Kind::IncidentFreeze;
            c.releaseId = w.releaseId;
            c.releaseLabel = w.label;
            c.otherId = f.id;
            c.otherLabel = f.name;
            c.overlap = w.when.intersected(f.when);
            c.otherWhen = f.when;
            out->append(c);
        });
    }
    for (qint64 env : w.environmentIds) {
        const auto info = m_environments.constFind(env);
        if (info == m_environments.cend() || !info->shared)
            continue;
        const auto addBooking = [&](qint64 otherId, const QString& otherRelease,
                                    const Interval& when) {
            Conflict c;
            c.kind = Conflict::Kind::EnvironmentDoubleBooked;
            c.releaseId = w.releaseId;
            c.releaseLabel = w.label;
            c.otherId = otherId;
            c.otherLabel = otherRelease;
            c.environment = info->name;
            c.overlap = w.when.intersected(when);
            c.otherWhen = when;
            out->append(c);
        };
        if (const auto idx = m_windowsByEnv.constFind(env); idx != m_windowsByEnv.cend()) {
            const QList<qsizetype>& positions = m_windowsOfEnv[env];
            idx->forEachOverlap(w.when, [&](qsizetype k) {
                const ScheduledWindow& other = m_in.windows[positions[k]];
                if (other.releaseId == w.releaseId ||
                    (onceForPairs && other.releaseId < w.releaseId))
                    return;
                addBooking(other.releaseId, other.label, other.when);
            });
        }
        if (const auto idx = m_bookingsByEnv.constFind(env); idx != m_bookingsByEnv.cend()) {
            const QList<qsizetype>& positions = m_bookingsOfEnv[env];
            idx->forEachOverlap(w.when, [&](qsizetype k) {
                const EnvironmentBooking& b = m_in.bookings[positions[k]];
                if (b.releaseId == w.releaseId)
                    return;
                addBooking(b.releaseId, b.releaseLabel, b.when);
            });
        }
    }
    for (const QString& role : w.requiredRoles) {
        if (roleCovered(role, w.when))
            continue;
        Conflict c;
        c.kind = Conflict::Kind::RoleUncovered;
        c.releaseId = w.releaseId;
        c.releaseLabel = w.label;
        c.otherLabel = role;
        c.overlap = w.when;
        c.otherWhen = w.when;
        out->append(c);
    }
}

void ConflictEngine::indexWindowsOf(qint64 environment) {
    QList<qsizetype>& positions = m_windowsOfEnv[environment];
    positions.clear();
    QList<Interval> when;
    for (qsizetype i = 0; i < m_in.windows.size(); ++i) {
        if (m_in.windows[i].environmentIds.contains(environment)) {
            positions.append(i);
            when.append(m_in.windows[i].when);
        }
    }
    m_windowsByEnv.insert(environment, IntervalIndex(when));
}

void ConflictEngine::replaceWindow(qsizetype position, const ScheduledWindow& window) {
    if (position < 0 || position >= m_in.windows.size())
        return;
    QList<qint64> touched = m_in.windows[position].environmentIds;
    for (qint64 env : window.environmentIds) {
        if (!touched.contains(env))
            touched.append(env);
    }
    m_in.windows[position] = window;
    for (qint64 env : std::as_const(touched))
        indexWindowsOf(env);
}

QList<qsizetype> ConflictEngine::coveringPeople(const ScheduledWindow& window) const {
    QList<qsizetype> out;
    for (const QString& role : window.requiredRoles) {
        const auto it = m_peopleByRole.constFind(role);
        if (it == m_peopleByRole.cend())
            continue;
        for (qsizetype i : it.value()) {
            if (!out.contains(i) && covers(i, window.when))
                out.append(i);
        }
    }
    return out;
}

bool ConflictEngine::roleCovered(const QString& role, const Interval& when) const {
    const auto it = m_peopleByRole.constFind(role);
    if (it == m_peopleByRole.cend())
        return false;
    for (qsizetype i : it.value()) {
        if (covers(i, when))
            return true;
    }
    return false;
}

bool ConflictEngine::covers(qsizetype person, const Interval& when) const {
    const PersonSchedule& p = m_in.people[person];
    for (const Interval& away : p.absences) {
        if (away.overlaps(when))
            return false;
    }
    for (const Interval& duty : p.onCall) {
        if (duty.contains(when))
            return true;
    }
    // Plain arithmetic on local seconds: QDateTime per check costs too much on big plans.
    const qint64 offset = offsetAt(m_zoneOfPerson[person], when.start);
    const qint64 localStart = when.start + offset;
    const qint64 localEnd = when.end + offset;
    const qint64 day = localStart >= 0 ? localStart / 86400 : (localStart - 86399) / 86400;
    const qint64 startOfDay = localStart - day * 86400;
    if (localEnd - day * 86400 > 86400)
        return false;                                 // working hours never run past midnight
    const int weekday = int(((day % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday; 0 = Monday
    if (!(p.workDays & (1 << weekday)))
        return false;
    const qint64 workStart = p.workStart.msecsSinceStartOfDay() / 1000;
    const qint64 workEnd = p.workEnd.msecsSinceStartOfDay() / 1000;
    return startOfDay >= workStart && localEnd - day * 86400 <= workEnd;
}

int ConflictEngine::offsetAt(int zone, qint64 utc) const {
    const ZoneSteps& steps = m_zones[zone];
    const auto it = std::upper_bound(steps.from.cbegin(), steps.from.cend(), utc);
    return steps.offset[(it - steps.from.cbegin()) - 1];
}

} // namespace slipway
