// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeRelease.h"

namespace slipway {

bool ScopeRelease::isClosed() const {
    return status == ReleaseStatus::Cancelled || status == ReleaseStatus::Closed ||
           status == ReleaseStatus::RolledBack;
}

QString ScopeRelease::label() const {
    if (name.isEmpty())
        return version;
    if (version.isEmpty() || name.contains(version))
        return name;
    return name + u' ' + version;
}

} // namespace slipway
