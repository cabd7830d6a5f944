// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApprovalInputsReader.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("ApprovalInputsReader", "reading change approvals");
}

// The changes in question: every change raised for a release, or for one release.
QString changesOf(qint64 releaseId) {
    return releaseId > 0
               ? QStringLiteral("SELECT id FROM change_requests WHERE release_id = ?")
               : QStringLiteral("SELECT id FROM change_requests WHERE release_id IS NOT NULL");
}

} // namespace

ApprovalInputsReader::ApprovalInputsReader(Database& db)
    : m_db(db) {}

Result<ApprovalInputs> ApprovalInputsReader::read(qint64 releaseId) const {
    ApprovalInputs in;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const auto run = [&](const QString& sql) {
        if (!q.prepare(sql))
            return false;
        if (releaseId > 0)
            q.addBindValue(releaseId);
        return q.exec();
    };

    if (!run(QStringLiteral("SELECT id, ticket, release_id, risk_level, requested_by, change_type "
                            "FROM change_requests WHERE id IN (") +
             changesOf(releaseId) + QStringLiteral(") ORDER BY ticket, id")))
        return m_db.errorFrom(q.lastError(), doing());
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        ChangeRequest c;
        c.id = q.value(0).toLongLong();
        c.ticket = q.value(1).toString();
        c.releaseId = q.value(2).toLongLong();
        c.riskLevel = riskLevelFromKey(q.value(3).toString()).value_or(RiskLevel::Medium);
        c.requestedBy = q.value(4).toString();
        c.type = changeTypeFromKey(q.value(5).toString()).value_or(ChangeType::Normal);
        index.insert(c.id, in.changes.size());
        in.changes.append(c);
    }

    if (!run(QStringLiteral("SELECT change_id, tag FROM change_request_tags WHERE change_id IN (") +
             changesOf(releaseId) + QStringLiteral(") ORDER BY 1, 2")))
        return m_db.errorFrom(q.lastError(), doing());
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            in.changes[*it].tags.append(q.value(1).toString());
    }

    if (!run(QStringLiteral("SELECT id, change_id, outcome, approver_role, decided_by, "
                            "decided_at, deferred_until, deferred_meeting_id, withdrawn "
                            "FROM cab_decisions WHERE change_id IN (") +
             changesOf(releaseId) + QStringLiteral(") ORDER BY decided_at, id")))
        return m_db.errorFrom(q.lastError(), doing());
    while (q.next()) {
        CabDecision d;
        d.id = q.value(0).toLongLong();
        d.changeId = q.value(1).toLongLong();
        d.outcome = decisionOutcomeFromKey(q.value(2).toString()).value_or(DecisionOutcome::Defer);
        d.approverRole = q.value(3).toString();
        d.decidedBy = q.value(4).toString();
        d.decidedAt = q.value(5).toLongLong();
        d.deferredUntil = q.value(6).toLongLong();
        d.deferredMeetingId = q.value(7).toLongLong();
        d.withdrawn = q.value(8).toBool();
        in.decisions[d.changeId].append(d);
    }

    if (!run(QStringLiteral("SELECT id, decision_id, change_id, text, status FROM cab_conditions "
                            "WHERE decision_id IN (SELECT id FROM cab_decisions WHERE "
                            "withdrawn = 0) AND change_id IN (") +
             changesOf(releaseId) + QStringLiteral(") ORDER BY id")))
        return m_db.errorFrom(q.lastError(), doing());
    while (q.next()) {
        CabCondition c;
        c.id = q.value(0).toLongLong();
        c.decisionId = q.value(1).toLongLong();
        c.changeId = q.value(2).toLongLong();
        c.text = q.value(3).toString();
        const QString status = q.value(4).toString();
        c.status = status == u"met"      ? CabCondition::Status::Met
                   : status == u"waived" ? CabCondition::Status::Waived
                                         : CabCondition::Status::Open;
        in.conditions[c.changeId].append(c);
    }
    return in;
}

} // namespace slipway
