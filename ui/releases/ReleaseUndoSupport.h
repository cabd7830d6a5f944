// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Release.h"
#include "domain/Result.h"

#include <functional>

namespace slipway {
class ReleaseService;
}

namespace slipway::ui {

// Where a release command reports a service call that failed (the command then drops out
// of the undo stack, so the stack never claims a change that did not happen).
using CommandErrorSink = std::function<void(const QString& message)>;

// Undo and redo act on the release as this session left it. Returns the stored row version
// when the stored release still matches `expected` (bookkeeping aside); a Stale error naming
// who changed it when someone else has edited it since.
Result<qint64> versionIfUnchanged(ReleaseService& service, const Release& expected);

} // namespace slipway::ui
