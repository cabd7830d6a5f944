// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace slipway {

// What a move did, for the summary a command prints.
struct MoveSummary {
    QString from; // both as users see them: a path, or a server's display name
    QString to;
    int tables = 0;
    qint64 rows = 0;
    qint64 auditEntries = 0;
    QString head; // the audit chain's head hash, equal on both sides
    double seconds = 0;
    QList<QPair<QString, double>> stages; // name, seconds
};

// Copies a whole Slipway database to another, a file or a PostgreSQL server on either side:
// every table with ids, actors, times and hashes as they were, in one transaction on the
// target, all or nothing. Refuses before writing when the schema versions differ, the target
// holds more than a new database's seed rows, or the source's audit chain is broken; after
// copying, row counts and the target's audit chain (head equal to the source's) are checked
// before commit. A new file target is written under a temporary name and renamed when whole.
class DatabaseMover {
public:
    // After each table and each stage: its name, the rows copied (-1 for a stage) and seconds.
    using Progress = std::function<void(const QString& what, qint64 rows, double seconds)>;

    static Result<MoveSummary> move(const QString& from, const QString& to,
                                    const Progress& progress = {});
};

} // namespace slipway
