// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include <QtGlobal>

#include <pwd.h>
#include <unistd.h>

namespace slipway {

QString Session::osUser() {
    for (const char* var : {"SLIPWAY_USER", "USER", "USERNAME", "LOGNAME"}) {
        QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    // Services and cron jobs often run without USER set; the account database knows.
    if (const passwd* pw = ::getpwuid(::getuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("unknown");
}

Session Session::forCurrentUser() {
    return Session{osUser(), QString()};
}

} // namespace slipway
