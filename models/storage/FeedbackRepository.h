// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"
#include "domain/Result.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `feedback_entries`. Writes expect the caller's Transaction.
class FeedbackRepository {
public:
    explicit FeedbackRepository(Database& db);

    Result<QList<FeedbackEntry>> forRelease(qint64 releaseId) const; // oldest first
    Result<FeedbackEntry> find(qint64 id) const;
    Result<FeedbackEntry> insert(const FeedbackEntry& entry, const QString& actor, qint64 nowSecs);
    Result<FeedbackEntry> update(const FeedbackEntry& entry, const QString& actor, qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

private:
    Database& m_db;
};

} // namespace slipway
