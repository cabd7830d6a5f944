// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

namespace slipway {

class Database;

// The login a PostgreSQL server knows a connection by (session_user, which SET ROLE does not
// change): the name its triggers record as the actor of every audit entry and approval.
class ServerLogin {
public:
    // The login on a server; an Internal error on a file, which has no logins.
    static Result<QString> of(const Database& db);
};

} // namespace slipway
