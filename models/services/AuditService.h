// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEntry.h"
#include "domain/Result.h"

#include <QList>

#include <functional>

namespace slipway {

class Database;

// Reading the audit trail for the screens: counts, pages and the chain check. Entries are
// only ever written by the services' own audited writes.
class AuditService {
public:
    explicit AuditService(Database& db);

    Result<qint64> count(const AuditFilter& filter = {}) const;
    Result<QList<AuditEntry>> page(const AuditFilter& filter, qint64 beforeSeq, int limit) const;
    // Recomputes every hash of the chain; `progress` gets the entries checked so far.
    Result<AuditVerification> verify(const std::function<void(qint64 done)>& progress = {}) const;

private:
    Database& m_db;
};

} // namespace slipway
