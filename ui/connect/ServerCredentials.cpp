// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCredentials.h"

#include "ServerKeyring.h"
#include "ServerPasswordDialog.h"
#include "services/DatabaseAddress.h"
#include "services/Document.h"

#include <QApplication>
#include <QPointer>
#include <QWidget>

namespace slipway::ui {

// The storage layer's refusal of a login without a password (in the user's language), or
// libpq's words for a password the server did not accept. A login refusal carries no SQLSTATE,
// so the words are all there is to go by.
bool ServerCredentials::asksForPassword(const Error& error) {
    if (error.kind != Error::Kind::Permission)
        return false;
    const QString none = QCoreApplication::translate(
        "slipway::Database", "%1 asks for a password, and libpq found none (~/.pgpass, the "
                             "service file or PGPASSWORD).");
    const QString tail = none.section(QStringLiteral("%1"), 1);
    return (!tail.isEmpty() && error.message.endsWith(tail)) ||
           error.message.contains(QLatin1String("no password supplied")) ||
           error.message.contains(QLatin1String("password authentication failed"));
}

Result<std::unique_ptr<Document>> ServerCredentials::open(const QString& fileOrServer,
                                                          FileOpenOptions options, QWidget* parent,
                                                          const Notify& notify) {
    options.password.clear();
    auto opened = Document::open(fileOrServer, options);
    if (opened || !DatabaseAddress::isServer(fileOrServer) || !asksForPassword(opened.error()))
        return opened;
    const QString server = DatabaseAddress::displayName(fileOrServer);

    // What the user asked the keyring to remember comes before asking again.
    bool refused = false;
    const ServerKeyring::Answer kept = ServerKeyring::readWaiting(server);
    if (!kept.error.isEmpty() && notify)
        notify(kept.error);
    if (kept.found) {
        options.password = kept.password;
        opened = Document::open(fileOrServer, options);
        if (opened || !asksForPassword(opened.error()))
            return opened;
        refused = true;
    }

    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        ServerPasswordDialog dialog(server, refused, parent);
        if (dialog.exec() != QDialog::Accepted)
            return Error{Error::Kind::Permission,
                         tr("%1 asks for a password, and none was given.").arg(server)};
        options.password = dialog.password();
        opened = Document::open(fileOrServer, options);
        if (opened) {
            if (dialog.remember()) {
                QObject* context = parent ? static_cast<QObject*>(parent) : qApp;
                ServerKeyring::write(server, options.password, context,
                                     [notify](const ServerKeyring::Answer& answer) {
                                         if (!answer.error.isEmpty() && notify)
                                             notify(answer.error);
                                     });
            }
            return opened;
        }
        if (!asksForPassword(opened.error()))
            return opened;
        refused = true;
    }
    return opened;
}

} // namespace slipway::ui
