// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/UndoCommand.h"

class QUndoCommand;

namespace slipway {
class Document;
}

namespace slipway::ui {

// What every section of the release-definition panel shares: the document, a way to push
// an undo command (true when the change happened), and where failures are shown.
struct DefinitionContext {
    Document& document;
    std::function<bool(QUndoCommand*)> push;
    UndoCommand::ErrorSink fail;
    bool editable = true;
};

} // namespace slipway::ui
