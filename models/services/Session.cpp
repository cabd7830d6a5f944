// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include <QtGlobal>

namespace slipway {

QString Session::osUser()
{
    for (const char* var : {"SLIPWAY_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}

Session Session::forCurrentUser() { return Session{osUser(), QString()}; }

} // namespace slipway
