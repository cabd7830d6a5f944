// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabDecisionRepository.h"

#include "ChangeRequestRepository.h"
#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"
#include "StaleRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CabDecisionRepository)
};

// The change's ticket, for messages; its id when the change is gone.
QString ticketOf(Database& db, qint64 changeId) {
    const auto change = ChangeRequestRepository(db).find(changeId);
    return change ? change->ticket : QString::number(changeId);
}
QString doing() {
    return Text::tr("saving a CAB decision");
}

const QString kSelect = QStringLiteral(
    "SELECT id, change_id, meeting_id, outcome, approver_role, decided_by, decided_at, comment, "
    "deferred_until, deferred_meeting_id, withdrawn, row_version FROM cab_decisions");
const QString kSelectCondition =
    QStringLiteral("SELECT id, decision_id, change_id, text, owner, due_utc, status, closed_by, "
                   "closed_at, row_version FROM cab_conditions");

CabDecision decisionFrom(const QSqlQuery& q) {
    CabDecision d;
    d.id = q.value(0).toLongLong();
    d.changeId = q.value(1).toLongLong();
    d.meetingId = q.value(2).toLongLong();
    d.outcome = decisionOutcomeFromKey(q.value(3).toString()).value_or(DecisionOutcome::Defer);
    d.approverRole = q.value(4).toString();
    d.decidedBy = q.value(5).toString();
    d.decidedAt = q.value(6).toLongLong();
    d.comment = q.value(7).toString();
    d.deferredUntil = q.value(8).toLongLong();
    d.deferredMeetingId = q.value(9).toLongLong();
    d.withdrawn = q.value(10).toBool();
    d.rowVersion = q.value(11).toLongLong();
    return d;
}

CabCondition conditionFrom(const QSqlQuery& q) {
    CabCondition c;
    c.id = q.value(0).toLongLong();
    c.decisionId = q.value(1).toLongLong();
    c.changeId = q.value(2).toLongLong();
    c.text = q.value(3).toString();
    c.owner = q.value(4).toString();
    c.dueUtc = q.value(5).toLongLong();
    const QString status = q.value(6).toString();
    c.status = status == u"met"      ? CabCondition::Status::Met
               : status == u"waived" ? CabCondition::Status::Waived
                                     : CabCondition::Status::Open;
    c.closedBy = q.value(7).toString();
    c.closedAt = q.value(8).toLongLong();
    c.rowVersion = q.value(9).toLongLong();
    return c;
}

Error gone(qint64 id) {
    return Error{Error::Kind::NotFound,
                 Text::tr("CAB decision %1 no longer exists — reload.").arg(id)};
}

} // namespace

CabDecisionRepository::CabDecisionRepository(Database& db)
    : m_db(db) {}

Result<QList<CabDecision>> CabDecisionRepository::select(const QString& where, qint64 arg) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + where + QStringLiteral(" ORDER BY decided_at, id"));
    q.addBindValue(arg);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<CabDecision> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), out.size());
        out.append(decisionFrom(q));
    }
    if (out.isEmpty())
        return out;
    if (!q.exec(kSelectCondition + QStringLiteral(" ORDER BY id")))
        return m_db.errorFrom(q.lastError(), doing());
    while (q.next()) {
        const auto it = index.constFind(q.value(1).toLongLong());
        if (it != index.cend())
            out[*it].conditions.append(conditionFrom(q));
    }
    return out;
}

Result<QList<CabDecision>> CabDecisionRepository::forChange(qint64 changeId) const {
    return changeId > 0 ? select(QStringLiteral(" WHERE change_id = ?"), changeId)
                        : select(QStringLiteral(" WHERE change_id > ?"), 0);
}

Result<QList<CabDecision>> CabDecisionRepository::forMeeting(qint64 meetingId) const {
    return select(QStringLiteral(" WHERE meeting_id = ?"), meetingId);
}

