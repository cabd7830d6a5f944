// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Incident.h"
#include "domain/Result.h"

#include <QObject>

namespace slipway {

class Database;

// Support teams' feedback on a release in its 72 hours. Audited edits under RecordFeedback;
// undo uses the same calls with the earlier image.
class FeedbackService : public QObject {
    Q_OBJECT
public:
    FeedbackService(Database& db, Session session, QObject* parent = nullptr);

    Result<QList<FeedbackEntry>> forRelease(qint64 releaseId) const; // oldest first
    Result<FeedbackEntry> create(const FeedbackEntry& entry);
    Result<FeedbackEntry> update(const FeedbackEntry& entry);
    Result<void> remove(qint64 id, qint64 rowVersion);
    Result<FeedbackEntry> restore(const FeedbackEntry& entry);

Q_SIGNALS:
    void feedbackChanged(qint64 releaseId);

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
