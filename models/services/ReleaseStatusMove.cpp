// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseStatusMove.h"

#include "ClosureService.h"
#include "domain/AuditEntry.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ReleaseRepository.h"

#include <QJsonDocument>

namespace slipway {

Result<void> moveReleaseStatus(Database& db, const Session& session, const Release& before,
                               ReleaseStatus to, qint64 now) {
    if (before.status == to)
        return {};
    // The status alone: deployers and operations may change nothing else of a release.
    auto updated =
        ReleaseRepository(db).setStatus(before.id, to, before.rowVersion, session.actor, now);
    if (!updated)
        return updated.error();
    // Closing writes the configuration-management record in the same transaction: a record
    // that cannot be written fails the move.
    if (to == ReleaseStatus::Closed && db.schemaVersion() >= 21) {
        if (auto recorded = writeCmdbRecord(db, before.id, session.actor, now); !recorded)
            return recorded.error();
    }
    const auto compact = [](const QJsonObject& o) {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    AuditEntry entry;
    entry.actor = session.actor;
    entry.action = QStringLiteral("update");
    entry.entity = QStringLiteral("release");
    entry.entityId = before.id;
    entry.beforeJson = compact(toJson(before));
    entry.afterJson = compact(toJson(updated.value()));
    entry.changeTicket =
        session.changeTicket.isEmpty() ? before.changeTicket : session.changeTicket;
    if (auto appended = AuditLog(db).append(entry); !appended)
        return appended.error();
    return {};
}

} // namespace slipway
