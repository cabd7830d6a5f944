// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Blackout.h"
#include "domain/Result.h"

#include <QHash>
#include <QObject>

namespace slipway {

class Database;

// Every change to a blackout, audited; undo is another audited edit (restore after delete).
class BlackoutService : public QObject {
    Q_OBJECT
public:
    BlackoutService(Database& db, Session session, QObject* parent = nullptr);

    Result<QList<Blackout>> all() const;
    Result<Blackout> find(qint64 id) const;
    // Services a blackout can be limited to, id to name.
    Result<QHash<qint64, QString>> serviceNames() const;

    Result<Blackout> create(const Blackout& blackout);
    // `blackout.rowVersion` must be the version the user saw; a newer one refuses (Stale).
    Result<Blackout> update(const Blackout& blackout);
    Result<void> remove(qint64 id, qint64 rowVersion);
    // Brings back a deleted blackout under its old id (audited as restore).
    Result<Blackout> restore(const Blackout& blackout);

Q_SIGNALS:
    void blackoutAdded(qint64 id);
    void blackoutChanged(qint64 id);
    void blackoutRemoved(qint64 id);

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
