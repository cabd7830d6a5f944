// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProductRepository)
};

// The schema that brought products (0017_products.sql).
constexpr int kProductsSchemaVersion = 17;

const QString kLabelSeparator = QStringLiteral("; ");

QString selectFor(bool products) {
    return QStringLiteral(
               "SELECT s.id, s.name, s.team_id, %1, s.row_version, s.updated_by, s.updated_at, "
               "%2 FROM services s")
        .arg(products ? QStringLiteral("s.version_scheme") : QStringLiteral("'semver'"),
             products
                 ? QStringLiteral("(SELECT count(*) FROM releases r WHERE r.product_id = s.id)")
                 : QStringLiteral("0"));
}

Product productFrom(const QSqlQuery& q) {
    Product p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.teamId = q.value(2).toLongLong();
    p.schemeKey = q.value(3).toString();
    p.rowVersion = q.value(4).toLongLong();
    p.updatedBy = q.value(5).toString();
    p.updatedAt = sql::fromSecs(q.value(6));
    p.releaseCount = q.value(7).toLongLong();
    return p;
}

ProductRepository::Version versionFrom(const QSqlQuery& q) {
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            releaseStatusFromKey(q.value(3).toString()).value_or(ReleaseStatus::Planned)};
}

} // namespace

ProductRepository::ProductRepository(Database& db)
    : m_db(db) {}

bool ProductRepository::hasProducts() const {
    return m_db.schemaVersion() >= kProductsSchemaVersion;
}

Result<QList<Product>> ProductRepository::all() const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(selectFor(hasProducts()) + QStringLiteral(" ORDER BY s.name, s.id")))
        return m_db.errorFrom(q.lastError(), Text::tr("reading products"));
    QList<Product> out;
    while (q.next())
        out << productFrom(q);
    return out;
}

Result<Product> ProductRepository::find(qint64 id) const {
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(
            m_db, q, selectFor(hasProducts()), id, Text::tr("reading a product"),
            Text::tr("Product %1 no longer exists; someone may have deleted it — reload.").arg(id));
        !found)
        return found.error();
    return productFrom(q);
}

Result<Product> ProductRepository::setScheme(qint64 id, const QString& schemeKey,
                                             qint64 expectedRowVersion, const QString& actor,
                                             qint64 now) {
    if (!hasProducts())
        return Error{Error::Kind::Usage,
                     Text::tr("This file is older than products; open it in this version of "
                              "Slipway to upgrade it first.")};
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE services SET version_scheme = ?, row_version = row_version + 1, "
                       "updated_by = ?, updated_at = ? WHERE id = ? AND row_version = ?"));
    q.addBindValue(schemeKey);
    sql::bindUpdated(q, actor, now, id, expectedRowVersion);
    if (auto changed = sql::changeVersioned(m_db, q, QStringLiteral("services"), id,
                                            Text::tr("Product %1").arg(id),
                                            Text::tr("saving a product's versioning scheme"));
        !changed)
        return changed.error();
    return find(id);
}

Result<QList<ProductRepository::Version>> ProductRepository::versionsOf(qint64 productId) const {
    QList<Version> out;
    if (!hasProducts() || productId <= 0)
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, name, version, status FROM releases WHERE product_id = ? ORDER BY id"));
    q.addBindValue(productId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), Text::tr("reading a product's releases"));
    while (q.next())
        out << versionFrom(q);
    return out;
}

Result<std::optional<ProductRepository::Version>>
ProductRepository::holding(qint64 productId, const QString& version, qint64 exceptReleaseId) const {
    if (!hasProducts() || productId <= 0)
        return std::optional<Version>();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, name, version, status FROM releases "
                       "WHERE product_id = ? AND version = ? AND id <> ? ORDER BY id LIMIT 1"));
    q.addBindValue(productId);
    q.addBindValue(version);
    q.addBindValue(exceptReleaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), Text::tr("reading a product's releases"));
    if (!q.next())
        return std::optional<Version>();
    return std::optional<Version>(versionFrom(q));
}

Result<QList<ScopeItem>> ProductRepository::scopeOf(qint64 releaseId) const {
    QList<ScopeItem> out;
    if (releaseId <= 0)
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, title, kind, status, labels, description FROM scope_items "
                             "WHERE release_id = ? ORDER BY id"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), Text::tr("reading a release's scope"));
    while (q.next()) {
        ScopeItem item;
        item.id = q.value(0).toLongLong();
        item.title = q.value(1).toString();
        item.kind = scopeKindFromKey(q.value(2).toString()).value_or(ScopeKind::Feature);
        item.status = scopeStatusFromKey(q.value(3).toString()).value_or(ScopeStatus::Proposed);
        const QString labels = q.value(4).toString();
        if (!labels.isEmpty())
            item.labels = labels.split(kLabelSeparator);
        item.description = q.value(5).toString();
        item.releaseId = releaseId;
        out << item;
    }
    return out;
}

} // namespace slipway
