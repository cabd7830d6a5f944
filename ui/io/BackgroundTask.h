// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace slipway::ui {

// Runs `work` on a worker thread. The window stays responsive; after a moment a progress
// dialog says what is going on and offers Cancel. Returns false when the user cancelled:
// the work then finishes unseen and its results are dropped, so `work` must only fill state
// it shares by value (a shared pointer), never the caller's widgets. `work` must not touch
// the database: its connection belongs to the window's thread.
bool runInBackground(QWidget* parent, const QString& label, std::function<void()> work);

} // namespace slipway::ui
