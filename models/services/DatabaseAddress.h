// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace slipway {

// What the window and the command line need to know about a --db text before opening it,
// without reaching into the storage layer: whether it names a PostgreSQL server, how to show
// it, and the address the Connect dialog's fields make.
class DatabaseAddress {
    Q_DECLARE_TR_FUNCTIONS(DatabaseAddress)
public:
    // A postgresql:// URL, or a libpq connection string such as service=NAME.
    static bool isServer(const QString& text);
    // A server's display name (postgresql://user@host:port/db or service=NAME, never a
    // password); a file's path as given.
    static QString displayName(const QString& text);
    // Why `text` cannot be opened as it stands (a password in it, a misspelt parameter…).
    static Result<void> check(const QString& text);

    struct ServerFields {
        QString host; // empty: libpq's default (the local socket)
        int port = 0; // 0: libpq's default (5432)
        QString database;
        QString user;
        QString sslMode; // empty: libpq's default (prefer)
    };
    // postgresql://[user@]host[:port]/database[?sslmode=…], every part percent-encoded so that
    // any name survives the trip.
    static QString serverUrl(const ServerFields& fields);
    // service=NAME, quoted as libpq's connection strings want when NAME needs it.
    static QString serviceString(const QString& service);
    // Whether a host name means this computer (the local socket, localhost, loopback).
    static bool isLocalHost(const QString& host);
};

} // namespace slipway
