// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/KnownIssue.h"
#include "domain/Result.h"

#include <QObject>

namespace slipway {

class Database;

// Known issues and workarounds of each release, every change audited.
class KnownIssueService : public QObject {
    Q_OBJECT
public:
    KnownIssueService(Database& db, Session session, QObject* parent = nullptr);

    Result<QList<KnownIssue>> forRelease(qint64 releaseId) const;
    Result<KnownIssue> find(qint64 id) const;
    Result<KnownIssue> create(const KnownIssue& issue);
    Result<KnownIssue> update(const KnownIssue& issue);
    Result<void> remove(qint64 id, qint64 rowVersion);
    // Brings back a removed issue under its old id (audited as restore).
    Result<KnownIssue> restore(const KnownIssue& issue);

Q_SIGNALS:
    void issuesChanged(qint64 releaseId);

private:
    Result<KnownIssue> insert(const KnownIssue& issue, const QString& auditAction);

    Database& m_db;
    Session m_session;
};

} // namespace slipway
