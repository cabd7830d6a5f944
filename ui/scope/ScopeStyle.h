// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ScopeItem.h"

#include <QColor>
#include <QString>

#include <optional>

namespace slipway::ui {

// How scope items look on the board: a colour and an icon per kind, a colour per
// priority, and the capacity states of a release (always shown with text as well).
class ScopeStyle {
public:
    enum class Capacity { Unset, Fine, Near, Over }; // Near: at least 90 %

    static QColor kindColor(ScopeKind kind);
    static QString kindIconName(ScopeKind kind);
    static QColor priorityColor(ScopePriority priority);

    static Capacity capacityState(double committed, std::optional<double> capacity);
    static QColor capacityColor(Capacity state);
    static QString capacityKey(Capacity state); // "unset", "fine", "near", "over"
};

} // namespace slipway::ui
