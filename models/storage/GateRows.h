// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlValues.h"
#include "domain/Gate.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

// How gate rows are read, shared by the files of GateRepository. Internal to models/storage.
namespace slipway::gaterows {

// The gate repository's strings, looked up in the context "GateRepository".
struct GateText {
    Q_DECLARE_TR_FUNCTIONS(GateRepository)
};

using sql::fromSecs;
// The schema that brought evidence digests and artifact integrity (0019_evidence_digests.sql).
inline constexpr int kEvidenceDigestsSchema = 19;
QVariant optionalReal(const std::optional<double>& v);
int severityIndex(const QString& key);  // "none" 0 … "critical" 4
extern const QString kCriterionColumns; // for criterionFrom, as "c.…"
GateCriterion criterionFrom(const QSqlQuery& q);
extern const QString kWaiverColumns; // for waiverFrom, as "w.…"
GateWaiver waiverFrom(const QSqlQuery& q);

} // namespace slipway::gaterows
