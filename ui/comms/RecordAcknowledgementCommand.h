// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Communication.h"

#include "undo/UndoCommand.h"
#include <QCoreApplication>

#include <functional>

namespace slipway {
class CommunicationService;
}

namespace slipway::ui {

// Records that a recipient acknowledged an issued message; undo removes the record (an
// audited edit), redo brings it back under its old id.
class RecordAcknowledgementCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(RecordAcknowledgementCommand)
public:
    RecordAcknowledgementCommand(CommunicationService& service, const Acknowledgement& ack,
                                 ErrorSink onError);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    CommunicationService& m_service;
    Acknowledgement m_ack;
};

} // namespace slipway::ui
