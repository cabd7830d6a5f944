// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Release.h"
#include "domain/Result.h"
#include "rules/Permissions.h"

#include <QObject>

namespace slipway {

class Database;

// Every change to a release: checks the permission and the domain rules, writes the row and
// its audit entry in one transaction, then says what changed.
class ReleaseService : public QObject {
    Q_OBJECT
public:
    ReleaseService(Database& db, Session session, QObject* parent = nullptr);

    const Session& session() const { return m_session; }

    Result<QList<Release>> all() const;
    Result<Release> find(qint64 id) const;

    Result<Release> create(const Release& release);
    // `release.rowVersion` must be the version the user saw; a newer one refuses (Stale).
    Result<Release> update(const Release& release);
    Result<void> remove(qint64 id, qint64 rowVersion);
    // Brings back a deleted release under its old id (undo of a delete; audited as restore).
    Result<Release> restore(const Release& release);

Q_SIGNALS:
    void releaseAdded(qint64 id);
    void releaseChanged(qint64 id);
    void releaseRemoved(qint64 id);

private:
    Result<Release> insertAudited(const Release& release, const QString& action);

    Database& m_db;
    Session m_session;
};

} // namespace slipway
