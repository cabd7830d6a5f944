// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabDecisionService.h"

#include "AuditedWrite.h"
#include "storage/CabDecisionRepository.h"
#include "storage/ChangeRequestRepository.h"
#include "storage/PeopleRepository.h"

#include <QCoreApplication>

namespace slipway {
namespace {

const QString kEntity = QStringLiteral("cab_decision");

Session under(Session session, const QString& ticket) {
    session.changeTicket = ticket;
    return session;
}

QJsonObject withMeeting(QJsonObject json, qint64 meetingId) {
    json.insert(QStringLiteral("meeting_id"), meetingId > 0 ? QJsonValue(meetingId) : QJsonValue());
    return json;
}

} // namespace

CabDecisionService::CabDecisionService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<CabDecision>> CabDecisionService::decisions(qint64 changeId) const {
    return CabDecisionRepository(m_db).forChange(changeId);
}

Result<QList<CabCondition>> CabDecisionService::conditions(qint64 changeId) const {
    return CabDecisionRepository(m_db).conditions(changeId);
}

Result<ApprovalState> CabDecisionService::approvalState(qint64 changeId) const {
    auto change = ChangeRequestRepository(m_db).find(changeId);
    if (!change)
        return change.error();
    CabDecisionRepository repo(m_db);
    auto decided = repo.forChange(changeId);
    if (!decided)
        return decided.error();
    auto open = repo.conditions(changeId);
    if (!open)
        return open.error();
    return evaluateApproval(change.value(), decided.value(), open.value());
}

Result<QHash<qint64, ApprovalState>> CabDecisionService::approvalStates(Database& db) {
    auto changes = ChangeRequestRepository(db).all();
    if (!changes)
        return changes.error();
    CabDecisionRepository repo(db);
    auto decided = repo.forChange(0);
    if (!decided)
        return decided.error();
    auto conditions = repo.conditions(0);
    if (!conditions)
        return conditions.error();
    QHash<qint64, QList<CabDecision>> byChange;
    for (const CabDecision& d : decided.value())
        byChange[d.changeId].append(d);
    QHash<qint64, QList<CabCondition>> conditionsOf;
    for (const CabCondition& c : conditions.value())
        conditionsOf[c.changeId].append(c);
    QHash<qint64, ApprovalState> out;
    for (const ChangeRequest& c : changes.value())
        out.insert(c.id, evaluateApproval(c, byChange.value(c.id), conditionsOf.value(c.id)));
    return out;
}

Result<QString> CabDecisionService::nextApprovalRole(qint64 changeId,
                                                     const QString& decider) const {
    const QString who = decider.isEmpty() ? m_session.actor : decider;
    auto change = ChangeRequestRepository(m_db).find(changeId);
    if (!change)
        return change.error();
    auto state = approvalState(changeId);
    if (!state)
        return state.error();
    auto rights = PeopleRepository(m_db).rightsOf(who);
    if (!rights)
        return rights.error();
    return slipway::nextApprovalRole(change.value(), state.value(), who, rights->roles,
                                     rights->fileHasLogins);
}

Result<CabDecision> CabDecisionService::record(const CabDecision& decision) {
    auto change = ChangeRequestRepository(m_db).find(decision.changeId);
    if (!change)
        return change.error();
    CabDecision wanted = decision;
    if (wanted.decidedBy.trimmed().isEmpty())
        wanted.decidedBy = m_session.actor;
    auto rights = PeopleRepository(m_db).rightsOf(wanted.decidedBy);
    if (!rights)
        return rights.error();
    CabDecision stored;
    auto done = AuditedWrite::run(
        m_db, under(m_session, change->ticket), Action::DecideChange, toKey(wanted.outcome),
        kEntity, [&](qint64 now) -> Result<AuditedWrite::Logged> {
            // The rules read the decisions inside the write lock: two board members pressing
            // A at once cannot both take the last approval.
            CabDecisionRepository repo(m_db);
            auto decided = repo.forChange(wanted.changeId);
            if (!decided)
                return decided.error();
            auto open = repo.conditions(wanted.changeId);
            if (!open)
                return open.error();
            const ApprovalState state =
                evaluateApproval(change.value(), decided.value(), open.value());
            if (auto ok = checkDecision(change.value(), state, wanted, rights->roles,
                                        rights->fileHasLogins);
                !ok)
                return ok.error();
            if (wanted.decidedAt <= 0)
                wanted.decidedAt = now;
            auto written = repo.insert(wanted);
            if (!written)
                return written.error();
            stored = written.value();
            QJsonObject after = withMeeting(toJson(stored), stored.meetingId);
            after.insert(QStringLiteral("ticket"), change->ticket);
            return AuditedWrite::Logged{stored.id, {}, after};
        });
    if (!done)
        return done.error();
    Q_EMIT changed(stored.changeId);
    return stored;
}

Result<CabDecision> CabDecisionService::withdraw(qint64 id, qint64 rowVersion) {
    return setWithdrawn(id, true, rowVersion);
}

Result<CabDecision> CabDecisionService::reinstate(qint64 id, qint64 rowVersion) {
    return setWithdrawn(id, false, rowVersion);
}

Result<CabDecision> CabDecisionService::setWithdrawn(qint64 id, bool withdrawn, qint64 rowVersion) {
    CabDecisionRepository repo(m_db);
    auto current = repo.find(id);
    if (!current)
        return current.error();
    auto change = ChangeRequestRepository(m_db).find(current->changeId);
    if (!change)
        return change.error();
    CabDecision stored;
    auto done = AuditedWrite::run(
        m_db, under(m_session, change->ticket), Action::DecideChange,
        withdrawn ? QStringLiteral("withdraw") : QStringLiteral("reinstate"), kEntity,
        [&](qint64) -> Result<AuditedWrite::Logged> {
            auto before = repo.find(id);
            if (!before)
                return before.error();
            if (rowVersion > 0 && before->rowVersion != rowVersion)
                return Error{Error::Kind::Stale,
                             QCoreApplication::translate("CabDecisionService",
                                                         "The decision on %1 was changed since "
                                                         "— reload.")
                                 .arg(change->ticket)};
            if (before->withdrawn == withdrawn)
                return Error{
                    Error::Kind::Stale,
                    QCoreApplication::translate("CabDecisionService",
                                                "The decision on %1 is already %2 — "
                                                "reload.")
                        .arg(change->ticket,
                             withdrawn
                                 ? QCoreApplication::translate("CabDecisionService", "withdrawn")
                                 : QCoreApplication::translate("CabDecisionService", "in force"))};
            auto written = repo.setWithdrawn(id, withdrawn, before->rowVersion);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{id, withMeeting(toJson(before.value()), before->meetingId),
                                        withMeeting(toJson(stored), stored.meetingId)};
        });
    if (!done)
        return done.error();
    Q_EMIT changed(stored.changeId);
    return stored;
}

Result<CabCondition> CabDecisionService::setConditionStatus(qint64 conditionId,
                                                            CabCondition::Status status,
                                                            qint64 rowVersion) {
    CabDecisionRepository repo(m_db);
    auto current = repo.findCondition(conditionId);
    if (!current)
        return current.error();
    auto change = ChangeRequestRepository(m_db).find(current->changeId);
    if (!change)
        return change.error();
    auto decision = repo.find(current->decisionId);
    const qint64 meetingId = decision ? decision->meetingId : 0;
    CabCondition stored;
    auto done = AuditedWrite::run(
        m_db, under(m_session, change->ticket), Action::DecideChange, QStringLiteral("update"),
        QStringLiteral("cab_condition"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            auto before = repo.findCondition(conditionId);
            if (!before)
                return before.error();
            if (rowVersion > 0 && before->rowVersion != rowVersion)
                return Error{Error::Kind::Stale,
                             QCoreApplication::translate("CabDecisionService",
                                                         "A condition on %1 was changed since — "
                                                         "reload.")
                                 .arg(change->ticket)};
            auto written = repo.setConditionStatus(conditionId, status, m_session.actor, now,
                                                   before->rowVersion);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{conditionId, withMeeting(toJson(before.value()), meetingId),
                                        withMeeting(toJson(stored), meetingId)};
        });
    if (!done)
        return done.error();
    Q_EMIT changed(stored.changeId);
    return stored;
}

} // namespace slipway
