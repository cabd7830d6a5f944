// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Release.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// What a control asks of a release; the rules in rules/ControlRules.h say how each is judged.
enum class ControlKind {
    SegregationOfDuties, // requester, approvers and deployers are different people
    SecondApprover,      // every change request approved by two different people
    EvidenceKept,        // gate evidence stored for the release
    SecurityScan,        // a security scan, no open finding at or above `parameter`
    RoleApproval,        // an approval by a person holding the role `parameter`
    Attestation,         // a reference recorded for the release, or "not applicable"
};
QString toKey(ControlKind kind); // "segregation_of_duties" …
std::optional<ControlKind> controlKindFromKey(const QString& key);
QString displayName(ControlKind kind);
QList<ControlKind> allControlKinds();

// The regulations the file knows by name: "sox", "hipaa", "gdpr", "pci".
QStringList regulatoryTags();
QString tagDisplayName(const QString& tag); // "SOX", "PCI DSS"; other tags as written
// A tag as stored: trimmed, lower case; empty when it is not one word of letters, digits,
// '-' or '_' of at most 40 characters.
QString normalisedTag(const QString& text);

// One control a tag brings: an editable row of the Controls dialog.
struct RegulatoryControl {
    qint64 id = 0;
    QString tag; // "sox"
    int position = 0;
    ControlKind kind = ControlKind::Attestation;
    QString name;      // "Segregation of duties"
    QString parameter; // security_scan: a severity; role_approval: a role; otherwise empty
    bool enabled = true;
    QString createdBy;
    qint64 createdAt = 0;
    QString updatedBy;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;

    // The parameter in effect: a security scan's "high" and a role approval's "security" when
    // none is set.
    QString effectiveParameter() const;
};

QList<FieldProblem> validateRegulatoryControl(const RegulatoryControl& control);
QJsonObject toJson(const RegulatoryControl& control);

// What a person recorded for an attestation control of a release.
enum class ControlOutcome { Met, NotApplicable };
QString toKey(ControlOutcome outcome); // "met", "not_applicable"
std::optional<ControlOutcome> controlOutcomeFromKey(const QString& key);

struct ControlRecord {
    qint64 releaseId = 0;
    qint64 controlId = 0;
    ControlOutcome outcome = ControlOutcome::Met;
    QString reference; // a document, a ticket, a link; or why the control does not apply
    QString recordedBy;
    qint64 recordedAt = 0;
};

QList<FieldProblem> validateControlRecord(const ControlRecord& record);
QJsonObject toJson(const ControlRecord& record);

} // namespace slipway
