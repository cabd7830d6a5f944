// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoReportingParts.h"

#include "domain/CorrectiveAction.h"
#include "domain/RegulatoryControl.h"
#include "services/AdherenceService.h"
#include "storage/ControlRepository.h"
#include "storage/CorrectiveActionRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <map>
#include <vector>

namespace slipway::DemoReporting {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoReporting)
};

// The tags a product's name asks for: payment and fraud systems PCI DSS, billing and ledgers
// SOX, customer data GDPR, health records in the warehouse and reports HIPAA.
QStringList tagsFor(const QString& name) {
    static const std::pair<const char*, const char*> kTags[] = {
        {"Payments", "pci"},    {"Fraud", "pci"},
        {"Billing", "sox"},     {"Ledger", "sox"},
        {"Customer", "gdpr"},   {"Identity", "gdpr"},
        {"Loyalty", "gdpr"},    {"Data Warehouse", "hipaa"},
        {"Reporting", "hipaa"}, {"Notification", "hipaa"}};
    QStringList out;
    for (const auto& [word, tag] : kTags)
        if (name.contains(QLatin1String(word)))
            out << QString::fromLatin1(tag);
    return out;
}

QString actionTitle(DeviationKind kind) {
    switch (kind) {
    case DeviationKind::DeployedWithoutApproval:
        return Text::tr("Block production deployments without an approved change");
    case DeviationKind::DeployedBeforeApproval:
        return Text::tr("Raise every change of a release before its CAB meeting");
    case DeviationKind::DeployedInBlackout:
        return Text::tr("Check the blackout calendar in the deployment job");
    case DeviationKind::DeployedInFreeze:
        return Text::tr("Confirm with the incident manager before deploying in a freeze");
    case DeviationKind::GateWaived:
        return Text::tr("Run the waived checks and attach the results");
    case DeviationKind::GuardOverridden:
        return Text::tr("Meet the overridden guard and record the evidence");
    case DeviationKind::SegregationOfDuties:
        return Text::tr("Assign a deployer who neither requested nor approved the change");
    case DeviationKind::EmergencyLateApproval:
        return Text::tr("Ratify emergency changes at the next CAB meeting");
    case DeviationKind::EmergencyNoApproval:
        return Text::tr("Resubmit the emergency change for ratification");
    case DeviationKind::ReviewLate:
        return Text::tr("Book post-implementation reviews when the release is deployed");
    case DeviationKind::ReviewMissing:
        return Text::tr("Hold the overdue post-implementation review");
    case DeviationKind::StatusPastGuards:
        return Text::tr("Bring the release's records in line with its status");
    }
    return {};
}

} // namespace

// Tags on the releases of the last year and the coming months (none on a release being or
// just deployed, whose controls would then be judged); attestations on those closed.
Result<void> writeTags(Context& c) {
    ControlRepository repo(c.db);
    auto controls = repo.all();
    if (!controls)
        return controls.error();
    for (const Release& r : c.releases) {
        const qint64 start = r.windowStart.isValid() ? r.windowStart.toSecsSinceEpoch() : 0;
        const bool past =
            r.status == ReleaseStatus::Closed || r.status == ReleaseStatus::RolledBack;
        const bool coming = r.status == ReleaseStatus::Planned ||
                            r.status == ReleaseStatus::Scheduled ||
                            r.status == ReleaseStatus::InProgress;
        if (start < c.anchor - kYear || start > c.anchor + 120 * kDay || (!past && !coming))
            continue;
        const QStringList tags = tagsFor(r.name);
        if (tags.isEmpty())
            continue;
        const QString manager = c.pick(c.managers, hashOf(c.seed, r.name), {});
        const qint64 taggedAt =
            std::min(r.createdAt.toSecsSinceEpoch() + kHour, c.anchor - 2 * kHour);
        for (const QString& tag : tags) {
            auto added = repo.addTag(r.id, tag);
            if (!added)
                return added.error();
            auto now = repo.tagsOf(r.id);
            if (!now)
                return now.error();
            if (auto a = c.audit.audit(
                    taggedAt, manager, QStringLiteral("tag"), QStringLiteral("release_tag"), r.id,
                    {{QStringLiteral("release_id"), r.id},
                     {QStringLiteral("tags"), QJsonArray::fromStringList(now.value())}});
                !a)
                return a;
            if (!past)
                continue;
            for (const RegulatoryControl& control : controls.value()) {
                if (control.tag != tag || control.kind != ControlKind::Attestation ||
                    !control.enabled)
                    continue;
                ControlRecord record;
                record.releaseId = r.id;
                record.controlId = control.id;
                record.outcome = ControlOutcome::Met;
                record.reference = QStringLiteral("CMP-%1-%2-%3")
                                       .arg(tag.toUpper())
                                       .arg(r.id)
                                       .arg(control.position + 1);
                record.recordedBy = manager;
                record.recordedAt = std::min(start - kDay, c.anchor - 2 * kHour);
                if (auto put = repo.putRecord(record); !put)
                    return put;
                if (auto a = c.audit.audit(record.recordedAt, manager, QStringLiteral("attest"),
                                           QStringLiteral("control_record"), r.id, toJson(record));
                    !a)
                    return a;
            }
        }
    }
    return {};
}

