// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QList>

namespace slipway {

class Database;

// The demo's guard overrides, once its gates and approvals are written: a release deploying
// past a guard it does not meet yet (the emergency fix going out before its waived gate is
// promoted) has an override asked for by one release manager and approved by another, not
// yet settled, so `check` notes it. Each write has its audit entry, before `anchorSecs`.
namespace DemoLifecycle {

// `deploying`: the releases being deployed at the anchor. Returns how many audit entries it
// appended.
Result<qint64> write(Database& db, qint64 anchorSecs, const QList<qint64>& deploying);

} // namespace DemoLifecycle

} // namespace slipway
