// SPDX-License-Identifier: GPL-3.0-or-later
// GateService: waivers, requested by one person and approved by another.
#include "GateService.h"

#include "AuditHistory.h"
#include "AuditedWrite.h"
#include "domain/Login.h"
#include "io/GateEvidence.h"
#include "rules/GateRigour.h"
#include "storage/Database.h"
#include "storage/GateRepository.h"
#include "storage/GateTemplateRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/RiskAssessmentRepository.h"
#include "storage/StaleRow.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace slipway {
Result<GateWaiver> GateService::requestWaiver(const GateWaiver& waiver) {
    GateWaiver fresh = waiver;
    fresh.id = 0;
    fresh.requestedBy = m_session.actor;
    fresh.requestedAt = QDateTime::currentDateTimeUtc();
    fresh.approvedBy.clear();
    fresh.approvedAt = {};
    fresh.validationDoneBy.clear();
    fresh.validationDoneAt = {};
    return storeWaiver(fresh);
}

Result<GateWaiver> GateService::restoreWaiver(const GateWaiver& waiver) {
    if (waiver.id == 0)
        return requestWaiver(waiver);
    return storeWaiver(waiver);
}

Result<GateWaiver> GateService::storeWaiver(const GateWaiver& waiver) {
    if (const QStringList problems = validateWaiver(waiver); !problems.isEmpty())
        return Error{Error::Kind::Validation, problems.join(u' ')};
    GateWaiver stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::RequestWaiver,
        waiver.id ? QStringLiteral("restore") : QStringLiteral("request_waiver"),
        QStringLiteral("gate_waiver"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            if (waiver.id != 0) {
                // Undo of a withdrawal brings back who asked, approved and validated only as
                // the audit log saw them do it.
                const AuditHistory history(m_db, QStringLiteral("gate_waiver"), waiver.id,
                                           {QStringLiteral("request_waiver")});
                if (waiver.requestedBy.trimmed().isEmpty())
                    return Error{Error::Kind::Validation, tr("Say who requested the waiver.")};
                auto ok = history.confirms(waiver.requestedBy, {QStringLiteral("request_waiver")},
                                           {}, tr("requested this waiver"));
                if (ok)
                    ok = history.confirms(waiver.approvedBy, {QStringLiteral("approve_waiver")},
                                          {QStringLiteral("revoke_waiver_approval")},
                                          tr("approved this waiver"));
                if (ok)
                    ok = history.confirms(
                        waiver.validationDoneBy, {QStringLiteral("complete_validation")},
                        {QStringLiteral("reopen_validation")}, tr("closed its validation task"));
                if (!ok)
                    return ok.error();
            }
            GateRepository repo(m_db);
            auto gate = repo.findGate(waiver.gateId);
            if (!gate)
                return gate.error();
            if (waiver.criterionId == 0) {
                auto release = ReleaseRepository(m_db).find(gate->releaseId);
                if (!release)
                    return release.error();
                if (release->type != ReleaseType::Emergency)
                    return Error{Error::Kind::Validation,
                                 tr("Only an emergency release may waive a whole gate; waive "
                                    "the criteria of “%1” one by one.")
                                     .arg(gate->name)};
            } else {
                const bool inGate =
                    std::any_of(gate->criteria.cbegin(), gate->criteria.cend(),
                                [&](const GateCriterion& c) { return c.id == waiver.criterionId; });
                if (!inGate)
                    return Error{Error::Kind::Validation,
                                 tr("That criterion is not part of “%1”.").arg(gate->name)};
            }
            auto written = repo.insertWaiver(waiver, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{stored.id, {}, toJson(stored)};
        });
    if (!done)
        return done.error();
    announceGate(stored.gateId);
    return stored;
}

Result<void> GateService::withdrawWaiver(qint64 waiverId, qint64 expectedRowVersion) {
    qint64 gateId = 0;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::RequestWaiver, QStringLiteral("withdraw_waiver"),
        QStringLiteral("gate_waiver"), [&](qint64) -> Result<AuditedWrite::Logged> {
            GateRepository repo(m_db);
            auto before = repo.findWaiver(waiverId);
            if (!before)
                return before.error();
            gateId = before->gateId;
            if (before->rowVersion != expectedRowVersion)
                return staleRowError(m_db, QStringLiteral("gate_waivers"), waiverId, tr("waiver"));
            if (auto removed = repo.removeWaiver(waiverId); !removed)
                return removed.error();
            return AuditedWrite::Logged{waiverId, toJson(before.value()), {}};
        });
    if (done)
        announceGate(gateId);
    return done;
}

Result<GateWaiver> GateService::changeWaiver(qint64 waiverId, qint64 expectedRowVersion,
                                             Action action, const QString& auditAction,
                                             const std::function<Result<void>(GateWaiver&)>& edit) {
    GateWaiver stored;
    auto done = AuditedWrite::run(
        m_db, m_session, action, auditAction, QStringLiteral("gate_waiver"),
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            GateRepository repo(m_db);
            auto before = repo.findWaiver(waiverId);
            if (!before)
                return before.error();
            GateWaiver changed = before.value();
            changed.rowVersion = expectedRowVersion; // the write refuses over a newer one
            if (auto ok = edit(changed); !ok)
                return ok.error();
            auto written = repo.updateWaiver(changed, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{waiverId, toJson(before.value()), toJson(stored)};
        });
    if (!done)
        return done.error();
    announceGate(stored.gateId);
    return stored;
}

Result<GateWaiver> GateService::approveWaiver(qint64 waiverId, qint64 expectedRowVersion) {
    return changeWaiver(
        waiverId, expectedRowVersion, Action::ApproveWaiver, QStringLiteral("approve_waiver"),
        [this](GateWaiver& w) -> Result<void> {
            if (sameLogin(w.requestedBy, m_session.actor))
                return Error{Error::Kind::Permission,
                             tr("%1 asked for this waiver, so cannot approve it; "
                                "someone else must.")
                                 .arg(m_session.actor)};
            if (w.isApproved())
                return Error{Error::Kind::Validation,
                             tr("%1 has already approved this waiver.").arg(w.approvedBy)};
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (w.isExpired(now))
                return Error{Error::Kind::Validation,
                             tr("This waiver expired on %1; ask for a new one.")
                                 .arg(w.expiresAt.toString(QStringLiteral("yyyy-MM-dd")))};
            w.approvedBy = m_session.actor;
            w.approvedAt = now;
            return {};
        });
}

Result<GateWaiver> GateService::revokeWaiverApproval(qint64 waiverId, qint64 expectedRowVersion) {
    return changeWaiver(waiverId, expectedRowVersion, Action::ApproveWaiver,
                        QStringLiteral("revoke_waiver_approval"),
                        [](GateWaiver& w) -> Result<void> {
                            w.approvedBy.clear();
                            w.approvedAt = {};
                            return {};
                        });
}

Result<GateWaiver> GateService::setValidationDone(qint64 waiverId, bool done,
                                                  qint64 expectedRowVersion) {
    return changeWaiver(
        waiverId, expectedRowVersion, Action::CompleteValidationTask,
        done ? QStringLiteral("complete_validation") : QStringLiteral("reopen_validation"),
        [this, done](GateWaiver& w) -> Result<void> {
            w.validationDoneBy = done ? m_session.actor : QString();
            w.validationDoneAt = done ? QDateTime::currentDateTimeUtc() : QDateTime();
            return {};
        });
}

} // namespace slipway
