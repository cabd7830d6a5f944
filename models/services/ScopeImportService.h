// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Result.h"
#include "io/ScopeCsvMapping.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace slipway {

class CsvTable;
class Database;

// Brings scope items from a CSV export (Jira, Azure DevOps, Slipway, or mapped columns) into
// the plan. Every row is checked before anything is written; a file with a bad row is
// refused whole unless told to skip bad rows. Then one transaction writes the items, their
// dependencies and the audit entries: one per updated item and per dependency, and one for
// all the items the import created (ScopeImportRecord), naming the file by its SHA-256. Rows match
// stored items by external key, so importing the same export again updates instead of duplicating.
class ScopeImportService {
public:
    struct Options {
        // Every item goes into this release (an id), or else into the one release with this
        // version; the text is also what the import record names.
        qint64 releaseId = 0;
        QString releaseVersion;
        bool skipInvalid = false;
    };

    struct Outcome {
        qint64 rows = 0;
        qint64 created = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
        qint64 dependencies = 0; // added
        bool refused = false;    // nothing was written; `problems` says why
        QStringList problems;    // "FILE line N: reason"; the rows refused or skipped
        QStringList notes;       // links to items that are nowhere, and the like
    };

    // The rows that can be imported and why the others cannot ("FILE line N: reason.").
    // Needs no database, so a bad file is refused before the file is even opened.
    struct Plan {
        qint64 total = 0;
        std::vector<ScopeCsvRow> rows;
        QStringList problems;
        QString sourceSha256; // of the file's bytes, as CsvTable read them
        qint64 sourceBytes = 0;
    };
    static Plan check(const CsvTable& table, const ScopeCsvMapping& mapping,
                      const QString& sourceName);

    ScopeImportService(Database& db, Session session);

    Result<Outcome> import(Plan plan, const ScopeCsvMapping& mapping, const QString& sourceName,
                           const Options& options);
    Result<Outcome> import(const CsvTable& table, const ScopeCsvMapping& mapping,
                           const QString& sourceName, const Options& options);

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
