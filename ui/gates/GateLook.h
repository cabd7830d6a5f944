// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Gate.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QString>

namespace slipway::ui {

// How a gate's state looks wherever gates are listed: its colour and icon, and a date.
QColor gateStatusColor(GateStatus status);
QIcon gateStatusIcon(GateStatus status);
QString gateDay(const QDateTime& t); // the local date, short; empty when not set

} // namespace slipway::ui
