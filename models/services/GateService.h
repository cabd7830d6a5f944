// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Gate.h"
#include "domain/Result.h"
#include "rules/GateEvaluator.h"
#include "rules/Permissions.h"
#include "rules/RiskClassifier.h"

#include <QObject>

#include <functional>
#include <optional>

namespace slipway {

class Database;
struct Release;

// Quality gates: templates per release type, each release's gates, evidence from CI output,
// false-positive reviews, manual checks, approvals, waivers, promotion and escalation.
// Every change checks the permission and writes its audit entry in the same transaction;
// each has an inverse the undo commands use.
class GateService : public QObject {
    Q_OBJECT
public:
    GateService(Database& db, Session session, QObject* parent = nullptr);

    const Session& session() const { return m_session; }

    // --- reading
    Result<QList<ReleaseGate>> gatesOf(qint64 releaseId) const;
    Result<ReleaseGate> gate(qint64 gateId) const;
    Result<GateCriterion> criterion(qint64 criterionId) const;
    Result<QList<GateFinding>> findings(qint64 criterionId) const;
    Result<QList<GateTemplate>> templates() const;
    Result<PromotionCheck> promotionCheck(qint64 releaseId, const QDateTime& now = {}) const;
    // The release's criterion called `name`; refuses a name that is missing or ambiguous.
    Result<GateCriterion> criterionNamed(qint64 releaseId, const QString& name) const;

    // Gates the CAB must hear of, for an agenda covering [from, to): gates of releases not
    // closed or cancelled that are failing or still pending past their due date, or waived
    // (whole or in part), whose due date (else the window start) is before `to` — and, for
    // waivers, not before `from`; unresolved failures stay listed until resolved. An invalid
    // bound is open. Ordered by due date. `now` decides "past due" (default: the clock).
    Result<QList<GateEscalation>> escalations(const QDateTime& from, const QDateTime& to,
                                              const QDateTime& now = {}) const;

    // --- templates
    Result<GateTemplate> createTemplate(const GateTemplate& gate);
    Result<GateTemplate> updateTemplate(const GateTemplate& gate);
    Result<void> removeTemplate(qint64 id, qint64 rowVersion);
    Result<GateTemplate> restoreTemplate(const GateTemplate& gate); // undo of a removal

    Result<GateTemplate> templateById(qint64 id) const;
    // Moves a template to `toIndex` among its release type's templates (renumbering them);
    // returns the index it had.
    Result<int> moveTemplate(qint64 id, int toIndex);

    // --- a release's gates
    // The gate keys and approving roles the release's risk assessment asks for
    // (RiskClassifier::rigourFor at its level, for the release's type); empty without one.
    Result<PlanningRigour> assessedRigour(qint64 releaseId) const;

    // Adds the gates of the release's type template that it lacks, plus what its planning
    // rigour names: the rigour of its risk assessment when it has one, and the gate keys and
    // approving roles given here. Returns the gates added, as stored.
    Result<QList<ReleaseGate>> addGates(qint64 releaseId, const QStringList& rigourGates = {},
                                        const QStringList& rigourApprovals = {});
    // addGates, counting.
    Result<int> instantiate(qint64 releaseId, const QStringList& rigourGates = {},
                            const QStringList& rigourApprovals = {});
    // Takes gates added by addGates off the release again (its undo). Refuses a gate that has
    // since got evidence, a tick or approval, a waiver or a promotion. Returns them as they were.
    Result<QList<ReleaseGate>> removeGates(qint64 releaseId, const QList<qint64>& gateIds);
    // Puts removed gates back under their old ids (redo of addGates).
    Result<void> restoreGates(qint64 releaseId, const QList<ReleaseGate>& gates);

    // Reads the file as the criterion's kind needs (JUnit XML, SARIF, benchmark JSON/CSV),
    // refusing it whole on any problem, and stores it as the criterion's evidence. Returns
    // what the criterion held before, for undo. `expected` refuses a criterion of another kind.
    // Returns what the import replaced; `written`, when given, receives what it wrote.
    // `artifactDigests` (SHA-256, any case) name the artifacts the file was produced against;
    // one that is not 64 hex digits refuses the import (Usage).
    Result<EvidenceSnapshot> importFile(qint64 criterionId, const QString& path,
                                        std::optional<CriterionKind> expected = std::nullopt,
                                        EvidenceSnapshot* written = nullptr,
                                        const QStringList& artifactDigests = {});
    // Puts back evidence as it was (undo/redo of an import); returns what it replaced.
    // With `expectedRowVersion`, refuses (Stale, naming who) unless the criterion is still at
    // that version; the snapshot returned says the version it had before this write.
    Result<EvidenceSnapshot> restoreEvidence(qint64 criterionId, const EvidenceSnapshot& snapshot,
                                             std::optional<qint64> expectedRowVersion = {});

    // A finding a person reviewed as not a real problem: it no longer counts. The review is
    // kept by fingerprint, so it still applies after the next scan is imported.
    Result<void> markFalsePositive(qint64 criterionId, const QString& fingerprint,
                                   const QString& reason);
    Result<void> clearFalsePositive(qint64 criterionId, const QString& fingerprint);

    // Ticks (or unticks) a manual check, or gives (or takes back) an approval: the actor
    // must hold the criterion's role once the file has logins.
    // Refuses (Stale) unless the criterion is still at `expectedRowVersion`, the version the
    // user saw; returns the criterion as saved, for the next undo or redo to expect.
    Result<GateCriterion> setChecked(qint64 criterionId, bool checked, qint64 expectedRowVersion);

    // A waiver is requested by the actor and counts only once someone else approves it.
    // Whole-gate waivers (criterionId 0) are for emergency releases only.
    Result<GateWaiver> requestWaiver(const GateWaiver& waiver);
    // Each change to a waiver refuses (Stale, naming who changed it) unless the waiver is
    // still at `expectedRowVersion`, the version the user saw.
    Result<void> withdrawWaiver(qint64 waiverId, qint64 expectedRowVersion);
    // Undo of a withdrawal: the waiver comes back under its id, with who requested, approved
    // and validated it as the audit log recorded them; any other name is refused.
    Result<GateWaiver> restoreWaiver(const GateWaiver& waiver);
    Result<GateWaiver> approveWaiver(qint64 waiverId, qint64 expectedRowVersion);
    Result<GateWaiver> revokeWaiverApproval(qint64 waiverId, qint64 expectedRowVersion);
    Result<GateWaiver> setValidationDone(qint64 waiverId, bool done, qint64 expectedRowVersion);

    // Promotes the release through its next gate; refused while it or an earlier gate is
    // failing or pending. Returns the gate promoted through.
    Result<ReleaseGate> promote(qint64 releaseId);
    // Takes back the latest promotion (undo).
    Result<void> unpromote(qint64 gateId);

Q_SIGNALS:
    void gatesChanged(qint64 releaseId);
    void templatesChanged();

private:
    Result<GateWaiver> storeWaiver(const GateWaiver& waiver);
    Result<GateWaiver> changeWaiver(qint64 waiverId, qint64 expectedRowVersion, Action action,
                                    const QString& auditAction,
                                    const std::function<Result<void>(GateWaiver&)>& edit);
    void announceCriterion(qint64 criterionId);
    void announceGate(qint64 gateId);

    Database& m_db;
    Session m_session;
};

} // namespace slipway
