// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabDecisionService.h"

#include "AuditedWrite.h"
#include "domain/Login.h"
#include "storage/CabDecisionRepository.h"
#include "storage/ChangeRequestRepository.h"
#include "storage/PeopleRepository.h"

#include <QCoreApplication>
#include <QSet>

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

// The requester as the approval rules must compare them: a change requested by a person's
// name or mail address ("Priya Raman", priya.raman@example.com) is requested by that
// person's login, so they cannot approve it under their login either.
class Requesters {
public:
    static Result<Requesters> of(Database& db) {
        auto people = PeopleRepository(db).all();
        if (!people)
            return people.error();
        Requesters out;
        QSet<QString> logins;
        for (const Person& p : std::as_const(people.value()))
            if (!p.login.trimmed().isEmpty())
                logins.insert(loginKey(p.login));
        // A login is always its own person; a name or address stands for a login only when
        // it is no one's login and belongs to a single person with a login.
        QSet<QString> ambiguous;
        for (const Person& p : std::as_const(people.value())) {
            if (p.login.trimmed().isEmpty())
                continue;
            for (const QString& alias : {p.name, p.email, p.email.section(u'@', 0, 0)}) {
                const QString key = loginKey(alias);
                if (key.isEmpty() || logins.contains(key))
                    continue;
                if (out.m_login.contains(key) && !sameLogin(out.m_login.value(key), p.login))
                    ambiguous.insert(key);
                out.m_login.insert(key, p.login);
            }
        }
        for (const QString& key : std::as_const(ambiguous))
            out.m_login.remove(key);
        return out;
    }
    ChangeRequest resolved(ChangeRequest change) const {
        change.requestedBy = m_login.value(loginKey(change.requestedBy), change.requestedBy);
        return change;
    }

private:
    QHash<QString, QString> m_login; // name, address or mail handle (loginKey): login
};

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
    auto requesters = Requesters::of(m_db);
    if (!requesters)
        return requesters.error();
    CabDecisionRepository repo(m_db);
    auto decided = repo.forChange(changeId);
    if (!decided)
        return decided.error();
    auto open = repo.conditions(changeId);
    if (!open)
        return open.error();
    return evaluateApproval(requesters->resolved(change.value()), decided.value(), open.value());
}

Result<QHash<qint64, ApprovalState>> CabDecisionService::approvalStates(Database& db) {
    auto changes = ChangeRequestRepository(db).all();
    if (!changes)
        return changes.error();
    auto requesters = Requesters::of(db);
    if (!requesters)
        return requesters.error();
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
        out.insert(c.id, evaluateApproval(requesters->resolved(c), byChange.value(c.id),
                                          conditionsOf.value(c.id)));
    return out;
}

Result<QString> CabDecisionService::nextApprovalRole(qint64 changeId) const {
    auto change = ChangeRequestRepository(m_db).find(changeId);
    if (!change)
        return change.error();
    auto requesters = Requesters::of(m_db);
    if (!requesters)
        return requesters.error();
    auto state = approvalState(changeId);
    if (!state)
        return state.error();
    auto rights = PeopleRepository(m_db).rightsOf(m_session.actor);
    if (!rights)
        return rights.error();
    return slipway::nextApprovalRole(requesters->resolved(change.value()), state.value(),
                                     m_session.actor, rights->roles, rights->fileHasLogins);
}

Result<CabDecision> CabDecisionService::record(const CabDecision& decision) {
    // A decision is the acting user's own: one taken by someone else is recorded from their
    // account, so the audit log and the approval rules see who really decided.
    if (!decision.decidedBy.trimmed().isEmpty() && !sameLogin(decision.decidedBy, m_session.actor))
        return Error{Error::Kind::Permission,
                     QCoreApplication::translate("CabDecisionService",
                                                 "Decisions are recorded as made by you (%1); "
                                                 "record %2's decision from %2's account.")
                         .arg(m_session.actor, decision.decidedBy.trimmed())};
    auto found = ChangeRequestRepository(m_db).find(decision.changeId);
    if (!found)
        return found.error();
    auto requesters = Requesters::of(m_db);
    if (!requesters)
        return requesters.error();
    const ChangeRequest change = requesters->resolved(found.value());
    CabDecision wanted = decision;
    wanted.decidedBy = m_session.actor;
    auto rights = PeopleRepository(m_db).rightsOf(m_session.actor);
    if (!rights)
        return rights.error();
    CabDecision stored;
    auto done = AuditedWrite::run(
        m_db, under(m_session, change.ticket), Action::DecideChange, toKey(wanted.outcome), kEntity,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            // The rules read the decisions inside the write lock: two board members pressing
            // A at once cannot both take the last approval.
            CabDecisionRepository repo(m_db);
            auto decided = repo.forChange(wanted.changeId);
            if (!decided)
                return decided.error();
            auto open = repo.conditions(wanted.changeId);
            if (!open)
                return open.error();
            const ApprovalState state = evaluateApproval(change, decided.value(), open.value());
            if (auto ok =
                    checkDecision(change, state, wanted, rights->roles, rights->fileHasLogins);
                !ok)
                return ok.error();
            if (wanted.decidedAt <= 0)
                wanted.decidedAt = now;
            auto written = repo.insert(wanted);
            if (!written)
                return written.error();
            stored = written.value();
            QJsonObject after = withMeeting(toJson(stored), stored.meetingId);
            after.insert(QStringLiteral("ticket"), change.ticket);
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
                return repo.staleDecision(id, change->ticket);
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
                return repo.staleCondition(conditionId, change->ticket);
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
