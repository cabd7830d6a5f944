// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditedWrite.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace slipway {
namespace {

QString compact(const QJsonObject& o) {
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Error AuditedWrite::validationError(const QList<FieldProblem>& problems) {
    QStringList lines;
    for (const FieldProblem& p : problems)
        lines << p.message;
    return {Error::Kind::Validation, lines.join(u' ')};
}

Result<void> AuditedWrite::run(Database& db, const Session& session, Action action,
                               const QString& auditAction, const QString& entity,
                               const std::function<Result<Logged>(qint64 now)>& change) {
    auto rights = PeopleRepository(db).rightsOf(session.actor);
    if (!rights)
        return rights.error();
    if (auto allowed = authorize(rights.value(), action); !allowed)
        return allowed.error();
    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto logged = change(QDateTime::currentSecsSinceEpoch());
    if (!logged)
        return logged.error();
    AuditEntry entry;
    entry.actor = session.actor;
    entry.action = auditAction;
    entry.entity = entity;
    entry.entityId = logged->id;
    entry.beforeJson = compact(logged->before);
    entry.afterJson = compact(logged->after);
    entry.changeTicket =
        logged->changeTicket.isEmpty() ? session.changeTicket : logged->changeTicket;
    if (auto appended = AuditLog(db).append(entry); !appended)
        return appended.error();
    return tx.commit();
}

} // namespace slipway
