// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSchedule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace slipway::demo {
namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

quint64 mix(quint64 x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

class Planner {
public:
    explicit Planner(const ScheduleInput& in)
        : m_in(in) {}

    SchedulePlan run() {
        for (const PersonSeed& p : m_in.people)
            m_plan.hours.append(workHoursIn(p.zone));
        planNeeds();
        planBookings();
        planFreezes();
        planAvailability();
        return std::move(m_plan);
    }

private:
    quint64 hash(quint64 a, quint64 b) const { return mix(mix(mix(m_in.seed) ^ a) ^ b); }

    qint64 envOfKind(const QString& kind, quint64 h) const {
        QList<qint64> ids;
        for (int i = 0; i < m_in.environments.size(); ++i) {
            if (m_in.environments[i].kind == kind && m_in.environments[i].shared)
                ids.append(i + 1);
        }
        return ids.isEmpty() ? 0 : ids.at(int(h % quint64(ids.size())));
    }

    // Recorded some time before it starts, never after "now".
    bulk::Stamp stamp(qint64 start, qint64 lead) const {
        const qint64 at = qBound(m_in.setupAt + kDay, start - lead, m_in.anchor - kHour);
        return {m_in.planner, at, m_in.planner, at, 1};
    }

    void planNeeds() {
        for (const ScheduleInput::Window& w : m_in.releases) {
            bulk::ReleaseNeeds n;
            n.releaseId = w.releaseId;
            const quint64 h = hash(31, quint64(w.releaseId));
            const qint64 staging = envOfKind(QStringLiteral("staging"), h);
            const qint64 prod = envOfKind(QStringLiteral("prod"), h >> 8);
            // Emergencies go straight to production; everything else rehearses on staging.
            if (w.type != ReleaseType::Emergency && staging > 0)
                n.environmentIds.append(staging);
            if (prod > 0)
                n.environmentIds.append(prod);
            n.roles = {QStringLiteral("development"), QStringLiteral("operations")};
            if (w.type == ReleaseType::Major || w.type == ReleaseType::Minor)
                n.roles.append(QStringLiteral("qa"));
            if (w.type == ReleaseType::Major)
                n.roles.append(QStringLiteral("security"));
            m_plan.needs.append(n);
        }
    }

    void addBooking(qint64 environment, const QString& label, qint64 start, qint64 end,
                    qint64 releaseId = 0) {
        bulk::Booking b;
        b.id = m_plan.bookings.size() + 1;
        b.environmentId = environment;
        b.releaseId = releaseId;
        b.label = label;
        b.startUtc = start;
        b.endUtc = end;
        b.stamp = stamp(start, 10 * kDay);
        m_plan.bookings.append(b);
    }

    void planBookings() {
        const qint64 staging = envOfKind(QStringLiteral("staging"), 0);
        const qint64 test = envOfKind(QStringLiteral("test"), 0);
        // A load test on the shared staging that runs into a release's window: a double
        // booking the conflict engine reports, every so many future releases.
        const int every = m_in.large ? 50 : 1000;
        int future = 0;
        for (const ScheduleInput::Window& w : m_in.releases) {
            if (w.cancelled || w.type == ReleaseType::Emergency ||
                w.start <= m_in.anchor + 2 * kDay)
                continue;
            if (future++ % every != 0)
                continue;
            const quint64 h = hash(32, quint64(w.releaseId));
            const qint64 env = envOfKind(QStringLiteral("staging"), h);
            addBooking(env, Text::tr("Load test (performance team)"), w.start - 3 * kHour,
                       w.start + kHour);
        }
        const qint64 day = m_in.anchor - m_in.anchor % kDay;
        if (staging > 0) {
            addBooking(staging, Text::tr("Load test (performance team)"),
                       day - 12 * kDay + 8 * kHour, day - 12 * kDay + 16 * kHour);
            addBooking(staging, Text::tr("Penetration test"), day + 20 * kDay + 8 * kHour,
                       day + 22 * kDay + 8 * kHour);
        }
        // Monthly refreshes of test data from production, overnight on Saturdays.
        if (test > 0) {
            const int months = m_in.large ? 54 : 7;
            for (int m = -months + 2; m <= 2; ++m) {
                QDate d = QDateTime::fromSecsSinceEpoch(day, Qt::UTC).date().addMonths(m);
                d = QDate(d.year(), d.month(), 1);
                while (d.dayOfWeek() != 6)
                    d = d.addDays(1);
                const qint64 start = QDateTime(d, QTime(1, 0), Qt::UTC).toSecsSinceEpoch();
                addBooking(envOfKind(QStringLiteral("test"), quint64(m) + 100),
                           Text::tr("Test data refresh from production"), start, start + 5 * kHour);
            }
        }
    }

    void addFreeze(const QString& name, const QString& reason, const QString& ref, qint64 start,
                   qint64 end) {
        bulk::Freeze f;
        f.id = m_plan.freezes.size() + 1;
        f.name = name;
        f.reason = reason;
        f.incidentRef = ref;
        f.startUtc = start;
        f.endUtc = end;
        // Incident freezes are declared when the incident starts, upcoming ones a day ahead.
        f.stamp = stamp(start, start > m_in.anchor ? start - m_in.anchor + kDay : 0);
        m_plan.freezes.append(f);
    }

    void planFreezes() {
        const qint64 day = m_in.anchor - m_in.anchor % kDay;
        if (m_in.large) {
            // Roughly one major incident a month over the past.
            for (int n = 1; n <= 52; ++n) {
                const qint64 start =
                    day - qint64(n) * 30 * kDay + qint64(hash(33, quint64(n)) % 20) * kHour;
                addFreeze(Text::tr("Incident freeze"),
                          Text::tr("Stabilising after a major incident."),
                          QStringLiteral("INC%1").arg(40000 + n * 137, 7, 10, QLatin1Char('0')),
                          start, start + (1 + qint64(hash(34, quint64(n)) % 3)) * kDay);
            }
        }
        addFreeze(
            Text::tr("Payments outage"),
            Text::tr("Card payments failed for 40 minutes; only fixes for it until the review."),
            QStringLiteral("INC0041872"), day - 9 * kDay + 14 * kHour, day - 7 * kDay + 14 * kHour);
        addFreeze(
            Text::tr("Storage array firmware"),
            Text::tr(
                "The vendor's emergency firmware roll-out; keep changes off the shared storage."),
            QStringLiteral("INC0042015"), day + 3 * kDay + 6 * kHour, day + 5 * kDay + 6 * kHour);
    }

    void addAvailability(int person, const QString& kind, qint64 start, qint64 end,
                         const QString& note) {
        bulk::Availability a;
        a.id = m_plan.availability.size() + 1;
        a.personId = person + 1;
        a.kind = kind;
        a.startUtc = start;
        a.endUtc = end;
        a.note = note;
        const QString& by = m_in.people.at(person).handle;
        const qint64 at = qBound(m_in.setupAt + kDay, start - 21 * kDay, m_in.anchor - kHour);
        a.stamp = {by, at, by, at, 1};
        m_plan.availability.append(a);
    }

    // Local midnight of `date` in the person's zone, as UTC seconds.
    qint64 localDay(int person, const QDate& date) const {
        const QTimeZone zone(m_in.people.at(person).zone.toUtf8());
        return QDateTime(date, QTime(0, 0), zone.isValid() ? zone : QTimeZone::utc())
            .toSecsSinceEpoch();
    }

    void planAvailability() {
        const QDate today = QDateTime::fromSecsSinceEpoch(m_in.anchor, Qt::UTC).date();
        const QString leave = QStringLiteral("leave");
        QList<int> operations;
        for (int p = 0; p < m_in.people.size(); ++p) {
            if (m_in.people[p].roles.contains(QStringLiteral("operations")))
                operations.append(p);
        }
        // Leave: everyone takes some, spread over the weeks around "now"; in the small file
        // the only operations engineer is away for two weeks, so windows then lack cover.
        for (int p = 0; p < m_in.people.size(); ++p) {
            const quint64 h = hash(35, quint64(p));
            const bool onlyOps = !m_in.large && operations.size() == 1 && operations.first() == p;
            const QDate from = onlyOps ? today.addDays(15) : today.addDays(int(h % 120) - 40);
            const int days = onlyOps ? 14 : 3 + int((h >> 16) % 8);
            addAvailability(p, leave, localDay(p, from), localDay(p, from.addDays(days)),
                            onlyOps ? Text::tr("Parental leave") : Text::tr("Annual leave"));
            if (m_in.large && h % 3 == 0) {
                const QDate second = from.addDays(150 + int((h >> 24) % 60));
                addAvailability(p, leave, localDay(p, second), localDay(p, second.addDays(5)),
                                Text::tr("Annual leave"));
            }
        }
        // On-call: a weekly rotation from Monday 09:00 local, eight weeks back and ahead.
        QList<int> rota = operations;
        if (rota.size() < 3) {
            for (int p = 0; p < m_in.people.size() && rota.size() < 3; ++p) {
                if (!rota.contains(p) &&
                    m_in.people[p].roles.contains(QStringLiteral("development")))
                    rota.append(p);
            }
        }
        if (rota.isEmpty())
            return;
        QDate monday = today.addDays(1 - today.dayOfWeek());
        const int perWeek = m_in.large ? qMax(1, int(rota.size()) / 5) : 1;
        int next = 0;
        for (int week = -8; week < 8; ++week) {
            const QDate d = monday.addDays(qint64(7) * week);
            for (int k = 0; k < perWeek; ++k) {
                const int p = rota.at(next++ % int(rota.size()));
                const QTimeZone zone(m_in.people.at(p).zone.toUtf8());
                const QDateTime start(d, QTime(9, 0), zone.isValid() ? zone : QTimeZone::utc());
                addAvailability(p, QStringLiteral("on_call"), start.toSecsSinceEpoch(),
                                start.addDays(7).toSecsSinceEpoch(), Text::tr("Primary on call"));
            }
        }
    }

    const ScheduleInput& m_in;
    SchedulePlan m_plan;
};

} // namespace

WorkHours workHoursIn(const QString& zone) {
    if (zone == u"Asia/Kolkata")
        return {9 * 60 + 30, 18 * 60, 0x1f};
    if (zone.startsWith(QLatin1String("America/")))
        return {8 * 60, 16 * 60 + 30, 0x1f};
    if (zone == u"Asia/Tokyo" || zone == u"Asia/Singapore")
        return {9 * 60, 18 * 60, 0x1f};
    if (zone.startsWith(QLatin1String("Europe/")))
        return {9 * 60, 17 * 60 + 30, 0x1f};
    return {9 * 60, 17 * 60, 0x1f};
}

SchedulePlan planSchedule(const ScheduleInput& input) {
    return Planner(input).run();
}

} // namespace slipway::demo
