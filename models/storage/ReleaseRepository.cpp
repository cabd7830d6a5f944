// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReleaseRepository)
};

// The schema that brought products (0017_products.sql): older files, which only tests still
// write to, have no product_id.
constexpr int kProductsSchemaVersion = 17;

bool hasProducts(const Database& db) {
    return db.schemaVersion() >= kProductsSchemaVersion;
}

QString selectFor(const Database& db) {
    return QStringLiteral(
               "SELECT id, name, version, type, status, owner, objectives, window_start, "
               "window_end, window_zone, change_ticket, team_id, row_version, created_by, "
               "created_at, updated_by, updated_at, %1 FROM releases")
        .arg(hasProducts(db) ? QStringLiteral("product_id") : QStringLiteral("NULL"));
}

using sql::fromSecs;

Release releaseFrom(const QSqlQuery& q) {
    Release r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.version = q.value(2).toString();
    r.type = releaseTypeFromKey(q.value(3).toString()).value_or(ReleaseType::Minor);
    r.status = releaseStatusFromKey(q.value(4).toString()).value_or(ReleaseStatus::Planned);
    r.owner = q.value(5).toString();
    r.objectives = q.value(6).toString();
    r.windowStart = fromSecs(q.value(7));
    r.windowEnd = fromSecs(q.value(8));
    r.windowZone = q.value(9).toString();
    r.changeTicket = q.value(10).toString();
    r.teamId = q.value(11).toLongLong();
    r.rowVersion = q.value(12).toLongLong();
    r.createdBy = q.value(13).toString();
    r.createdAt = fromSecs(q.value(14));
    r.updatedBy = q.value(15).toString();
    r.updatedAt = fromSecs(q.value(16));
    r.productId = q.value(17).toLongLong();
    return r;
}

void bindFields(QSqlQuery& q, const Release& r, bool withProduct) {
    q.addBindValue(sql::text(r.name.trimmed()));
    q.addBindValue(sql::text(r.version));
    q.addBindValue(toKey(r.type));
    q.addBindValue(toKey(r.status));
    q.addBindValue(sql::text(r.owner));
    q.addBindValue(sql::text(r.objectives));
    q.addBindValue(sql::secs(r.windowStart));
    q.addBindValue(sql::secs(r.windowEnd));
    q.addBindValue(sql::text(r.windowZone));
    q.addBindValue(sql::text(r.changeTicket));
    q.addBindValue(sql::optionalId(r.teamId));
    if (withProduct)
        q.addBindValue(sql::optionalId(r.productId));
}

} // namespace

ReleaseRepository::ReleaseRepository(Database& db)
    : m_db(db) {}

Result<QList<Release>> ReleaseRepository::all() const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(selectFor(m_db) + QStringLiteral(" ORDER BY id")))
        return m_db.errorFrom(q.lastError(), Text::tr("reading releases"));
    QList<Release> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), out.size());
        out.append(releaseFrom(q));
    }
    if (!q.exec(QStringLiteral("SELECT release_id, service_id FROM release_services "
                               "ORDER BY release_id, service_id")))
        return m_db.errorFrom(q.lastError(), Text::tr("reading releases"));
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            out[*it].serviceIds.append(q.value(1).toLongLong());
    }
    return out;
}

Result<Release> ReleaseRepository::find(qint64 id) const {
    const QString gone =
        Text::tr("Release %1 no longer exists; someone may have deleted it — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, selectFor(m_db), id, Text::tr("reading a release"),
                                     gone.arg(id));
        !found)
        return found.error();
    Release r = releaseFrom(q);
    q.prepare(QStringLiteral("SELECT service_id FROM release_services WHERE release_id = ? "
                             "ORDER BY service_id"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), Text::tr("reading a release"));
    while (q.next())
        r.serviceIds.append(q.value(0).toLongLong());
    return r;
}

Result<qint64> ReleaseRepository::count() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM releases")) || !q.next())
        return m_db.errorFrom(q.lastError(), Text::tr("reading releases"));
    return q.value(0).toLongLong();
}

