// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Product.h"
#include "domain/Release.h"
#include "domain/Result.h"
#include "rules/VersionScheme.h"

#include <QDate>
#include <QObject>

namespace slipway {

class Database;

// What versioning says about a release as drafted: its product's scheme, the product's last
// released version, the version its scope suggests and the warnings about the chosen one.
struct VersionAdvice {
    qint64 productId = 0; // 0: no product, Semantic Versioning
    QString productName;
    VersionScheme scheme;
    QString lastReleased; // the product's highest deployed or closed version; empty: none
    qint64 lastReleasedId = 0;
    ScopeCounts scope;
    QString suggested;         // empty when none can be given (suggestionProblem says why)
    QString suggestionProblem; // e.g. the last released version does not read under the scheme
    QStringList warnings;      // about the chosen version; empty: nothing to say
};

// Products (the calendar's services) and their versioning schemes: lists them, changes a
// scheme (audited, a release manager's work, refused while releases of the product would not
// read under the new one), checks a release's version against its product, and suggests the
// next version from a release's scope.
class ProductService : public QObject {
    Q_OBJECT
public:
    ProductService(Database& db, Session session, QObject* parent = nullptr);

    Result<QList<Product>> all() const;
    Result<Product> find(qint64 id) const;
    // A product named on a command line: its id or its name (any case).
    Result<Product> lookUp(const QString& text) const;

    // Changes the product's scheme; `rowVersion` is the product's as the user saw it.
    Result<Product> setScheme(qint64 productId, const VersionScheme& scheme, qint64 rowVersion);

    // For a release as drafted (id 0: not stored yet, no scope). CalVer numbers the release for
    // its window's day, or `today` while it has no window.
    Result<VersionAdvice> advise(const Release& release, QDate today = QDate::currentDate()) const;

    // The release's fields with its version checked against its product's scheme; a product
    // that does not exist is a problem of its own.
    static Result<QList<FieldProblem>> validate(Database& db, const Release& release);
    // Inside the caller's transaction: refuses a version another release of the same product
    // already has, naming that release.
    static Result<void> requireUniqueVersion(Database& db, const Release& release);

Q_SIGNALS:
    void productChanged(qint64 id);

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
