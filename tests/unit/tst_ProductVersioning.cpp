// SPDX-License-Identifier: GPL-3.0-or-later
// Products and their versioning schemes on real files: a release's version is checked against
// its product's scheme (SemVer or CalVer; no product: SemVer as before), a version is unique per
// product (the service refuses naming the other release; the index refuses what slips past),
// a scheme change is audited, a release manager's, and refused while releases would not read;
// the next version follows the scope above the last released one, with warnings; and schema 17
// back-fills products from the release's services without making a duplicate.
#include "Fixtures.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "rules/ReleaseVersioning.h"
#include "services/Document.h"
#include "services/ProductService.h"
#include "services/ReleaseService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace slipway;
using namespace slipway::test;

class tst_ProductVersioning : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"products"_qs};

    // A file with the two fixture services (Payments API 1, Checkout Web 2), Checkout Web on
    // CalVer YYYY.0M.MICRO.
    std::unique_ptr<Document> productsFile() {
        auto doc = openDocument(m_files.newFile());
        if (!doc)
            return doc;
        addTwoTeams(doc->database());
        exec(doc->database(),
             u"UPDATE services SET version_scheme = 'calver:YYYY.0M.MICRO' WHERE id = 2"_qs);
        return doc;
    }

    static Release of(qint64 product, const QString& name, const QString& version) {
        Release r = newRelease(name, version);
        r.productId = product;
        r.serviceIds = {product};
        return r;
    }

    static void addScope(Database& db, qint64 releaseId, const QString& kind,
                         const QString& labels = {}, const QString& status = u"committed"_qs) {
        static int n = 0;
        exec(db, u"INSERT INTO scope_items (title, kind, status, release_id, labels, created_by, "
                 "created_at, updated_by, updated_at) VALUES ('Item %1', '%2', '%3', %4, '%5', "
                 "'t', 0, 't', 0)"_qs.arg(++n)
                     .arg(kind, status)
                     .arg(releaseId)
                     .arg(labels));
    }

