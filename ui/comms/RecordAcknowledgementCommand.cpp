// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordAcknowledgementCommand.h"

#include "services/CommunicationService.h"

namespace slipway::ui {

RecordAcknowledgementCommand::RecordAcknowledgementCommand(
    CommunicationService& service, const Acknowledgement& ack,
    std::function<void(const QString&)> onError)
    : m_service(service)
    , m_ack(ack)
    , m_onError(std::move(onError)) {
    setText(tr("Record acknowledgement of %1").arg(ack.address));
}

void RecordAcknowledgementCommand::redo() {
    auto stored = m_service.acknowledge(m_ack);
    m_ok = stored.ok();
    if (!stored) {
        setObsolete(true);
        if (m_onError)
            m_onError(stored.error().message);
        return;
    }
    m_ack = stored.value();
}

void RecordAcknowledgementCommand::undo() {
    if (auto removed = m_service.removeAcknowledgement(m_ack.id); !removed && m_onError)
        m_onError(removed.error().message);
}

} // namespace slipway::ui
