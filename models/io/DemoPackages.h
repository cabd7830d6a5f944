// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

namespace slipway {

class Database;

// The demo's packages: two trusted signing keys (an OpenPGP key and a minisign key, real
// public keys made for the demo), and artifacts on a handful of releases in every
// verification state. The releases that went out ship verified and signed artifacts in a
// frozen set; the one being deployed too; an approved release has one artifact of each
// state, one of them tampered with after it was registered; a scheduled release has artifacts
// nobody has checked yet. Settings per environment, with secrets only as references, go with
// them. Every write has its audit entry, before `anchorSecs`.
namespace DemoPackages {

// Returns how many audit entries it appended.
Result<qint64> write(Database& db, qint64 anchorSecs);

} // namespace DemoPackages

} // namespace slipway
