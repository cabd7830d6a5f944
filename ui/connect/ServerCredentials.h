// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FileAccess.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace slipway {
class Document;
}

namespace slipway::ui {

// Opens what --db names for the window. A PostgreSQL server that wants a password libpq's own
// sources (~/.pgpass, the service file, PGPASSWORD) did not give gets the one the user asked
// the desktop keyring to remember, else the user is asked; the keyring is written only when
// the user ticks the box. A password lives in memory for the open only.
class ServerCredentials {
    Q_DECLARE_TR_FUNCTIONS(ServerCredentials)
public:
    // One line for the window (a keyring that cannot be reached), shown beside the document.
    using Notify = std::function<void(const QString&)>;

    static Result<std::unique_ptr<Document>> open(const QString& fileOrServer,
                                                  FileOpenOptions options, QWidget* parent,
                                                  const Notify& notify);

    // Whether opening failed because the server wanted a password it was not given, or did
    // not accept the one it was given.
    static bool asksForPassword(const Error& error);

    // A password that did not work is tried this many times before the window gives up.
    static constexpr int kAttempts = 3;
};

} // namespace slipway::ui
