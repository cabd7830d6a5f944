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
    return runMany(db, session, action, [&](qint64 now) -> Result<QList<Entry>> {
        auto logged = change(now);
        if (!logged)
            return logged.error();
        return QList<Entry>{
            {auditAction, entity, logged->id, logged->before, logged->after, logged->changeTicket}};
    });
}

Result<void> AuditedWrite::runMany(Database& db, const Session& session, Action action,
                                   const std::function<Result<QList<Entry>>(qint64 now)>& change) {
    auto rights = PeopleRepository(db).rightsOf(session.actor);
    if (!rights)
        return rights.error();
    if (auto allowed = authorize(rights.value(), action); !allowed)
        return allowed.error();
    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto entries = change(QDateTime::currentSecsSinceEpoch());
    if (!entries)
        return entries.error();
    AuditLog log(db);
    for (const Entry& e : entries.value()) {
        AuditEntry entry;
        entry.actor = session.actor;
        entry.action = e.action;
        entry.entity = e.entity;
        entry.entityId = e.id;
        entry.beforeJson = compact(e.before);
        entry.afterJson = compact(e.after);
        entry.changeTicket = e.changeTicket.isEmpty() ? session.changeTicket : e.changeTicket;
        if (auto appended = log.append(entry); !appended)
            return appended.error();
    }
    return tx.commit();
}

} // namespace slipway
