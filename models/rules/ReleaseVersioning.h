// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VersionScheme.h"

#include "domain/Release.h"
#include "domain/ScopeItem.h"

#include <QList>

namespace slipway {

// What a release's version must be and what its scope asks for, under its product's scheme.
// Pure rules: the services read the rows and call these.
class ReleaseVersioning {
public:
    // validateRelease with the version checked against `scheme` (Semantic Versioning gives
    // exactly validateRelease's problems).
    static QList<FieldProblem> validate(const Release& release, const VersionScheme& scheme);

    // Counts a release's scope for the next version. Scope items carry no "breaking" flag, so
    // an item is a breaking change when one of its labels says so ("breaking",
    // "breaking-change", "semver-major", any case) or its description has a Conventional
    // Commits "BREAKING CHANGE:" footer; otherwise a feature or a regulatory item is a
    // feature and a fix, patch or tech-debt item a fix. Deferred items do not count.
    static ScopeCounts countScope(const QList<ScopeItem>& items);
    static bool isBreaking(const ScopeItem& item);
};

} // namespace slipway
