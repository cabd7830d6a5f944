// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CabDecision.h"

#include "undo/UndoCommand.h"

namespace slipway {
class CabDecisionService;
}

namespace slipway::ui {

// Marks a condition of an "approve with conditions" met (or waived, or open again); the
// service records who and when. Undo sets the status it had before, itself audited.
class SetConditionStatusCommand : public UndoCommand {
public:
    SetConditionStatusCommand(CabDecisionService& service, const CabCondition& condition,
                              CabCondition::Status to, const QString& text, ErrorSink onError);

protected:
    Result<void> apply() override { return write(m_to); }
    Result<void> revert() override { return write(m_from); }

private:
    Result<void> write(CabCondition::Status status);

    CabDecisionService& m_service;
    qint64 m_conditionId;
    qint64 m_rowVersion; // as this session last left it
    CabCondition::Status m_from;
    CabCondition::Status m_to;
};

} // namespace slipway::ui
