// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabMeetingService.h"

#include "AuditedWrite.h"
#include "CabDecisionService.h"
#include "GateDigest.h"
#include "storage/CabMeetingRepository.h"
#include "storage/ChangeRequestRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/StaleRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CabMeetingService)
};

const QString kMeeting = QStringLiteral("cab_meeting");
const QString kAction = QStringLiteral("cab_action");

QJsonObject agendaJson(qint64 meetingId, const QList<AgendaItem>& items) {
    QJsonArray list;
    for (const AgendaItem& i : items)
        list.append(toJson(i));
    return QJsonObject{{QStringLiteral("meeting_id"), meetingId}, {QStringLiteral("items"), list}};
}

QList<FieldProblem> validateAction(const CabAction& a) {
    QList<FieldProblem> problems;
    if (a.text.trimmed().isEmpty())
        problems.append({QStringLiteral("text"), Text::tr("Say what the action is.")});
    if (a.meetingId <= 0)
        problems.append({QStringLiteral("meeting"), Text::tr("An action belongs to a meeting.")});
    return problems;
}

RecordStore<CabMeeting> meetingStore(Database& db) {
    RecordStore<CabMeeting> s;
    s.entity = kMeeting;
    s.action = Action::EditCabMeeting;
    s.find = [&db](qint64 id) {
        return CabMeetingRepository(db).find(id);
    };
    s.insert = [&db](const CabMeeting& m, const QString& actor, qint64 now) {
        return CabMeetingRepository(db).insert(m, actor, now);
    };
    s.update = [&db](const CabMeeting& m, const QString& actor, qint64 now) {
        return CabMeetingRepository(db).update(m, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return CabMeetingRepository(db).remove(id, version);
    };
    s.validate = validateMeeting;
    return s;
}

RecordStore<CabAction> actionStore(Database& db) {
    RecordStore<CabAction> s;
    s.entity = kAction;
    s.action = Action::EditCabMeeting;
    s.find = [&db](qint64 id) {
        return CabMeetingRepository(db).findAction(id);
    };
    s.insert = [&db](const CabAction& a, const QString& actor, qint64 now) {
        return CabMeetingRepository(db).insert(a, actor, now);
    };
    s.update = [&db](const CabAction& a, const QString& actor, qint64 now) {
        return CabMeetingRepository(db).update(a, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return CabMeetingRepository(db).removeAction(id, version);
    };
    s.validate = validateAction;
    return s;
}

} // namespace

QList<FieldProblem> validateMeeting(const CabMeeting& m) {
    QList<FieldProblem> problems;
    if (m.title.trimmed().isEmpty())
        problems.append({QStringLiteral("title"), Text::tr("A meeting needs a title.")});
    if (m.startUtc <= 0)
        problems.append({QStringLiteral("start"), Text::tr("Say when the meeting starts.")});
    if (m.endUtc <= m.startUtc)
        problems.append({QStringLiteral("end"), Text::tr("A meeting ends after it starts.")});
    if (!QTimeZone(m.zone.toUtf8()).isValid())
        problems.append({QStringLiteral("zone"),
                         Text::tr("\"%1\" is not a time zone (e.g. Europe/Berlin).").arg(m.zone)});
    return problems;
}

CabMeetingService::CabMeetingService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session))
    , m_escalations([this](qint64 until) { return GateDigest::escalationsUntil(m_db, until); }) {}

Result<QList<CabMeeting>> CabMeetingService::all() const {
    return CabMeetingRepository(m_db).all();
}

Result<CabMeeting> CabMeetingService::find(qint64 id) const {
    return CabMeetingRepository(m_db).find(id);
}

Result<std::optional<CabMeeting>> CabMeetingService::meetingOn(qint64 secs) const {
    auto meetings = all();
    if (!meetings)
        return meetings.error();
    const QDate day = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).date();
    for (const CabMeeting& m : meetings.value())
        if (QDateTime::fromSecsSinceEpoch(m.startUtc, Qt::UTC).date() == day)
            return std::optional<CabMeeting>(m);
    for (const CabMeeting& m : meetings.value())
        if (m.startUtc >= secs)
            return std::optional<CabMeeting>(m);
    return std::optional<CabMeeting>();
}

