// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditService.h"

#include "storage/AuditLog.h"

namespace slipway {

AuditService::AuditService(Database& db)
    : m_db(db) {}

Result<qint64> AuditService::count(const AuditFilter& filter) const {
    return AuditLog(m_db).count(filter);
}

Result<QList<AuditEntry>> AuditService::page(const AuditFilter& filter, qint64 beforeSeq,
                                             int limit) const {
    return AuditLog(m_db).page(filter, beforeSeq, limit);
}

Result<AuditVerification>
AuditService::verify(const std::function<void(qint64 done)>& progress) const {
    return AuditLog(m_db).verify(progress);
}

} // namespace slipway
