// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Permissions.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace slipway {

// Which of Slipway's roles may write which table on a PostgreSQL server: the GRANT matrix
// `slipway admin init` applies. It is derived from rolesAllowed() (rules/Permissions.cpp) and
// the tables each action writes, so the server refuses what the client's own check refuses.
namespace ServerGrants {

enum Privilege { Insert = 1, Update = 2, Delete = 4, Write = Insert | Update | Delete };

// Slipway's roles as the people screen knows them, viewer included.
QStringList roleNames();
// The roles that write anything (every role but viewer).
QStringList workingRoles();
// "release_manager" → "slipway_release_manager".
QString groupRole(const QString& role);

// The roles `action` lets write: rolesAllowed(action), or every working role where it names
// none (the service checks what the action needs, e.g. an approval's own role).
QStringList writersOf(Action action);

// table → role → Privilege bits. Every table not listed is read-only for everyone (SELECT
// through slipway_viewer); audit_log is INSERT-only for every working role.
QMap<QString, QMap<QString, int>> matrix();

// table → role → the columns (sorted) its UPDATE bit of matrix() is narrowed to, for a role
// whose only updates are narrow actions (ticking a check, approving a waiver). A role with
// UPDATE and no entry here updates every column: any entry that grants the whole table wins.
QMap<QString, QMap<QString, QStringList>> updateColumns();

// The history tables: no UPDATE, DELETE or TRUNCATE for anyone (triggers refuse the owner).
QStringList historyTables();

} // namespace ServerGrants
} // namespace slipway
