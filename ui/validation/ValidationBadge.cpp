// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationBadge.h"

#include "IconProvider.h"
#include "Theme.h"

#include <QLabel>
#include <QStandardItem>

namespace slipway::ui {

QColor ValidationBadge::color(ValidationState state) {
    switch (state) {
    case ValidationState::Passing:
        return Theme::success();
    case ValidationState::Failing:
        return Theme::danger();
    case ValidationState::Pending:
        return Theme::warning();
    case ValidationState::None:
        break;
    }
    return Theme::muted();
}

QIcon ValidationBadge::icon(ValidationState state) {
    switch (state) {
    case ValidationState::Passing:
        return IconProvider::icon(QStringLiteral("verify"), color(state));
    case ValidationState::Failing:
        return IconProvider::icon(QStringLiteral("warning"), color(state));
    case ValidationState::Pending:
        return IconProvider::icon(QStringLiteral("status-in-progress"), color(state));
    case ValidationState::None:
        break;
    }
    return IconProvider::icon(QStringLiteral("info"), color(state));
}

QColor ValidationBadge::color(BaselineVerdict verdict) {
    switch (verdict) {
    case BaselineVerdict::Degraded:
        return Theme::danger();
    case BaselineVerdict::Improved:
        return Theme::success();
    case BaselineVerdict::Unchanged:
        return Theme::accent();
    case BaselineVerdict::Insufficient:
        break;
    }
    return Theme::muted();
}

QIcon ValidationBadge::icon(BaselineVerdict verdict) {
    switch (verdict) {
    case BaselineVerdict::Degraded:
        return IconProvider::icon(QStringLiteral("warning"), color(verdict));
    case BaselineVerdict::Improved:
    case BaselineVerdict::Unchanged:
        return IconProvider::icon(QStringLiteral("verify"), color(verdict));
    case BaselineVerdict::Insufficient:
        break;
    }
    return IconProvider::icon(QStringLiteral("info"), color(verdict));
}

QString ValidationBadge::resultText(bool ok) {
    return ok ? tr("Pass") : tr("Fail");
}

QColor ValidationBadge::resultColor(bool ok) {
    return ok ? Theme::success() : Theme::danger();
}

QIcon ValidationBadge::resultIcon(bool ok) {
    return IconProvider::icon(ok ? QStringLiteral("verify") : QStringLiteral("warning"),
                              resultColor(ok));
}

void ValidationBadge::decorate(QStandardItem* item, ValidationState state) {
    item->setText(state == ValidationState::None ? QString() : displayName(state));
    item->setForeground(color(state));
    item->setIcon(icon(state));
    item->setData(int(state), Qt::UserRole + 1);
}

void ValidationBadge::decorate(QStandardItem* item, BaselineVerdict verdict) {
    item->setText(displayName(verdict));
    item->setForeground(color(verdict));
    item->setIcon(icon(verdict));
}

void ValidationBadge::decorateResult(QStandardItem* item, bool ok) {
    item->setText(resultText(ok));
    item->setForeground(resultColor(ok));
    item->setIcon(resultIcon(ok));
}

void ValidationBadge::styleLabel(QLabel* label, ValidationState state) {
    const QColor c = color(state);
    label->setText(state == ValidationState::None ? tr("No checks or metrics")
                                                  : displayName(state));
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid "
                                        "%3; border-radius: 10px; padding: 2px 10px; "
                                        "font-weight: 600; }")
                             .arg(c.name(), Theme::tint(c, Theme::isDark() ? 0.22 : 0.12).name(),
                                  Theme::tint(c, 0.4).name()));
}

} // namespace slipway::ui
