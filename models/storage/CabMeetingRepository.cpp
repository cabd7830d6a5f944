// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabMeetingRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("CabMeetingRepository", "saving a CAB meeting");
}

const QString kSelect =
    QStringLiteral("SELECT id, title, kind, start_utc, end_utc, time_zone, location, notes, "
                   "row_version FROM cab_meetings");
const QString kSelectAction =
    QStringLiteral("SELECT id, meeting_id, change_id, text, owner, due_utc, status, row_version "
                   "FROM cab_actions");

CabMeeting meetingFrom(const QSqlQuery& q) {
    CabMeeting m;
    m.id = q.value(0).toLongLong();
    m.title = q.value(1).toString();
    m.kind = q.value(2).toString() == u"emergency" ? CabMeeting::Kind::Emergency
                                                   : CabMeeting::Kind::Regular;
    m.startUtc = q.value(3).toLongLong();
    m.endUtc = q.value(4).toLongLong();
    m.zone = q.value(5).toString();
    m.location = q.value(6).toString();
    m.notes = q.value(7).toString();
    m.rowVersion = q.value(8).toLongLong();
    return m;
}

CabAction actionFrom(const QSqlQuery& q) {
    CabAction a;
    a.id = q.value(0).toLongLong();
    a.meetingId = q.value(1).toLongLong();
    a.changeId = q.value(2).toLongLong();
    a.text = q.value(3).toString();
    a.owner = q.value(4).toString();
    a.dueUtc = q.value(5).toLongLong();
    a.done = q.value(6).toString() == u"done";
    a.rowVersion = q.value(7).toLongLong();
    return a;
}

void bindMeeting(QSqlQuery& q, const CabMeeting& m) {
    q.addBindValue(sql::text(m.title.trimmed()));
    q.addBindValue(toKey(m.kind));
    q.addBindValue(m.startUtc);
    q.addBindValue(m.endUtc);
    q.addBindValue(sql::text(m.zone));
    q.addBindValue(sql::text(m.location));
    q.addBindValue(sql::text(m.notes));
}

void bindAction(QSqlQuery& q, const CabAction& a) {
    q.addBindValue(a.meetingId);
    q.addBindValue(sql::optionalId(a.changeId));
    q.addBindValue(sql::text(a.text.trimmed()));
    q.addBindValue(sql::text(a.owner));
    q.addBindValue(sql::optionalId(a.dueUtc));
    q.addBindValue(a.done ? QStringLiteral("done") : QStringLiteral("open"));
}

} // namespace

CabMeetingRepository::CabMeetingRepository(Database& db)
    : m_db(db) {}

Result<QList<CabMeeting>> CabMeetingRepository::all() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY start_utc, id")))
        return m_db.errorFrom(q.lastError(), doing());
    QList<CabMeeting> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), out.size());
        out.append(meetingFrom(q));
    }
    if (!q.exec(QStringLiteral("SELECT meeting_id, person_id FROM cab_meeting_attendees "
                               "ORDER BY 1, 2")))
        return m_db.errorFrom(q.lastError(), doing());
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            out[*it].attendeeIds.append(q.value(1).toLongLong());
    }
    return out;
}

Result<CabMeeting> CabMeetingRepository::find(qint64 id) const {
    const QString gone = QCoreApplication::translate("CabMeetingRepository",
                                                     "CAB meeting %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelect, id, doing(), gone.arg(id)); !found)
        return found.error();
    CabMeeting m = meetingFrom(q);
    q.prepare(QStringLiteral(
        "SELECT person_id FROM cab_meeting_attendees WHERE meeting_id = ? ORDER BY 1"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    while (q.next())
        m.attendeeIds.append(q.value(0).toLongLong());
    return m;
}

Result<CabMeeting> CabMeetingRepository::insert(const CabMeeting& m, const QString& actor,
                                                qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("cab_meetings"),
        QStringLiteral("title, kind, start_utc, end_utc, time_zone, location, notes, row_version, "
                       "created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), m.id);
    bindMeeting(q, m);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    if (auto a = writeAttendees(inserted.value(), m.attendeeIds); !a)
        return a.error();
    return find(inserted.value());
}

Result<CabMeeting> CabMeetingRepository::update(const CabMeeting& m, const QString& actor,
                                                qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE cab_meetings SET title = ?, kind = ?, start_utc = ?, end_utc = ?, time_zone = ?, "
        "location = ?, notes = ?, row_version = row_version + 1, updated_by = ?, updated_at = ? "
        "WHERE id = ? AND row_version = ?"));
    bindMeeting(q, m);
    sql::bindUpdated(q, actor, now, m.id, m.rowVersion);
    const auto updated =
        sql::changeVersioned(m_db, q, QStringLiteral("cab_meetings"), m.id, m.title, doing());
    if (!updated)
        return updated.error();
    if (auto a = writeAttendees(m.id, m.attendeeIds); !a)
        return a.error();
    return find(m.id);
}

Result<void> CabMeetingRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("cab_meetings"), id, expectedRowVersion,
                                QStringLiteral("title"), doing());
}