Result<std::optional<CabMeeting>> CabMeetingService::current(qint64 now) const {
    auto meetings = all();
    if (!meetings)
        return meetings.error();
    for (const CabMeeting& m : meetings.value())
        if (m.endUtc >= now)
            return std::optional<CabMeeting>(m);
    if (meetings->isEmpty())
        return std::optional<CabMeeting>();
    // All in the past: the latest one that had an agenda.
    CabMeetingRepository repo(m_db);
    for (auto it = meetings->crbegin(); it != meetings->crend(); ++it) {
        auto items = repo.agenda(it->id);
        if (items && !items->isEmpty())
            return std::optional<CabMeeting>(*it);
    }
    return std::optional<CabMeeting>(meetings->last());
}

Result<CabMeeting> CabMeetingService::insert(const CabMeeting& meeting,
                                             const QString& auditAction) {
    auto stored = AuditedWrite::insert(m_db, m_session, meetingStore(m_db), meeting, auditAction);
    if (stored)
        Q_EMIT changed(stored->id);
    return stored;
}

Result<CabMeeting> CabMeetingService::proposeNext(qint64 now) const {
    auto all = this->all();
    if (!all)
        return all.error();
    qint64 after = now;
    if (!all->isEmpty())
        after = std::max(after, all->last().startUtc);
    QDate day = QDateTime::fromSecsSinceEpoch(after, Qt::UTC).date().addDays(1);
    while (day.dayOfWeek() != Qt::Tuesday)
        day = day.addDays(1);
    CabMeeting m;
    m.startUtc = QDateTime(day, QTime(14, 0), Qt::UTC).toSecsSinceEpoch();
    m.endUtc = m.startUtc + qint64(90) * 60;
    m.title = tr("Weekly CAB %1").arg(day.toString(Qt::ISODate));
    if (!all->isEmpty()) {
        m.attendeeIds = all->last().attendeeIds;
        m.location = all->last().location;
        m.zone = all->last().zone;
        return m;
    }
    auto people = PeopleRepository(m_db).all();
    if (!people)
        return people.error();
    for (const Person& p : people.value())
        if (p.roles.contains(QStringLiteral("cab")))
            m.attendeeIds << p.id;
    return m;
}

Result<CabMeeting> CabMeetingService::create(const CabMeeting& meeting) {
    CabMeeting fresh = meeting;
    fresh.id = 0;
    return insert(fresh, QStringLiteral("create"));
}

Result<CabMeeting> CabMeetingService::restore(const CabMeeting& meeting) {
    return insert(meeting, QStringLiteral("restore"));
}

Result<CabMeeting> CabMeetingService::update(const CabMeeting& meeting) {
    auto stored = AuditedWrite::update(m_db, m_session, meetingStore(m_db), meeting);
    if (stored)
        Q_EMIT changed(stored->id);
    return stored;
}

Result<void> CabMeetingService::remove(qint64 id, qint64 rowVersion) {
    auto done = AuditedWrite::remove(m_db, m_session, meetingStore(m_db), id, rowVersion);
    if (done)
        Q_EMIT changed(id);
    return done;
}

Result<QList<AgendaItem>> CabMeetingService::agenda(qint64 meetingId) const {
    return CabMeetingRepository(m_db).agenda(meetingId);
}

Result<QList<AgendaCandidate>> CabMeetingService::candidates(Database& db) {
    auto changes = ChangeRequestRepository(db).all();
    if (!changes)
        return changes.error();
    auto releases = ReleaseRepository(db).all();
    if (!releases)
        return releases.error();
    auto states = CabDecisionService::approvalStates(db);
    if (!states)
        return states.error();
    QHash<qint64, const Release*> byId;
    for (const Release& r : releases.value())
        byId.insert(r.id, &r);
    QList<AgendaCandidate> out;
    for (const ChangeRequest& c : changes.value()) {
        AgendaCandidate candidate;
        candidate.change = c;
        candidate.approval = states->value(c.id);
        if (const Release* r = byId.value(c.releaseId); r && r->windowStart.isValid()) {
            candidate.windowStart = r->windowStart.toSecsSinceEpoch();
            candidate.windowEnd = r->windowEnd.toSecsSinceEpoch();
        } else if (c.plannedStart > 0) {
            candidate.windowStart = c.plannedStart;
            candidate.windowEnd = c.plannedEnd;
        }
        out.append(candidate);
    }
    return out;
}

