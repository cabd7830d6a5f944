// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CabMeeting.h"
#include "domain/Result.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `cab_meetings`, `cab_meeting_attendees`, `cab_agenda_items` and `cab_actions`.
// Writes expect the caller's Transaction.
class CabMeetingRepository {
public:
    explicit CabMeetingRepository(Database& db);

    Result<QList<CabMeeting>> all() const; // by start
    Result<CabMeeting> find(qint64 id) const;
    Result<CabMeeting> insert(const CabMeeting& meeting, const QString& actor, qint64 nowSecs);
    Result<CabMeeting> update(const CabMeeting& meeting, const QString& actor, qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

    Result<QList<AgendaItem>> agenda(qint64 meetingId) const; // by position
    // Replaces the whole agenda; positions are renumbered 1… in the given order.
    Result<QList<AgendaItem>> replaceAgenda(qint64 meetingId, const QList<AgendaItem>& items);

    Result<QList<CabAction>> actions(qint64 meetingId) const; // 0: every meeting's
    Result<CabAction> findAction(qint64 id) const;
    Result<CabAction> insert(const CabAction& action, const QString& actor, qint64 nowSecs);
    Result<CabAction> update(const CabAction& action, const QString& actor, qint64 nowSecs);
    Result<void> removeAction(qint64 id, qint64 expectedRowVersion);

private:
    Result<void> writeAttendees(qint64 id, const QList<qint64>& people);

    Database& m_db;
};

} // namespace slipway
