// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateEvidence.h"

#include "io/BenchmarkResults.h"
#include "io/JUnitReport.h"
#include "io/SarifReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace slipway::GateEvidence {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(GateEvidence)
};

CriterionEvidence describe(const EvidenceFile& file, const QString& actor, const QDateTime& at) {
    CriterionEvidence e;
    e.fileName = file.fileName;
    e.sha256 = file.sha256;
    e.size = file.size;
    e.importedBy = actor;
    e.importedAt = at.toUTC();
    return e;
}

} // namespace

EvidenceSnapshot fromJUnit(const JUnitReport& r, const QString& actor, const QDateTime& at) {
    CriterionEvidence e = describe(r.evidence, actor, at);
    e.counts = {{QStringLiteral("format"), QStringLiteral("junit")},
                {QStringLiteral("tests"), r.tests},
                {QStringLiteral("passed"), r.passed},
                {QStringLiteral("failures"), r.failures},
                {QStringLiteral("errors"), r.errors},
                {QStringLiteral("skipped"), r.skipped},
                {QStringLiteral("disabled"), r.disabled},
                {QStringLiteral("suites"), r.suites}};
    if (const auto rate = r.passRate())
        e.measured = *rate * 100.0;
    EvidenceSnapshot s;
    s.evidence = e;
    return s;
}

EvidenceSnapshot fromSarif(const SarifReport& r, const QString& actor, const QDateTime& at) {
    CriterionEvidence e = describe(r.evidence, actor, at);
    QJsonObject open, suppressed;
    for (int i = 0; i < 5; ++i) {
        const QString name = SarifReport::severityName(SarifSeverity(i));
        open.insert(name, r.counts[size_t(i)]);
        suppressed.insert(name, r.suppressedCounts[size_t(i)]);
    }
    e.counts = {{QStringLiteral("format"), QStringLiteral("sarif")},
                {QStringLiteral("findings"), r.total()},
                {QStringLiteral("suppressed"), r.suppressedTotal()},
                {QStringLiteral("by_severity"), open},
                {QStringLiteral("suppressed_by_severity"), suppressed},
                {QStringLiteral("tools"), QJsonArray::fromStringList(r.toolNames)}};
    EvidenceSnapshot s;
    s.evidence = e;
    s.findings.reserve(r.findings.size());
    for (const SarifFinding& f : r.findings) {
        GateFinding g;
        g.fingerprint = f.fingerprint;
        g.ruleId = f.ruleId;
        g.severity = SarifReport::severityName(f.severity);
        g.level = f.level;
        g.uri = f.uri;
        g.line = f.line;
        g.message = f.message;
        g.tool = f.toolName;
        g.suppressed = f.suppressed;
        g.justification = f.suppressionJustification;
        s.findings.append(std::move(g));
    }
    return s;
}

Result<EvidenceSnapshot> fromBenchmark(const BenchmarkResults& r, const CriterionSpec& spec,
                                       const QString& actor, const QDateTime& at) {
    const auto metric = r.metric(spec.metric);
    if (!metric) {
        QStringList names;
        for (const BenchmarkMetric& m : r.metrics)
            if (names.size() < 8 && !names.contains(m.name))
                names << m.name;
        return Error{
            Error::Kind::Usage,
            Text::tr("%1: no metric named “%2”; the file has %3.")
                .arg(r.evidence.fileName, spec.metric,
                     names.isEmpty() ? Text::tr("none") : names.join(QStringLiteral(", ")))};
    }
    CriterionEvidence e = describe(r.evidence, actor, at);
    e.counts = {{QStringLiteral("format"), r.format == BenchmarkResults::Format::Csv
                                               ? QStringLiteral("csv")
                                               : QStringLiteral("google_benchmark_json")},
                {QStringLiteral("metrics"), int(r.metrics.size())},
                {QStringLiteral("metric"), metric->name},
                {QStringLiteral("value"), metric->value},
                {QStringLiteral("unit"), metric->unit}};
    e.measured = metric->value;
    EvidenceSnapshot s;
    s.evidence = e;
    return s;
}

Result<EvidenceSnapshot> read(const CriterionSpec& spec, const QString& path, const QString& actor,
                              qint64 nowSecs) {
    const QDateTime at = QDateTime::fromSecsSinceEpoch(nowSecs, Qt::UTC);
    switch (spec.kind) {
    case CriterionKind::TestPassRate:
    case CriterionKind::ContractTests: {
        auto report = JUnitReport::fromFile(path);
        if (!report)
            return report.error();
        return fromJUnit(report.value(), actor, at);
    }
    case CriterionKind::Security: {
        auto report = SarifReport::fromFile(path);
        if (!report)
            return report.error();
        return fromSarif(report.value(), actor, at);
    }
    case CriterionKind::Benchmark: {
        auto results = BenchmarkResults::fromFile(path);
        if (!results)
            return results.error();
        auto s = fromBenchmark(results.value(), spec, actor, at);
        if (!s) {
            Error e = s.error();
            e.message.replace(results->evidence.fileName + u':', path + u':');
            return e;
        }
        return s;
    }
    case CriterionKind::ArtifactIntegrity:
        return Error{Error::Kind::Usage,
                     Text::tr("“%1” is judged from the release's artifacts and their "
                              "verification, not read from a file; run 'slipway artifact verify'.")
                         .arg(spec.name)};
    case CriterionKind::Manual:
    case CriterionKind::Approval:
        break;
    }
    return Error{Error::Kind::Usage,
                 Text::tr("“%1” is a %2: it is ticked by a person, not read from a file.")
                     .arg(spec.name, displayName(spec.kind).toLower())};
}

} // namespace slipway::GateEvidence
