// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControlRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ControlRepository)
};

QString doing() {
    return Text::tr("saving regulatory controls");
}

const QString kTable = QStringLiteral("regulatory_controls");

const QString kSelect = QStringLiteral(
    "SELECT id, tag, position, kind, name, parameter, enabled, created_by, created_at, "
    "updated_by, updated_at, row_version FROM regulatory_controls");

RegulatoryControl controlFrom(const QSqlQuery& q) {
    RegulatoryControl c;
    c.id = q.value(0).toLongLong();
    c.tag = q.value(1).toString();
    c.position = q.value(2).toInt();
    c.kind = controlKindFromKey(q.value(3).toString()).value_or(ControlKind::Attestation);
    c.name = q.value(4).toString();
    c.parameter = q.value(5).toString();
    c.enabled = q.value(6).toInt() != 0;
    c.createdBy = q.value(7).toString();
    c.createdAt = q.value(8).toLongLong();
    c.updatedBy = q.value(9).toString();
    c.updatedAt = q.value(10).toLongLong();
    c.rowVersion = q.value(11).toLongLong();
    return c;
}

const QString kSelectRecord =
    QStringLiteral("SELECT release_id, control_id, outcome, reference, recorded_by, recorded_at "
                   "FROM release_control_records");

ControlRecord recordFrom(const QSqlQuery& q) {
    ControlRecord r;
    r.releaseId = q.value(0).toLongLong();
    r.controlId = q.value(1).toLongLong();
    r.outcome = controlOutcomeFromKey(q.value(2).toString()).value_or(ControlOutcome::Met);
    r.reference = q.value(3).toString();
    r.recordedBy = q.value(4).toString();
    r.recordedAt = q.value(5).toLongLong();
    return r;
}

void bindFields(QSqlQuery& q, const RegulatoryControl& c) {
    q.addBindValue(c.tag);
    q.addBindValue(c.position);
    q.addBindValue(toKey(c.kind));
    q.addBindValue(sql::text(c.name.trimmed()));
    q.addBindValue(sql::text(c.parameter.trimmed()));
    q.addBindValue(c.enabled ? 1 : 0);
}

} // namespace

ControlRepository::ControlRepository(Database& db)
    : m_db(db) {}

Result<QList<RegulatoryControl>> ControlRepository::all() const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY tag, position, id")))
        return m_db.errorFrom(q.lastError(), doing());
    QList<RegulatoryControl> out;
    while (q.next())
        out << controlFrom(q);
    return out;
}

Result<RegulatoryControl> ControlRepository::find(qint64 id) const {
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelect, id, doing(),
                                     Text::tr("Control %1 no longer exists — reload.").arg(id));
        !found)
        return found.error();
    return controlFrom(q);
}

Result<RegulatoryControl> ControlRepository::insert(const RegulatoryControl& c,
                                                    const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(q, QStringLiteral("regulatory_controls"),
                       QStringLiteral("tag, position, kind, name, parameter, enabled, row_version, "
                                      "created_by, created_at, updated_by, updated_at"),
                       QStringLiteral("?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), c.id);
    bindFields(q, c);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return find(c.id > 0 ? c.id : inserted.value());
}

Result<RegulatoryControl> ControlRepository::update(const RegulatoryControl& c,
                                                    const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE regulatory_controls SET tag = ?, position = ?, kind = ?, name = ?, "
                       "parameter = ?, enabled = ?, row_version = row_version + 1, updated_by = ?, "
                       "updated_at = ? WHERE id = ? AND row_version = ?"));
    bindFields(q, c);
    sql::bindUpdated(q, actor, now, c.id, c.rowVersion);
    if (auto updated = sql::changeVersioned(m_db, q, kTable, c.id, c.name, doing()); !updated)
        return updated.error();
    return find(c.id);
}

Result<void> ControlRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, kTable, id, expectedRowVersion, QStringLiteral("name"),
                                doing());
}

Result<bool> ControlRepository::nameTaken(const QString& tag, const QString& name,
                                          qint64 exceptId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT 1 FROM regulatory_controls WHERE tag = ? AND lower(name) = lower(?) AND id <> ?"));
    q.addBindValue(tag);
    q.addBindValue(name.trimmed());
    q.addBindValue(exceptId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    return q.next();
}

Result<QStringList> ControlRepository::tagsOf(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT tag FROM release_tags WHERE release_id = ? ORDER BY tag"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QStringList tags;
    while (q.next())
        tags << q.value(0).toString();
    return tags;
}

Result<bool> ControlRepository::addTag(qint64 releaseId, const QString& tag) {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO release_tags (release_id, tag) SELECT ?, ? WHERE NOT "
                       "EXISTS (SELECT 1 FROM release_tags WHERE release_id = ? AND tag = ?)"));
    q.addBindValue(releaseId);
    q.addBindValue(tag);
    q.addBindValue(releaseId);
    q.addBindValue(tag);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    return q.numRowsAffected() > 0;
}

Result<bool> ControlRepository::removeTag(qint64 releaseId, const QString& tag) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM release_tags WHERE release_id = ? AND tag = ?"));
    q.addBindValue(releaseId);
    q.addBindValue(tag);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    return q.numRowsAffected() > 0;
}

Result<std::optional<ControlRecord>> ControlRepository::record(qint64 releaseId,
                                                               qint64 controlId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelectRecord + QStringLiteral(" WHERE release_id = ? AND control_id = ?"));
    q.addBindValue(releaseId);
    q.addBindValue(controlId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (!q.next())
        return std::optional<ControlRecord>();
    return std::optional<ControlRecord>(recordFrom(q));
}

Result<QList<ControlRecord>> ControlRepository::recordsOf(qint64 controlId) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelectRecord + QStringLiteral(" WHERE control_id = ? ORDER BY release_id"));
    q.addBindValue(controlId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<ControlRecord> out;
    while (q.next())
        out << recordFrom(q);
    return out;
}

Result<void> ControlRepository::putRecord(const ControlRecord& r) {
    if (auto gone = removeRecord(r.releaseId, r.controlId); !gone)
        return gone.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO release_control_records (release_id, control_id, "
                             "outcome, reference, recorded_by, recorded_at) VALUES (?, ?, ?, ?, "
                             "?, ?)"));
    q.addBindValue(r.releaseId);
    q.addBindValue(r.controlId);
    q.addBindValue(toKey(r.outcome));
    q.addBindValue(sql::text(r.reference.trimmed()));
    q.addBindValue(r.recordedBy);
    q.addBindValue(r.recordedAt);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    return {};
}

Result<bool> ControlRepository::removeRecord(qint64 releaseId, qint64 controlId) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "DELETE FROM release_control_records WHERE release_id = ? AND control_id = ?"));
    q.addBindValue(releaseId);
    q.addBindValue(controlId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    return q.numRowsAffected() > 0;
}

} // namespace slipway
