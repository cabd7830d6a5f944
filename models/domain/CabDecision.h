// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace slipway {

enum class DecisionOutcome { Approve, ApproveWithConditions, Reject, Defer };

QString toKey(DecisionOutcome outcome); // "approve", "approve_with_conditions" …
std::optional<DecisionOutcome> decisionOutcomeFromKey(const QString& key);
QString displayName(DecisionOutcome outcome);
bool isApproval(DecisionOutcome outcome);

// Something an "approve with conditions" asks for before the change may go ahead.
struct CabCondition {
    enum class Status { Open, Met, Waived };
    qint64 id = 0;
    qint64 decisionId = 0;
    qint64 changeId = 0;
    QString text;
    QString owner;
    qint64 dueUtc = 0; // 0: no date
    Status status = Status::Open;
    QString closedBy;
    qint64 closedAt = 0;
    qint64 rowVersion = 0;
};

QString toKey(CabCondition::Status status); // "open", "met", "waived"

// One decision on a change request: who took it, when, in which meeting and why. A
// decision taken by mistake is withdrawn (kept, marked), never deleted.
struct CabDecision {
    qint64 id = 0;
    qint64 changeId = 0;
    qint64 meetingId = 0; // 0: outside a meeting
    DecisionOutcome outcome = DecisionOutcome::Approve;
    QString approverRole; // for approvals: the required approval it gives ("cab" …)
    QString decidedBy;
    qint64 decidedAt = 0;
    QString comment;
    qint64 deferredUntil = 0;     // defer: to a date …
    qint64 deferredMeetingId = 0; // … or to a meeting
    bool withdrawn = false;
    qint64 rowVersion = 0;
    QList<CabCondition> conditions; // approve with conditions: what it asks for
};

QJsonObject toJson(const CabDecision& decision);
QJsonObject toJson(const CabCondition& condition);

} // namespace slipway
