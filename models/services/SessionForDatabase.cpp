// SPDX-License-Identifier: GPL-3.0-or-later
// Session::forDatabase, apart from Session.cpp: it needs the storage classes, which a build of
// Session alone (tst_ReleaseIdentity, as the release preset compiles it) does not have.
#include "Session.h"

#include "storage/Database.h"
#include "storage/ServerLogin.h"

namespace slipway {

Result<Session> Session::forDatabase(const Database& db) {
    if (!db.isPostgres())
        return forCurrentUser();
    auto login = ServerLogin::of(db);
    if (!login)
        return login.error();
    return Session{login.value(), QString()};
}

} // namespace slipway
