// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Assumption.h"
#include "domain/Result.h"

#include <QObject>

namespace slipway {

class Database;

// The assumptions log of a release; every change audited, stale edits refused.
class AssumptionService : public QObject {
    Q_OBJECT
public:
    AssumptionService(Database& db, Session session, QObject* parent = nullptr);

    Result<QList<Assumption>> forRelease(qint64 releaseId) const;
    Result<QList<Assumption>> all() const;
    Result<Assumption> find(qint64 id) const;

    Result<Assumption> create(const Assumption& assumption);
    // `assumption.rowVersion` must be the version the user saw; a newer one refuses (Stale).
    Result<Assumption> update(const Assumption& assumption);
    Result<void> remove(qint64 id, qint64 rowVersion);
    // Brings back a deleted assumption under its old id (audited as restore).
    Result<Assumption> restore(const Assumption& assumption);

Q_SIGNALS:
    void assumptionsChanged(qint64 releaseId);

private:
    Result<Assumption> insert(const Assumption& assumption, const QString& auditAction);

    Database& m_db;
    Session m_session;
};

} // namespace slipway
