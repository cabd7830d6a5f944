// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClosureService.h"

namespace slipway {
namespace {

Error notYet() {
    return {Error::Kind::Internal, QStringLiteral("Closure is not available yet.")};
}

} // namespace

ClosureService::ClosureService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<ChecklistItem>> ClosureService::checklist(qint64) const { return notYet(); }
Result<ChecklistItem> ClosureService::settle(const ChecklistItem&) { return notYet(); }
Result<ClosureFacts> ClosureService::facts(qint64) const { return notYet(); }
Result<QStringList> ClosureService::blockers(qint64, qint64) const { return notYet(); }
Result<CmdbRecord> ClosureService::record(qint64) const { return notYet(); }

QStringList ClosureService::recordColumns() {
    return {QStringLiteral("number"),          QStringLiteral("short_description"),
            QStringLiteral("cmdb_ci"),         QStringLiteral("u_affected_cis"),
            QStringLiteral("u_release_version"), QStringLiteral("type"),
            QStringLiteral("state"),           QStringLiteral("close_code"),
            QStringLiteral("close_notes"),     QStringLiteral("start_date"),
            QStringLiteral("end_date"),        QStringLiteral("work_start"),
            QStringLiteral("work_end"),        QStringLiteral("closed_at"),
            QStringLiteral("closed_by"),       QStringLiteral("u_deployments"),
            QStringLiteral("u_rolled_back"),   QStringLiteral("u_validation"),
            QStringLiteral("u_correlated_incidents"), QStringLiteral("u_review"),
            QStringLiteral("u_checklist"),     QStringLiteral("u_slipway_release_id")};
}

Result<void> writeCmdbRecord(Database&, qint64, const QString&, qint64) {
    return Error{Error::Kind::Internal, QStringLiteral("Closure is not available yet.")};
}

} // namespace slipway
