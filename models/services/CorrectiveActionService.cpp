// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectiveActionService.h"

#include "AuditedWrite.h"
#include "storage/CorrectiveActionRepository.h"
#include "storage/Database.h"
#include "storage/ReleaseRepository.h"

namespace slipway {
namespace {

// Done and dropped keep the moment they were closed; an open action has none.
qint64 closedAtFor(const CorrectiveAction& a, const CorrectiveAction* before, qint64 now) {
    if (!isClosed(a.state))
        return 0;
    if (before && isClosed(before->state) && before->closedAt > 0)
        return before->closedAt;
    if (!before && a.closedAt > 0) // a removed action put back keeps its own moment
        return a.closedAt;
    return now;
}

RecordStore<CorrectiveAction> store(Database& db) {
    RecordStore<CorrectiveAction> s;
    s.entity = QStringLiteral("corrective_action");
    s.action = Action::ManageCorrectiveActions;
    s.find = [&db](qint64 id) {
        return CorrectiveActionRepository(db).find(id);
    };
    s.insert = [&db](const CorrectiveAction& a, const QString& actor, qint64 now) {
        return CorrectiveActionRepository(db).insert(a, actor, now);
    };
    s.update = [&db](const CorrectiveAction& a, const QString& actor, qint64 now) {
        return CorrectiveActionRepository(db).update(a, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return CorrectiveActionRepository(db).remove(id, version);
    };
    s.validate = validateCorrectiveAction;
    s.prepare = [&db](const CorrectiveAction& a, const CorrectiveAction* before,
                      qint64 now) -> Result<CorrectiveAction> {
        CorrectiveAction ready = a;
        if (before) {
            // The deviation an action answers is fixed once it is created.
            ready.deviationKey = before->deviationKey;
            ready.releaseId = before->releaseId;
        } else if (auto release = ReleaseRepository(db).find(a.releaseId); !release) {
            return release.error();
        }
        ready.closedAt = closedAtFor(a, before, now);
        return ready;
    };
    return s;
}

} // namespace

CorrectiveActionService::CorrectiveActionService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<CorrectiveAction>> CorrectiveActionService::list(const QString& deviationKey) const {
    return CorrectiveActionRepository(m_db).list(deviationKey.trimmed());
}

Result<CorrectiveAction> CorrectiveActionService::find(qint64 id) const {
    return CorrectiveActionRepository(m_db).find(id);
}

Result<CorrectiveAction> CorrectiveActionService::create(const CorrectiveAction& action) {
    CorrectiveAction fresh = action;
    fresh.id = 0;
    fresh.closedAt = 0;
    fresh.deviationKey = action.deviationKey.trimmed();
    if (fresh.releaseId <= 0)
        fresh.releaseId = releaseIdOfDeviationKey(fresh.deviationKey);
    auto stored =
        AuditedWrite::insert(m_db, m_session, store(m_db), fresh, QStringLiteral("create"));
    if (stored)
        Q_EMIT actionsChanged();
    return stored;
}

Result<CorrectiveAction> CorrectiveActionService::update(const CorrectiveAction& action) {
    auto stored = AuditedWrite::update(m_db, m_session, store(m_db), action);
    if (stored)
        Q_EMIT actionsChanged();
    return stored;
}

Result<void> CorrectiveActionService::remove(qint64 id, qint64 rowVersion) {
    auto done = AuditedWrite::remove(m_db, m_session, store(m_db), id, rowVersion);
    if (done)
        Q_EMIT actionsChanged();
    return done;
}

Result<CorrectiveAction> CorrectiveActionService::restore(const CorrectiveAction& action) {
    auto stored =
        AuditedWrite::insert(m_db, m_session, store(m_db), action, QStringLiteral("restore"));
    if (stored)
        Q_EMIT actionsChanged();
    return stored;
}

} // namespace slipway
