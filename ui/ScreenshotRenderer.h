// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "rules/Interval.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace slipway::ui {

// Opens dbPath read-only, builds the real MainWindow at `size` showing `view`
// ("releases", "audit", "calendar") and writes it to outPath as PNG. Needs a QApplication.
// A non-empty `range` is what the calendar shows (otherwise a month from today).
Result<void> renderScreenshot(const QString& dbPath, const QString& view, const QSize& size,
                              const QString& outPath, const Interval& range = {});

// The view names renderScreenshot accepts, for usage messages.
QStringList screenshotViewNames();

} // namespace slipway::ui
