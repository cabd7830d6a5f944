// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetAgendaCommand.h"

#include "services/CabMeetingService.h"

namespace slipway::ui {

SetAgendaCommand::SetAgendaCommand(CabMeetingService& service, qint64 meetingId,
                                   QList<AgendaItem> before, QList<AgendaItem> after,
                                   const QString& text, ErrorSink onError)
    : UndoCommand(text, std::move(onError))
    , m_service(service)
    , m_meetingId(meetingId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_left(m_before) {}

Result<void> SetAgendaCommand::write(const QList<AgendaItem>& items) {
    auto done = m_service.setAgenda(m_meetingId, items, m_left);
    if (!done)
        return done.error();
    m_left = done.value();
    return {};
}

} // namespace slipway::ui
