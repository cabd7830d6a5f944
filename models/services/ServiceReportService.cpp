// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceReportService.h"

#include "rules/ServiceReportRules.h"
#include "storage/NameLookup.h"
#include "storage/ScopeCommitTimes.h"
#include "storage/ServiceReportReader.h"

#include <QCoreApplication>

namespace slipway {
namespace {

class ServiceReportText {
    Q_DECLARE_TR_FUNCTIONS(ServiceReportService)
};

// An id by name (case-insensitive) or by id as text; NotFound lists what exists.
Result<qint64> idFrom(const Result<QHash<qint64, QString>>& names, const QString& nameOrId,
                      const QString& notFound) {
    if (!names)
        return names.error();
    const QString wanted = nameOrId.trimmed();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber && names->contains(id))
        return id;
    for (auto it = names->begin(); it != names->end(); ++it)
        if (it.value().compare(wanted, Qt::CaseInsensitive) == 0)
            return it.key();
    QStringList known = names->values();
    known.sort(Qt::CaseInsensitive);
    constexpr int kListed = 12;
    QString list = known.mid(0, kListed).join(QStringLiteral(", "));
    if (known.size() > kListed)
        list += QStringLiteral(", …");
    if (known.isEmpty())
        list = ServiceReportText::tr("none");
    return Error{Error::Kind::NotFound, notFound.arg(wanted, list)};
}

} // namespace

ServiceReportService::ServiceReportService(Database& db, Reports reports)
    : m_db(db)
    , m_commitTimes(std::make_shared<ScopeCommitTimes>(
          reports == Reports::One ? ScopeCommitTimes::Reading::CommittedItems
                                  : ScopeCommitTimes::Reading::WholeReleases)) {}

Result<ServiceReport> ServiceReportService::report(const ServiceReportQuery& query) const {
    if (query.toUtc <= query.fromUtc)
        return Error{Error::Kind::Usage,
                     ServiceReportText::tr("The report period must end after it starts.")};
    // Every week of the period is listed, per team too: bound it.
    constexpr int kMaxYears = 20;
    if (query.toUtc - query.fromUtc > qint64(kMaxYears) * 366 * 86400)
        return Error{
            Error::Kind::Usage,
            ServiceReportText::tr("The report period is longer than %1 years.").arg(kMaxYears)};
    auto facts = ServiceReportReader(m_db, m_commitTimes.get()).read(query);
    if (!facts)
        return facts.error();
    NameLookup names(m_db);
    if (query.serviceId > 0) {
        auto services = names.services();
        if (!services)
            return services.error();
        facts->scopeLabel = services->value(query.serviceId);
    } else if (query.teamId > 0) {
        auto teams = names.teams();
        if (!teams)
            return teams.error();
        facts->scopeLabel = ServiceReportText::tr("Team %1").arg(teams->value(query.teamId));
    } else {
        facts->scopeLabel = ServiceReportText::tr("All services");
    }
    return computeServiceReport(query, facts.value());
}

Result<qint64> ServiceReportService::serviceId(const QString& nameOrId) const {
    return idFrom(NameLookup(m_db).services(), nameOrId,
                  ServiceReportText::tr("No service “%1”; the services are: %2."));
}

Result<qint64> ServiceReportService::teamId(const QString& nameOrId) const {
    return idFrom(NameLookup(m_db).teams(), nameOrId,
                  ServiceReportText::tr("No team “%1”; the teams are: %2."));
}

} // namespace slipway
