// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/DistributionList.h"
#include "domain/Result.h"

#include <QObject>

namespace slipway {

class Database;

// Distribution lists: named audiences with their zone, every change audited.
class DistributionListService : public QObject {
    Q_OBJECT
public:
    DistributionListService(Database& db, Session session, QObject* parent = nullptr);

    Result<QList<DistributionList>> all() const;
    Result<DistributionList> find(qint64 id) const;
    Result<DistributionList> create(const DistributionList& list);
    Result<DistributionList> update(const DistributionList& list);
    Result<void> remove(qint64 id, qint64 rowVersion);
    // Brings back a removed list under its old id (audited as restore).
    Result<DistributionList> restore(const DistributionList& list);

Q_SIGNALS:
    void listsChanged();

private:
    Result<DistributionList> insert(const DistributionList& list, const QString& auditAction);

    Database& m_db;
    Session m_session;
};

} // namespace slipway
