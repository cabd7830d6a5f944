// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CabMeeting.h"

#include <QUndoCommand>

#include <functional>

namespace slipway {
class CabMeetingService;
}

namespace slipway::ui {

// Adds a CAB meeting; undo deletes it, redo brings it back under the same id.
class CreateMeetingCommand : public QUndoCommand {
public:
    using ErrorSink = std::function<void(const QString& message)>;

    CreateMeetingCommand(CabMeetingService& service, const CabMeeting& meeting, const QString& text,
                         ErrorSink onError);

    void redo() override;
    void undo() override;
    qint64 meetingId() const { return m_stored.id; }

private:
    CabMeetingService& m_service;
    CabMeeting m_stored;
    ErrorSink m_onError;
};

} // namespace slipway::ui
