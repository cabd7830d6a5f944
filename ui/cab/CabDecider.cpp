// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabDecider.h"

#include "RecordDecisionCommand.h"
#include "rules/ApprovalRules.h"
#include "services/CabDecisionService.h"
#include "services/CabMeetingService.h"

#include <QDateTime>
#include <QPointer>
#include <QUndoStack>

namespace slipway::ui {

CabDecider::CabDecider(CabDecisionService& decisions, CabMeetingService& meetings, QUndoStack* undo,
                       QObject* parent)
    : QObject(parent)
    , m_decisions(decisions)
    , m_meetings(meetings)
    , m_undo(undo) {}

// NOLINTBEGIN(performance-unnecessary-value-param): by value on purpose, see CabDecider.h
bool CabDecider::decide(qint64 meetingId, qint64 changeId, QString ticket, DecisionOutcome outcome,
                        QStringList conditions, QString comment, QString* message) {
    // NOLINTEND(performance-unnecessary-value-param)
    CabDecision d;
    d.changeId = changeId;
    d.meetingId = meetingId;
    d.outcome = outcome;
    d.comment = std::move(comment);
    d.decidedBy = m_decisions.session().actor;
    if (isApproval(outcome)) {
        auto role = m_decisions.nextApprovalRole(changeId);
        if (!role) {
            if (message)
                *message = role.error().message;
            return false;
        }
        if (role->isEmpty()) {
            auto state = m_decisions.approvalState(changeId);
            const QStringList missing = state ? state->missing() : QStringList();
            if (message)
                *message = missing.isEmpty()
                               ? tr("%1 already has every approval it needs.").arg(ticket)
                               : tr("%1 cannot give the approval %2 still needs (%3): another "
                                    "person must.")
                                     .arg(d.decidedBy, ticket, missing.join(QStringLiteral(", ")));
            return false;
        }
        d.approverRole = role.value();
        for (const QString& c : conditions)
            if (!c.trimmed().isEmpty())
                d.conditions << CabCondition{0, 0, changeId, c.trimmed()};
    }
    if (outcome == DecisionOutcome::Defer) {
        auto all = m_meetings.all();
        qint64 start = 0;
        if (all)
            for (const CabMeeting& m : all.value())
                if (m.id == meetingId)
                    start = m.startUtc;
        if (all)
            for (const CabMeeting& m : all.value())
                if (m.startUtc > start && d.deferredMeetingId == 0 && m.id != meetingId)
                    d.deferredMeetingId = m.id;
        if (d.deferredMeetingId == 0)
            d.deferredUntil =
                (start > 0 ? start : QDateTime::currentSecsSinceEpoch()) + qint64(7) * 86400;
    }
    m_lastError.clear();
    auto* command =
        new RecordDecisionCommand(m_decisions, d, tr("%1 %2").arg(displayName(outcome), ticket),
                                  [self = QPointer<CabDecider>(this)](const QString& why) {
                                      if (!self)
                                          return;
                                      self->m_lastError = why;
                                      Q_EMIT self->refused(why);
                                  });
    m_undo->push(command);
    if (!m_lastError.isEmpty()) {
        if (message)
            *message = m_lastError;
        return false;
    }
    if (message) {
        *message = displayName(outcome);
        if (isApproval(outcome))
            *message += QStringLiteral(" (") + approvalRoleName(d.approverRole) + u')';
        *message += tr(": %1, by %2, recorded in the audit log.").arg(ticket, d.decidedBy);
    }
    return true;
}

} // namespace slipway::ui
