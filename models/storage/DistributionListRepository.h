// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DistributionList.h"
#include "domain/Result.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `distribution_lists` and their members. Writes expect the caller's Transaction.
class DistributionListRepository {
public:
    explicit DistributionListRepository(Database& db);

    Result<QList<DistributionList>> all() const; // by name, with members
    Result<DistributionList> find(qint64 id) const;
    Result<DistributionList> findByName(const QString& name) const;
    Result<DistributionList> insert(const DistributionList& list, const QString& actor,
                                    qint64 nowSecs);
    Result<DistributionList> update(const DistributionList& list, const QString& actor,
                                    qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

private:
    Result<void> writeMembers(qint64 id, const QList<Recipient>& members);
    Result<void> readMembers(DistributionList& list) const;

    Database& m_db;
};

} // namespace slipway
