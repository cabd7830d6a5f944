// SPDX-License-Identifier: GPL-3.0-or-later
// The small demo's older half year: releases that shipped, were rolled back or were called off
// between a year and half a year before the anchor, so the reports have a year behind them.
#include "DemoBuilder.h"
#include "DemoProducts.h"
#include "rules/Recurrence.h"

namespace slipway::demobuild {
namespace {

using Version = std::array<int, 3>;

bool isFix(ReleaseType t) {
    return t == ReleaseType::Patch || t == ReleaseType::Emergency;
}

// The type a Semantic Version says a release was: x.0.0 major, x.y.0 minor, x.y.z a fix (an
// emergency stays one).
ReleaseType typeOf(const Version& v, ReleaseType rolled) {
    if (v[2] > 0)
        return isFix(rolled) ? rolled : ReleaseType::Patch;
    return v[1] > 0 ? ReleaseType::Minor : ReleaseType::Major;
}

// The version before `v` of a release of type `type`, for an older release rolled as `older`.
Version previous(const Version& v, ReleaseType type, ReleaseType older, quint64 h) {
    if (isFix(type))
        return {v[0], v[1], v[2] - 1};
    const int patch = isFix(older) ? 1 + int(h % 3) : 0;
    Version out = type == ReleaseType::Minor
                      ? Version{v[0], v[1] - 1, patch}
                      : Version{qMax(0, v[0] - 1),
                                older == ReleaseType::Major ? 0 : 1 + int((h >> 8) % 6), patch};
    if (out == Version{0, 0, 0})
        out = {0, 0, 1};
    return out;
}

} // namespace

// Hard blackouts over `range` that hold for any of `serviceIds`, recurring ones expanded.
QList<Interval> Builder::hardBlackoutsOf(const QList<qint64>& serviceIds,
                                         const Interval& range) const {
    QList<Interval> out;
    for (const bulk::Blackout& b : m_blackouts) {
        if (b.severity != u"hard")
            continue;
        if (!b.serviceIds.isEmpty() &&
            std::none_of(serviceIds.cbegin(), serviceIds.cend(),
                         [&](qint64 id) { return b.serviceIds.contains(id); }))
            continue;
        RecurringPeriod period;
        period.firstStartUtc = b.startUtc;
        period.firstEndUtc = b.endUtc;
        period.zone = b.timeZone;
        period.rrule = b.rrule;
        if (const auto occurrences = Recurrence::expand(period, range))
            out << occurrences.value();
    }
    return out;
}

// Placed like the span's releases, one every nine days or so, and kept clear of hard blackouts
// (the adherence review lists only the deviations the demo shows on purpose). They follow the
// span's releases in the file, so those keep their ids; their versions come before their
// product's first one in the span. A random stream of their own leaves the span's plan as it
// was. Runs after planBlackouts().
void Builder::planHistory() {
    if (m_large)
        return;
    // Over before the month the span starts in, so CalVer numbers of the two never meet.
    const QDate spanDay = QDateTime::fromSecsSinceEpoch(m_spanStart, Qt::UTC).date();
    const qint64 end = QDateTime(QDate(spanDay.year(), spanDay.month(), 1), QTime(0, 0), Qt::UTC)
                           .toSecsSinceEpoch() -
                       3 * kDay;
    const qint64 begin = m_historyStart;
    if (end - begin < 60 * kDay)
        return;
    QRandomGenerator rng(m_seed ^ 0x5a17e9u);
    const auto pick = [&rng](int n) {
        return int(rng.bounded(n));
    };
    const qint64 slot = (end - begin) / kHistoryReleases;
    const QStringList goals = objectives();

    struct Planned {
        ReleasePlan plan;
        int service = 0;
        ReleaseType rolled = ReleaseType::Minor;
        QDate date; // the window's day in the owner's zone
        int goal = 0;
    };
    std::vector<Planned> history(static_cast<size_t>(kHistoryReleases));
    for (int k = 0; k < kHistoryReleases; ++k) {
        Planned& p = history[size_t(k)];
        Release& r = p.plan.final;
        const qint64 day = begin + slot * k + rng.bounded(qint64(0), slot);
        const int roll = pick(100);
        p.rolled = roll < 8    ? ReleaseType::Emergency
                   : roll < 18 ? ReleaseType::Major
                   : roll < 58 ? ReleaseType::Minor
                               : ReleaseType::Patch;
        p.service = pick(int(m_services.size()));
        const int team = m_services[p.service].team;
        r.teamId = team + 1;
        r.serviceIds = {p.service + 1};
        r.productId = p.service + 1;
        const QList<int>& siblings = m_teamServices[team];
        const int extra = p.rolled == ReleaseType::Major                   ? 1 + pick(2)
                          : p.rolled == ReleaseType::Minor && pick(10) < 3 ? 1
                                                                           : 0;
        for (int e = 0; e < extra && siblings.size() > 1; ++e) {
            const qint64 other = siblings.at(pick(int(siblings.size()))) + 1;
            if (!r.serviceIds.contains(other))
                r.serviceIds.append(other);
        }
        std::sort(r.serviceIds.begin(), r.serviceIds.end());
        QList<int> owners;
        for (int person : m_teamMembers[team]) {
            const QStringList& roles = m_people[person].roles;
            if (roles.contains(QStringLiteral("service_owner")) ||
                roles.contains(QStringLiteral("release_manager")))
                owners.append(person);
        }
        const int owner =
            owners.isEmpty() ? memberOf(team, quint64(k)) : owners.at(pick(int(owners.size())));
        r.owner = m_people[owner].name;
        r.windowZone = m_people[owner].zone;
        r.changeTicket = QStringLiteral("CHG%1").arg(10000 - 37 * (kHistoryReleases - k) + pick(37),
                                                     7, 10, QLatin1Char('0'));
        p.goal = pick(int(goals.size()) - 1);

        // Evenings mid-week in the owner's zone, emergencies at any hour, as in the span.
        const QTimeZone zone(r.windowZone.toUtf8());
        QDate date = QDateTime::fromSecsSinceEpoch(day, zone).date();
        const bool emergency = p.rolled == ReleaseType::Emergency;
        if (!emergency)
            while (date.dayOfWeek() < 2 || date.dayOfWeek() > 4)
                date = date.addDays(1);
        const int hour = emergency ? pick(24) : 19 + pick(4);
        const qint64 length = emergency ? kHour + qint64(pick(4)) * 30 * kMinute
                                        : (p.rolled == ReleaseType::Major ? 4 : 2) * kHour +
                                              qint64(pick(5)) * 30 * kMinute;
        // A week later (or earlier) where a hard blackout holds the day.
        const Interval around{day - 30 * kDay, day + 40 * kDay};
        const QList<Interval> blocked = hardBlackoutsOf(r.serviceIds, around);
        for (const int shift : {0, 7, -7, 14, -14, 21}) {
            const QDate moved = date.addDays(shift);
            const qint64 start = QDateTime(moved, QTime(hour, 0), zone).toSecsSinceEpoch();
            const Interval window{start, start + length};
            const bool clear = std::none_of(blocked.cbegin(), blocked.cend(),
                                            [&](const Interval& b) { return b.overlaps(window); });
            if (clear && start >= begin - kDay && start + length <= end) {
                date = moved;
                break;
            }
        }
        p.date = date;
        r.windowStart = QDateTime(date, QTime(hour, 0), zone).toUTC();
        r.windowEnd = r.windowStart.addSecs(length);
        const int outcome = pick(100);
        r.status = outcome < 75   ? ReleaseStatus::Closed
                   : outcome < 85 ? ReleaseStatus::RolledBack
                   : outcome < 93 ? ReleaseStatus::Cancelled
                                  : ReleaseStatus::Deployed;
    }

    // Numbered per product in window order: CalVer by month; SemVer counted down from the
    // version the product had before the span, so the span's first release follows the last.
    std::vector<size_t> order(history.size());
    for (size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return history[a].plan.final.windowStart < history[b].plan.final.windowStart;
    });
    for (int s = 0; s < m_services.size(); ++s) {
        QList<size_t> mine;
        for (size_t k : order)
            if (history[k].service == s)
                mine << k;
        const QString format = DemoProducts::calVerFormat(s, m_services[s].name, m_large);
        if (!format.isEmpty()) {
            DemoProducts::Counter counter;
            for (size_t k : std::as_const(mine)) {
                Planned& p = history[k];
                p.plan.final.version = counter.next(format, p.date);
                p.plan.final.type = p.rolled == ReleaseType::Emergency ? p.rolled
                                    : p.rolled == ReleaseType::Major
                                        ? ReleaseType::Minor // no major by date
                                        : p.rolled;
            }
            continue;
        }
        // The same first version planReleases() counts on from.
        Version v{1 + int(hashOf(m_seed, 11, quint64(s)) % 3),
                  int(hashOf(m_seed, 12, quint64(s)) % 10), 0};
        for (qsizetype n = mine.size() - 1; n >= 0; --n) {
            Planned& p = history[mine[n]];
            p.plan.final.type = typeOf(v, p.rolled);
            p.plan.final.version = QStringLiteral("%1.%2.%3").arg(v[0]).arg(v[1]).arg(v[2]);
            const ReleaseType older = n > 0 ? history[mine[n - 1]].rolled : ReleaseType::Minor;
            v = previous(v, p.plan.final.type, older, hashOf(m_seed, 13, mine[n]));
        }
    }
    for (size_t k = 0; k < history.size(); ++k) {
        ReleasePlan& plan = history[k].plan;
        Release& r = plan.final;
        r.id = qint64(m_releases.size()) + 1;
        const bool emergency = r.type == ReleaseType::Emergency;
        // An emergency is not called off after the fact; a release that needed a review was
        // closed after it (planned releases left Deployed are the small ones).
        if ((emergency && r.status == ReleaseStatus::Cancelled) ||
            (r.status == ReleaseStatus::Deployed && (emergency || r.type == ReleaseType::Major)))
            r.status = ReleaseStatus::Closed;
        r.name = m_services[history[k].service].name + u' ' + r.version;
        if (emergency)
            r.name += DemoText::tr(" hotfix");
        // Index 6 is the incident goal: only emergencies get it.
        const int goal = history[k].goal;
        r.objectives = goals.at(emergency ? 6 : goal + (goal >= 6 ? 1 : 0));
        m_releases.push_back(std::move(plan));
    }
}

} // namespace slipway::demobuild
