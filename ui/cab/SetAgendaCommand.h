// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CabMeeting.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace slipway {
class CabMeetingService;
}

namespace slipway::ui {

// Replaces a meeting's agenda (built, reordered or trimmed); undo writes the old one back.
class SetAgendaCommand : public QUndoCommand {
public:
    using ErrorSink = std::function<void(const QString& message)>;

    SetAgendaCommand(CabMeetingService& service, qint64 meetingId, QList<AgendaItem> before,
                     QList<AgendaItem> after, const QString& text, ErrorSink onError);

    void redo() override;
    void undo() override;

private:
    void write(const QList<AgendaItem>& items);

    CabMeetingService& m_service;
    qint64 m_meetingId;
    QList<AgendaItem> m_before;
    QList<AgendaItem> m_after;
    ErrorSink m_onError;
};

} // namespace slipway::ui
