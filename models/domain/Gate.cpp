// SPDX-License-Identifier: GPL-3.0-or-later
#include "Gate.h"

#include "Login.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Gate)
};

struct KindName {
    CriterionKind kind;
    const char* key;
};
constexpr KindName kKinds[] = {
    {CriterionKind::TestPassRate, "test_pass_rate"},
    {CriterionKind::Security, "security"},
    {CriterionKind::Benchmark, "benchmark"},
    {CriterionKind::Manual, "manual"},
    {CriterionKind::Approval, "approval"},
    {CriterionKind::ArtifactIntegrity, "artifact_integrity"},
    {CriterionKind::ContractTests, "contract_tests"},
};

QString iso(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString number(double v) {
    return QLocale::c().toString(v, 'g', 6);
}

} // namespace

QString toKey(CriterionKind kind) {
    for (const KindName& k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<CriterionKind> criterionKindFromKey(const QString& key) {
    for (const KindName& k : kKinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QList<CriterionKind> allCriterionKinds() {
    QList<CriterionKind> out;
    for (const KindName& k : kKinds)
        out << k.kind;
    return out;
}

bool readsEvidenceFile(CriterionKind kind) {
    switch (kind) {
    case CriterionKind::TestPassRate:
    case CriterionKind::Security:
    case CriterionKind::Benchmark:
    case CriterionKind::ContractTests:
        return true;
    case CriterionKind::Manual:
    case CriterionKind::Approval:
    case CriterionKind::ArtifactIntegrity:
        return false;
    }
    return false;
}

QString normalisedSha256(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t.size() != 64)
        return {};
    for (QChar c : t)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return {};
    return t;
}

QString displayName(CriterionKind kind) {
    switch (kind) {
    case CriterionKind::TestPassRate:
        return Text::tr("Test pass rate");
    case CriterionKind::Security:
        return Text::tr("Security findings");
    case CriterionKind::Benchmark:
        return Text::tr("Benchmark");
    case CriterionKind::Manual:
        return Text::tr("Manual check");
    case CriterionKind::Approval:
        return Text::tr("Approval");
    case CriterionKind::ArtifactIntegrity:
        return Text::tr("Artifact integrity");
    case CriterionKind::ContractTests:
        return Text::tr("Contract tests");
    }
    return {};
}

QString toKey(GateStatus status) {
    switch (status) {
    case GateStatus::Pending:
        return QStringLiteral("pending");
    case GateStatus::Passed:
        return QStringLiteral("passed");
    case GateStatus::Failed:
        return QStringLiteral("failed");
    case GateStatus::Waived:
        return QStringLiteral("waived");
    }
    return {};
}

QString displayName(GateStatus status) {
    switch (status) {
    case GateStatus::Pending:
        return Text::tr("Pending");
    case GateStatus::Passed:
        return Text::tr("Passed");
    case GateStatus::Failed:
        return Text::tr("Failed");
    case GateStatus::Waived:
        return Text::tr("Waived");
    }
    return {};
}

QString CriterionSpec::describe() const {
    switch (kind) {
    case CriterionKind::TestPassRate:
        return Text::tr("at least %1 % of tests pass (JUnit XML)")
            .arg(number(threshold.value_or(100)));
    case CriterionKind::Security:
        return Text::tr("no open finding of %1 severity or above (SARIF)").arg(severity);
    case CriterionKind::Benchmark:
        return Text::tr("%1 %2 %3 %4")
            .arg(metric, comparator, number(threshold.value_or(0)), unit)
            .trimmed();
    case CriterionKind::Manual:
        return Text::tr("ticked by a person");
    case CriterionKind::Approval:
        return Text::tr("approved by someone with the %1 role").arg(role);
    case CriterionKind::ArtifactIntegrity:
        return Text::tr("every artifact of the release verifies");
    case CriterionKind::ContractTests:
        return Text::tr("every contract test passes (JUnit XML)");
    }
    return {};
}

QStringList validateCriterion(const CriterionSpec& spec) {
    QStringList problems;
    if (spec.name.trimmed().isEmpty())
        problems << Text::tr("A criterion needs a name.");
    switch (spec.kind) {
    case CriterionKind::TestPassRate:
        if (!spec.threshold || *spec.threshold < 0 || *spec.threshold > 100)
            problems << Text::tr("%1: the pass rate threshold must be a percentage from 0 to 100.")
                            .arg(spec.name);
        break;
    case CriterionKind::Security:
        if (!QStringList{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                         QStringLiteral("critical")}
                 .contains(spec.severity))
            problems << Text::tr("%1: the severity must be low, medium, high or critical.")
                            .arg(spec.name);
        break;
    case CriterionKind::Benchmark:
        if (spec.metric.trimmed().isEmpty())
            problems << Text::tr("%1: name the benchmark metric.").arg(spec.name);
        if (spec.comparator != u"<=" && spec.comparator != u">=")
            problems << Text::tr("%1: the comparison must be <= or >=.").arg(spec.name);
        if (!spec.threshold)
            problems << Text::tr("%1: the benchmark needs a threshold.").arg(spec.name);
        break;
    case CriterionKind::Manual:
    case CriterionKind::ArtifactIntegrity:
    case CriterionKind::ContractTests:
        break;
    case CriterionKind::Approval:
        if (spec.role.trimmed().isEmpty())
            problems << Text::tr("%1: say which role approves.").arg(spec.name);
        break;
    }
    return problems;
}

QStringList validateTemplate(const GateTemplate& gate) {
    QStringList problems;
    if (gate.name.trimmed().isEmpty())
        problems << Text::tr("A gate needs a name.");
    if (gate.dueDays < 0)
        problems << Text::tr("%1: the due date cannot be after the window starts.").arg(gate.name);
    QStringList names;
    for (const CriterionSpec& c : gate.criteria) {
        problems << validateCriterion(c);
        if (names.contains(c.name.trimmed(), Qt::CaseInsensitive))
            problems << Text::tr("%1: two criteria are called %2.").arg(gate.name, c.name);
        names << c.name.trimmed();
    }
    return problems;
}

QStringList validateWaiver(const GateWaiver& w) {
    QStringList problems;
    if (w.reason.trimmed().isEmpty())
        problems << Text::tr("A waiver needs a reason.");
    if (w.controls.trimmed().isEmpty())
        problems << Text::tr(
            "A waiver needs the compensating controls that stand in for the check.");
    if (w.validationTask.trimmed().isEmpty())
        problems << Text::tr("A waiver needs the validation task owed after the release.");
    if (!w.expiresAt.isValid())
        problems << Text::tr("A waiver needs an expiry date.");
    else if (w.requestedAt.isValid() && w.expiresAt <= w.requestedAt)
        problems << Text::tr("A waiver's expiry must be after it is requested.");
    if (w.isApproved() && sameLogin(w.approvedBy, w.requestedBy))
        problems << Text::tr("%1 asked for this waiver, so cannot approve it.").arg(w.requestedBy);
    return problems;
}

QJsonObject toJson(const CriterionSpec& s) {
    QJsonObject o{{QStringLiteral("name"), s.name}, {QStringLiteral("kind"), toKey(s.kind)}};
    if (s.threshold)
        o.insert(QStringLiteral("threshold"), *s.threshold);
    if (!s.severity.isEmpty())
        o.insert(QStringLiteral("severity"), s.severity);
    if (!s.metric.isEmpty())
        o.insert(QStringLiteral("metric"), s.metric);
    if (!s.comparator.isEmpty())
        o.insert(QStringLiteral("comparator"), s.comparator);
    if (!s.unit.isEmpty())
        o.insert(QStringLiteral("unit"), s.unit);
    if (!s.role.isEmpty())
        o.insert(QStringLiteral("role"), s.role);
    return o;
}

QJsonObject toJson(const GateTemplate& g) {
    QJsonArray criteria;
    for (const CriterionSpec& c : g.criteria)
        criteria.append(toJson(c));
    return {{QStringLiteral("id"), g.id},
            {QStringLiteral("release_type"), toKey(g.releaseType)},
            {QStringLiteral("position"), g.position},
            {QStringLiteral("name"), g.name},
            {QStringLiteral("stage"), g.stage},
            {QStringLiteral("due_days"), g.dueDays},
            {QStringLiteral("criteria"), criteria}};
}

QJsonObject toJson(const CriterionEvidence& e) {
    QJsonObject o{{QStringLiteral("file"), e.fileName},
                  {QStringLiteral("sha256"), e.sha256},
                  {QStringLiteral("size"), e.size},
                  {QStringLiteral("imported_by"), e.importedBy},
                  {QStringLiteral("imported_at"), iso(e.importedAt)},
                  {QStringLiteral("counts"), e.counts}};
    if (e.measured)
        o.insert(QStringLiteral("measured"), *e.measured);
    if (!e.artifactDigests.isEmpty())
        o.insert(QStringLiteral("artifacts"), QJsonArray::fromStringList(e.artifactDigests));
    return o;
}

QJsonObject toJson(const GateWaiver& w) {
    return {{QStringLiteral("id"), w.id},
            {QStringLiteral("gate_id"), w.gateId},
            {QStringLiteral("criterion_id"), w.criterionId},
            {QStringLiteral("reason"), w.reason},
            {QStringLiteral("controls"), w.controls},
            {QStringLiteral("requested_by"), w.requestedBy},
            {QStringLiteral("requested_at"), iso(w.requestedAt)},
            {QStringLiteral("approved_by"), w.approvedBy},
            {QStringLiteral("approved_at"), iso(w.approvedAt)},
            {QStringLiteral("expires_at"), iso(w.expiresAt)},
            {QStringLiteral("validation_task"), w.validationTask},
            {QStringLiteral("validation_owner"), w.validationOwner},
            {QStringLiteral("validation_done_by"), w.validationDoneBy},
            {QStringLiteral("validation_done_at"), iso(w.validationDoneAt)}};
}

} // namespace slipway
