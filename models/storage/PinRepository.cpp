// SPDX-License-Identifier: GPL-3.0-or-later
#include "PinRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"
#include "domain/Release.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

const QString kTable = QStringLiteral("pins");

QString doing() {
    return QCoreApplication::translate("PinRepository", "saving a version pin");
}

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.release_id, p.component, p.target, p.constraint_text, p.source, "
    "p.row_version, p.created_by, p.created_at, p.updated_by, p.updated_at, r.name, r.version "
    "FROM pins p JOIN releases r ON r.id = p.release_id");

const QString kOrder = QStringLiteral(" ORDER BY p.release_id, p.component, p.target, p.source");

Pin pinFrom(const QSqlQuery& q) {
    Pin p;
    p.id = q.value(0).toLongLong();
    p.releaseId = q.value(1).toLongLong();
    p.component = q.value(2).toString();
    p.target = q.value(3).toString();
    p.constraint = q.value(4).toString();
    p.source = pinSourceFromKey(q.value(5).toString()).value_or(Pin::Source::Manual);
    p.rowVersion = q.value(6).toLongLong();
    p.createdBy = q.value(7).toString();
    p.createdAt = q.value(8).toLongLong();
    p.updatedBy = q.value(9).toString();
    p.updatedAt = q.value(10).toLongLong();
    p.releaseLabel = releaseLabel(q.value(11).toString(), q.value(12).toString());
    return p;
}

} // namespace

PinRepository::PinRepository(Database& db)
    : m_db(db) {}

Result<QList<Pin>> PinRepository::forRelease(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + (releaseId > 0 ? QStringLiteral(" WHERE p.release_id = ?") : QString()) +
              kOrder);
    if (releaseId > 0)
        q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<Pin> out;
    while (q.next())
        out.append(pinFrom(q));
    return out;
}

Result<std::optional<Pin>> PinRepository::find(qint64 releaseId, const QString& component,
                                               const QString& target, Pin::Source source) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE p.release_id = ? AND p.component = ? AND "
                                       "p.target = ? AND p.source = ?"));
    q.addBindValue(releaseId);
    q.addBindValue(sql::text(component));
    q.addBindValue(sql::text(target));
    q.addBindValue(toKey(source));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (!q.next())
        return std::optional<Pin>();
    return std::optional<Pin>(pinFrom(q));
}

Result<Pin> PinRepository::findId(qint64 id) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE p.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (!q.next())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("PinRepository",
                                                 "Version pin %1 no longer exists — reload.")
                         .arg(id)};
    return pinFrom(q);
}

Result<Pin> PinRepository::insert(const Pin& p, const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("pins"),
        QStringLiteral("release_id, component, target, constraint_text, source, row_version, "
                       "created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), p.id);
    q.addBindValue(p.releaseId);
    q.addBindValue(sql::text(p.component));
    q.addBindValue(sql::text(p.target));
    q.addBindValue(sql::text(p.constraint));
    q.addBindValue(toKey(p.source));
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return findId(inserted.value());
}

Result<Pin> PinRepository::updateConstraint(const Pin& p, const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE pins SET constraint_text = ?, row_version = row_version + 1, "
                             "updated_by = ?, updated_at = ? WHERE id = ? AND row_version = ?"));
    q.addBindValue(sql::text(p.constraint));
    sql::bindUpdated(q, actor, now, p.id, p.rowVersion);
    if (auto changed = sql::changeVersioned(m_db, q, kTable, p.id, p.target, doing()); !changed)
        return changed.error();
    return findId(p.id);
}

Result<void> PinRepository::remove(qint64 id, qint64 rowVersion) {
    return sql::removeVersioned(m_db, kTable, id, rowVersion, QStringLiteral("target"), doing());
}

Result<qint64> PinRepository::removeFromSbom(qint64 releaseId) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM pins WHERE release_id = ? AND source = 'sbom'"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    return qint64(q.numRowsAffected());
}

} // namespace slipway
