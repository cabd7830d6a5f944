// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EnvironmentMatrix.h"
#include "domain/Pin.h"
#include "domain/ReleaseEnums.h"

#include <QHash>
#include <QList>

namespace slipway {

// Holds pins against the versions the matrix says run. Where a pin applies is written at
// EnvironmentMatrixService::pinChecks. A version is read as SemVer (a leading "v" allowed);
// one that is not is not a version the constraint can compare, and fails it.
class PinEvaluator {
public:
    // `statuses`: every release's status, for the planned releases' pins.
    static QList<PinCheck> evaluate(const EnvironmentMatrix& matrix, const QList<Pin>& pins,
                                    const QHash<qint64, ReleaseStatus>& statuses);
    // One pin against what one column runs.
    static PinCheck check(const EnvironmentMatrix& matrix, const Pin& pin, int column);
};

} // namespace slipway