Result<CabDecision> CabDecisionRepository::find(qint64 id) const {
    auto found = select(QStringLiteral(" WHERE id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return gone(id);
    return found->first();
}

Result<CabDecision> CabDecisionRepository::insert(const CabDecision& d) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO cab_decisions (change_id, meeting_id, outcome, approver_role, decided_by, "
        "decided_at, comment, deferred_until, deferred_meeting_id, withdrawn, row_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1) RETURNING id"));
    q.addBindValue(d.changeId);
    q.addBindValue(sql::optionalId(d.meetingId));
    q.addBindValue(toKey(d.outcome));
    q.addBindValue(sql::text(isApproval(d.outcome) ? d.approverRole : QString()));
    q.addBindValue(sql::text(d.decidedBy.trimmed()));
    q.addBindValue(d.decidedAt);
    q.addBindValue(sql::text(d.comment));
    q.addBindValue(sql::optionalId(d.outcome == DecisionOutcome::Defer ? d.deferredUntil : 0));
    q.addBindValue(sql::optionalId(d.outcome == DecisionOutcome::Defer ? d.deferredMeetingId : 0));
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value();
    if (d.outcome == DecisionOutcome::ApproveWithConditions) {
        q.prepare(
            QStringLiteral("INSERT INTO cab_conditions (decision_id, change_id, text, owner, "
                           "due_utc, status, row_version) VALUES (?, ?, ?, ?, ?, 'open', 1)"));
        for (const CabCondition& c : d.conditions) {
            if (c.text.trimmed().isEmpty())
                continue;
            q.addBindValue(id);
            q.addBindValue(d.changeId);
            q.addBindValue(c.text.trimmed());
            q.addBindValue(sql::text(c.owner));
            q.addBindValue(sql::optionalId(c.dueUtc));
            if (!q.exec())
                return m_db.errorFrom(q.lastError(), doing());
        }
    }
    return find(id);
}

Result<CabDecision> CabDecisionRepository::setWithdrawn(qint64 id, bool withdrawn,
                                                        qint64 expectedRowVersion) {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE cab_decisions SET withdrawn = ?, row_version = row_version + 1 "
                       "WHERE id = ? AND row_version = ?"));
    q.addBindValue(withdrawn ? 1 : 0);
    q.addBindValue(id);
    q.addBindValue(expectedRowVersion);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (q.numRowsAffected() != 1) {
        auto current = find(id);
        if (!current)
            return current.error();
        return staleDecision(id, ticketOf(m_db, current->changeId));
    }
    return find(id);
}

Result<QList<CabCondition>> CabDecisionRepository::conditions(qint64 changeId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelectCondition +
              QStringLiteral(" WHERE (? = 0 OR change_id = ?) AND decision_id IN "
                             "(SELECT id FROM cab_decisions WHERE withdrawn = 0) ORDER BY id"));
    q.addBindValue(changeId);
    q.addBindValue(changeId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<CabCondition> out;
    while (q.next())
        out.append(conditionFrom(q));
    return out;
}

Result<CabCondition> CabDecisionRepository::findCondition(qint64 id) const {
    const QString gone = Text::tr("Condition %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelectCondition, id, doing(), gone.arg(id)); !found)
        return found.error();
    return conditionFrom(q);
}

Result<CabCondition> CabDecisionRepository::setConditionStatus(qint64 id,
                                                               CabCondition::Status status,
                                                               const QString& actor, qint64 now,
                                                               qint64 expectedRowVersion) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE cab_conditions SET status = ?, closed_by = ?, closed_at = ?, "
                             "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    const bool open = status == CabCondition::Status::Open;
    q.addBindValue(toKey(status));
    q.addBindValue(open ? QString(QStringLiteral("")) : actor);
    q.addBindValue(open ? QVariant(QMetaType::fromType<qint64>()) : QVariant(now));
    q.addBindValue(id);
    q.addBindValue(expectedRowVersion);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (q.numRowsAffected() != 1) {
        auto current = findCondition(id);
        if (!current)
            return current.error();
        return staleCondition(id, ticketOf(m_db, current->changeId));
    }
    return findCondition(id);
}

Error CabDecisionRepository::staleDecision(qint64 id, const QString& ticket) const {
    if (const LastChange last = lastChangeOf(m_db, QStringLiteral("cab_decision"), id);
        last.known())
        return Error{Error::Kind::Stale,
                     Text::tr("The decision on %1 was changed by %2 at %3 — reload.")
                         .arg(ticket, last.actor, last.when)};
    return Error{Error::Kind::Stale,
                 Text::tr("The decision on %1 was changed since — reload.").arg(ticket)};
}

Error CabDecisionRepository::staleCondition(qint64 id, const QString& ticket) const {
    if (const LastChange last = lastChangeOf(m_db, QStringLiteral("cab_condition"), id);
        last.known())
        return Error{Error::Kind::Stale,
                     Text::tr("A condition on %1 was changed by %2 at %3 — reload.")
                         .arg(ticket, last.actor, last.when)};
    return Error{Error::Kind::Stale,
                 Text::tr("A condition on %1 was changed since — reload.").arg(ticket)};
}

} // namespace slipway
