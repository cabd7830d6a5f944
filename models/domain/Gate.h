// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReleaseEnums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace slipway {

// What a criterion asks for before its gate lets a release through.
enum class CriterionKind {
    TestPassRate,
    Security,
    Benchmark,
    Manual,
    Approval,
    ArtifactIntegrity, // every artifact of the release verifies (no file: read from the release)
    ContractTests,     // a JUnit XML report of contract tests: every one passes
};
enum class GateStatus { Pending, Passed, Failed, Waived };

QString toKey(CriterionKind kind); // "test_pass_rate", "security" … as stored
std::optional<CriterionKind> criterionKindFromKey(const QString& key);
QString displayName(CriterionKind kind);
QList<CriterionKind> allCriterionKinds(); // in the order editors list them
// Kinds whose evidence is a CI file (and so may name the artifact digests it tested).
bool readsEvidenceFile(CriterionKind kind);
// A SHA-256 as 64 hex digits, lower-cased; empty when `text` is not one.
QString normalisedSha256(const QString& text);
QString toKey(GateStatus status); // "pending", "passed", "failed", "waived"
QString displayName(GateStatus status);

// A criterion's question, the same for a template and for a release's copy of it.
struct CriterionSpec {
    QString name;
    CriterionKind kind = CriterionKind::Manual;
    std::optional<double> threshold; // pass rate in percent, or the metric's limit
    QString severity;                // security: "low" … "critical": none open at or above
    QString metric;                  // benchmark: the metric's name in the file
    QString comparator;              // benchmark: "<=" or ">="
    QString unit;                    // benchmark: shown next to the figures
    QString role;                    // approval: the role that approves

    // "≥ 98 % of tests pass", "no open finding of high severity or above" …
    QString describe() const;
};

// Which file a criterion was last evaluated from, and what it held.
struct CriterionEvidence {
    QString fileName;
    QString sha256;
    qint64 size = 0;
    QString importedBy;
    QDateTime importedAt; // UTC
    QJsonObject counts;   // tests/failures/errors/skipped, findings by severity, the metric
    std::optional<double> measured; // pass rate in percent, or the metric's value
    // The artifacts (SHA-256, lower-case hex, sorted) the file was produced against: what
    // the evidence vouches for when a deployment names them.
    QStringList artifactDigests;
};

// What an artifact integrity criterion judges: the release's artifacts by their latest
// verification.
struct ArtifactTally {
    int total = 0;
    int verified = 0;
    QStringList unchecked; // names never verified
    QStringList failing;   // "app.tar.gz: digest mismatch", by name
};

// One SARIF result stored for a security criterion, with a person's false-positive review.
struct GateFinding {
    qint64 id = 0;
    QString fingerprint; // stable across scans of the same code
    QString ruleId;
    QString severity; // "none" … "critical"
    QString level;
    QString uri;
    int line = 0;
    QString message;
    QString tool;
    bool suppressed = false; // suppressed in the file itself
    QString justification;
    // A person's review; empty reason: not reviewed.
    QString falsePositiveReason;
    QString reviewedBy;
    QDateTime reviewedAt;
    bool isFalsePositive() const { return !falsePositiveReason.isEmpty(); }
};

// Open findings of a security criterion by severity (none, low, medium, high, critical),
// and those that do not count.
struct FindingTally {
    int open[5] = {0, 0, 0, 0, 0};
    int suppressed = 0;
    int falsePositive = 0;
};

// A criterion's evidence as a whole: what an import replaces and what undo puts back.
struct EvidenceSnapshot {
    std::optional<CriterionEvidence> evidence;
    QList<GateFinding> findings; // security criteria only; reviews are not part of it
    qint64 rowVersion = 0;       // the criterion's version when the snapshot was read
};

struct GateCriterion {
    qint64 id = 0;
    qint64 gateId = 0;
    int position = 0;
    CriterionSpec spec;
    std::optional<CriterionEvidence> evidence;
    FindingTally findings;   // security criteria only
    ArtifactTally artifacts; // artifact integrity criteria only
    QString checkedBy;       // manual check ticked or approval given
    QDateTime checkedAt;
    qint64 rowVersion = 0;
};

// An exemption of one criterion, or of a whole gate (criterionId 0).
struct GateWaiver {
    qint64 id = 0;
    qint64 gateId = 0;
    qint64 criterionId = 0;
    QString reason;
    QString controls; // compensating controls
    QString requestedBy;
    QDateTime requestedAt;
    QString approvedBy; // never the requester; empty: not approved yet
    QDateTime approvedAt;
    QDateTime expiresAt;
    QString validationTask; // owed after release; stays open until done
    QString validationOwner;
    QString validationDoneBy;
    QDateTime validationDoneAt;
    qint64 rowVersion = 0;

    bool isApproved() const { return !approvedBy.isEmpty(); }
    bool isExpired(const QDateTime& now) const { return expiresAt.isValid() && expiresAt <= now; }
    bool isActive(const QDateTime& now) const { return isApproved() && !isExpired(now); }
    bool validationOpen() const { return validationDoneBy.isEmpty(); }
};

struct ReleaseGate {
    qint64 id = 0;
    qint64 releaseId = 0;
    int position = 0;
    QString name;
    QString stage;   // the stage passing this gate lets the release into
    QDateTime dueAt; // UTC; invalid while unscheduled
    QString source;  // template, rigour, manual
    QString promotedBy;
    QDateTime promotedAt;
    QList<GateCriterion> criteria;
    QList<GateWaiver> waivers;
    qint64 rowVersion = 0;

    bool isPromoted() const { return !promotedBy.isEmpty(); }
};

// A gate of a release type's template.
struct GateTemplate {
    qint64 id = 0;
    ReleaseType releaseType = ReleaseType::Minor;
    int position = 0;
    QString name;
    QString stage;
    int dueDays = 0; // due this many days before the window starts
    QList<CriterionSpec> criteria;
    qint64 rowVersion = 0;
};

// Problems with a spec or a template, in words an editor can show.
QStringList validateCriterion(const CriterionSpec& spec);
QStringList validateTemplate(const GateTemplate& gate);
QStringList validateWaiver(const GateWaiver& waiver);

// The audit log's pictures.
QJsonObject toJson(const CriterionSpec& spec);
QJsonObject toJson(const GateTemplate& gate);
QJsonObject toJson(const CriterionEvidence& evidence);
QJsonObject toJson(const GateWaiver& waiver);

} // namespace slipway

namespace slipway {

// A gate the CAB must hear of: failing or still pending past its due date, or waived.
struct GateEscalation {
    qint64 releaseId = 0;
    QString releaseLabel; // "Payments API 2.4.0"
    qint64 gateId = 0;
    QString gateName;
    QString kind; // "failing", "overdue" (still pending), "waived"
    QString reason;
    QDateTime due; // UTC; the gate's due date, else the release window's start
};

} // namespace slipway
