// SPDX-License-Identifier: GPL-3.0-or-later
// slipway admin init|grant --db postgresql://…: Slipway's roles enforced by a PostgreSQL
// server (group roles, grants, row-level security) and the logins that hold them.
#include "AdminCommand.h"
#include "CliSupport.h"
#include "storage/ServerGrants.h"
#include "storage/ServerRoles.h"

namespace slipway::cli {

int runAdmin(const QStringList& args) {
    const QString command = QStringLiteral("admin");
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "init: on a PostgreSQL server, creates or upgrades the schema, then Slipway's group "
        "roles (slipway_viewer, slipway_release_manager, slipway_cab, slipway_deployer, "
        "slipway_qa, slipway_security, slipway_service_owner, slipway_operations, "
        "slipway_development), their grants and the row-level security on approvals. Run it "
        "again after every upgrade; it leaves the same state. Needs a login with CREATEROLE "
        "that owns the tables.\n"
        "grant: makes --login a login role if absent (no password: libpq's ~/.pgpass, GSS or "
        "certificates authenticate it), grants it --role and keeps the people table in step; "
        "--revoke takes the role away. Exit 0 done; 2 bad usage or refused."));
    parser.addPositionalArgument(QStringLiteral("action"), CliText::tr("init or grant."));
    FileOptions files;
    files.addTo(parser);
    const QCommandLineOption login(QStringLiteral("login"),
                                   CliText::tr("The person's PostgreSQL login."),
                                   QStringLiteral("LOGIN"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  CliText::tr("The Slipway role: %1.")
                                      .arg(ServerGrants::roleNames().join(QStringLiteral(", "))),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption revoke(QStringLiteral("revoke"),
                                    CliText::tr("Take the role away instead of granting it."));
    parser.addOptions({login, role, revoke});
    if (auto stop = parseCommand(parser, args, command,
                                 QStringLiteral("slipway admin init --db postgresql://…\n"
                                                "       slipway admin grant --db postgresql://… "
                                                "--login LOGIN --role ROLE [--revoke]"),
                                 1))
        return *stop;
    const QString action = parser.positionalArguments().value(0);
    if (action != u"init" && action != u"grant")
        return usageError(
            command, action.isEmpty()
                         ? CliText::tr("say what to do: init or grant")
                         : CliText::tr("unknown action '%1'; available: init, grant").arg(action));
    const bool granting = action == u"grant";
    if (granting && (!parser.isSet(login) || !parser.isSet(role)))
        return usageError(command, CliText::tr("grant needs --login LOGIN and --role ROLE"));
    if (!granting && (parser.isSet(login) || parser.isSet(role) || parser.isSet(revoke)))
        return usageError(command, CliText::tr("--login, --role and --revoke apply to 'grant' "
                                               "only"));
    if (granting) {
        if (auto valid = ServerRoles::checkLogin(parser.value(login)); !valid)
            return usageError(command, valid.error().message);
        if (!ServerGrants::roleNames().contains(parser.value(role)))
            return usageError(command,
                              CliText::tr("unknown role '%1'; one of: %2")
                                  .arg(parser.value(role).left(40),
                                       ServerGrants::roleNames().join(QStringLiteral(", "))));
    }
    int exit = ExitOk;
    const auto path = requireDb(parser, files, command, &exit);
    if (!path)
        return exit;
    if (!isServer(*path))
        return usageError(command, CliText::tr("%1 is a file; roles enforced by a server need "
                                               "a PostgreSQL database (postgresql://… or "
                                               "service=NAME)")
                                       .arg(*path));
    auto db = Database::open(*path, files.openOptions(parser));
    if (!db)
        return inputError(db.error());
    ServerRoles roles(*db.value());
    if (!granting) {
        auto done = roles.init();
        if (!done)
            return inputError(done.error());
        if (!done->warning.isEmpty())
            err() << done->warning << Qt::endl;
        out() << CliText::tr("%1: Slipway's roles ready (%2 created, %3 grants); schema %4.")
                     .arg(db.value()->fileName())
                     .arg(done->createdRoles.size())
                     .arg(done->grants)
                     .arg(db.value()->schemaVersion())
              << Qt::endl;
        return ExitOk;
    }
    const bool taking = parser.isSet(revoke);
    auto done = roles.grant(parser.value(login), parser.value(role), taking);
    if (!done)
        return inputError(done.error());
    // A mistyped name makes a new login: say so, so that it is seen.
    out() << (taking         ? CliText::tr("%1 no longer holds %2 on %3.")
              : done.value() ? CliText::tr("%1 holds %2 on %3; the login is new there (no "
                                           "password: the server authenticates it).")
                             : CliText::tr("%1 holds %2 on %3."))
                 .arg(parser.value(login), parser.value(role), db.value()->fileName())
          << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
