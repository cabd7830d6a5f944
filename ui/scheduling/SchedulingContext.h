// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QString;
class QUndoStack;

namespace slipway {
class SchedulingServices;
}

namespace slipway::ui {

// What the scheduling dialogs work with: the services to read from, the document's undo
// stack every change is pushed on, and where a refused change is reported.
struct SchedulingContext {
    SchedulingServices* services = nullptr;
    QUndoStack* undoStack = nullptr;
    std::function<void(const QString& message)> onError;
    bool readOnly = false; // the file is open read-only: show, never offer to change
};

} // namespace slipway::ui
