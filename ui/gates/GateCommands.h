// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GateEditCommand.h"
#include "domain/Gate.h"

namespace slipway {
class GateService;
}

// The undoable gate edits the Gates screen pushes; each names its change for Edit ▸ Undo.
namespace slipway::ui::GateCommands {

using ErrorSink = GateEditCommand::ErrorSink;

GateEditCommand* importEvidence(GateService& gates, const GateCriterion& criterion,
                                const QString& path, ErrorSink onError);
GateEditCommand* markFalsePositive(GateService& gates, qint64 criterionId,
                                   const GateFinding& finding, const QString& reason,
                                   ErrorSink onError);
GateEditCommand* clearFalsePositive(GateService& gates, qint64 criterionId,
                                    const GateFinding& finding, ErrorSink onError);
GateEditCommand* setChecked(GateService& gates, const GateCriterion& criterion, bool checked,
                            ErrorSink onError);
GateEditCommand* requestWaiver(GateService& gates, const GateWaiver& waiver, ErrorSink onError);
GateEditCommand* approveWaiver(GateService& gates, const GateWaiver& waiver, ErrorSink onError);
// Adds the gates the release's template and risk rigour ask for and it lacks; undo takes those
// gates off again and redo puts them back under the same ids.
GateEditCommand* addGates(GateService& gates, qint64 releaseId, ErrorSink onError);
GateEditCommand* promote(GateService& gates, qint64 releaseId, ErrorSink onError);

} // namespace slipway::ui::GateCommands
