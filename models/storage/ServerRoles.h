// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace slipway {

class Database;

// What `slipway admin init` did, for its report.
struct ServerRolesReport {
    QStringList createdRoles; // group roles that did not exist before
    int grants = 0;           // GRANT statements applied (SELECT for viewer included)
    QString warning;          // one line, e.g. a collation that orders unlike a file; or empty
};

// Slipway's roles enforced by a PostgreSQL server: the NOLOGIN group roles slipway_<role>,
// the GRANT matrix of ServerGrants, row-level security on approvals, and the logins of people
// as members of those roles. Every step is idempotent: init() after an upgrade brings grants
// and policies to this build's matrix.
class ServerRoles {
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)
public:
    explicit ServerRoles(Database& db);

    // Creates the group roles and applies grants, policies and triggers in one transaction.
    // Refuses in one line when the login may not create roles or does not own the tables.
    Result<ServerRolesReport> init();
    // CREATE ROLE login LOGIN when absent, GRANT slipway_<role> TO it, and the people row's
    // login and roles kept in step (the row made when absent). `revoke` takes the role away.
    // The people row and the audit entry name the server's session_user as who did it.
    // True when the login was made here (it did not exist on the server).
    Result<bool> grant(const QString& login, const QString& role, bool revoke = false);

    // Whether init() has run on this database (its grants exist): the server enforces roles.
    Result<bool> enforced() const;
    // The Slipway roles the session's login holds as the server sees it (release_manager …).
    Result<QSet<QString>> sessionRoles() const;

    // A login that round-trips as a PostgreSQL identifier, or a one-line refusal.
    static Result<void> checkLogin(const QString& login);
    // The tables init() turns row-level security on for.
    static QStringList securedTables();
    // "name" with inner quotes doubled: a safe identifier for any checked name.
    static QString quoted(const QString& identifier);

private:
    Result<void> exec(const QString& sql, const QString& doing) const;
    Result<void> checkAdministrator(bool needOwnership) const;
    Result<QString> collationWarning() const;
    Result<int> applyGrants(const QString& schema);
    Result<void> applyPolicies();
    Result<void> keepPersonInStep(const QString& login, const QString& role, bool revoke);

    Database& m_db;
};

} // namespace slipway
