// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace slipway::ui {

// Opens dbPath read-only, builds the real MainWindow at `size` showing `view`
// ("releases" or "audit") and writes it to outPath as PNG. Needs a QApplication.
Result<void> renderScreenshot(const QString& dbPath, const QString& view, const QSize& size,
                              const QString& outPath);

// The view names renderScreenshot accepts, for usage messages.
QStringList screenshotViewNames();

} // namespace slipway::ui
