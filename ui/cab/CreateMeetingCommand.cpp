// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateMeetingCommand.h"

#include "services/CabMeetingService.h"

namespace slipway::ui {

CreateMeetingCommand::CreateMeetingCommand(CabMeetingService& service, const CabMeeting& meeting,
                                           const QString& text, ErrorSink onError)
    : QUndoCommand(text)
    , m_service(service)
    , m_stored(meeting)
    , m_onError(std::move(onError)) {}

void CreateMeetingCommand::redo() {
    auto done = m_stored.id > 0 ? m_service.restore(m_stored) : m_service.create(m_stored);
    if (!done) {
        setObsolete(true);
        if (m_onError)
            m_onError(done.error().message);
        return;
    }
    m_stored = done.value();
}

void CreateMeetingCommand::undo() {
    auto current = m_service.find(m_stored.id);
    auto done = current ? m_service.remove(m_stored.id, current->rowVersion)
                        : Result<void>(current.error());
    if (!done) {
        setObsolete(true);
        if (m_onError)
            m_onError(done.error().message);
    }
}

} // namespace slipway::ui
