// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateLook.h"

#include "IconProvider.h"
#include "Theme.h"

#include <QLocale>

namespace slipway::ui {

QColor gateStatusColor(GateStatus s) {
    switch (s) {
    case GateStatus::Passed:
        return Theme::success();
    case GateStatus::Failed:
        return Theme::danger();
    case GateStatus::Waived:
        return Theme::warning();
    case GateStatus::Pending:
        break;
    }
    return Theme::muted();
}

QIcon gateStatusIcon(GateStatus s) {
    const char* name = s == GateStatus::Passed   ? "status-approved"
                       : s == GateStatus::Failed ? "close"
                       : s == GateStatus::Waived ? "warning"
                                                 : "status-planned";
    return IconProvider::icon(QLatin1String(name), gateStatusColor(s));
}

QString gateDay(const QDateTime& t) {
    return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat)
                       : QString();
}

} // namespace slipway::ui
