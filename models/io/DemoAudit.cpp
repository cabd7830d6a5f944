// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoAudit.h"

#include "domain/AuditEntry.h"
#include "storage/AuditLog.h"

#include <QJsonDocument>

namespace slipway {

Result<void> DemoAuditWriter::audit(qint64 atSecs, const QString& actor, const QString& action,
                                    const QString& entity, qint64 id, const QJsonObject& after) {
    AuditEntry e;
    e.atMs = atSecs * 1000;
    e.actor = actor;
    e.action = action;
    e.entity = entity;
    e.entityId = id;
    e.afterJson = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    auto appended = AuditLog(db).append(e);
    if (!appended)
        return appended.error();
    ++entries;
    return {};
}

} // namespace slipway
