// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "domain/ServerLogins.h"

#include <QtGlobal>

#include <pwd.h>
#include <unistd.h>

namespace slipway {

QString Session::osUser() {
    const uid_t uid = ::geteuid();
    if (const passwd* pw = ::getpwuid(uid); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    // An account the password database does not know (a container started with an arbitrary
    // uid) is still told apart from every other one, and matches no person's login.
    return QStringLiteral("uid-%1").arg(qulonglong(uid));
}

QString Session::actingLogin() {
#ifdef SLIPWAY_TEST_IDENTITY
    if (QString stand = qEnvironmentVariable("SLIPWAY_TEST_USER").trimmed(); !stand.isEmpty())
        return stand;
#endif
    return osUser();
}

Session Session::forCurrentUser() {
    // A command that opened a server acts as the login the server authenticated: the server
    // records that name whatever the client says, so the client's checks use it too.
    if (QString login = ServerLogins::sole(); !login.isEmpty())
        return Session{login, QString()};
    return Session{actingLogin(), QString()};
}

} // namespace slipway
