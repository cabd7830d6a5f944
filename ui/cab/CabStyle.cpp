// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabStyle.h"

namespace slipway::ui {

QColor CabStyle::riskColor(RiskLevel level) {
    switch (level) {
    case RiskLevel::Low:
        return QColor(0x15, 0x80, 0x3d);
    case RiskLevel::Medium:
        return QColor(0xca, 0x8a, 0x04);
    case RiskLevel::High:
        return QColor(0xea, 0x58, 0x0c);
    case RiskLevel::Critical:
        return QColor(0xb9, 0x1c, 0x1c);
    }
    return faint();
}

QColor CabStyle::typeColor(ReleaseType type) {
    switch (type) {
    case ReleaseType::Major:
        return QColor(0x6d, 0x28, 0xd9);
    case ReleaseType::Minor:
        return QColor(0x1d, 0x4e, 0xd8);
    case ReleaseType::Patch:
        return QColor(0x0f, 0x76, 0x6e);
    case ReleaseType::Emergency:
        return QColor(0xb9, 0x1c, 0x1c);
    }
    return faint();
}

QColor CabStyle::statusColor(ApprovalStatus status) {
    switch (status) {
    case ApprovalStatus::Pending:
        return QColor(0x1d, 0x4e, 0xd8);
    case ApprovalStatus::Deferred:
        return QColor(0x6b, 0x72, 0x80);
    case ApprovalStatus::Rejected:
        return QColor(0xb9, 0x1c, 0x1c);
    case ApprovalStatus::ConditionsOpen:
        return QColor(0xca, 0x8a, 0x04);
    case ApprovalStatus::Ready:
        return QColor(0x15, 0x80, 0x3d);
    }
    return faint();
}

} // namespace slipway::ui
