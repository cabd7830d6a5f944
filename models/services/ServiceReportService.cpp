// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceReportService.h"

namespace slipway {

ServiceReportService::ServiceReportService(Database& db)
    : m_db(db) {}

Result<ServiceReport> ServiceReportService::report(const ServiceReportQuery& query) const {
    ServiceReport out;
    out.query = query;
    return out;
}

Result<qint64> ServiceReportService::serviceId(const QString& nameOrId) const {
    return Error{Error::Kind::NotFound, QStringLiteral("No service named %1.").arg(nameOrId)};
}

Result<qint64> ServiceReportService::teamId(const QString& nameOrId) const {
    return Error{Error::Kind::NotFound, QStringLiteral("No team named %1.").arg(nameOrId)};
}

} // namespace slipway
