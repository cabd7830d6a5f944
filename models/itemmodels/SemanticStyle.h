// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReleaseEnums.h"

#include <QColor>
#include <QIcon>

#include <functional>

namespace slipway {

// How release types and statuses look. The ui's theme fills it, so the colours are defined
// once there while the item models stay free of Widgets. Unset members add no decoration.
struct SemanticStyle {
    std::function<QColor(ReleaseType)> typeColor;
    std::function<QColor(ReleaseStatus)> statusColor;
    std::function<QIcon(ReleaseType)> typeIcon;
    std::function<QIcon(ReleaseStatus)> statusIcon;
};

} // namespace slipway