Result<void> CabMeetingRepository::writeAttendees(qint64 id, const QList<qint64>& people) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM cab_meeting_attendees WHERE meeting_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    q.prepare(
        QStringLiteral("INSERT INTO cab_meeting_attendees VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 person : people) {
        q.addBindValue(id);
        q.addBindValue(person);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing());
    }
    return {};
}

Result<QList<AgendaItem>> CabMeetingRepository::agenda(qint64 meetingId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, meeting_id, position, kind, change_id, release_id, "
                             "title, reason FROM cab_agenda_items WHERE meeting_id = ? "
                             "ORDER BY position, id"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<AgendaItem> out;
    while (q.next()) {
        AgendaItem i;
        i.id = q.value(0).toLongLong();
        i.meetingId = q.value(1).toLongLong();
        i.position = q.value(2).toInt();
        i.kind = agendaKindFromKey(q.value(3).toString()).value_or(AgendaItem::Kind::Change);
        i.changeId = q.value(4).toLongLong();
        i.releaseId = q.value(5).toLongLong();
        i.title = q.value(6).toString();
        i.reason = q.value(7).toString();
        out.append(i);
    }
    return out;
}

Result<QList<AgendaItem>> CabMeetingRepository::replaceAgenda(qint64 meetingId,
                                                              const QList<AgendaItem>& items) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM cab_agenda_items WHERE meeting_id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    q.prepare(QStringLiteral("INSERT INTO cab_agenda_items (meeting_id, position, kind, "
                             "change_id, release_id, title, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const AgendaItem& i : items) {
        q.addBindValue(meetingId);
        q.addBindValue(++position);
        q.addBindValue(toKey(i.kind));
        q.addBindValue(sql::optionalId(i.changeId));
        q.addBindValue(sql::optionalId(i.releaseId));
        q.addBindValue(sql::text(i.title));
        q.addBindValue(sql::text(i.reason));
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing());
    }
    return agenda(meetingId);
}

Result<QList<CabAction>> CabMeetingRepository::actions(qint64 meetingId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelectAction +
              (meetingId > 0 ? QStringLiteral(" WHERE meeting_id = ?")
                             : QStringLiteral(" WHERE meeting_id > ?")) +
              QStringLiteral(" ORDER BY due_utc IS NULL, due_utc NULLS FIRST, id"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<CabAction> out;
    while (q.next())
        out.append(actionFrom(q));
    return out;
}

Result<CabAction> CabMeetingRepository::findAction(qint64 id) const {
    const QString gone =
        QCoreApplication::translate("CabMeetingRepository", "Action %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelectAction, id, doing(), gone.arg(id)); !found)
        return found.error();
    return actionFrom(q);
}

Result<CabAction> CabMeetingRepository::insert(const CabAction& a, const QString& actor,
                                               qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("cab_actions"),
        QStringLiteral("meeting_id, change_id, text, owner, due_utc, status, row_version, "
                       "created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), a.id);
    bindAction(q, a);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return findAction(inserted.value());
}

Result<CabAction> CabMeetingRepository::update(const CabAction& a, const QString& actor,
                                               qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE cab_actions SET meeting_id = ?, change_id = ?, text = ?, owner = ?, due_utc = ?, "
        "status = ?, row_version = row_version + 1, updated_by = ?, updated_at = ? "
        "WHERE id = ? AND row_version = ?"));
    bindAction(q, a);
    sql::bindUpdated(q, actor, now, a.id, a.rowVersion);
    const auto updated =
        sql::changeVersioned(m_db, q, QStringLiteral("cab_actions"), a.id, a.text, doing());
    if (!updated)
        return updated.error();
    return findAction(a.id);
}

Result<void> CabMeetingRepository::removeAction(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("cab_actions"), id, expectedRowVersion,
                                QStringLiteral("text"), doing());
}

} // namespace slipway