private Q_SLOTS:
    void versionFollowsTheProductsScheme() {
        auto doc = productsFile();
        QVERIFY(doc);
        ReleaseService& releases = doc->releases();
        QVERIFY(createRelease(releases, of(1, u"Payments API"_qs, u"2.4.0"_qs)) > 0);
        QVERIFY(createRelease(releases, of(2, u"Checkout Web"_qs, u"2026.03.0"_qs)) > 0);
        QVERIFY(createRelease(releases, newRelease(u"No product"_qs, u"1.0.0-rc.1"_qs)) > 0);
        QVERIFY(isRefusal(releases.create(of(1, u"Payments API"_qs, u"2026.03.1"_qs)),
                          Error::Kind::Validation, u"Not a semantic version"_qs));
        QVERIFY(isRefusal(releases.create(of(2, u"Checkout Web"_qs, u"2.4.1"_qs)),
                          Error::Kind::Validation, u"Not a version of CalVer YYYY.0M.MICRO"_qs));
        QVERIFY(isRefusal(releases.create(of(2, u"Checkout Web"_qs, u"2026.3.1"_qs)),
                          Error::Kind::Validation, u"CalVer YYYY.0M.MICRO"_qs));
        QVERIFY(isRefusal(releases.create(newRelease(u"No product"_qs, u"2026.03.0"_qs)),
                          Error::Kind::Validation, u"Not a semantic version"_qs));
        QVERIFY(isRefusal(releases.create(of(99, u"Ghost"_qs, u"1.0.0"_qs)),
                          Error::Kind::Validation, u"Product 99 does not exist"_qs));
        // The rule alone, as the editor asks it.
        auto calVer = VersionScheme::calVer(u"YY.MM.MICRO"_qs);
        QVERIFY(calVer);
        QVERIFY(
            ReleaseVersioning::validate(of(2, u"X"_qs, u"26.3.0"_qs), calVer.value()).isEmpty());
        const auto problems =
            ReleaseVersioning::validate(of(2, QString(), u"26.13.0"_qs), calVer.value());
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).field, u"name"_qs);
        QCOMPARE(problems.at(1).field, u"version"_qs);
    }

    void versionIsUniquePerProduct() {
        auto doc = productsFile();
        QVERIFY(doc);
        ReleaseService& releases = doc->releases();
        const qint64 first = createRelease(releases, of(1, u"Payments API 2.4.0"_qs, u"2.4.0"_qs));
        QVERIFY(first > 0);
        QVERIFY(isRefusal(releases.create(of(1, u"Payments again"_qs, u"2.4.0"_qs)),
                          Error::Kind::Validation,
                          u"Payments API already has version 2.4.0: release %1 \"Payments API "
                          "2.4.0\""_qs.arg(first)));
        // Another product, or none, may have the same version.
        QVERIFY(createRelease(releases, of(2, u"Checkout"_qs, u"2026.01.0"_qs)) > 0);
        exec(doc->database(), u"UPDATE services SET version_scheme = 'semver' WHERE id = 2"_qs);
        QVERIFY(createRelease(releases, newRelease(u"Unattached"_qs, u"2.4.0"_qs)) > 0);
        const qint64 second = createRelease(releases, of(1, u"Payments API 2.5.0"_qs, u"2.5.0"_qs));
        QVERIFY(second > 0);
        // An edit into a taken version is refused too, and nothing changes.
        Release edit = releases.find(second).value();
        edit.version = u"2.4.0"_qs;
        QVERIFY(isRefusal(releases.update(edit), Error::Kind::Validation,
                          u"already has version 2.4.0"_qs));
        QCOMPARE(releases.find(second)->version, u"2.5.0"_qs);
        // Moving it to another product where the version is free is fine.
        edit.productId = 0;
        QVERIFY(releases.update(edit));
        // The index holds behind the service's back (where a harmless write goes through).
        QVERIFY(execSql(doc->database().path(),
                        u"UPDATE releases SET version = version WHERE id = %1"_qs.arg(second)));
        QVERIFY(!execSql(doc->database().path(),
                         u"UPDATE releases SET product_id = 1 WHERE id = %1"_qs.arg(second)));
    }

    void schemeChangeIsCheckedAuditedAndPermitted() {
        auto doc = productsFile();
        QVERIFY(doc);
        ReleaseService& releases = doc->releases();
        QVERIFY(createRelease(releases, of(1, u"P 2.4.0"_qs, u"2.4.0"_qs)) > 0);
        QVERIFY(createRelease(releases, of(1, u"P 2.5.0"_qs, u"2.5.0"_qs)) > 0);
        ProductService products(doc->database(), Session{u"alice"_qs, {}});
        auto payments = products.find(1);
        QVERIFY(payments);
        QCOMPARE(payments->schemeKey, u"semver"_qs);
        QCOMPARE(payments->releaseCount, 2);
        auto calVer = VersionScheme::calVer(u"YYYY.MM.MICRO"_qs);
        QVERIFY(calVer);
        const qint64 entries = AuditLog(doc->database()).count().value();
        QVERIFY(isRefusal(products.setScheme(1, calVer.value(), payments->rowVersion),
                          Error::Kind::Validation,
                          u"Payments API cannot use CalVer YYYY.MM.MICRO: 2 of its releases "
                          "have versions that are not of that scheme: 1 (2.4.0), 2 (2.5.0)"_qs));
        QCOMPARE(products.find(1)->schemeKey, u"semver"_qs);
        QCOMPARE(AuditLog(doc->database()).count().value(), entries);
        // Checkout Web (no releases) may switch, once; the audit log says so.
        auto checkout = products.find(2);
        QVERIFY(checkout);
        auto semVer = products.setScheme(2, VersionScheme::semVer(), checkout->rowVersion);
        QVERIFY2(semVer, qPrintable(semVer ? QString() : semVer.error().message));
        QCOMPARE(semVer->schemeKey, u"semver"_qs);
        QVERIFY(isRefusal(products.setScheme(2, calVer.value(), checkout->rowVersion),
                          Error::Kind::Stale));
        QCOMPARE(AuditLog(doc->database()).count().value(), entries + 1);
        auto last = AuditLog(doc->database()).page({}, 0, 1);
        QVERIFY(last && !last->isEmpty());
        QCOMPARE(last->first().entity, u"product"_qs);
        QVERIFY(last->first().beforeJson.contains(u"calver:YYYY.0M.MICRO"_qs));
        QVERIFY(last->first().afterJson.contains(u"\"version_scheme\":\"semver\""_qs));
        // Once logins exist, only a release manager changes a scheme.
        QVERIFY(addPeople(doc->database(), u"alice"_qs,
                          {personWithLogin(u"Alice"_qs, u"alice"_qs, {u"release_manager"_qs}),
                           personWithLogin(u"Dev"_qs, u"dev"_qs, {u"development"_qs})}));
        ProductService asDev(doc->database(), Session{u"dev"_qs, {}});
        QVERIFY(isRefusal(asDev.setScheme(2, calVer.value(), semVer->rowVersion),
                          Error::Kind::Permission, u"release manager"_qs));
        QVERIFY(products.setScheme(2, calVer.value(), semVer->rowVersion));
        QCOMPARE(products.find(2)->schemeKey, u"calver:YYYY.MM.MICRO"_qs);
    }

    void suggestsFromScopeAboveTheLastReleased() {
        auto doc = productsFile();
        QVERIFY(doc);
        Database& db = doc->database();
        ReleaseService& releases = doc->releases();
        const qint64 old = createRelease(releases, of(1, u"P 2.4.0"_qs, u"2.4.0"_qs));
        const qint64 newer = createRelease(releases, of(1, u"P 2.10.1"_qs, u"2.10.1"_qs));
        const qint64 planned = createRelease(releases, of(1, u"P 9.0.0"_qs, u"9.0.0"_qs));
        const qint64 next = createRelease(releases, of(1, u"P next"_qs, u"2.10.2"_qs));
        QVERIFY(old > 0 && newer > 0 && planned > 0 && next > 0);
        // Released means deployed or closed; a planned 9.0.0 is not a released version.
        exec(db, u"UPDATE releases SET status = 'closed' WHERE id = %1"_qs.arg(old));
        exec(db, u"UPDATE releases SET status = 'deployed' WHERE id = %1"_qs.arg(newer));
        ProductService products(db, Session{u"alice"_qs, {}});
        const auto advise = [&] {
            auto a = products.advise(releases.find(next).value(), QDate(2026, 11, 5));
            if (!a)
                helperFailed(a.error().message);
            return a ? a.value() : VersionAdvice();
        };
        // No scope: a patch; 2.10.2 is it, so nothing to warn about.
        VersionAdvice a = advise();
        QCOMPARE(a.lastReleased, u"2.10.1"_qs);
        QCOMPARE(a.lastReleasedId, newer);
        QCOMPARE(a.suggested, u"2.10.2"_qs);
        QVERIFY(a.warnings.isEmpty());
        addScope(db, next, u"fix"_qs);
        addScope(db, next, u"feature"_qs, u"ui"_qs, u"deferred"_qs); // deferred: not counted
        QCOMPARE(advise().suggested, u"2.10.2"_qs);
        addScope(db, next, u"feature"_qs);
        a = advise();
        QCOMPARE(a.scope.features, 1);
        QCOMPARE(a.scope.fixes, 1);
        QCOMPARE(a.suggested, u"2.11.0"_qs);
        QCOMPARE(a.warnings, QStringList{u"2.10.2 differs from the suggested 2.11.0."_qs});
        addScope(db, next, u"tech_debt"_qs, u"cleanup; Breaking-Change"_qs);
        a = advise();
        QCOMPARE(a.scope.breaking, 1);
        QCOMPARE(a.suggested, u"3.0.0"_qs);
        // Taken by a release planned before it: the same step again, from there.
        QVERIFY(createRelease(releases, of(1, u"P 3.0.0"_qs, u"3.0.0"_qs)) > 0);
        QCOMPARE(advise().suggested, u"4.0.0"_qs);
        // A chosen version at or below the last released one is warned about as such.
        Release below = releases.find(next).value();
        below.version = u"2.10.1"_qs;
        a = products.advise(below, QDate(2026, 11, 5)).value();
        QCOMPARE(a.warnings.size(), 3);
        QCOMPARE(a.warnings.first(), u"2.10.1 is not above the last released 2.10.1."_qs);
        // And that it is taken, before a save would be refused for it.
        QCOMPARE(a.warnings.last(),
                 u"2.10.1 is already release %1 \"P 2.10.1\" of Payments API."_qs.arg(newer));
        // A release of no product has nothing released before it: a first version.
        a = products.advise(newRelease(u"Fresh"_qs, u"0.1.0"_qs), QDate(2026, 11, 5)).value();
        QCOMPARE(a.suggested, u"0.1.0"_qs);
        QVERIFY(a.warnings.isEmpty());
    }

    void suggestsCalVerForTheWindowsMonth() {
        auto doc = productsFile();
        QVERIFY(doc);
        ReleaseService& releases = doc->releases();
        const qint64 shipped = createRelease(releases, of(2, u"C 2026.10.3"_qs, u"2026.10.3"_qs));
        QVERIFY(shipped > 0);
        exec(doc->database(),
             u"UPDATE releases SET status = 'closed' WHERE id = %1"_qs.arg(shipped));
        ProductService products(doc->database(), Session{u"alice"_qs, {}});
        Release draft = of(2, u"C next"_qs, u"2026.10.4"_qs);
        auto a = products.advise(draft, QDate(2026, 10, 20));
        QVERIFY(a);
        QCOMPARE(a->suggested, u"2026.10.4"_qs);
        QVERIFY(a->warnings.isEmpty());
        // Its window in November starts November's count.
        draft.windowStart = QDateTime(QDate(2026, 11, 3), QTime(20, 0), QTimeZone::utc());
        draft.windowEnd = draft.windowStart.addSecs(3600);
        a = products.advise(draft, QDate(2026, 10, 20));
        QVERIFY(a);
        QCOMPARE(a->suggested, u"2026.11.0"_qs);
        QCOMPARE(a->warnings, QStringList{u"2026.10.4 differs from the suggested 2026.11.0."_qs});
    }

    void schema17BackFillsProductsWithoutDuplicates() {
        // A file as schema 16 wrote it, through the shipped migrations up to 0016.
        if (isPostgres())
            QSKIP("SQLite only: a server's schema starts at the baseline, past schema 16");
        QTemporaryDir migrations;
        const QDir shipped(u":/slipway/migrations"_qs);
        for (const QString& name : shipped.entryList(QDir::Files))
            if (name.left(4).toInt() <= 16)
                QVERIFY(QFile::copy(shipped.filePath(name), migrations.filePath(name)));
        const QString path = m_files.newFile();
        {
            Database::OpenOptions options;
            options.create = true;
            options.migrationsDir = migrations.path();
            auto db = Database::open(path, options);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QCOMPARE(db.value()->schemaVersion(), 16);
            addTwoTeams(*db.value());
            ReleaseService releases(*db.value(), Session{u"tester"_qs, {}});
            const auto add = [&](const QString& name, const QString& version,
                                 const QList<qint64>& services) {
                Release r = newRelease(name, version);
                r.serviceIds = services;
                return createRelease(releases, r);
            };
            QCOMPARE(add(u"Payments 1.0.0"_qs, u"1.0.0"_qs, {1}), 1);
            QCOMPARE(add(u"Payments 1.0.0 again"_qs, u"1.0.0"_qs, {1}), 2); // duplicate
            QCOMPARE(add(u"Both 1.0.0"_qs, u"1.0.0"_qs, {2, 1}), 3);        // first by id: 1
            QCOMPARE(add(u"Both 2.0.0"_qs, u"2.0.0"_qs, {1, 2}), 4);
            QCOMPARE(add(u"Checkout 1.0.0"_qs, u"1.0.0"_qs, {2}), 5);
            QCOMPARE(add(u"Nothing"_qs, u"1.0.0"_qs, {}), 6);
        }
        auto db = Database::open(path, {});
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QVERIFY(db.value()->schemaVersion() >= 17);
        QVERIFY(QFile::exists(db.value()->lastBackupPath()));
        ReleaseService releases(*db.value(), Session{u"tester"_qs, {}});
        QList<qint64> products;
        const auto all = releases.all(); // kept alive: the loop borrows from it
        for (const Release& r : all.value())
            products << r.productId;
        QCOMPARE(products, (QList<qint64>{1, 0, 0, 1, 2, 0}));
        QCOMPARE(
            queryValue(path, u"SELECT version_scheme FROM services WHERE id = 2"_qs).toString(),
            u"semver"_qs);
        // The duplicates keep their services; their owner settles the product.
        QCOMPARE(releases.find(2)->serviceIds, QList<qint64>{1});
        Release dup = releases.find(2).value();
        dup.productId = 1;
        QVERIFY(isRefusal(releases.update(dup), Error::Kind::Validation,
                          u"Payments API already has version 1.0.0: release 1"_qs));
        dup.version = u"1.0.1"_qs;
        QVERIFY(releases.update(dup));
        QVERIFY(AuditLog(*db.value()).verify()->intact());
    }
};

QTEST_GUILESS_MAIN(tst_ProductVersioning)
#include "tst_ProductVersioning.moc"
