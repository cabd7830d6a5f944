// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseSchedulingService.h"

#include "AuditedWrite.h"
#include "rules/ScheduleValidation.h"
#include "storage/ReleaseLinkRepository.h"

#include <algorithm>

namespace slipway {

ReleaseSchedulingService::ReleaseSchedulingService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<ReleaseLinks> ReleaseSchedulingService::find(qint64 releaseId) const {
    return ReleaseLinkRepository(m_db).find(releaseId);
}

Result<ReleaseLinks> ReleaseSchedulingService::update(const ReleaseLinks& links) {
    if (const auto problems = ScheduleValidation::check(links); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    ReleaseLinks wanted = links;
    std::sort(wanted.environmentIds.begin(), wanted.environmentIds.end());
    std::sort(wanted.roles.begin(), wanted.roles.end());
    wanted.roles.removeDuplicates();
    ReleaseLinks stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditRelease, QStringLiteral("update_needs"),
        QStringLiteral("release"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            ReleaseLinkRepository repo(m_db);
            auto before = repo.find(links.releaseId);
            if (!before)
                return before.error();
            auto written = repo.write(wanted, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{links.releaseId, toJson(before.value()), toJson(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT linksChanged(links.releaseId);
    return stored;
}

} // namespace slipway
