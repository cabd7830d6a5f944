// SPDX-License-Identifier: GPL-3.0-or-later
#include "LifecycleService.h"

#include "ScheduleService.h"
#include "rules/ApprovalRules.h"
#include "storage/ApprovalInputsReader.h"
#include "storage/Database.h"
#include "storage/LifecycleFactsReader.h"
#include "storage/ScheduleRepository.h"

#include <QCoreApplication>
#include <QDateTime>

namespace slipway {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("LifecycleService", text);
}

// The schema that brought deployment records and overrides (0013_lifecycle.sql). Files are
// migrated on open; only tests write through an older schema, where no guard applies.
constexpr int kLifecycleSchemaVersion = 13;

// Each change's missing approvals, worded for a guard's detail.
void addApprovals(LifecycleRows& rows, const QHash<qint64, ApprovalState>& states) {
    for (auto it = rows.changesOf.cbegin(); it != rows.changesOf.cend(); ++it) {
        auto facts = rows.facts.find(it.key());
        if (facts == rows.facts.end())
            continue;
        for (qint64 changeId : it.value()) {
            const ApprovalState state = states.value(changeId);
            const QString ticket = rows.ticketOf.value(changeId);
            facts->openConditions += state.openConditions;
            switch (state.status) {
            case ApprovalStatus::Ready:
                break;
            case ApprovalStatus::Rejected:
                facts->approvalsMissing << tr("%1 was rejected").arg(ticket);
                break;
            case ApprovalStatus::Deferred:
                facts->approvalsMissing << tr("%1 was deferred").arg(ticket);
                break;
            case ApprovalStatus::ConditionsOpen:
                break; // counted in openConditions
            case ApprovalStatus::Pending: {
                const QStringList missing = state.missing();
                facts->approvalsMissing
                    << (missing.isEmpty()
                            ? tr("%1 awaits its approvals").arg(ticket)
                            : tr("%1 still needs %2").arg(ticket, missing.join(u", ")));
                break;
            }
            }
        }
    }
}

void addConflicts(LifecycleRows& rows, const QList<Conflict>& conflicts) {
    for (const Conflict& c : conflicts) {
        // Hard conflicts are what the window collides with; a role nobody covers is a
        // staffing question the calendar shows, not a reason to refuse a status.
        if (c.severity != Conflict::Severity::Error || c.kind == Conflict::Kind::RoleUncovered)
            continue;
        auto it = rows.facts.find(c.releaseId);
        if (it != rows.facts.end())
            it->hardConflicts << c.message();
    }
}

// Where each change of the releases in question stands, from the lean approval inputs.
Result<QHash<qint64, ApprovalState>> approvalStates(Database& db, qint64 releaseId) {
    auto in = ApprovalInputsReader(db).read(releaseId);
    if (!in)
        return in.error();
    QHash<qint64, ApprovalState> out;
    out.reserve(in->changes.size());
    for (const ChangeRequest& c : std::as_const(in->changes))
        out.insert(c.id,
                   evaluateApproval(c, in->decisions.value(c.id), in->conditions.value(c.id)));
    return out;
}

} // namespace

LifecycleService::LifecycleService(Database& db)
    : m_db(db) {}

LifecycleClock LifecycleService::clock() const {
    return LifecycleClock{QDateTime::currentSecsSinceEpoch(), m_emergencyDays};
}

Result<QHash<qint64, LifecycleFacts>> LifecycleService::allFacts(bool withConflicts) const {
    if (!withConflicts)
        return allFacts(QList<Conflict>());
    auto conflicts = ScheduleService(m_db).allConflicts();
    if (!conflicts)
        return conflicts.error();
    return allFacts(conflicts.value());
}

Result<QHash<qint64, LifecycleFacts>>
LifecycleService::allFacts(const QList<Conflict>& conflicts) const {
    auto rows = LifecycleFactsReader(m_db).read();
    if (!rows)
        return rows.error();
    m_emergencyDays = rows->emergencyApprovalDays;
    auto states = approvalStates(m_db, 0);
    if (!states)
        return states.error();
    addApprovals(rows.value(), states.value());
    addConflicts(rows.value(), conflicts);
    return rows->facts;
}

Result<LifecycleFacts> LifecycleService::facts(qint64 releaseId) const {
    auto rows = LifecycleFactsReader(m_db).read(releaseId);
    if (!rows)
        return rows.error();
    m_emergencyDays = rows->emergencyApprovalDays;
    if (!rows->facts.contains(releaseId))
        return Error{Error::Kind::NotFound,
                     tr("Release %1 no longer exists — reload.").arg(releaseId)};
    if (!rows->changesOf.value(releaseId).isEmpty()) {
        auto states = approvalStates(m_db, releaseId);
        if (!states)
            return states.error();
        addApprovals(rows.value(), states.value());
    }
    auto window = ScheduleRepository(m_db).windowOf(releaseId);
    if (window && window->when.end > window->when.start) {
        auto conflicts = ScheduleService(m_db).conflicts(window->when);
        if (!conflicts)
            return conflicts.error();
        QList<Conflict> own;
        for (const Conflict& c : conflicts.value())
            if (c.releaseId == releaseId)
                own << c;
        addConflicts(rows.value(), own);
    }
    return rows->facts.value(releaseId);
}

Result<TransitionCheck> LifecycleService::check(qint64 releaseId, ReleaseStatus to) const {
    auto f = facts(releaseId);
    if (!f)
        return f.error();
    return checkTransition(f.value(), to, clock());
}

Result<void> LifecycleService::require(qint64 releaseId, ReleaseStatus from,
                                       ReleaseStatus to) const {
    if (from == to || m_db.schemaVersion() < kLifecycleSchemaVersion)
        return {};
    auto f = facts(releaseId);
    if (!f)
        return f.error();
    f->status = from;
    const TransitionCheck check = checkTransition(f.value(), to, clock());
    if (check.ok())
        return {};
    return refusal(f->label, check);
}

Error LifecycleService::refusal(const QString& label, const TransitionCheck& check) {
    return Error{Error::Kind::Refused, tr("%1 cannot become %2: %3")
                                           .arg(label, displayName(check.to),
                                                check.reasons().join(QStringLiteral("; ")))};
}

} // namespace slipway
