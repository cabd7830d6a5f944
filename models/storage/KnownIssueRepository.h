// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/KnownIssue.h"
#include "domain/Result.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `known_issues`. Writes expect the caller's Transaction.
class KnownIssueRepository {
public:
    explicit KnownIssueRepository(Database& db);

    Result<QList<KnownIssue>> forRelease(qint64 releaseId) const; // open first, then by id
    Result<KnownIssue> find(qint64 id) const;
    Result<KnownIssue> insert(const KnownIssue& issue, const QString& actor, qint64 nowSecs);
    Result<KnownIssue> update(const KnownIssue& issue, const QString& actor, qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

private:
    Database& m_db;
};

} // namespace slipway
