// SPDX-License-Identifier: GPL-3.0-or-later
// Session::forDatabase, apart from Session.cpp: it needs the storage classes, which a build of
// Session alone (tst_ReleaseIdentity, as the release preset compiles it) does not have.
#include "Session.h"

#include "storage/Database.h"

namespace slipway {

Result<Session> Session::forDatabase(const Database& db) {
    if (!db.isPostgres())
        return forCurrentUser();
    // session_user, read once when the server was opened.
    return Session{db.serverLogin(), QString()};
}

} // namespace slipway
