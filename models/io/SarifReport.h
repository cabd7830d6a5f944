// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "io/EvidenceFile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace slipway {

// Ordered, so a gate can ask for "none at or above High".
enum class SarifSeverity { None, Low, Medium, High, Critical };

// One result of a SARIF run, with the severity a quality gate judges it by.
struct SarifFinding {
    QString ruleId;
    SarifSeverity severity = SarifSeverity::None;
    QString level;         // effective SARIF level: error, warning, note or none
    QString severityBasis; // which rule decided: security-severity, level, kind, rule default,
                           // SARIF default
    QString message;
    QString uri;
    int line = 0; // region.startLine; 0 when the result has no line
    bool suppressed = false;
    QString suppressionKind; // inSource, external
    QString suppressionJustification;
    QString toolName;
    int runIndex = 0;
    // Stable across scans of the same code, so a person's review survives a re-import: the
    // tool, the rule and the result's partialFingerprints/fingerprints when it has them,
    // else its rule, location and message; SHA-256 hex.
    QString fingerprint;
};

// A SARIF 2.1.0 log reduced to findings and counts by severity, suppressed ones counted apart.
struct SarifReport {
    QList<SarifFinding> findings;          // in file order, run by run
    std::array<int, 5> counts{};           // by SarifSeverity, results not suppressed
    std::array<int, 5> suppressedCounts{}; // by SarifSeverity, results suppressed in the file
    QStringList toolNames;                 // one per run
    QStringList warnings;                  // e.g. a run whose results are null
    EvidenceFile evidence;

    int count(SarifSeverity s) const { return counts[size_t(s)]; }
    int suppressedCount(SarifSeverity s) const { return suppressedCounts[size_t(s)]; }
    int countAtOrAbove(SarifSeverity s) const; // not suppressed
    int total() const;                         // not suppressed
    int suppressedTotal() const;

    static QString severityName(SarifSeverity s); // "critical" … "none"
    static std::optional<SarifSeverity> severityFromName(QStringView name);
    static SarifSeverity severityFromScore(double cvss);
    static SarifSeverity severityFromLevel(QStringView level);

    static Result<SarifReport> fromFile(const QString& path,
                                        qint64 maxBytes = EvidenceFile::kDefaultMaxBytes);
    // `path` names the source in errors and in the evidence.
    static Result<SarifReport> fromData(const QByteArray& data, const QString& path);
};

} // namespace slipway
