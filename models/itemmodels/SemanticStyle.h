// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Gate.h"
#include "domain/ReleaseEnums.h"
#include "domain/RiskTypes.h"
#include "domain/ValidationCheck.h"
#include "rules/ApprovalRules.h"

#include <QColor>
#include <QIcon>

#include <functional>

namespace slipway {

// How release types and statuses, change risk, approval and gate states look. The ui fills
// it, so the colours are defined once there while the item models stay free of Widgets.
// Unset members add no decoration.
struct SemanticStyle {
    std::function<QColor(ReleaseType)> typeColor;
    std::function<QColor(ReleaseStatus)> statusColor;
    std::function<QIcon(ReleaseType)> typeIcon;
    std::function<QIcon(ReleaseStatus)> statusIcon;
    std::function<QColor(RiskLevel)> riskColor;
    std::function<QColor(ApprovalStatus)> approvalColor;
    std::function<QColor(GateStatus)> gateStatusColor;
    std::function<QIcon(GateStatus)> gateStatusIcon;
    std::function<QColor(ValidationState)> validationColor;
    std::function<QIcon(ValidationState)> validationIcon;
};

} // namespace slipway
