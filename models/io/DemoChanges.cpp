// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoChanges.h"

#include "rules/RiskClassifier.h"

#include <QCoreApplication>

#include <functional>

namespace slipway::demo {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoCab)
};

quint64 mix(quint64 x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb3fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

// A believable questionnaire for a release without a saved risk assessment, from what the
// release is; RiskClassifier turns it into the score, level and drivers.
RiskAnswers answersFor(const Release& r, quint64 h, const QStringList& tags) {
    RiskAnswers a;
    const bool emergency = r.type == ReleaseType::Emergency;
    const bool major = r.type == ReleaseType::Major;
    a.users = (h % 3) == 0            ? UsersAffected::Team
              : major || (h % 3) == 1 ? UsersAffected::AllCustomers
                                      : UsersAffected::BusinessUnit;
    const bool migration = major || (h % 5) == 1;
    a.dataMigration = !migration ? DataMigration::None
                      : major    ? DataMigration::Transforming
                                 : DataMigration::Additive;
    a.servicesAffected = 1 + int(h % (major ? 5 : 3));
    a.rollback = migration ? RollbackComplexity::Scripted : RollbackComplexity::Redeploy;
    a.windowMinutes = r.windowEnd.isValid() && r.windowStart.isValid()
                          ? int(r.windowStart.secsTo(r.windowEnd) / 60)
                          : 60;
    a.novelty = !emergency && (h % 7) == 3 ? Novelty::New
                : major                    ? Novelty::Familiar
                                           : Novelty::Routine;
    a.urgent = emergency;
    if (tags.contains(QStringLiteral("sox")) || tags.contains(QStringLiteral("pci")))
        a.regulatory = RegulatoryExposure::Regulated;
    return a;
}

QString implementationPlan(const Release& r) {
    if (r.type == ReleaseType::Emergency)
        return Text::tr(
            "Hotfix build from the release branch; deploy to one canary node, watch error "
            "rate for 15 minutes, then roll out to all nodes.");
    if (r.type == ReleaseType::Major)
        return Text::tr(
            "Blue-green: deploy to the idle stack, run the schema migration, smoke tests, "
            "switch the load balancer, keep the old stack warm for 24 hours.");
    return Text::tr(
        "Rolling deploy, 25% of nodes at a time, health checks between batches; feature "
        "flags off until the smoke tests pass.");
}

QString rollbackPlan(const Release& r, const RiskAnswers& a, quint64 h) {
    if (a.dataMigration != DataMigration::None)
        return Text::tr("Switch the load balancer back; restore the database from the pre-change "
                        "snapshot (about %1 minutes); announce on the status page.")
            .arg(60 + int(h % 4) * 30);
    if (r.type == ReleaseType::Emergency)
        return Text::tr("Redeploy the previous build from the artefact store; no data changes.");
    return Text::tr("Redeploy the previous version node by node; feature flags off first.");
}

const QStringList& poolFor(const ApproverPools& pools, const QString& slotRole) {
    const QString role = holderRole(slotRole);
    if (role == u"service_owner")
        return pools.serviceOwners;
    if (role == u"release_manager")
        return pools.releaseManagers;
    return pools.cab;
}

} // namespace

quint64 changeHash(quint32 seed, qint64 releaseId) {
    return mix(quint64(seed) * 7919 + quint64(releaseId));
}

bool approvedOrLater(ReleaseStatus s) {
    return s == ReleaseStatus::Approved || s == ReleaseStatus::Deploying ||
           s == ReleaseStatus::Deployed || s == ReleaseStatus::RolledBack ||
           s == ReleaseStatus::Closed;
}

ChangeRequest changeFor(const Release& r, quint64 h, const std::optional<RiskAnswers>& assessed) {
    ChangeRequest c;
    c.ticket = r.changeTicket;
    c.releaseId = r.id;
    c.summary = Text::tr("Deploy %1").arg(releaseLabel(r.name, r.version));
    c.type = r.type == ReleaseType::Emergency ? ChangeType::Emergency : ChangeType::Normal;
    if ((h >> 16) % 4 == 0)
        c.tags << QStringLiteral("sox");
    if ((h >> 20) % 6 == 0)
        c.tags << QStringLiteral("pci");
    c.tags.sort();
    // The release's own questionnaire when it has one, so the change and the release tell
    // the board the same risk.
    const RiskAnswers answers = assessed ? *assessed : answersFor(r, h, c.tags);
    RiskClassifier::assess(c, answers);
    c.implementationPlan = implementationPlan(r);
    c.rollbackPlan = rollbackPlan(r, answers, h);
    return c;
}

QStringList assignApprovers(const QList<ApprovalSlot>& slots, const ApproverPools& pools,
                            const QString& requester, quint64 h) {
    // The scarcest roles first, then a small search: a greedy pick can take the only person
    // a later slot needs.
    QList<int> order;
    for (int i = 0; i < slots.size(); ++i)
        order << i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return poolFor(pools, slots[a].role).size() < poolFor(pools, slots[b].role).size();
    });
    QStringList chosen(slots.size());
    std::function<bool(int)> fill = [&](int k) {
        if (k == order.size())
            return true;
        const int slot = order[k];
        const QStringList& pool = poolFor(pools, slots[slot].role);
        const int n = int(pool.size());
        for (int j = 0; j < n; ++j) {
            const QString& who = pool[int((h + quint64(slot) * 7 + quint64(j)) % quint64(n))];
            if (who.compare(requester, Qt::CaseInsensitive) == 0 ||
                chosen.contains(who, Qt::CaseInsensitive))
                continue;
            chosen[slot] = who;
            if (fill(k + 1))
                return true;
            chosen[slot].clear();
        }
        return false;
    };
    return fill(0) ? chosen : QStringList();
}

} // namespace slipway::demo
