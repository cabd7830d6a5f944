// SPDX-License-Identifier: GPL-3.0-or-later
// GateService: evidence from CI output, reviewed findings and manual checks.
#include "GateService.h"

#include "AuditedWrite.h"
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
namespace {

QDateTime at(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

QJsonObject snapshotJson(const EvidenceSnapshot& s) {
    return s.evidence ? toJson(*s.evidence) : QJsonObject{};
}

} // namespace

Result<EvidenceSnapshot> GateService::importFile(qint64 criterionId, const QString& path,
                                                 std::optional<CriterionKind> expected,
                                                 EvidenceSnapshot* written,
                                                 const QStringList& artifactDigests) {
    // Everything is read and checked before the transaction: a refused file changes nothing.
    QStringList digests;
    for (const QString& given : artifactDigests) {
        const QString digest = normalisedSha256(given);
        if (digest.isEmpty())
            return Error{Error::Kind::Usage,
                         tr("“%1” is not a SHA-256 digest (64 hexadecimal digits)")
                             .arg(given.simplified().left(80))};
        if (!digests.contains(digest))
            digests << digest;
    }
    std::sort(digests.begin(), digests.end());
    auto target = criterion(criterionId);
    if (!target)
        return target.error();
    if (expected && target->spec.kind != *expected)
        return Error{Error::Kind::Usage,
                     tr("“%1” is a %2 criterion, not a %3 one")
                         .arg(target->spec.name, displayName(target->spec.kind).toLower(),
                              displayName(*expected).toLower())};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto fresh = GateEvidence::read(target->spec, path, m_session.actor, now);
    if (!fresh)
        return fresh.error();
    if (fresh->evidence)
        fresh->evidence->artifactDigests = digests;
    if (written)
        *written = fresh.value();
    return restoreEvidence(criterionId, fresh.value());
}

Result<EvidenceSnapshot> GateService::restoreEvidence(qint64 criterionId,
                                                      const EvidenceSnapshot& snapshot,
                                                      std::optional<qint64> expectedRowVersion) {
    EvidenceSnapshot previous;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::RecordGateEvidence,
        snapshot.evidence ? QStringLiteral("import_evidence") : QStringLiteral("clear_evidence"),
        QStringLiteral("gate_criterion"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            GateRepository repo(m_db);
            auto before = repo.snapshot(criterionId);
            if (!before)
                return before.error();
            previous = before.value();
            if (expectedRowVersion && previous.rowVersion != *expectedRowVersion)
                return staleRowErrorByColumn(m_db, QStringLiteral("gate_criteria"), criterionId,
                                             QStringLiteral("name"));
            if (auto written = repo.setEvidence(criterionId, snapshot, m_session.actor, now);
                !written)
                return written.error();
            return AuditedWrite::Logged{criterionId, snapshotJson(previous),
                                        snapshotJson(snapshot)};
        });
    if (!done)
        return done.error();
    announceCriterion(criterionId);
    return previous;
}

Result<void> GateService::markFalsePositive(qint64 criterionId, const QString& fingerprint,
                                            const QString& reason) {
    if (reason.trimmed().isEmpty())
        return Error{Error::Kind::Validation,
                     tr("Say why the finding is a false positive; the reason is kept on record.")};
    auto done = AuditedWrite::run(
        m_db, m_session, Action::ReviewFinding, QStringLiteral("mark_false_positive"),
        QStringLiteral("gate_finding"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            GateRepository repo(m_db);
            auto before = repo.review(criterionId, fingerprint);
            if (!before)
                return before.error();
            if (auto written =
                    repo.setReview(criterionId, fingerprint, reason, m_session.actor, now);
                !written)
                return written.error();
            QJsonObject was;
            if (before->isFalsePositive())
                was = {{QStringLiteral("reason"), before->falsePositiveReason},
                       {QStringLiteral("reviewed_by"), before->reviewedBy}};
            return AuditedWrite::Logged{criterionId,
                                        was,
                                        {{QStringLiteral("fingerprint"), fingerprint},
                                         {QStringLiteral("reason"), reason.trimmed()},
                                         {QStringLiteral("reviewed_by"), m_session.actor}}};
        });
    if (done)
        announceCriterion(criterionId);
    return done;
}

Result<void> GateService::clearFalsePositive(qint64 criterionId, const QString& fingerprint) {
    auto done = AuditedWrite::run(
        m_db, m_session, Action::ReviewFinding, QStringLiteral("clear_false_positive"),
        QStringLiteral("gate_finding"), [&](qint64) -> Result<AuditedWrite::Logged> {
            GateRepository repo(m_db);
            auto before = repo.review(criterionId, fingerprint);
            if (!before)
                return before.error();
            if (!before->isFalsePositive())
                return Error{Error::Kind::Validation,
                             tr("That finding is not marked as a false positive.")};
            if (auto cleared = repo.clearReview(criterionId, fingerprint); !cleared)
                return cleared.error();
            return AuditedWrite::Logged{criterionId,
                                        {{QStringLiteral("fingerprint"), fingerprint},
                                         {QStringLiteral("reason"), before->falsePositiveReason},
                                         {QStringLiteral("reviewed_by"), before->reviewedBy}},
                                        {}};
        });
    if (done)
        announceCriterion(criterionId);
    return done;
}

Result<GateCriterion> GateService::setChecked(qint64 criterionId, bool checked,
                                              qint64 expectedRowVersion) {
    auto target = criterion(criterionId);
    if (!target)
        return target.error();
    const bool approval = target->spec.kind == CriterionKind::Approval;
    if (!approval && target->spec.kind != CriterionKind::Manual)
        return Error{Error::Kind::Validation,
                     tr("“%1” is evaluated from a file, not ticked.").arg(target->spec.name)};
    if (approval) {
        // Approval by a role: once logins exist, only a holder of that role may give it.
        auto rights = PeopleRepository(m_db).rightsOf(m_session.actor);
        if (!rights)
            return rights.error();
        if (rights->fileHasLogins && !rights->fileReadOnly &&
            !rights->roles.contains(target->spec.role))
            return Error{Error::Kind::Permission,
                         tr("%1 may not give “%2”: that needs the %3 role.")
                             .arg(m_session.actor, target->spec.name, target->spec.role)};
    }
    GateCriterion saved;
    auto done = AuditedWrite::run(
        m_db, m_session, approval ? Action::ApproveGateCriterion : Action::TickManualCheck,
        approval ? (checked ? QStringLiteral("approve") : QStringLiteral("revoke_approval"))
                 : (checked ? QStringLiteral("tick") : QStringLiteral("untick")),
        QStringLiteral("gate_criterion"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            const QString by = checked ? m_session.actor : QString();
            if (auto written = GateRepository(m_db).setChecked(
                    criterionId, by, at(now), m_session.actor, now, expectedRowVersion);
                !written)
                return written.error();
            // Read inside the transaction: the version returned is the one this write left.
            auto after = GateRepository(m_db).findCriterion(criterionId);
            if (!after)
                return after.error();
            saved = after.value();
            return AuditedWrite::Logged{
                criterionId,
                {{QStringLiteral("name"), target->spec.name},
                 {QStringLiteral("checked_by"), target->checkedBy}},
                {{QStringLiteral("name"), target->spec.name}, {QStringLiteral("checked_by"), by}}};
        });
    if (!done)
        return done.error();
    announceCriterion(criterionId);
    return saved;
}

} // namespace slipway
