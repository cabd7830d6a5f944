// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/RowStateCheck.h"

#include <QJsonObject>

namespace slipway::cli {

void printRowState(const QList<RowStateFinding>& findings);
QJsonObject rowStateJson(const QList<RowStateFinding>& findings);

} // namespace slipway::cli
