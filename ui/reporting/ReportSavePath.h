// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace slipway::ui {

// Asks where to export a report as PDF or CSV, starting in the home folder at `defaultName`.
// A name with neither suffix takes the one of the chosen file type. Empty when cancelled.
QString askReportSavePath(QWidget* parent, const QString& title, const QString& defaultName);

} // namespace slipway::ui
