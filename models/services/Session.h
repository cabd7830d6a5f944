// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace slipway {

// Who is acting, and under which change ticket; every service stamps it on the audit log.
struct Session {
    QString actor;        // the OS user unless told otherwise
    QString changeTicket; // optional: the ticket the current work is done under

    static QString osUser();
    static Session forCurrentUser();
};

} // namespace slipway
