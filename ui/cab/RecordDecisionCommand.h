// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CabDecision.h"

#include "undo/UndoCommand.h"

namespace slipway {
class CabDecisionService;
}

namespace slipway::ui {

// Records a CAB decision; undo withdraws it (kept and marked in the file, audited), redo
// reinstates it. A refused decision marks the command obsolete and reports why.
class RecordDecisionCommand : public UndoCommand {
public:
    RecordDecisionCommand(CabDecisionService& service, CabDecision decision, const QString& text,
                          ErrorSink onError);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    CabDecisionService& m_service;
    CabDecision m_wanted;
    CabDecision m_stored;
};

} // namespace slipway::ui
