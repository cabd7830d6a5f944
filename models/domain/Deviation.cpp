// SPDX-License-Identifier: GPL-3.0-or-later
#include "Deviation.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Deviation)
};

constexpr std::array<std::pair<DeviationKind, const char*>, 12> kKinds{{
    {DeviationKind::DeployedWithoutApproval, "deployed_without_approval"},
    {DeviationKind::DeployedBeforeApproval, "deployed_before_approval"},
    {DeviationKind::DeployedInBlackout, "deployed_in_blackout"},
    {DeviationKind::DeployedInFreeze, "deployed_in_freeze"},
    {DeviationKind::GateWaived, "gate_waived"},
    {DeviationKind::GuardOverridden, "guard_overridden"},
    {DeviationKind::SegregationOfDuties, "segregation_of_duties"},
    {DeviationKind::EmergencyLateApproval, "emergency_late_approval"},
    {DeviationKind::EmergencyNoApproval, "emergency_no_approval"},
    {DeviationKind::ReviewLate, "review_late"},
    {DeviationKind::ReviewMissing, "review_missing"},
    {DeviationKind::StatusPastGuards, "status_past_guards"},
}};

} // namespace

QString toKey(DeviationKind kind) {
    for (const auto& [k, key] : kKinds)
        if (k == kind)
            return QString::fromLatin1(key);
    return QString::fromLatin1(kKinds.front().second);
}

std::optional<DeviationKind> deviationKindFromKey(const QString& key) {
    const QString wanted = key.trimmed().toLower().replace(u'-', u'_');
    for (const auto& [k, name] : kKinds)
        if (wanted == QLatin1String(name))
            return k;
    return std::nullopt;
}

QList<DeviationKind> allDeviationKinds() {
    QList<DeviationKind> kinds;
    kinds.reserve(qsizetype(kKinds.size()));
    for (const auto& entry : kKinds)
        kinds.append(entry.first);
    return kinds;
}

QString deviationKindLabel(DeviationKind kind) {
    switch (kind) {
    case DeviationKind::DeployedWithoutApproval:
        return Text::tr("Deployed without approval");
    case DeviationKind::DeployedBeforeApproval:
        return Text::tr("Deployed before approval");
    case DeviationKind::DeployedInBlackout:
        return Text::tr("Deployed in a hard blackout");
    case DeviationKind::DeployedInFreeze:
        return Text::tr("Deployed in an incident freeze");
    case DeviationKind::GateWaived:
        return Text::tr("Gate criterion waived");
    case DeviationKind::GuardOverridden:
        return Text::tr("Lifecycle guard overridden");
    case DeviationKind::SegregationOfDuties:
        return Text::tr("Segregation of duties breached");
    case DeviationKind::EmergencyLateApproval:
        return Text::tr("Emergency release approved late");
    case DeviationKind::EmergencyNoApproval:
        return Text::tr("Emergency release never approved");
    case DeviationKind::ReviewLate:
        return Text::tr("Post-implementation review late");
    case DeviationKind::ReviewMissing:
        return Text::tr("Post-implementation review missing");
    case DeviationKind::StatusPastGuards:
        return Text::tr("Status set past its guards");
    }
    return {};
}

} // namespace slipway
