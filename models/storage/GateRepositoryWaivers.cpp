// SPDX-License-Identifier: GPL-3.0-or-later
// GateRepository: gate waivers.
#include "GateRepository.h"

#include "Database.h"
#include "GateRows.h"
#include "RowStatements.h"
#include "SqlValues.h"
#include "StaleRow.h"
#include "domain/Release.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {

using namespace gaterows;

Result<GateWaiver> GateRepository::findWaiver(qint64 id) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kWaiverColumns +
              QStringLiteral(" FROM gate_waivers w WHERE w.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), GateText::tr("reading waivers"));
    if (!q.next())
        return Error{Error::Kind::NotFound,
                     GateText::tr("Waiver %1 no longer exists — reload.").arg(id)};
    return waiverFrom(q);
}

Result<GateWaiver> GateRepository::insertWaiver(const GateWaiver& w, const QString& actor,
                                                qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("gate_waivers"),
        QStringLiteral("gate_id, criterion_id, reason, controls, requested_by, requested_at, "
                       "approved_by, approved_at, expires_at, validation_task, validation_owner, "
                       "validation_done_by, validation_done_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"), w.id);
    q.addBindValue(w.gateId);
    q.addBindValue(sql::optionalId(w.criterionId));
    q.addBindValue(w.reason.trimmed());
    q.addBindValue(w.controls.trimmed());
    q.addBindValue(w.requestedBy);
    q.addBindValue(sql::secs(w.requestedAt));
    q.addBindValue(sql::text(w.approvedBy));
    q.addBindValue(sql::secs(w.approvedAt));
    q.addBindValue(sql::secs(w.expiresAt));
    q.addBindValue(w.validationTask.trimmed());
    q.addBindValue(sql::text(w.validationOwner));
    q.addBindValue(sql::text(w.validationDoneBy));
    q.addBindValue(sql::secs(w.validationDoneAt));
    q.addBindValue(actor);
    q.addBindValue(now);
    const auto inserted = sql::insertReturningId(m_db, q, GateText::tr("saving a waiver"));
    if (!inserted)
        return inserted.error();
    return findWaiver(inserted.value());
}

Result<GateWaiver> GateRepository::updateWaiver(const GateWaiver& w, const QString& actor,
                                                qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE gate_waivers SET approved_by = ?, approved_at = ?, validation_done_by = ?, "
        "validation_done_at = ?, row_version = row_version + 1, updated_by = ?, updated_at = ? "
        "WHERE id = ? AND row_version = ?"));
    q.addBindValue(sql::text(w.approvedBy));
    q.addBindValue(sql::secs(w.approvedAt));
    q.addBindValue(sql::text(w.validationDoneBy));
    q.addBindValue(sql::secs(w.validationDoneAt));
    q.addBindValue(actor);
    q.addBindValue(now);
    q.addBindValue(w.id);
    q.addBindValue(w.rowVersion);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), GateText::tr("saving a waiver"));
    if (q.numRowsAffected() == 0)
        return staleRowError(m_db, QStringLiteral("gate_waivers"), w.id, GateText::tr("waiver"));
    return findWaiver(w.id);
}

Result<void> GateRepository::removeWaiver(qint64 id) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM gate_waivers WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), GateText::tr("removing a waiver"));
    return {};
}

} // namespace slipway
