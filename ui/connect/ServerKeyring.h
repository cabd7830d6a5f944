// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace slipway::ui {

// The desktop keyring (the Secret Service, KWallet, macOS Keychain… through QtKeychain), for the
// one password Slipway ever keeps: the one a user asked it to remember, under the service
// "Slipway" and the server's display name. Jobs run asynchronously; a keyring that cannot be
// reached (no daemon, as on a headless machine) gives a one-line error, never a plain-text file.
class ServerKeyring {
    Q_DECLARE_TR_FUNCTIONS(ServerKeyring)
public:
    struct Answer {
        bool found = false; // read: a password was remembered for the server
        QString password;
        QString error; // one line; empty when the keyring answered (found or not)
    };
    using Done = std::function<void(const Answer&)>;

    // `done` runs in `context`'s thread when the keyring answers, unless `context` is gone.
    static void read(const QString& server, QObject* context, Done done);
    static void write(const QString& server, const QString& password, QObject* context, Done done);
    // read(), waiting in a local event loop: the window keeps painting while the keyring
    // answers. A keyring silent for `timeoutMs` is reported as an error.
    static Answer readWaiting(const QString& server, int timeoutMs = 5000);

    static constexpr const char* kService = "Slipway";
};

} // namespace slipway::ui
