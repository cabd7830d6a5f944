// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Release.h"
#include "domain/Result.h"

namespace slipway {

class Database;

// A release named on a command line: its id ("25"), PRODUCT@VERSION ("Payments API@2.4.0":
// the release of that product, a service, at that version; failing that, the release whose
// name is PRODUCT with or without the version it ends in), or a version alone when only one
// release has it. Names compare without regard to case; an
// ambiguous value is refused with its candidates listed.
Result<Release> lookUpRelease(Database& db, const QString& text);

} // namespace slipway
