// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace slipway {

// The PostgreSQL servers this process has open, each with the login the server authenticated
// it as. A database registers itself while it is open; Session asks which login a command acts
// as. Kept apart from the storage classes so that Session needs none of them.
class ServerLogins {
public:
    static void add(const void* connection, const QString& login);
    static void remove(const void* connection);
    // While every open server was opened by one login, that login; otherwise empty.
    static QString sole();
};

} // namespace slipway
