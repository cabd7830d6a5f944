// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabDecision.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CabDecision)
};

} // namespace

QString toKey(DecisionOutcome outcome) {
    switch (outcome) {
    case DecisionOutcome::Approve:
        return QStringLiteral("approve");
    case DecisionOutcome::ApproveWithConditions:
        return QStringLiteral("approve_with_conditions");
    case DecisionOutcome::Reject:
        return QStringLiteral("reject");
    case DecisionOutcome::Defer:
        return QStringLiteral("defer");
    }
    return {};
}

std::optional<DecisionOutcome> decisionOutcomeFromKey(const QString& key) {
    for (DecisionOutcome o : {DecisionOutcome::Approve, DecisionOutcome::ApproveWithConditions,
                              DecisionOutcome::Reject, DecisionOutcome::Defer})
        if (toKey(o) == key)
            return o;
    return std::nullopt;
}

QString displayName(DecisionOutcome outcome) {
    switch (outcome) {
    case DecisionOutcome::Approve:
        return Text::tr("Approved");
    case DecisionOutcome::ApproveWithConditions:
        return Text::tr("Approved with conditions");
    case DecisionOutcome::Reject:
        return Text::tr("Rejected");
    case DecisionOutcome::Defer:
        return Text::tr("Deferred");
    }
    return {};
}

bool isApproval(DecisionOutcome outcome) {
    return outcome == DecisionOutcome::Approve || outcome == DecisionOutcome::ApproveWithConditions;
}

QString toKey(CabCondition::Status status) {
    switch (status) {
    case CabCondition::Status::Open:
        return QStringLiteral("open");
    case CabCondition::Status::Met:
        return QStringLiteral("met");
    case CabCondition::Status::Waived:
        return QStringLiteral("waived");
    }
    return {};
}

QJsonObject toJson(const CabCondition& c) {
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("decision_id"), c.decisionId},
        {QStringLiteral("change_id"), c.changeId},
        {QStringLiteral("text"), c.text},
        {QStringLiteral("owner"), c.owner},
        {QStringLiteral("due"), c.dueUtc > 0 ? QJsonValue(c.dueUtc) : QJsonValue()},
        {QStringLiteral("status"), toKey(c.status)},
        {QStringLiteral("closed_by"), c.closedBy},
        {QStringLiteral("row_version"), c.rowVersion},
    };
}

QJsonObject toJson(const CabDecision& d) {
    QJsonArray conditions;
    for (const CabCondition& c : d.conditions)
        conditions.append(c.text);
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("change_id"), d.changeId},
        {QStringLiteral("meeting_id"), d.meetingId > 0 ? QJsonValue(d.meetingId) : QJsonValue()},
        {QStringLiteral("outcome"), toKey(d.outcome)},
        {QStringLiteral("approver_role"), d.approverRole},
        {QStringLiteral("decided_by"), d.decidedBy},
        {QStringLiteral("decided_at"), d.decidedAt},
        {QStringLiteral("comment"), d.comment},
        {QStringLiteral("deferred_until"),
         d.deferredUntil > 0 ? QJsonValue(d.deferredUntil) : QJsonValue()},
        {QStringLiteral("deferred_meeting_id"),
         d.deferredMeetingId > 0 ? QJsonValue(d.deferredMeetingId) : QJsonValue()},
        {QStringLiteral("withdrawn"), d.withdrawn},
        {QStringLiteral("conditions"), conditions},
    };
}

} // namespace slipway
