// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdherenceService.h"

#include "services/LifecycleService.h"
#include "services/ScheduleService.h"
#include "storage/AdherenceFactsReader.h"
#include "storage/StatusChangeReader.h"

#include <QDateTime>

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

namespace slipway {

AdherenceService::AdherenceService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<Deviation>> AdherenceService::deviations(qint64 fromUtc, qint64 toUtc,
                                                      qint64 nowUtc) const {
    if (toUtc <= fromUtc)
        return QList<Deviation>{};
    const Interval period{fromUtc, toUtc};
    auto facts = AdherenceFactsReader(m_db).read(period);
    if (!facts)
        return facts.error();

    auto blackouts = ScheduleService(m_db).blackoutOccurrences(period);
    if (!blackouts)
        return blackouts.error();
    for (BlackoutOccurrence& b : blackouts.value())
        if (b.hard)
            facts->blackouts.append(std::move(b));

    // Statuses past their guards, as `check` finds them; conflicts are the calendar's to
    // list and untested digests are named by `check` one by one.
    auto lifecycle = LifecycleService(m_db).allFacts(false);
    if (!lifecycle)
        return lifecycle.error();
    const LifecycleClock clock{nowUtc, facts->emergencyApprovalDays};
    QHash<qint64, ReleaseStatus> pastGuards;
    for (const LifecycleFacts& f : std::as_const(lifecycle.value())) {
        QList<GuardCheck> unmet = unmetGuards(f, clock);
        unmet.removeIf([](const GuardCheck& g) { return g.guard == Guard::TestedArtifacts; });
        if (!unmet.isEmpty()) {
            facts->unmetGuards.insert(f.releaseId, std::move(unmet));
            pastGuards.insert(f.releaseId, f.status);
        }
    }
    // Such a deviation happened when the status was set, which the audit log dates.
    auto setAt = StatusChangeReader(m_db).setAt(pastGuards);
    if (!setAt)
        return setAt.error();
    for (auto it = setAt->cbegin(); it != setAt->cend(); ++it) {
        auto release = facts->releases.find(it.key());
        if (release != facts->releases.end())
            release->statusSetAt = it.value();
    }
    return AdherenceRules::find(facts.value(), fromUtc, toUtc, nowUtc);
}

QList<AdherenceService::Count>
AdherenceService::countsByTeamAndMonth(const QList<Deviation>& deviations) {
    const QList<DeviationKind> kinds = allDeviationKinds();
    std::map<std::tuple<QString, QString, int>, int> counts;
    for (const Deviation& d : deviations) {
        const QString month =
            QDateTime::fromSecsSinceEpoch(d.at, Qt::UTC).toString(QStringLiteral("yyyy-MM"));
        const int order = int(kinds.indexOf(d.kind));
        ++counts[{d.teamName, month, order}];
    }
    QList<Count> out;
    out.reserve(qsizetype(counts.size()));
    for (const auto& [k, n] : counts)
        out.append(Count{std::get<0>(k), std::get<1>(k), kinds.value(std::get<2>(k)), n});
    return out;
}

} // namespace slipway
