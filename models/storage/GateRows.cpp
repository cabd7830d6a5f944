// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateRows.h"

#include "Database.h"
#include "SqlValues.h"
#include "StaleRow.h"
#include "domain/Release.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway::gaterows {

using sql::fromSecs;

QVariant optionalReal(const std::optional<double>& v) {
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

int severityIndex(const QString& key) {
    static const QStringList keys{QStringLiteral("none"), QStringLiteral("low"),
                                  QStringLiteral("medium"), QStringLiteral("high"),
                                  QStringLiteral("critical")};
    return std::max(0, int(keys.indexOf(key)));
}

const QString kCriterionColumns = QStringLiteral(
    "c.id, c.gate_id, c.position, c.name, c.kind, c.threshold, c.severity, c.metric, "
    "c.comparator, c.unit, c.role, c.evidence_file, c.evidence_sha256, c.evidence_size, "
    "c.evidence_by, c.evidence_at, c.evidence_counts, c.measured, c.checked_by, c.checked_at, "
    "c.row_version");

GateCriterion criterionFrom(const QSqlQuery& q) {
    GateCriterion c;
    c.id = q.value(0).toLongLong();
    c.gateId = q.value(1).toLongLong();
    c.position = q.value(2).toInt();
    c.spec.name = q.value(3).toString();
    c.spec.kind = criterionKindFromKey(q.value(4).toString()).value_or(CriterionKind::Manual);
    if (!q.value(5).isNull())
        c.spec.threshold = q.value(5).toDouble();
    c.spec.severity = q.value(6).toString();
    c.spec.metric = q.value(7).toString();
    c.spec.comparator = q.value(8).toString();
    c.spec.unit = q.value(9).toString();
    c.spec.role = q.value(10).toString();
    if (!q.value(12).toString().isEmpty()) {
        CriterionEvidence e;
        e.fileName = q.value(11).toString();
        e.sha256 = q.value(12).toString();
        e.size = q.value(13).toLongLong();
        e.importedBy = q.value(14).toString();
        e.importedAt = fromSecs(q.value(15));
        e.counts = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object();
        if (!q.value(17).isNull())
            e.measured = q.value(17).toDouble();
        c.evidence = e;
    }
    c.checkedBy = q.value(18).toString();
    c.checkedAt = fromSecs(q.value(19));
    c.rowVersion = q.value(20).toLongLong();
    return c;
}

const QString kWaiverColumns = QStringLiteral(
    "w.id, w.gate_id, w.criterion_id, w.reason, w.controls, w.requested_by, w.requested_at, "
    "w.approved_by, w.approved_at, w.expires_at, w.validation_task, w.validation_owner, "
    "w.validation_done_by, w.validation_done_at, w.row_version");

GateWaiver waiverFrom(const QSqlQuery& q) {
    GateWaiver w;
    w.id = q.value(0).toLongLong();
    w.gateId = q.value(1).toLongLong();
    w.criterionId = q.value(2).toLongLong();
    w.reason = q.value(3).toString();
    w.controls = q.value(4).toString();
    w.requestedBy = q.value(5).toString();
    w.requestedAt = fromSecs(q.value(6));
    w.approvedBy = q.value(7).toString();
    w.approvedAt = fromSecs(q.value(8));
    w.expiresAt = fromSecs(q.value(9));
    w.validationTask = q.value(10).toString();
    w.validationOwner = q.value(11).toString();
    w.validationDoneBy = q.value(12).toString();
    w.validationDoneAt = fromSecs(q.value(13));
    w.rowVersion = q.value(14).toLongLong();
    return w;
}

} // namespace slipway::gaterows
