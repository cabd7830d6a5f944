// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

namespace slipway {

class Database;

// Who is acting, and under which change ticket; every service stamps it on the audit log and
// records decisions, approvals and waivers as made by `actor`, never by a name it is given.
struct Session {
    QString actor;        // the operating-system account's login; on a server, the server's
    QString changeTicket; // optional: the ticket the current work is done under

    // The account this process runs as, from the password database (the effective user id).
    // USER, LOGNAME and the like are ignored: whoever starts a process can set them.
    static QString osUser();
    // The login services act as: osUser(). A build with the tests enabled also honours
    // SLIPWAY_TEST_USER, so the tests can act as several people; a release build never does.
    static QString actingLogin();
    // The acting login; while servers opened by one login are open in this process, that login.
    static Session forCurrentUser();
    // Who acts on `db`: on a file forCurrentUser(); on a server the login the server knows
    // (session_user), which SLIPWAY_TEST_USER does not change: the server records that name
    // whatever a client says, so the client's permission checks use it too.
    static Result<Session> forDatabase(const Database& db);
};

} // namespace slipway
