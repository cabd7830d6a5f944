// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/PostReview.h"
#include "domain/Result.h"
#include "rules/ClosureRules.h"

#include <QObject>

#include <optional>

namespace slipway {

class Database;

// The closure checklist, what closing a release still needs, and the configuration-
// management record written when it is closed. Checklist edits are audited under
// SettleClosure; undo uses the same calls with the earlier image.
class ClosureService : public QObject {
    Q_OBJECT
public:
    ClosureService(Database& db, Session session, QObject* parent = nullptr);

    // The five items, stored or not (open, rowVersion 0), in allChecklistKeys() order.
    Result<QList<ChecklistItem>> checklist(qint64 releaseId) const;
    // Ticks (Done, with a reference), marks not applicable (with a reason) or reopens an item;
    // Stale when `item.rowVersion` is not the stored one (0: not stored yet).
    Result<ChecklistItem> settle(const ChecklistItem& item);

    // What closing the release needs beyond the lifecycle's guards, and the sentences.
    Result<ClosureFacts> facts(qint64 releaseId) const;
    Result<QStringList> blockers(qint64 releaseId, qint64 nowUtc) const;

    // The record as it would be written now (for a release not yet closed), or as it was
    // written at closure.
    Result<CmdbRecord> record(qint64 releaseId) const;
    // The columns of the record, in order (for CSV and the README).
    static QStringList recordColumns();

Q_SIGNALS:
    void checklistChanged(qint64 releaseId);

private:
    Database& m_db;
    Session m_session;
};

// Writes the record of the release into cmdb_records, inside the caller's transaction (the
// status move to Closed). Declared here so ReleaseStatusMove calls one function.
Result<void> writeCmdbRecord(Database& db, qint64 releaseId, const QString& actor, qint64 now);

} // namespace slipway
