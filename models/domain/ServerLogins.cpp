// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerLogins.h"

#include <QHash>
#include <QMutex>

namespace slipway {
namespace {

QMutex& mutex() {
    static QMutex m;
    return m;
}

QHash<const void*, QString>& open() {
    static QHash<const void*, QString> servers;
    return servers;
}

} // namespace

void ServerLogins::add(const void* connection, const QString& login) {
    const QMutexLocker lock(&mutex());
    open().insert(connection, login);
}

void ServerLogins::remove(const void* connection) {
    const QMutexLocker lock(&mutex());
    open().remove(connection);
}

QString ServerLogins::sole() {
    const QMutexLocker lock(&mutex());
    QString login;
    for (const QString& l : std::as_const(open())) {
        if (!login.isEmpty() && l != login)
            return {};
        login = l;
    }
    return login;
}

} // namespace slipway
