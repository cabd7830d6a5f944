// SPDX-License-Identifier: GPL-3.0-or-later
#include "KnownIssueService.h"

#include "AuditedWrite.h"
#include "storage/KnownIssueRepository.h"

namespace slipway {
namespace {
const QString kEntity = QStringLiteral("known_issue");
}

KnownIssueService::KnownIssueService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<KnownIssue>> KnownIssueService::forRelease(qint64 releaseId) const {
    return KnownIssueRepository(m_db).forRelease(releaseId);
}
Result<KnownIssue> KnownIssueService::find(qint64 id) const {
    return KnownIssueRepository(m_db).find(id);
}

Result<KnownIssue> KnownIssueService::insert(const KnownIssue& issue, const QString& auditAction) {
    if (const auto problems = validateKnownIssue(issue); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    KnownIssue stored;
    auto done = AuditedWrite::run(m_db, m_session, Action::EditKnownIssues, auditAction, kEntity,
                                  [&](qint64 now) -> Result<AuditedWrite::Logged> {
                                      auto written = KnownIssueRepository(m_db).insert(
                                          issue, m_session.actor, now);
                                      if (!written)
                                          return written.error();
                                      stored = written.value();
                                      return AuditedWrite::Logged{stored.id, {}, toJson(stored)};
                                  });
    if (!done)
        return done.error();
    Q_EMIT issuesChanged(stored.releaseId);
    return stored;
}

Result<KnownIssue> KnownIssueService::create(const KnownIssue& issue) {
    KnownIssue fresh = issue;
    fresh.id = 0;
    return insert(fresh, QStringLiteral("create"));
}

Result<KnownIssue> KnownIssueService::restore(const KnownIssue& issue) {
    return insert(issue, QStringLiteral("restore"));
}

Result<KnownIssue> KnownIssueService::update(const KnownIssue& issue) {
    if (const auto problems = validateKnownIssue(issue); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    KnownIssue stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditKnownIssues, QStringLiteral("update"), kEntity,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            KnownIssueRepository repo(m_db);
            auto before = repo.find(issue.id);
            if (!before)
                return before.error();
            auto written = repo.update(issue, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{stored.id, toJson(before.value()), toJson(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT issuesChanged(stored.releaseId);
    return stored;
}

Result<void> KnownIssueService::remove(qint64 id, qint64 rowVersion) {
    qint64 releaseId = 0;
    auto done =
        AuditedWrite::run(m_db, m_session, Action::EditKnownIssues, QStringLiteral("delete"),
                          kEntity, [&](qint64) -> Result<AuditedWrite::Logged> {
                              KnownIssueRepository repo(m_db);
                              auto before = repo.find(id);
                              if (!before)
                                  return before.error();
                              releaseId = before->releaseId;
                              if (auto r = repo.remove(id, rowVersion); !r)
                                  return r.error();
                              return AuditedWrite::Logged{id, toJson(before.value()), {}};
                          });
    if (done)
        Q_EMIT issuesChanged(releaseId);
    return done;
}

} // namespace slipway
