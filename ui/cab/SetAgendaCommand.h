// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CabMeeting.h"

#include "undo/UndoCommand.h"
#include <QList>

namespace slipway {
class CabMeetingService;
}

namespace slipway::ui {

// Replaces a meeting's agenda (built, reordered or trimmed); undo writes the old one back.
class SetAgendaCommand : public UndoCommand {
public:
    SetAgendaCommand(CabMeetingService& service, qint64 meetingId, QList<AgendaItem> before,
                     QList<AgendaItem> after, const QString& text, ErrorSink onError);

protected:
    Result<void> apply() override { return write(m_after); }
    Result<void> revert() override { return write(m_before); }

private:
    // Writes `items` over the agenda this session last left (refusing if it changed since).
    Result<void> write(const QList<AgendaItem>& items);

    CabMeetingService& m_service;
    qint64 m_meetingId;
    QList<AgendaItem> m_before;
    QList<AgendaItem> m_after;
    QList<AgendaItem> m_left; // the agenda as this session last saw or wrote it
};

} // namespace slipway::ui
