// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EnvironmentMatrix.h"
#include "domain/Pin.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QList>

namespace slipway {
class Database;
}

namespace slipway::cli {

// What `check` says about what runs where: drift (staging and production apart with nothing
// planned to close the gap, production running what was never verified) and every pin an
// environment does not meet. Warnings: they do not change check's exit code.
struct EnvironmentReport {
    EnvironmentMatrix matrix;
    QList<PinCheck> unmet; // Unsatisfied only; an unknown target is not a warning
    int warnings() const { return int(matrix.drift.size() + unmet.size()); }
};

Result<EnvironmentReport> checkEnvironments(Database& db);
void printEnvironments(const EnvironmentReport& report);
QJsonObject environmentsJson(const EnvironmentReport& report);

} // namespace slipway::cli
