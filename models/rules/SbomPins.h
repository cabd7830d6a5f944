// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Component.h"
#include "domain/Pin.h"

#include <QList>

namespace slipway {

// The pins an SBOM implies: a dependency on a component whose version is a range (the reader
// marked it) or otherwise reads as a constraint and not as one version ("^1.2", ">=2 <3")
// pins the depending component on that component within it. The target is named by its purl
// without version, else "group/name", else its name. A range VersionConstraint cannot read
// (Maven's "[1.0,2.0)") is not a pin; `unreadable` counts those. One pin per component and
// target: the first edge wins.
class SbomPins {
public:
    static QList<Pin> derive(qint64 releaseId, const QList<Component>& components,
                             const QList<ComponentDependency>& edges, int* unreadable = nullptr);
    // An operator, a space (two bounds), "||" or a wildcard part ("1.2.x"): not one version,
    // even where the reader did not mark it a range. "1.0" or "2024.01" stay versions.
    static bool looksLikeConstraint(const QString& version);
};

} // namespace slipway
