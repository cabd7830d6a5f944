// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeStyle.h"

#include "Theme.h"

#include <QApplication>
#include <QPalette>

namespace slipway::ui {

QColor ScopeStyle::kindColor(ScopeKind kind) {
    const bool dark = Theme::isDark();
    switch (kind) {
    case ScopeKind::Feature:
        return Theme::accent();
    case ScopeKind::Fix:
        return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xc6, 0x28, 0x28);
    case ScopeKind::Patch:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x5e, 0x00);
    case ScopeKind::TechDebt:
        return dark ? QColor(0xb3, 0x9d, 0xdb) : QColor(0x6a, 0x3d, 0xb0);
    case ScopeKind::Regulatory:
        return dark ? QColor(0x80, 0xcb, 0xc4) : QColor(0x00, 0x79, 0x6b);
    }
    return Theme::muted();
}

QString ScopeStyle::kindIconName(ScopeKind kind) {
    switch (kind) {
    case ScopeKind::Feature:
        return QStringLiteral("kind-feature");
    case ScopeKind::Fix:
        return QStringLiteral("kind-fix");
    case ScopeKind::Patch:
        return QStringLiteral("kind-patch");
    case ScopeKind::TechDebt:
        return QStringLiteral("kind-tech-debt");
    case ScopeKind::Regulatory:
        return QStringLiteral("kind-regulatory");
    }
    return {};
}

QColor ScopeStyle::priorityColor(ScopePriority priority) {
    switch (priority) {
    case ScopePriority::Critical:
        return Theme::danger();
    case ScopePriority::High:
        return Theme::warning();
    case ScopePriority::Medium:
        return Theme::accent();
    case ScopePriority::Low:
        return Theme::muted();
    }
    return Theme::muted();
}

ScopeStyle::Capacity ScopeStyle::capacityState(double committed, std::optional<double> capacity) {
    if (!capacity)
        return Capacity::Unset;
    if (committed > *capacity)
        return Capacity::Over;
    if (committed >= 0.9 * *capacity)
        return Capacity::Near;
    return Capacity::Fine;
}

QColor ScopeStyle::capacityColor(Capacity state) {
    switch (state) {
    case Capacity::Over:
        return Theme::danger();
    case Capacity::Near:
        return Theme::warning();
    case Capacity::Fine:
        return Theme::success();
    case Capacity::Unset:
        break;
    }
    return Theme::muted();
}

QString ScopeStyle::capacityKey(Capacity state) {
    switch (state) {
    case Capacity::Unset:
        return QStringLiteral("unset");
    case Capacity::Fine:
        return QStringLiteral("fine");
    case Capacity::Near:
        return QStringLiteral("near");
    case Capacity::Over:
        return QStringLiteral("over");
    }
    return {};
}

} // namespace slipway::ui
