// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/ServiceReport.h"

#include <memory>

namespace slipway {

class Database;
class ScopeCommitTimes;

// The service report: deployment frequency, lead time, change failure rate, time to restore,
// availability, changes by risk and type, and capacity, for a period and a service or team
// (rules/ServiceReportRules over storage/ServiceReportReader). Reading only.
class ServiceReportService {
public:
    // Many: the scope items' commit times are kept between reports (the screen recomputes
    // after each change). One: only what one report needs is read (the command line).
    enum class Reports { Many, One };
    explicit ServiceReportService(Database& db, Reports reports = Reports::Many);

    Result<ServiceReport> report(const ServiceReportQuery& query) const;
    // A service or team by name (case-insensitive) or id as text, for the CLI's --service and
    // --team; NotFound names what exists.
    Result<qint64> serviceId(const QString& nameOrId) const;
    Result<qint64> teamId(const QString& nameOrId) const;

private:
    Database& m_db;
    // The scope items' commit times, kept between reports of this service (reading them is the
    // costly part; later reports read only the audit entries appended since).
    std::shared_ptr<ScopeCommitTimes> m_commitTimes;
};

} // namespace slipway
