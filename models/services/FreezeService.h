// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Freeze.h"
#include "domain/Result.h"

#include <QObject>

namespace slipway {

class Database;

// Every change to an incident freeze, audited; undo is another audited edit (restore after delete).
class FreezeService : public QObject {
    Q_OBJECT
public:
    FreezeService(Database& db, Session session, QObject* parent = nullptr);

    Result<QList<FreezePeriod>> all() const;
    Result<FreezePeriod> find(qint64 id) const;

    Result<FreezePeriod> create(const FreezePeriod& freeze);
    // `freeze.rowVersion` must be the version the user saw; a newer one refuses (Stale).
    Result<FreezePeriod> update(const FreezePeriod& freeze);
    Result<void> remove(qint64 id, qint64 rowVersion);
    // Brings back a deleted freeze under its old id (audited as restore).
    Result<FreezePeriod> restore(const FreezePeriod& freeze);

Q_SIGNALS:
    void freezeAdded(qint64 id);
    void freezeChanged(qint64 id);
    void freezeRemoved(qint64 id);

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
