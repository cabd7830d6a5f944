// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QApplication;

namespace slipway::ui {

// Opens the main window on dbPath, or on the demo database in the user's data folder
// when dbPath is empty (created on first run), and runs the event loop. Returns the
// process exit code.
int runGui(QApplication& app, const QString& dbPath, bool shared);

} // namespace slipway::ui
