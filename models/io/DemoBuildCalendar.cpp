// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's blackouts, schedule and scope items, planned before anything is written.
#include "DemoBuilder.h"
#include "rules/Interval.h"

namespace slipway::demobuild {

void Builder::planBlackouts() {
    const QTimeZone london("Europe/London");
    const QTimeZone newYork("America/New_York");
    const auto local = [](const QDate& d, const QTimeZone& z) {
        return QDateTime(d, QTime(0, 0), z).toSecsSinceEpoch();
    };
    const int firstYear = QDateTime::fromSecsSinceEpoch(m_historyStart, Qt::UTC).date().year();
    const int lastYear = QDateTime::fromSecsSinceEpoch(m_spanEnd, Qt::UTC).date().year();

    // Quarter-end close: the last three days of March, June, September and December.
    {
        bulk::Blackout b;
        b.name = DemoText::tr("Quarter-end close");
        b.reason = DemoText::tr(
            "Finance closes the books; no changes to systems that post to the ledger.");
        const QDate first(firstYear, 3, 29);
        b.startUtc = local(first, london);
        b.endUtc = local(first.addDays(3), london);
        b.timeZone = QStringLiteral("Europe/London");
        b.rrule = QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-3");
        b.severity = QStringLiteral("hard");
        addBlackout(b, m_setupAt + kHour);
    }
    // Payroll day: a soft freeze on billing systems every month.
    {
        bulk::Blackout b;
        b.name = DemoText::tr("Monthly payroll run");
        b.reason =
            DemoText::tr("Payroll files are exchanged with the bank; avoid touching billing.");
        const QDate first(firstYear, 1, 25);
        const QTimeZone berlin("Europe/Berlin");
        b.startUtc = local(first, berlin);
        b.endUtc = local(first.addDays(1), berlin);
        b.timeZone = QStringLiteral("Europe/Berlin");
        b.rrule = QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=25");
        b.severity = QStringLiteral("soft");
        for (int s = 0; s < m_services.size(); ++s) {
            if (m_services[s].name.contains(QStringLiteral("Billing")) ||
                m_services[s].name.contains(QStringLiteral("Ledger")))
                b.serviceIds.append(s + 1);
        }
        addBlackout(b, m_setupAt + 2 * kHour);
    }
    QList<qint64> peakServices;
    for (int s = 0; s < m_services.size(); ++s) {
        const QString& name = m_services[s].name;
        if (name.startsWith(QStringLiteral("Payments")) ||
            name.startsWith(QStringLiteral("Customer")) ||
            name.startsWith(QStringLiteral("Billing")) || name.startsWith(QStringLiteral("Orders")))
            peakServices.append(s + 1);
    }
    // Periods only the older history reaches come on top of the one-offs below.
    int history = 0;
    for (int year = firstYear; year <= lastYear; ++year) {
        const qint64 freezeStart = local(QDate(year, 12, 19), london);
        if (freezeStart >= m_historyStart - 30 * kDay && freezeStart <= m_spanEnd) {
            history += freezeStart < m_spanStart - 30 * kDay ? 1 : 0;
            bulk::Blackout b;
            b.name = DemoText::tr("Holiday freeze %1").arg(year);
            b.reason = DemoText::tr("Reduced staffing over the holidays; only emergency changes.");
            b.startUtc = freezeStart;
            b.endUtc = local(QDate(year + 1, 1, 4), london);
            b.timeZone = QStringLiteral("Europe/London");
            b.severity = QStringLiteral("hard");
            addBlackout(b, freezeStart - 60 * kDay);
        }
        QDate thanksgiving(year, 11, 1);
        while (thanksgiving.dayOfWeek() != 4)
            thanksgiving = thanksgiving.addDays(1);
        thanksgiving = thanksgiving.addDays(21);
        const qint64 peakStart = local(thanksgiving.addDays(1), newYork);
        if (peakStart >= m_historyStart - 30 * kDay && peakStart <= m_spanEnd) {
            history += peakStart < m_spanStart - 30 * kDay ? 1 : 0;
            bulk::Blackout b;
            b.name = DemoText::tr("Black Friday and Cyber Monday %1").arg(year);
            b.reason = DemoText::tr("Peak trading: checkout and payments must stay stable.");
            b.startUtc = peakStart;
            b.endUtc = local(thanksgiving.addDays(5), newYork);
            b.timeZone = QStringLiteral("America/New_York");
            b.severity = QStringLiteral("soft");
            b.serviceIds = peakServices;
            addBlackout(b, peakStart - 45 * kDay);
        }
    }
    // One-off periods: maintenance, migrations, campaigns, incident freezes.
    const struct {
        const char* name;
        const char* reason;
        bool hard;
    } oneOffs[] = {
        {QT_TRANSLATE_NOOP("DemoGenerator", "Data centre maintenance"),
         QT_TRANSLATE_NOOP("DemoGenerator", "Power work at the primary site."), true},
        {QT_TRANSLATE_NOOP("DemoGenerator", "Core network upgrade"),
         QT_TRANSLATE_NOOP("DemoGenerator", "Firewall and router firmware upgrades."), true},
        {QT_TRANSLATE_NOOP("DemoGenerator", "Marketing campaign launch"),
         QT_TRANSLATE_NOOP("DemoGenerator", "High traffic expected from the campaign."), false},
        {QT_TRANSLATE_NOOP("DemoGenerator", "Regulatory reporting window"),
         QT_TRANSLATE_NOOP("DemoGenerator", "Figures for the regulator are being produced."), true},
        {QT_TRANSLATE_NOOP("DemoGenerator", "Incident freeze"),
         QT_TRANSLATE_NOOP("DemoGenerator", "Stabilising after a major incident."), true},
        {QT_TRANSLATE_NOOP("DemoGenerator", "Annual financial audit"),
         QT_TRANSLATE_NOOP("DemoGenerator", "Auditors are sampling changes; keep them few."),
         false},
    };
    const int target = m_large ? 500 : 8 + history;
    const qint64 span = m_spanEnd - m_spanStart;
    // The emergency fix deploying now keeps its window clear of these one-off periods.
    Interval now;
    QList<qint64> nowServices;
    for (const ReleasePlan& p : m_releases) {
        if (p.pinned && !p.awaitingApproval) {
            now = {p.final.windowStart.toSecsSinceEpoch(), p.final.windowEnd.toSecsSinceEpoch()};
            nowServices = p.final.serviceIds;
        }
    }
    int n = 0;
    while (int(m_blackouts.size()) < target) {
        const auto& kind = oneOffs[n % int(std::size(oneOffs))];
        bulk::Blackout b;
        b.name = DemoText::tr(kind.name);
        b.reason = DemoText::tr(kind.reason);
        const int service = pick(int(m_services.size()));
        if (n % 6 != 5) {
            b.serviceIds = {service + 1};
            const QList<int>& siblings = m_teamServices[m_services[service].team];
            const qint64 other = pickFrom(siblings) + 1;
            if (!b.serviceIds.contains(other))
                b.serviceIds.append(other);
            std::sort(b.serviceIds.begin(), b.serviceIds.end());
            b.name += QStringLiteral(" \u2013 ") + m_services[service].name;
        }
        const qint64 day = m_spanStart + between(0, span);
        b.startUtc = day - day % kDay;
        b.endUtc = b.startUtc + (1 + pick(6)) * kDay;
        const bool hitsNow = now.overlaps({b.startUtc, b.endUtc}) &&
                             (b.serviceIds.isEmpty() ||
                              std::any_of(b.serviceIds.cbegin(), b.serviceIds.cend(),
                                          [&](qint64 id) { return nowServices.contains(id); }));
        if (hitsNow) {
            b.startUtc += 7 * kDay;
            b.endUtc += 7 * kDay;
        }
        b.severity = kind.hard ? QStringLiteral("hard") : QStringLiteral("soft");
        addBlackout(b, b.startUtc - between(14 * kDay, 90 * kDay));
        ++n;
    }
}

// Environments and roles per release, bookings, freezes, working hours, leave and on-call.
void Builder::planSchedule() {
    demo::ScheduleInput in;
    in.large = m_large;
    in.seed = m_seed;
    in.anchor = m_anchor;
    in.setupAt = m_setupAt;
    in.people = m_people;
    in.environments = m_environments;
    in.planner = handle(m_releaseManagers.first());
    for (const ReleasePlan& p : m_releases)
        in.releases.append({p.final.id, p.final.type, p.final.windowStart.toSecsSinceEpoch(),
                            p.final.windowEnd.toSecsSinceEpoch(),
                            p.final.status == ReleaseStatus::Cancelled});
    m_schedule = demo::planSchedule(in);
}

void Builder::planScope() {
    // The small file's older history takes about seven items a release on top.
    const int total = m_large ? 100000 : 300 + 7 * kHistoryReleases;
    const int minBacklog = m_large ? 5000 : 25;
    int assigned = 0;
    QList<int> perRelease(qsizetype(m_releases.size()));
    for (size_t i = 0; i < m_releases.size(); ++i) {
        int c = 0;
        switch (m_releases[i].final.type) {
        case ReleaseType::Major:
            c = m_large ? int(between(30, 51)) : int(between(10, 15));
            break;
        case ReleaseType::Minor:
            c = m_large ? int(between(18, 31)) : int(between(6, 11));
            break;
        case ReleaseType::Patch:
            c = m_large ? int(between(8, 15)) : int(between(3, 7));
            break;
        case ReleaseType::Emergency:
            c = m_large ? int(between(2, 5)) : int(between(1, 3));
            break;
        }
        c = qMin(c, total - minBacklog - assigned);
        perRelease[qsizetype(i)] = c;
        assigned += c;
    }
    m_scope.resize(size_t(total));
    QList<int> keyCounters(m_teams.size(), 1000);
    int next = 0;
    for (size_t i = 0; i < m_releases.size(); ++i) {
        for (int c = 0; c < perRelease[qsizetype(i)]; ++c) {
            ScopePlan& item = m_scope[size_t(next++)];
            planScopeItem(item, int(i), int(m_releases[i].final.teamId - 1));
        }
    }
    while (next < total) {
        ScopePlan& item = m_scope[size_t(next++)];
        planScopeItem(item, -1, pick(int(m_teams.size())));
    }
    // Ids and keys follow creation order, as they would in a real tracker.
    std::stable_sort(m_scope.begin(), m_scope.end(), [](const ScopePlan& a, const ScopePlan& b) {
        return a.createdAt < b.createdAt;
    });
    for (size_t i = 0; i < m_scope.size(); ++i) {
        ScopePlan& item = m_scope[i];
        item.id = qint64(i) + 1;
        item.externalKey =
            m_teams[item.team].keyPrefix + u'-' + QString::number(keyCounters[item.team]++);
    }
    if (m_large) {
        // Refinement edits bring the large file to exactly one million audit entries.
        qint64 fixed =
            qint64(m_teams.size() + m_services.size() + m_environments.size() + m_people.size()) +
            qint64(m_blackouts.size()) + m_schedule.bookings.size() + m_schedule.freezes.size() +
            m_schedule.availability.size();
        for (const ReleasePlan& p : m_releases)
            fixed += p.path.size();
        for (const ScopePlan& item : m_scope)
            fixed += item.pathLength;
        fixed += lifecycleEvents();
        const qint64 edits = qMax<qint64>(0, kLargeAuditEntries - fixed);
        const qint64 each = edits / qint64(m_scope.size());
        const qint64 extra = edits % qint64(m_scope.size());
        for (size_t i = 0; i < m_scope.size(); ++i)
            m_scope[i].edits = quint16(each + (qint64(i) < extra ? 1 : 0));
    } else {
        for (ScopePlan& item : m_scope)
            item.edits = quint16(hashOf(m_seed, 21, quint64(item.id)) % 3);
    }
}

void Builder::planScopeItem(ScopePlan& item, int release, int team) {
    item.release = release;
    item.team = team;
    const ReleaseType type =
        release >= 0 ? m_releases[size_t(release)].final.type : ReleaseType::Minor;
    int roll = pick(100);
    if (type == ReleaseType::Emergency)
        item.kind = roll < 70 ? QStringLiteral("fix") : QStringLiteral("patch");
    else
        item.kind = roll < 40   ? QStringLiteral("feature")
                    : roll < 65 ? QStringLiteral("fix")
                    : roll < 75 ? QStringLiteral("patch")
                    : roll < 90 ? QStringLiteral("tech_debt")
                                : QStringLiteral("regulatory");
    if (item.kind == u"feature") {
        static const char16_t* verbs[] = {u"Add", u"Support", u"Introduce", u"Offer"};
        item.title = QString::fromUtf16(verbs[pick(4)]) + u' ' + pickFrom(featureObjects());
    } else if (item.kind == u"fix") {
        item.title = DemoText::tr("Fix %1").arg(pickFrom(fixProblems()));
    } else if (item.kind == u"patch") {
        item.title = DemoText::tr("Upgrade %1 to %2.%3.%4")
                         .arg(pickFrom(libraries()))
                         .arg(1 + pick(4))
                         .arg(pick(20))
                         .arg(pick(30));
    } else if (item.kind == u"tech_debt") {
        static const char16_t* verbs[] = {u"Refactor", u"Remove dead code from", u"Add tests for",
                                          u"Split"};
        item.title = QString::fromUtf16(verbs[pick(4)]) + u' ' + pickFrom(componentNames());
    } else {
        static const char16_t* topics[] = {u"retention rules for", u"consent records in",
                                           u"evidence export from", u"access review of"};
        item.title = pickFrom(regulations()) + u": " + QString::fromUtf16(topics[pick(4)]) + u' ' +
                     pickFrom(componentNames());
    }
    roll = pick(100);
    item.priority = quint8(type == ReleaseType::Emergency ? 0
                           : roll < 8                     ? 0
                           : roll < 35                    ? 1
                           : roll < 80                    ? 2
                                                          : 3);
    item.stakeholder = quint8(pick(int(m_stakeholders.size())));
    item.effortHalves = quint8(1 + pick(26));

    // The item's story follows its release's.
    QList<ScopeStatus> path{Proposed};
    qint64 from = 0;
    qint64 until = m_anchor - kMinute;
    if (release >= 0) {
        const ReleasePlan& rp = m_releases[size_t(release)];
        from = rp.times.first() + kHour;
        roll = pick(100);
        switch (rp.final.status) {
        case ReleaseStatus::Deployed:
        case ReleaseStatus::Closed:
            path = roll < 90 ? QList<ScopeStatus>{Proposed, Committed, ScopeInProgress, Done}
                             : QList<ScopeStatus>{Proposed, Committed, Deferred};
            until = rp.final.windowStart.toSecsSinceEpoch();
            break;
        case ReleaseStatus::RolledBack:
        case ReleaseStatus::Deploying:
            path = roll < 70 ? QList<ScopeStatus>{Proposed, Committed, ScopeInProgress, Done}
                             : QList<ScopeStatus>{Proposed, Committed, ScopeInProgress};
            until = rp.final.windowStart.toSecsSinceEpoch();
            break;
        case ReleaseStatus::Cancelled:
            path = {Proposed, Deferred};
            until = rp.times.last();
            break;
        case ReleaseStatus::Approved:
        case ReleaseStatus::Scheduled:
            path = roll < 50   ? QList<ScopeStatus>{Proposed, Committed, ScopeInProgress, Done}
                   : roll < 90 ? QList<ScopeStatus>{Proposed, Committed, ScopeInProgress}
                               : QList<ScopeStatus>{Proposed, Committed};
            break;
        case ReleaseStatus::InProgress:
            path = roll < 60 ? QList<ScopeStatus>{Proposed, Committed, ScopeInProgress}
                             : QList<ScopeStatus>{Proposed, Committed};
            break;
        default:
            path =
                roll < 60 ? QList<ScopeStatus>{Proposed} : QList<ScopeStatus>{Proposed, Committed};
            break;
        }
    } else {
        from = m_spanStart;
        until = m_anchor - 3 * kDay;
        path =
            pick(100) < 85 ? QList<ScopeStatus>{Proposed} : QList<ScopeStatus>{Proposed, Deferred};
    }
    item.pathLength = quint8(path.size());
    for (int k = 0; k < path.size(); ++k)
        item.path[k] = path[k];
    until = qMin(until, m_anchor - kMinute);
    from = qMin(from, until - kHour);
    // Created early in the release's life, changed until it shipped (or until now).
    item.createdAt = release >= 0 ? from + between(0, qMax<qint64>(1, (until - from) / 2))
                                  : between(from, until);
    item.endAt = until;
}

ScopeState Builder::scopeAt(const ScopePlan& item, int step) const {
    ScopeState s;
    s.priority = item.priority;
    s.stakeholder = item.stakeholder;
    s.effortHalves = item.effortHalves;
    s.status = item.path[0];
    const int stakeholderCount = int(m_stakeholders.size());
    for (int k = 1; k <= step; ++k) {
        if (k > item.edits) {
            s.status = item.path[k - item.edits];
            continue;
        }
        const quint64 h = hashOf(m_seed, quint64(item.id), quint64(k));
        switch (h % 3) {
        case 0:
            s.priority = int((quint64(s.priority) + 1 + (h >> 8) % 3) % 4);
            break;
        case 1:
            s.effortHalves = int(1 + (h >> 8) % 26);
            break;
        default:
            s.stakeholder = int((h >> 8) % quint64(stakeholderCount));
            break;
        }
    }
    return s;
}

qint64 Builder::scopeTime(const ScopePlan& item, int step) const {
    const qint64 span = qMax<qint64>(item.endAt - item.createdAt, (item.steps() + 2) * kMinute);
    return item.createdAt + span * step / (item.steps() + 1);
}

int Builder::scopeActor(const ScopePlan& item, int step) const {
    return memberOf(item.team, hashOf(m_seed, quint64(item.id) << 4, quint64(step)));
}

QString Builder::scopeJson(const ScopePlan& item, const ScopeState& s, int rowVersion) const {
    // Same shape and key order as QJsonDocument would give, without its cost per entry.
    QString out;
    out.reserve(320);
    out += QStringLiteral("{\"effort\":") + QString::number(s.effortHalves / 2.0) +
           QStringLiteral(",\"external_key\":");
    appendJsonString(out, item.externalKey);
    out += QStringLiteral(",\"id\":") + QString::number(item.id) + QStringLiteral(",\"kind\":\"") +
           item.kind + QStringLiteral("\",\"priority\":\"") +
           QLatin1String(kPriorities[s.priority]) + QStringLiteral("\",\"release_id\":") +
           (item.release >= 0 ? QString::number(item.release + 1) : QStringLiteral("null")) +
           QStringLiteral(",\"row_version\":") + QString::number(rowVersion) +
           QStringLiteral(",\"stakeholder\":");
    appendJsonString(out, m_stakeholders.at(s.stakeholder));
    out += QStringLiteral(",\"status\":\"") + QLatin1String(kScopeStatuses[s.status]) +
           QStringLiteral("\",\"title\":");
    appendJsonString(out, item.title);
    out += u'}';
    return out;
}

} // namespace slipway::demobuild
