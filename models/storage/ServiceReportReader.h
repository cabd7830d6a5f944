// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "rules/ServiceReportRules.h"

namespace slipway {

class Database;
class ScopeCommitTimes;

// Reads what the service report is computed from, narrowed to the query's service or team:
// the releases first deployed to production in the period, the scope items they committed
// to with the time each was committed (from its audit history), the incidents, the teams'
// people and leave, and the environments' bookings and release windows. Reading only.
class ServiceReportReader {
public:
    // `commitTimes`: kept between reports by the caller; none reads the history afresh.
    explicit ServiceReportReader(Database& db, ScopeCommitTimes* commitTimes = nullptr);
    Result<ServiceReportFacts> read(const ServiceReportQuery& query) const;

private:
    Result<void> readReleases(const ServiceReportQuery& query, ServiceReportFacts& facts) const;
    Result<void> readItems(const ServiceReportQuery& query, ServiceReportFacts& facts) const;
    Result<void> readScope(const ServiceReportQuery& query, ServiceReportFacts& facts) const;
    Result<void> readPeople(const ServiceReportQuery& query, ServiceReportFacts& facts) const;
    Result<void> readEnvironments(const ServiceReportQuery& query, ServiceReportFacts& facts) const;

    Database& m_db;
    ScopeCommitTimes* m_commitTimes;
};

} // namespace slipway
