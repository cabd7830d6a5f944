// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordAcknowledgementCommand.h"

#include "services/CommunicationService.h"

namespace slipway::ui {

RecordAcknowledgementCommand::RecordAcknowledgementCommand(CommunicationService& service,
                                                           const Acknowledgement& ack,
                                                           ErrorSink onError)
    : UndoCommand(tr("Record acknowledgement of %1").arg(ack.address), std::move(onError))
    , m_service(service)
    , m_ack(ack) {}

Result<void> RecordAcknowledgementCommand::apply() {
    auto stored = m_service.acknowledge(m_ack);
    if (!stored)
        return stored.error();
    m_ack = stored.value();
    return {};
}

Result<void> RecordAcknowledgementCommand::revert() {
    return m_service.removeAcknowledgement(m_ack.id);
}

} // namespace slipway::ui