// One release deployed some days ago, not yet in the review, tagged PCI DSS after the fact:
// its security scan was never stored, so it stands Deployed past its controls.
Result<void> writeFailingControl(Context& c) {
    const Release* chosen = nullptr;
    qint64 chosenAt = 0;
    for (const Release& r : c.releases) {
        const QList<Deployment> prod = c.production.value(r.id);
        if (r.status != ReleaseStatus::Deployed || r.type == ReleaseType::Emergency ||
            c.flagged.contains(r.id) || prod.isEmpty() ||
            prod.first().deployedAt > c.anchor - 5 * kDay ||
            prod.first().deployedAt < c.anchor - kYear)
            continue;
        if (!chosen || prod.first().deployedAt < chosenAt) {
            chosen = &r;
            chosenAt = prod.first().deployedAt;
        }
    }
    if (!chosen)
        return {};
    ControlRepository repo(c.db);
    const QString tag = QStringLiteral("pci");
    auto added = repo.addTag(chosen->id, tag);
    if (!added)
        return added.error();
    if (!added.value())
        return {};
    auto now = repo.tagsOf(chosen->id);
    if (!now)
        return now.error();
    const QString manager = c.pick(c.managers, hashOf(c.seed, chosen->name), {});
    return c.audit.audit(chosenAt + 2 * kDay, manager, QStringLiteral("tag"),
                         QStringLiteral("release_tag"), chosen->id,
                         {{QStringLiteral("release_id"), chosen->id},
                          {QStringLiteral("tags"), QJsonArray::fromStringList(now.value())}});
}

// Corrective actions on deviations of the last year: each kind's first two and a third of
// the rest, but none yet on those of the last week whose kind has one already; the older
// ones mostly closed, the newer ones open or in progress.
Result<void> writeActions(Context& c) {
    auto found = AdherenceService(c.db, Session{c.managers.first(), {}})
                     .deviations(c.anchor - kYear, c.anchor, c.anchor);
    if (!found)
        return found.error();
    struct Planned {
        const Deviation* deviation;
        CorrectiveState state;
        quint64 h;
    };
    std::vector<Planned> plan;
    std::map<int, int> perKind, withAction;
    for (const Deviation& d : found.value()) {
        const quint64 h = hashOf(c.seed, d.key);
        const qint64 age = c.anchor - d.at;
        if (perKind[int(d.kind)]++ >= 2 && h % 3 != 0)
            continue;
        if (age < 7 * kDay && withAction[int(d.kind)] > 0)
            continue;
        ++withAction[int(d.kind)];
        CorrectiveState s = CorrectiveState::Open;
        if (age > 60 * kDay)
            s = h % 5 == 1 ? CorrectiveState::Dropped : CorrectiveState::Done;
        else if (age > 20 * kDay)
            s = h % 2 ? CorrectiveState::InProgress : CorrectiveState::Done;
        else
            s = h % 2 ? CorrectiveState::InProgress : CorrectiveState::Open;
        plan.push_back({&d, s, h});
    }
    // Every state at least once: a missing one taken by an action whose state others share.
    for (CorrectiveState wanted : allCorrectiveStates()) {
        std::map<CorrectiveState, int> counts;
        for (const Planned& p : plan)
            ++counts[p.state];
        if (counts[wanted] > 0)
            continue;
        for (Planned& p : plan)
            if (counts[p.state] > 1 &&
                (!isClosed(wanted) || c.anchor - p.deviation->at > 3 * kDay)) {
                p.state = wanted;
                break;
            }
    }
    CorrectiveActionRepository repo(c.db);
    for (const Planned& p : plan) {
        const Deviation& d = *p.deviation;
        const QString by = c.pick(c.managers, p.h, {});
        qint64 created = std::min(d.at + kDay + qint64(p.h % 40) * kHour, c.anchor - 2 * kHour);
        if (created <= d.at)
            created = d.at + (c.anchor - d.at) / 3;
        CorrectiveAction a;
        a.deviationKey = d.key;
        a.releaseId = d.releaseId;
        a.title = actionTitle(d.kind);
        a.owner = c.nameOf.value(c.pick(c.managers, p.h >> 8, {}), by);
        a.due = QDateTime::fromSecsSinceEpoch(created + (p.h % 2 ? 14 : 30) * kDay, Qt::UTC).date();
        auto stored = repo.insert(a, by, created);
        if (!stored)
            return stored.error();
        if (auto w = c.audit.audit(created, by, QStringLiteral("create"),
                                   QStringLiteral("corrective_action"), stored->id,
                                   toJson(stored.value()));
            !w)
            return w;
        if (p.state == CorrectiveState::Open)
            continue;
        CorrectiveAction next = stored.value();
        next.state = p.state;
        const qint64 at = created + std::min(12 * kDay, (c.anchor - created) / 2);
        if (p.state == CorrectiveState::Done)
            next.note = Text::tr("Done; the change is in place and was checked.");
        else if (p.state == CorrectiveState::Dropped)
            next.note = Text::tr("Dropped: covered by the pipeline change of an earlier action.");
        if (isClosed(p.state))
            next.closedAt = at;
        auto updated = repo.update(next, by, at);
        if (!updated)
            return updated.error();
        if (auto w =
                c.audit.audit(at, by, QStringLiteral("update"), QStringLiteral("corrective_action"),
                              updated->id, toJson(updated.value()));
            !w)
            return w;
    }
    return {};
}

} // namespace slipway::DemoReporting
