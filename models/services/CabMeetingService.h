// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/CabMeeting.h"
#include "domain/Result.h"
#include "rules/AgendaBuilder.h"

#include <QObject>

#include <functional>
#include <optional>

namespace slipway {

class Database;

// CAB meetings, their agendas and the actions in their minutes; every change audited with
// the meeting id.
class CabMeetingService : public QObject {
    Q_OBJECT
public:
    // Unresolved gate items to raise to the board, for releases whose windows open before
    // `until`. Supplied by whoever knows the gates; none by default.
    using EscalationSource = std::function<Result<QList<AgendaEscalation>>(qint64 until)>;

    CabMeetingService(Database& db, Session session, QObject* parent = nullptr);

    Result<QList<CabMeeting>> all() const; // by start
    Result<CabMeeting> find(qint64 id) const;
    // The meeting on a day (UTC), or the first one after `secs` when none is that day.
    Result<std::optional<CabMeeting>> meetingOn(qint64 secs) const;
    // The next meeting from `now` on, else the latest one with an agenda, else the latest.
    Result<std::optional<CabMeeting>> current(qint64 now) const;

    // What "New meeting" proposes: the next Tuesday at 14:00 UTC after the last meeting (or
    // after `now`), 90 minutes, with the last meeting's attendees, room and zone (or, for the
    // first meeting, everyone who holds the CAB role). Not stored.
    Result<CabMeeting> proposeNext(qint64 now) const;

    Result<CabMeeting> create(const CabMeeting& meeting);
    Result<CabMeeting> update(const CabMeeting& meeting);
    Result<void> remove(qint64 id, qint64 rowVersion);
    Result<CabMeeting> restore(const CabMeeting& meeting);

    Result<QList<AgendaItem>> agenda(qint64 meetingId) const;
    // What the rules would put on the meeting's agenda now (not stored).
    Result<QList<AgendaItem>> proposeAgenda(qint64 meetingId) const;
    // Stores `items` as the meeting's agenda, in that order.
    // Replaces the agenda. With `expected`, refuses (Stale) unless the stored agenda is still
    // that one (same items in the same order), so an undo never overwrites someone else's.
    Result<QList<AgendaItem>> setAgenda(qint64 meetingId, const QList<AgendaItem>& items,
                                        const std::optional<QList<AgendaItem>>& expected = {});

    Result<QList<CabAction>> actions(qint64 meetingId) const;
    Result<CabAction> findAction(qint64 id) const;
    Result<CabAction> createAction(const CabAction& action);
    Result<CabAction> updateAction(const CabAction& action);
    Result<void> removeAction(qint64 id, qint64 rowVersion);
    Result<CabAction> restoreAction(const CabAction& action);

    // The agenda's candidates: every change request with its window and approval state.
    static Result<QList<AgendaCandidate>> candidates(Database& db);

Q_SIGNALS:
    void changed(qint64 meetingId);

private:
    Result<CabMeeting> insert(const CabMeeting& meeting, const QString& auditAction);
    Result<CabAction> insertAction(const CabAction& action, const QString& auditAction);

    Database& m_db;
    Session m_session;
    EscalationSource m_escalations;
};

// Validation shared by the editors and the service.
QList<FieldProblem> validateMeeting(const CabMeeting& meeting);

} // namespace slipway
