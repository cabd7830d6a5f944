// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Release.h"
#include "domain/Result.h"
#include "domain/RiskTypes.h"

#include <QList>

#include <optional>

namespace slipway {

class BulkWriter;
class Database;

namespace demo {

// The release definitions of the demo file: exit criteria (settled as far as each release's
// status suggests), assumptions, success metrics (with actuals once deployed) and risk
// assessments (with an override and its reason where the classifier disagrees with the
// release's type), for about two releases in three. Written inside the demo's load with an
// audit entry each, timed between `afterMs` and `beforeMs`. Deterministic.
struct DefinitionInput {
    quint32 seed = 1;
    QList<Release> releases;
    qint64 afterMs = 0;
    qint64 beforeMs = 0;
};

// Returns the number of audit entries written.
Result<qint64> writeDefinitions(Database& db, BulkWriter& out, const DefinitionInput& input);

// The risk questionnaire writeDefinitions() saves for `r`, or none when it gives `r` no
// definition (a change request for it then brings its own answers).
std::optional<RiskAnswers> definitionAnswers(const Release& r, quint32 seed);

} // namespace demo
} // namespace slipway
