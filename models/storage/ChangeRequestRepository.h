// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ChangeRequest.h"
#include "domain/Result.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `change_requests` and `change_request_tags`. Writes expect the caller's
// Transaction; an insert with an id set brings a deleted row back under that id.
class ChangeRequestRepository {
public:
    explicit ChangeRequestRepository(Database& db);

    Result<QList<ChangeRequest>> all() const; // by ticket
    Result<ChangeRequest> find(qint64 id) const;
    Result<ChangeRequest> insert(const ChangeRequest& change, const QString& actor, qint64 nowSecs);
    Result<ChangeRequest> update(const ChangeRequest& change, const QString& actor, qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

private:
    Result<QList<ChangeRequest>> select(const QString& where, const QVariant& arg) const;
    Result<void> writeTags(qint64 id, const QStringList& tags);

    Database& m_db;
};

} // namespace slipway