Result<Release> ReleaseRepository::insert(const Release& release, const QString& actor,
                                          qint64 now) {
    QSqlQuery q(m_db.connection());
    const bool products = hasProducts(m_db);
    // The product's column and its placeholder only where the schema has them.
    const QString productColumn = products ? QStringLiteral("product_id, ") : QString();
    const QString productValue = products ? QStringLiteral("?, ") : QString();
    sql::prepareInsert(q, QStringLiteral("releases"),
                       QStringLiteral("name, version, type, status, owner, objectives, "
                                      "window_start, window_end, window_zone, change_ticket, "
                                      "team_id, ") +
                           productColumn +
                           QStringLiteral("row_version, created_by, created_at, updated_by, "
                                          "updated_at"),
                       QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ") + productValue +
                           QStringLiteral("1, ?, ?, ?, ?"),
                       release.id);
    bindFields(q, release, products);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, Text::tr("saving a release"));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value();
    auto services = writeServices(id, release.serviceIds);
    if (!services)
        return services.error();
    return find(id);
}

Result<Release> ReleaseRepository::update(const Release& release, const QString& actor,
                                          qint64 now) {
    QSqlQuery q(m_db.connection());
    const bool products = hasProducts(m_db);
    q.prepare(QStringLiteral("UPDATE releases SET name = ?, version = ?, type = ?, status = ?, "
                             "owner = ?, objectives = ?, window_start = ?, window_end = ?, "
                             "window_zone = ?, change_ticket = ?, team_id = ?, %1"
                             "row_version = row_version + 1, updated_by = ?, updated_at = ? "
                             "WHERE id = ? AND row_version = ?")
                  .arg(products ? QStringLiteral("product_id = ?, ") : QString()));
    bindFields(q, release, products);
    sql::bindUpdated(q, actor, now, release.id, release.rowVersion);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), Text::tr("saving a release"));
    if (q.numRowsAffected() != 1)
        return staleError(release.id);
    auto services = writeServices(release.id, release.serviceIds);
    if (!services)
        return services.error();
    return find(release.id);
}

Result<Release> ReleaseRepository::setStatus(qint64 id, ReleaseStatus status,
                                             qint64 expectedRowVersion, const QString& actor,
                                             qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE releases SET status = ?, row_version = row_version + 1, "
                             "updated_by = ?, updated_at = ? WHERE id = ? AND row_version = ?"));
    q.addBindValue(toKey(status));
    sql::bindUpdated(q, actor, now, id, expectedRowVersion);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), Text::tr("saving a release"));
    if (q.numRowsAffected() != 1)
        return staleError(id);
    return find(id);
}

Result<void> ReleaseRepository::remove(qint64 id, qint64 expectedRowVersion) {
    QSqlQuery q(m_db.connection());
    sql::prepareVersionedDelete(q, QStringLiteral("releases"), id, expectedRowVersion);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), Text::tr("deleting a release"));
    if (q.numRowsAffected() != 1)
        return staleError(id);
    return {};
}

Result<void> ReleaseRepository::writeServices(qint64 releaseId, const QList<qint64>& serviceIds) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM release_services WHERE release_id = ?"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), Text::tr("saving a release's services"));
    q.prepare(QStringLiteral("INSERT INTO release_services (release_id, service_id) "
                             "VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 serviceId : serviceIds) {
        q.addBindValue(releaseId);
        q.addBindValue(serviceId);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), Text::tr("saving a release's services"));
    }
    return {};
}

Error ReleaseRepository::staleError(qint64 id) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, updated_by, updated_at FROM releases WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        const QDateTime at = fromSecs(q.value(2)).toLocalTime();
        return {
            Error::Kind::Stale,
            Text::tr("Release \"%1\" was changed by %2 at %3 — reload to see their change, then "
                     "edit again.")
                .arg(q.value(0).toString(), q.value(1).toString(),
                     QLocale().toString(at, QLocale::ShortFormat))};
    }
    return {Error::Kind::Stale,
            Text::tr("Release %1 was deleted by someone else — reload.").arg(id)};
}

} // namespace slipway
