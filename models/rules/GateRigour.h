// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Gate.h"

#include <QStringList>

// What a release's planning rigour adds to its type's template: the gates it names (stable
// keys "development-complete", "qa", "staging", "security", "cab") that the template lacks
// (by name, or because no gate of the same or a later stage asks as much), and an approval
// criterion for each approving role the template does not already ask for.
namespace slipway::GateRigour {

QList<GateTemplate> extraGates(const QList<GateTemplate>& fromTemplate, const QStringList& gateKeys,
                               const QStringList& approvalRoles);

} // namespace slipway::GateRigour
