// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EnvironmentMatrix.h"
#include "domain/Pin.h"
#include "domain/Result.h"

#include <QList>
#include <QStringList>

namespace slipway {

class Database;

// What runs where, read from the file: the environment matrix with its drift, and every pin
// held against the environments it applies in. Read-only and cheap (500 components × 6
// environments in about 5 ms): a view recomputes it whole when DeploymentService::
// deploymentsChanged, GateService::gatesChanged, ComponentService::componentsChanged,
// ArtifactService::artifactsChanged, PinService::pinsChanged or Database::changedElsewhere
// fires. A cell is matrix.cell(row, column): its placements give version, since and release;
// gap and unverified say which drift marks it; matrix.drift has a line for each finding.
// The rules are EnvironmentMatrixBuilder's and PinEvaluator's; this class only feeds them.
class EnvironmentMatrixService {
public:
    explicit EnvironmentMatrixService(Database& db);

    // The matrix over the environments named (by name, ignoring case; empty: all of them).
    // Drift is found over all environments whatever the selection, and kept when its row or
    // its production environment is shown. An unknown name: NotFound naming the ones there are.
    Result<EnvironmentMatrix> matrix(const QStringList& environmentNames = {}) const;

    // Every pin against each environment it applies in, in release, component, target and
    // environment order:
    //  - a release's pins apply where the release runs (it placed something in the column);
    //  - a planned release's pins (planned, scheduled, in progress, approved, deploying) that
    //    run nowhere yet apply in every production environment, where they are going;
    //  - pins of other releases apply nowhere.
    // `matrix` must be unfiltered (matrix() without names) for every environment to count.
    Result<QList<PinCheck>> pinChecks(const EnvironmentMatrix& matrix) const;

private:
    Database& m_db;
};

} // namespace slipway
