// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ChangeRequest.h"
#include "domain/ReleaseEnums.h"
#include "rules/ApprovalRules.h"

#include <QColor>

namespace slipway::ui {

// The CAB's colours, the same on paper, at the desk and on the meeting-room screen: risk
// from green to red, release types as elsewhere, approval states. Always shown with text.
class CabStyle {
public:
    static QColor riskColor(RiskLevel level);
    static QColor typeColor(ReleaseType type);
    static QColor statusColor(ApprovalStatus status);
    // Print colours: fixed, whatever the screen's palette.
    static QColor ink() { return QColor(0x1f, 0x29, 0x37); }
    static QColor faint() { return QColor(0x6b, 0x72, 0x80); }
    static QColor rule() { return QColor(0xd1, 0xd5, 0xdb); }
    static QColor band() { return QColor(0xf3, 0xf4, 0xf6); }
    static QColor accent() { return QColor(0x1d, 0x4e, 0xd8); }
    // Incident freezes: grey, as the calendar draws them in a light palette.
    static QColor freeze() { return QColor(0x6b, 0x72, 0x80); }
};

} // namespace slipway::ui
