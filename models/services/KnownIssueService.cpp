// SPDX-License-Identifier: GPL-3.0-or-later
#include "KnownIssueService.h"

#include "AuditedWrite.h"
#include "storage/KnownIssueRepository.h"

namespace slipway {
namespace {

RecordStore<KnownIssue> store(Database& db) {
    RecordStore<KnownIssue> s;
    s.entity = QStringLiteral("known_issue");
    s.action = Action::EditKnownIssues;
    s.find = [&db](qint64 id) {
        return KnownIssueRepository(db).find(id);
    };
    s.insert = [&db](const KnownIssue& issue, const QString& actor, qint64 now) {
        return KnownIssueRepository(db).insert(issue, actor, now);
    };
    s.update = [&db](const KnownIssue& issue, const QString& actor, qint64 now) {
        return KnownIssueRepository(db).update(issue, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return KnownIssueRepository(db).remove(id, version);
    };
    s.validate = validateKnownIssue;
    return s;
}

} // namespace

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
    auto stored = AuditedWrite::insert(m_db, m_session, store(m_db), issue, auditAction);
    if (stored)
        Q_EMIT issuesChanged(stored->releaseId);
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
    auto stored = AuditedWrite::update(m_db, m_session, store(m_db), issue);
    if (stored)
        Q_EMIT issuesChanged(stored->releaseId);
    return stored;
}

Result<void> KnownIssueService::remove(qint64 id, qint64 rowVersion) {
    KnownIssue removed;
    auto done = AuditedWrite::remove(m_db, m_session, store(m_db), id, rowVersion, &removed);
    if (done)
        Q_EMIT issuesChanged(removed.releaseId);
    return done;
}

} // namespace slipway
