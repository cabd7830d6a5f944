// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegulatoryControl.h"

#include "FieldLimits.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RegulatoryControl)
};

constexpr std::array<std::pair<ControlKind, const char*>, 6> kKinds{{
    {ControlKind::SegregationOfDuties, "segregation_of_duties"},
    {ControlKind::SecondApprover, "second_approver"},
    {ControlKind::EvidenceKept, "evidence_kept"},
    {ControlKind::SecurityScan, "security_scan"},
    {ControlKind::RoleApproval, "role_approval"},
    {ControlKind::Attestation, "attestation"},
}};

const QStringList kSeverities{QStringLiteral("low"), QStringLiteral("medium"),
                              QStringLiteral("high"), QStringLiteral("critical")};
const QStringList kRoles{QStringLiteral("development"),     QStringLiteral("qa"),
                         QStringLiteral("operations"),      QStringLiteral("security"),
                         QStringLiteral("release_manager"), QStringLiteral("cab"),
                         QStringLiteral("service_owner"),   QStringLiteral("deployer")};

} // namespace

QString toKey(ControlKind kind) {
    for (const auto& [k, key] : kKinds)
        if (k == kind)
            return QString::fromLatin1(key);
    return {};
}

std::optional<ControlKind> controlKindFromKey(const QString& key) {
    for (const auto& [k, text] : kKinds)
        if (key == QLatin1String(text))
            return k;
    return std::nullopt;
}

QString displayName(ControlKind kind) {
    switch (kind) {
    case ControlKind::SegregationOfDuties:
        return Text::tr("Segregation of duties");
    case ControlKind::SecondApprover:
        return Text::tr("Second approver");
    case ControlKind::EvidenceKept:
        return Text::tr("Evidence kept");
    case ControlKind::SecurityScan:
        return Text::tr("Security scan");
    case ControlKind::RoleApproval:
        return Text::tr("Approval by a role");
    case ControlKind::Attestation:
        return Text::tr("Recorded reference");
    }
    return {};
}

QList<ControlKind> allControlKinds() {
    QList<ControlKind> kinds;
    for (const auto& entry : kKinds)
        kinds << entry.first;
    return kinds;
}

QStringList regulatoryTags() {
    return {QStringLiteral("sox"), QStringLiteral("hipaa"), QStringLiteral("gdpr"),
            QStringLiteral("pci")};
}

QString tagDisplayName(const QString& tag) {
    if (tag == u"sox")
        return QStringLiteral("SOX");
    if (tag == u"hipaa")
        return QStringLiteral("HIPAA");
    if (tag == u"gdpr")
        return QStringLiteral("GDPR");
    if (tag == u"pci")
        return QStringLiteral("PCI DSS");
    return tag;
}

QString normalisedTag(const QString& text) {
    static const QRegularExpression kWord(QStringLiteral("^[a-z0-9_-]{1,40}$"));
    const QString tag = text.trimmed().toLower();
    return kWord.match(tag).hasMatch() ? tag : QString();
}

QString RegulatoryControl::effectiveParameter() const {
    const QString p = parameter.trimmed();
    if (!p.isEmpty())
        return p;
    if (kind == ControlKind::SecurityScan)
        return QStringLiteral("high");
    if (kind == ControlKind::RoleApproval)
        return QStringLiteral("security");
    return {};
}

QList<FieldProblem> validateRegulatoryControl(const RegulatoryControl& c) {
    QList<FieldProblem> problems;
    if (normalisedTag(c.tag).isEmpty() || normalisedTag(c.tag) != c.tag)
        problems << FieldProblem{QStringLiteral("tag"),
                                 Text::tr("The tag “%1” must be one lower-case word of at most "
                                          "40 letters, digits, '-' or '_'.")
                                     .arg(c.tag.left(60))};
    if (c.name.trimmed().isEmpty())
        problems << FieldProblem{QStringLiteral("name"), Text::tr("A control needs a name.")};
    else if (c.name.size() > FieldLimits::kName)
        problems << FieldProblem{
            QStringLiteral("name"),
            Text::tr("A control's name may be at most %1 characters.").arg(FieldLimits::kName)};
    const QString p = c.parameter.trimmed();
    if (c.kind == ControlKind::SecurityScan && !p.isEmpty() && !kSeverities.contains(p))
        problems << FieldProblem{QStringLiteral("parameter"),
                                 Text::tr("A security scan control needs a severity (%1), not "
                                          "“%2”.")
                                     .arg(kSeverities.join(u", "), p.left(60))};
    if (c.kind == ControlKind::RoleApproval && !p.isEmpty() && !kRoles.contains(p))
        problems << FieldProblem{QStringLiteral("parameter"),
                                 Text::tr("An approval control needs a role (%1), not “%2”.")
                                     .arg(kRoles.join(u", "), p.left(60))};
    if (c.kind != ControlKind::SecurityScan && c.kind != ControlKind::RoleApproval && !p.isEmpty())
        problems << FieldProblem{
            QStringLiteral("parameter"),
            Text::tr("A “%1” control takes no parameter.").arg(displayName(c.kind))};
    return problems;
}

QJsonObject toJson(const RegulatoryControl& c) {
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("tag"), c.tag},
                       {QStringLiteral("position"), c.position},
                       {QStringLiteral("kind"), toKey(c.kind)},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("parameter"), c.parameter},
                       {QStringLiteral("enabled"), c.enabled},
                       {QStringLiteral("row_version"), c.rowVersion}};
}

QString toKey(ControlOutcome outcome) {
    return outcome == ControlOutcome::Met ? QStringLiteral("met")
                                          : QStringLiteral("not_applicable");
}

std::optional<ControlOutcome> controlOutcomeFromKey(const QString& key) {
    if (key == u"met")
        return ControlOutcome::Met;
    if (key == u"not_applicable")
        return ControlOutcome::NotApplicable;
    return std::nullopt;
}

QList<FieldProblem> validateControlRecord(const ControlRecord& r) {
    QList<FieldProblem> problems;
    if (r.reference.trimmed().isEmpty())
        problems << FieldProblem{QStringLiteral("reference"),
                                 r.outcome == ControlOutcome::Met
                                     ? Text::tr("Name the reference: a document, ticket or link.")
                                     : Text::tr("Say why the control does not apply.")};
    else if (r.reference.size() > 500)
        problems << FieldProblem{QStringLiteral("reference"),
                                 Text::tr("A reference may be at most 500 characters.")};
    return problems;
}

QJsonObject toJson(const ControlRecord& r) {
    return QJsonObject{{QStringLiteral("release_id"), r.releaseId},
                       {QStringLiteral("control_id"), r.controlId},
                       {QStringLiteral("outcome"), toKey(r.outcome)},
                       {QStringLiteral("reference"), r.reference},
                       {QStringLiteral("recorded_by"), r.recordedBy},
                       {QStringLiteral("recorded_at"), r.recordedAt}};
}

} // namespace slipway
