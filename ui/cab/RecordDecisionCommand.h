// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CabDecision.h"

#include <QUndoCommand>

#include <functional>

namespace slipway {
class CabDecisionService;
}

namespace slipway::ui {

// Records a CAB decision; undo withdraws it (kept and marked in the file, audited), redo
// reinstates it. A refused decision marks the command obsolete and reports why.
class RecordDecisionCommand : public QUndoCommand {
public:
    using ErrorSink = std::function<void(const QString& message)>;

    RecordDecisionCommand(CabDecisionService& service, const CabDecision& decision,
                          const QString& text, ErrorSink onError);

    void redo() override;
    void undo() override;
    bool succeeded() const { return m_stored.id > 0 && !isObsolete(); }
    const CabDecision& stored() const { return m_stored; }

private:
    CabDecisionService& m_service;
    CabDecision m_wanted;
    CabDecision m_stored;
    ErrorSink m_onError;
};

} // namespace slipway::ui
