// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Gate.h"
#include "domain/Result.h"

namespace slipway {

struct BenchmarkResults;
struct JUnitReport;
struct SarifReport;

// Turns a parsed CI report into a criterion's evidence: the file's name and SHA-256, who
// imported it and when, the counts, the measured figure and (SARIF) the findings.
namespace GateEvidence {

EvidenceSnapshot fromJUnit(const JUnitReport& report, const QString& actor, const QDateTime& at);
EvidenceSnapshot fromSarif(const SarifReport& report, const QString& actor, const QDateTime& at);
// Refuses results without the spec's metric, naming the metrics the file has.
Result<EvidenceSnapshot> fromBenchmark(const BenchmarkResults& results, const CriterionSpec& spec,
                                       const QString& actor, const QDateTime& at);

// Reads `path` as the spec's kind needs (JUnit XML, SARIF, benchmark JSON/CSV); the error
// names the file and the line or JSON path of the first problem.
Result<EvidenceSnapshot> read(const CriterionSpec& spec, const QString& path, const QString& actor,
                              qint64 nowSecs);

} // namespace GateEvidence

} // namespace slipway
