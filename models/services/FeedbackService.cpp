// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackService.h"

#include "AuditedWrite.h"
#include "storage/FeedbackRepository.h"

namespace slipway {
namespace {

RecordStore<FeedbackEntry> store(Database& db) {
    RecordStore<FeedbackEntry> s;
    s.entity = QStringLiteral("feedback");
    s.action = Action::RecordFeedback;
    s.find = [&db](qint64 id) {
        return FeedbackRepository(db).find(id);
    };
    s.insert = [&db](const FeedbackEntry& entry, const QString& actor, qint64 now) {
        return FeedbackRepository(db).insert(entry, actor, now);
    };
    s.update = [&db](const FeedbackEntry& entry, const QString& actor, qint64 now) {
        return FeedbackRepository(db).update(entry, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return FeedbackRepository(db).remove(id, version);
    };
    s.validate = validateFeedback;
    return s;
}

} // namespace

FeedbackService::FeedbackService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<FeedbackEntry>> FeedbackService::forRelease(qint64 releaseId) const {
    return FeedbackRepository(m_db).forRelease(releaseId);
}

Result<FeedbackEntry> FeedbackService::create(const FeedbackEntry& entry) {
    FeedbackEntry fresh = entry;
    fresh.id = 0;
    auto stored =
        AuditedWrite::insert(m_db, m_session, store(m_db), fresh, QStringLiteral("create"));
    if (stored)
        Q_EMIT feedbackChanged(stored->releaseId);
    return stored;
}

// Brings back a removed entry under its old id (undo of a removal).
Result<FeedbackEntry> FeedbackService::restore(const FeedbackEntry& entry) {
    auto stored =
        AuditedWrite::insert(m_db, m_session, store(m_db), entry, QStringLiteral("restore"));
    if (stored)
        Q_EMIT feedbackChanged(stored->releaseId);
    return stored;
}

Result<FeedbackEntry> FeedbackService::update(const FeedbackEntry& entry) {
    auto stored = AuditedWrite::update(m_db, m_session, store(m_db), entry);
    if (stored)
        Q_EMIT feedbackChanged(stored->releaseId);
    return stored;
}

Result<void> FeedbackService::remove(qint64 id, qint64 rowVersion) {
    FeedbackEntry removed;
    auto done = AuditedWrite::remove(m_db, m_session, store(m_db), id, rowVersion, &removed);
    if (done)
        Q_EMIT feedbackChanged(removed.releaseId);
    return done;
}

} // namespace slipway
