// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Product.h"
#include "domain/ReleaseEnums.h"
#include "domain/Result.h"
#include "domain/ScopeItem.h"

#include <QList>

#include <optional>

namespace slipway {

class Database;

// Products (rows of `services` with their versioning scheme) and what versioning asks of the
// releases: a product's releases, the one holding a version, a release's scope. Files older
// than schema 17 have no products: every service reads as Semantic Versioning and no release
// belongs to one. Writes expect the caller's Transaction.
class ProductRepository {
public:
    explicit ProductRepository(Database& db);

    bool hasProducts() const;

    Result<QList<Product>> all() const; // by name
    Result<Product> find(qint64 id) const;
    // Refuses with Error::Kind::Stale when `expectedRowVersion` is not the stored one.
    Result<Product> setScheme(qint64 id, const QString& schemeKey, qint64 expectedRowVersion,
                              const QString& actor, qint64 nowSecs);

    // A product's release as versioning sees it.
    struct Version {
        qint64 releaseId = 0;
        QString name;
        QString version;
        ReleaseStatus status = ReleaseStatus::Planned;
    };
    Result<QList<Version>> versionsOf(qint64 productId) const; // by release id
    // The release of `productId` at exactly `version` other than `exceptReleaseId`, if any.
    Result<std::optional<Version>> holding(qint64 productId, const QString& version,
                                           qint64 exceptReleaseId) const;
    // The scope items planned into a release.
    Result<QList<ScopeItem>> scopeOf(qint64 releaseId) const;

private:
    Database& m_db;
};

} // namespace slipway
