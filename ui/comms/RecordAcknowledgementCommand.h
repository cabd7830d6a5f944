// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Communication.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace slipway {
class CommunicationService;
}

namespace slipway::ui {

// Records that a recipient acknowledged an issued message; undo removes the record (an
// audited edit), redo brings it back under its old id.
class RecordAcknowledgementCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(RecordAcknowledgementCommand)
public:
    RecordAcknowledgementCommand(CommunicationService& service, const Acknowledgement& ack,
                                 std::function<void(const QString&)> onError);
    void redo() override;
    void undo() override;
    bool succeeded() const { return m_ok; }

private:
    CommunicationService& m_service;
    Acknowledgement m_ack;
    bool m_ok = false;
    std::function<void(const QString&)> m_onError;
};

} // namespace slipway::ui
