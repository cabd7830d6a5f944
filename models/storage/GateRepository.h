// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Gate.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>

#include <optional>

namespace slipway {

class Database;
struct Release;

// Rows of `release_gates`, `gate_criteria`, `gate_findings`, `finding_reviews` and
// `gate_waivers`. Writes expect the caller's Transaction.
class GateRepository {
public:
    explicit GateRepository(Database& db);

    // A release's gates by position, with criteria (evidence, finding tallies) and waivers.
    Result<QList<ReleaseGate>> gatesOf(qint64 releaseId) const;
    // The gates of every release not closed or cancelled, by release.
    Result<QHash<qint64, QList<ReleaseGate>>> gatesOfOpenReleases() const;
    // Every release's gates (the row-state check's view of the evidence).
    Result<QList<ReleaseGate>> all() const { return load(QString(), {}); }
    Result<ReleaseGate> findGate(qint64 gateId) const;
    Result<GateCriterion> findCriterion(qint64 criterionId) const;
    // The release's criteria called `name` (case-insensitive), in gate order.
    Result<QList<GateCriterion>> criteriaNamed(qint64 releaseId, const QString& name) const;
    Result<qint64> releaseOfGate(qint64 gateId) const;
    Result<qint64> releaseOfCriterion(qint64 criterionId) const;

    // Copies `templates` (and their criteria) onto the release; due dates count back from
    // its window start. Gates whose name the release already has are left alone. The ids of
    // the gates added are appended to `addedIds` when given.
    Result<int> instantiate(const Release& release, const QList<GateTemplate>& templates,
                            const QString& source, const QString& actor, qint64 now,
                            QList<qint64>* addedIds = nullptr);
    // Deletes gates with their criteria (and anything hanging off them).
    Result<void> removeGates(const QList<qint64>& gateIds);
    // Puts gates back under their old ids, with their criteria's ids and questions; evidence,
    // ticks, waivers and promotions are not part of it (only unsettled gates are removed).
    Result<void> restoreGates(const QList<ReleaseGate>& gates, const QString& actor, qint64 now);

    Result<QList<GateFinding>> findings(qint64 criterionId) const; // with reviews, file order
    Result<EvidenceSnapshot> snapshot(qint64 criterionId) const;
    Result<void> setEvidence(qint64 criterionId, const EvidenceSnapshot& snapshot,
                             const QString& actor, qint64 now);

    // The review of one fingerprint; reason empty when none.
    Result<GateFinding> review(qint64 criterionId, const QString& fingerprint) const;
    Result<void> setReview(qint64 criterionId, const QString& fingerprint, const QString& reason,
                           const QString& by, qint64 at);
    Result<void> clearReview(qint64 criterionId, const QString& fingerprint);

    // Manual check or approval; an empty `by` clears it. With `expectedRowVersion`, refuses
    // (Stale, naming who changed it) unless the criterion is still at that version.
    Result<void> setChecked(qint64 criterionId, const QString& by, const QDateTime& at,
                            const QString& actor, qint64 now,
                            std::optional<qint64> expectedRowVersion = std::nullopt);
    // Promotion through a gate; an empty `by` takes it back.
    Result<void> setPromoted(qint64 gateId, const QString& by, const QDateTime& at,
                             const QString& actor, qint64 now);

    Result<GateWaiver> findWaiver(qint64 id) const;
    Result<GateWaiver> insertWaiver(const GateWaiver& waiver, const QString& actor, qint64 now);
    // Approval and validation fields; refuses with Stale when rowVersion moved on.
    Result<GateWaiver> updateWaiver(const GateWaiver& waiver, const QString& actor, qint64 now);
    Result<void> removeWaiver(qint64 id);

private:
    Result<QList<ReleaseGate>> load(const QString& where, const QVariantList& binds) const;

    Database& m_db;
};

} // namespace slipway
