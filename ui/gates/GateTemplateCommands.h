// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GateEditCommand.h"
#include "domain/Gate.h"

namespace slipway {
class GateService;
}

// The undoable edits of the gate templates editor. Each step reads the template's current
// row version from the file, and an undo refuses when someone else changed the template since.
namespace slipway::ui::GateTemplateCommands {

using ErrorSink = GateEditCommand::ErrorSink;

GateEditCommand* addGate(GateService& gates, const GateTemplate& gate, ErrorSink onError);
GateEditCommand* removeGate(GateService& gates, const GateTemplate& gate, ErrorSink onError);
// `text` names the change ("Rename gate …", "Add criterion …").
GateEditCommand* changeGate(GateService& gates, const GateTemplate& before,
                            const GateTemplate& after, const QString& text, ErrorSink onError);
GateEditCommand* moveGate(GateService& gates, const GateTemplate& gate, int fromIndex, int toIndex,
                          ErrorSink onError);

} // namespace slipway::ui::GateTemplateCommands
