// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDateTime>

namespace slipway {

class Database;

// Adds the Communications part of the demo to a freshly generated file: known issues of the
// next releases, distribution lists, and issued messages with some acknowledgements, each
// with its audit entry, all timed just before `anchor` so the same anchor gives the same file.
class DemoCommunications {
public:
    // Returns how many audit entries it wrote.
    static Result<qint64> add(Database& db, const QDateTime& anchor);
};

} // namespace slipway