Result<QList<AgendaItem>> CabMeetingService::proposeAgenda(qint64 meetingId) const {
    auto meetings = all();
    if (!meetings)
        return meetings.error();
    AgendaFrame frame;
    frame.meetingId = meetingId;
    for (qsizetype i = 0; i < meetings->size(); ++i) {
        if (meetings->at(i).id != meetingId)
            continue;
        frame.meetingStart = meetings->at(i).startUtc;
        if (i > 0)
            frame.previousMeetingStart = meetings->at(i - 1).startUtc;
        if (i + 1 < meetings->size())
            frame.nextMeetingStart = meetings->at(i + 1).startUtc;
    }
    if (frame.meetingStart == 0)
        return Error{Error::Kind::NotFound,
                     tr("CAB meeting %1 no longer exists — reload.").arg(meetingId)};
    auto list = candidates(m_db);
    if (!list)
        return list.error();
    QList<AgendaEscalation> escalations;
    if (m_escalations) {
        const qint64 until = frame.nextMeetingStart > 0 ? frame.nextMeetingStart
                                                        : frame.meetingStart + qint64(7) * 86400;
        auto raised = m_escalations(until);
        if (!raised)
            return raised.error();
        escalations = raised.value();
    }
    return buildAgenda(frame, list.value(), escalations);
}

namespace {

// Two agendas list the same items in the same order (ids and positions are the store's).
bool sameAgenda(const QList<AgendaItem>& a, const QList<AgendaItem>& b) {
    return std::equal(
        a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const AgendaItem& x, const AgendaItem& y) {
            return x.kind == y.kind && x.changeId == y.changeId && x.releaseId == y.releaseId &&
                   x.title == y.title && x.reason == y.reason;
        });
}

} // namespace

Result<QList<AgendaItem>>
CabMeetingService::setAgenda(qint64 meetingId, const QList<AgendaItem>& items,
                             const std::optional<QList<AgendaItem>>& expected) {
    QList<AgendaItem> stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditCabMeeting, QStringLiteral("update"),
        QStringLiteral("cab_agenda"), [&](qint64) -> Result<AuditedWrite::Logged> {
            CabMeetingRepository repo(m_db);
            if (auto meeting = repo.find(meetingId); !meeting)
                return meeting.error();
            auto before = repo.agenda(meetingId);
            if (!before)
                return before.error();
            if (expected && !sameAgenda(*expected, before.value())) {
                const LastChange last = lastChangeOf(m_db, QStringLiteral("cab_agenda"), meetingId);
                return Error{Error::Kind::Stale,
                             last.known()
                                 ? QCoreApplication::translate(
                                       "CabMeetingService",
                                       "This meeting's agenda was changed by %1 at %2 — reload.")
                                       .arg(last.actor, last.when)
                                 : QCoreApplication::translate(
                                       "CabMeetingService",
                                       "This meeting's agenda was changed since — reload.")};
            }
            auto written = repo.replaceAgenda(meetingId, items);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{meetingId, agendaJson(meetingId, before.value()),
                                        agendaJson(meetingId, stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT changed(meetingId);
    return stored;
}

Result<QList<CabAction>> CabMeetingService::actions(qint64 meetingId) const {
    return CabMeetingRepository(m_db).actions(meetingId);
}

Result<CabAction> CabMeetingService::findAction(qint64 id) const {
    return CabMeetingRepository(m_db).findAction(id);
}

Result<CabAction> CabMeetingService::insertAction(const CabAction& action,
                                                  const QString& auditAction) {
    auto stored = AuditedWrite::insert(m_db, m_session, actionStore(m_db), action, auditAction);
    if (stored)
        Q_EMIT changed(stored->meetingId);
    return stored;
}

Result<CabAction> CabMeetingService::createAction(const CabAction& action) {
    CabAction fresh = action;
    fresh.id = 0;
    return insertAction(fresh, QStringLiteral("create"));
}

Result<CabAction> CabMeetingService::restoreAction(const CabAction& action) {
    return insertAction(action, QStringLiteral("restore"));
}

Result<CabAction> CabMeetingService::updateAction(const CabAction& action) {
    auto stored = AuditedWrite::update(m_db, m_session, actionStore(m_db), action);
    if (stored)
        Q_EMIT changed(stored->meetingId);
    return stored;
}

Result<void> CabMeetingService::removeAction(qint64 id, qint64 rowVersion) {
    CabAction removed;
    auto done = AuditedWrite::remove(m_db, m_session, actionStore(m_db), id, rowVersion, &removed);
    if (done)
        Q_EMIT changed(removed.meetingId);
    return done;
}

} // namespace slipway
