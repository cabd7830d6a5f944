// SPDX-License-Identifier: GPL-3.0-or-later
// What runs where, on real files: deployment records replayed per environment (latest wins,
// rolled back restores, failed changes nothing), promotions into staging but never production,
// component lists and products, both kinds of drift, and pins held against the matrix.
#include "TestSupport.h"
#include "rules/SbomPins.h"
#include "services/ComponentService.h"
#include "services/EnvironmentMatrixService.h"
#include "services/PinService.h"
#include "storage/Database.h"

#include <QTest>

using namespace slipway;

namespace {

// Rows written behind the services' backs: the matrix only reads.
class Fixture {
public:
    explicit Fixture(const QString& path)
        : db(test::openDatabase(path)) {}

    qint64 environment(const QString& name, const QString& kind) {
        test::exec(*db, QStringLiteral("INSERT INTO environments (name, kind, created_by, "
                                       "created_at, updated_by, updated_at) VALUES ('%1', '%2', "
                                       "'t', 1, 't', 1)")
                            .arg(name, kind));
        return lastId(QStringLiteral("environments"));
    }
    qint64 release(const QString& product, const QString& version, const QString& status) {
        test::exec(*db, QStringLiteral("INSERT INTO releases (name, version, type, status, "
                                       "created_by, created_at, updated_by, updated_at) VALUES "
                                       "('%1 %2', '%2', 'minor', '%3', 't', 1, 't', 1)")
                            .arg(product, version, status));
        const qint64 id = lastId(QStringLiteral("releases"));
        test::exec(*db, QStringLiteral("INSERT INTO services (name, created_by, created_at, "
                                       "updated_by, updated_at) VALUES ('%1', 't', 1, 't', 1) "
                                       "ON CONFLICT DO NOTHING")
                            .arg(product));
        test::exec(*db, QStringLiteral("INSERT INTO release_services (release_id, service_id) "
                                       "SELECT %1, id FROM services WHERE name = '%2'")
                            .arg(id)
                            .arg(product));
        return id;
    }
    qint64 component(qint64 release, const QString& name, const QString& version,
                     const QString& purl = {}, bool range = false, bool subject = false) {
        test::exec(*db, QStringLiteral("INSERT INTO release_components (release_id, ref, name, "
                                       "version, version_is_range, purl, is_subject, "
                                       "source_file, source_sha256, created_by, created_at) "
                                       "VALUES (%1, '%2', '%2', '%3', %4, '%5', %6, 'bom.json', "
                                       "'%7', 't', 1)")
                            .arg(release)
                            .arg(name, version)
                            .arg(range ? 1 : 0)
                            .arg(purl)
                            .arg(subject ? 1 : 0)
                            .arg(QString(64, u'a')));
        return lastId(QStringLiteral("release_components"));
    }
    void depends(qint64 release, qint64 from, qint64 to) {
        test::exec(*db, QStringLiteral("INSERT INTO component_dependencies VALUES (%1, %2, %3)")
                            .arg(release)
                            .arg(from)
                            .arg(to));
    }
    qint64 deploy(qint64 release, qint64 environment, qint64 at,
                  const QString& outcome = QStringLiteral("succeeded"),
                  const QString& version = {}) {
        test::exec(*db, QStringLiteral("INSERT INTO deployments (release_id, environment_id, "
                                       "version, outcome, deployed_by, deployed_at, created_by, "
                                       "created_at) VALUES (%1, %2, '%3', '%4', 't', %5, 't', 1)")
                            .arg(release)
                            .arg(environment)
                            .arg(version, outcome)
                            .arg(at));
        return lastId(QStringLiteral("deployments"));
    }
    void promote(qint64 release, const QString& stage, qint64 at) {
        test::exec(*db, QStringLiteral("INSERT INTO release_gates (release_id, name, stage, "
                                       "promoted_by, promoted_at, created_by, created_at, "
                                       "updated_by, updated_at) VALUES (%1, '%2 gate', '%2', "
                                       "'t', %3, 't', 1, 't', 1)")
                            .arg(release)
                            .arg(stage)
                            .arg(at));
    }
    // An artifact whose checks ended in `results`, oldest first (none: never checked).
    void artifact(qint64 release, const QString& name, const QStringList& results) {
        test::exec(*db, QStringLiteral("INSERT INTO artifacts (release_id, name, kind, sha256, "
                                       "created_by, created_at) VALUES (%1, '%2', 'binary', "
                                       "'%3', 't', 1)")
                            .arg(release)
                            .arg(name, QString(64, u'b')));
        const qint64 id = lastId(QStringLiteral("artifacts"));
        for (const QString& r : results)
            test::exec(*db, QStringLiteral("INSERT INTO artifact_verifications (artifact_id, "
                                           "result, verified_by, verified_at) VALUES (%1, '%2', "
                                           "'t', 1)")
                                .arg(id)
                                .arg(r));
    }

    EnvironmentMatrix matrix(const QStringList& names = {}) {
        auto m = EnvironmentMatrixService(*db).matrix(names);
        if (!m)
            test::helperFailed(m.error().message);
        return m ? m.value() : EnvironmentMatrix{};
    }

    std::unique_ptr<Database> db;

private:
    qint64 lastId(const QString& table) {
        return test::queryValue(db->path(), QStringLiteral("SELECT MAX(id) FROM %1").arg(table))
            .toLongLong();
    }
};

// What `row`'s cell in the column named `environment` runs, versions joined by "/".
QString at(const EnvironmentMatrix& m, const QString& component, const QString& environment) {
    const QList<int> rows = m.rowsNamed(component);
    int column = -1;
    for (int c = 0; c < m.columnCount(); ++c)
        column = m.environments.at(c).name == environment ? c : column;
    if (rows.isEmpty() || column < 0)
        return QStringLiteral("(none)");
    return m.cell(rows.first(), column).versions().join(u'/');
}

const MatrixCell* cellOf(const EnvironmentMatrix& m, const QString& component,
                         const QString& environment) {
    const QList<int> rows = m.rowsNamed(component);
    for (int c = 0; c < m.columnCount(); ++c) {
        if (m.environments.at(c).name == environment && !rows.isEmpty())
            return &m.cell(rows.first(), c);
    }
    return nullptr;
}

int driftOf(const EnvironmentMatrix& m, MatrixDrift::Kind kind) {
    int n = 0;
    for (const MatrixDrift& d : m.drift)
        n += d.kind == kind ? 1 : 0;
    return n;
}

} // namespace

class tst_EnvironmentMatrix : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"matrix"_qs};

private Q_SLOTS:
    // The newest successful record per product and environment; rolled back restores what ran
    // before; a failed record changes nothing; columns in lifecycle order.
    void deploymentRecordsReplayed() {
        Fixture f(m_files.newFile());
        const qint64 prod = f.environment(u"Production"_qs, u"prod"_qs);
        const qint64 staging = f.environment(u"Staging"_qs, u"staging"_qs);
        f.environment(u"Dev"_qs, u"dev"_qs);
        const qint64 one = f.release(u"Shop"_qs, u"1.0.0"_qs, u"closed"_qs);
        const qint64 two = f.release(u"Shop"_qs, u"2.0.0"_qs, u"rolled_back"_qs);
        const qint64 three = f.release(u"Shop"_qs, u"3.0.0"_qs, u"closed"_qs);
        for (qint64 r : {one, two, three})
            f.component(r, u"shop"_qs,
                        r == one   ? u"1.0.0"_qs
                        : r == two ? u"2.0.0"_qs
                                   : u"3.0.0"_qs,
                        {}, false, true);
        f.component(one, u"lodash"_qs, u"4.17.20"_qs, u"pkg:npm/lodash@4.17.20"_qs);
        f.component(two, u"lodash"_qs, u"4.17.21"_qs, u"pkg:npm/lodash@4.17.21?x=1"_qs);
        f.component(three, u"lodash"_qs, u"4.17.21"_qs, u"pkg:npm/lodash@4.17.21"_qs);
        const qint64 first = f.deploy(one, prod, 1000);
        f.deploy(two, prod, 2000);
        f.deploy(two, prod, 2100, u"rolled_back"_qs);
        f.deploy(three, staging, 3000);
        f.deploy(three, prod, 4000, u"failed"_qs);

        const EnvironmentMatrix m = f.matrix();
        QCOMPARE(m.columnCount(), 3);
        QCOMPARE(m.environments.at(0).name, u"Dev"_qs);
        QCOMPARE(m.environments.at(2).name, u"Production"_qs);
        QCOMPARE(m.rowCount(), 2); // lodash and shop: one purl identity across releases
        QCOMPARE(at(m, u"shop"_qs, u"Production"_qs), u"1.0.0"_qs);
        QCOMPARE(at(m, u"pkg:npm/lodash@9"_qs, u"Production"_qs), u"4.17.20"_qs);
        QCOMPARE(at(m, u"shop"_qs, u"Staging"_qs), u"3.0.0"_qs);
        QCOMPARE(at(m, u"shop"_qs, u"Dev"_qs), QString());
        const MatrixCell* cell = cellOf(m, u"shop"_qs, u"Production"_qs);
        QVERIFY(cell);
        QCOMPARE(cell->placements.size(), 1);
        QCOMPARE(cell->placements.first().since, 1000);
        QCOMPARE(cell->placements.first().releaseId, one);
        QCOMPARE(cell->placements.first().releaseLabel, u"Shop 1.0.0"_qs);
        QCOMPARE(cell->placements.first().deploymentId, first);

        // Selecting columns keeps rows that run there.
        const EnvironmentMatrix dev = f.matrix({u"dev"_qs});
        QCOMPARE(dev.columnCount(), 1);
        QCOMPARE(dev.rowCount(), 0);
        auto unknown = EnvironmentMatrixService(*f.db).matrix({u"Nowhere"_qs});
        QVERIFY(test::isRefusal(unknown, Error::Kind::NotFound, u"Production"_qs));
    }

    // A promotion into Staging (or QA) places a release there; into Production it does not.
    // A release without a component list brings its product, at the record's version.
    void promotionsAndProducts() {
        Fixture f(m_files.newFile());
        const qint64 qa = f.environment(u"Integration"_qs, u"test"_qs);
        const qint64 staging = f.environment(u"Staging"_qs, u"staging"_qs);
        const qint64 prod = f.environment(u"Production"_qs, u"prod"_qs);
        Q_UNUSED(qa);
        const qint64 old = f.release(u"Billing Engine"_qs, u"2.1.0"_qs, u"closed"_qs);
        const qint64 next = f.release(u"Billing Engine"_qs, u"2.2.0"_qs, u"approved"_qs);
        f.deploy(old, prod, 100, u"succeeded"_qs, u"2.1.0+build.7"_qs);
        f.deploy(old, staging, 50);
        f.promote(next, u"QA"_qs, 200);
        f.promote(next, u"Staging"_qs, 300);
        f.promote(next, u"Production"_qs, 400);
        const EnvironmentMatrix m = f.matrix();
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.components.first().kind, MatrixComponent::Kind::Product);
        QCOMPARE(m.components.first().label(), u"Billing Engine"_qs);
        QCOMPARE(at(m, u"billing engine"_qs, u"Integration"_qs), u"2.2.0"_qs);
        QCOMPARE(at(m, u"Billing Engine"_qs, u"Staging"_qs), u"2.2.0"_qs);
        QCOMPARE(at(m, u"Billing Engine"_qs, u"Production"_qs), u"2.1.0+build.7"_qs);
        const MatrixCell* cell = cellOf(m, u"Billing Engine"_qs, u"Staging"_qs);
        QCOMPARE(cell->placements.first().source, MatrixPlacement::Source::Promotion);
        QCOMPARE(cell->placements.first().since, 300);
        // The gap is closed: the planned 2.2.0 carries what staging runs.
        QCOMPARE(driftOf(m, MatrixDrift::Kind::StagingProductionGap), 0);
    }

    // Two products carrying one library side by side; a range is a pin, not a version, and a
    // component without a version is left out.
    void sharedLibraryAndRanges() {
        Fixture f(m_files.newFile());
        const qint64 prod = f.environment(u"Production"_qs, u"prod"_qs);
        const qint64 a = f.release(u"Alpha"_qs, u"1.0.0"_qs, u"deployed"_qs);
        const qint64 b = f.release(u"Beta"_qs, u"5.0.0"_qs, u"deployed"_qs);
        f.component(a, u"libx"_qs, u"1.2.0"_qs, u"pkg:generic/libx@1.2.0"_qs);
        f.component(b, u"libx"_qs, u"1.3.0"_qs, u"pkg:generic/libx@1.3.0"_qs);
        f.component(b, u"liby"_qs, u"^2.0.0"_qs, u"pkg:generic/liby"_qs, true);
        f.component(b, u"libz"_qs, u">=1.0.0 <2.0.0"_qs);
        f.component(b, u"unversioned"_qs, QString());
        f.deploy(a, prod, 10);
        f.deploy(b, prod, 20);
        const EnvironmentMatrix m = f.matrix();
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(at(m, u"libx"_qs, u"Production"_qs), u"1.2.0/1.3.0"_qs);
        QCOMPARE(cellOf(m, u"libx"_qs, u"Production"_qs)->placements.size(), 2);
    }

    // Drift (a): staging runs what production does not and no planned release carries it.
    void stagingProductionGap() {
        Fixture f(m_files.newFile());
        const qint64 staging = f.environment(u"Staging"_qs, u"staging"_qs);
        const qint64 prod = f.environment(u"Production"_qs, u"prod"_qs);
        const qint64 live = f.release(u"Shop"_qs, u"1.0.0"_qs, u"deployed"_qs);
        const qint64 tried = f.release(u"Shop"_qs, u"1.1.0"_qs, u"rolled_back"_qs);
        f.component(live, u"core"_qs, u"1.0.0"_qs);
        f.component(tried, u"core"_qs, u"1.1.0"_qs);
        f.component(live, u"same"_qs, u"3.0.0"_qs);
        f.component(tried, u"same"_qs, u"3.0.0"_qs);
        f.deploy(live, prod, 10);
        f.deploy(tried, staging, 20);
        EnvironmentMatrix m = f.matrix();
        QCOMPARE(driftOf(m, MatrixDrift::Kind::StagingProductionGap), 1);
        const MatrixDrift gap = m.drift.first();
        QCOMPARE(m.components.at(gap.row).label(), u"core"_qs);
        QCOMPARE(gap.stagingVersions, QStringList{u"1.1.0"_qs});
        QCOMPARE(gap.productionVersions, QStringList{u"1.0.0"_qs});
        QVERIFY(gap.message.contains(u"1.1.0"_qs));
        QVERIFY(cellOf(m, u"core"_qs, u"Staging"_qs)->gap);
        QVERIFY(cellOf(m, u"core"_qs, u"Production"_qs)->gap);
        QVERIFY(!cellOf(m, u"same"_qs, u"Staging"_qs)->gap);

        // A planned release carrying another version does not close it; one carrying 1.1.0 does.
        const qint64 other = f.release(u"Shop"_qs, u"1.2.0"_qs, u"scheduled"_qs);
        f.component(other, u"core"_qs, u"1.2.0"_qs);
        QCOMPARE(driftOf(f.matrix(), MatrixDrift::Kind::StagingProductionGap), 1);
        const qint64 cancelled = f.release(u"Shop"_qs, u"1.1.1"_qs, u"cancelled"_qs);
        f.component(cancelled, u"core"_qs, u"1.1.0"_qs);
        QCOMPARE(driftOf(f.matrix(), MatrixDrift::Kind::StagingProductionGap), 1);
        const qint64 closes = f.release(u"Shop"_qs, u"1.1.2"_qs, u"in_progress"_qs);
        f.component(closes, u"core"_qs, u"1.1.0"_qs);
        m = f.matrix();
        QCOMPARE(driftOf(m, MatrixDrift::Kind::StagingProductionGap), 0);
        QVERIFY(!cellOf(m, u"core"_qs, u"Staging"_qs)->gap);
    }

    // Drift (b): production runs a release with no artifacts, or one not verified at its
    // newest check; staging is never this drift.
    void unverifiedInProduction() {
        Fixture f(m_files.newFile());
        const qint64 staging = f.environment(u"Staging"_qs, u"staging"_qs);
        const qint64 prod = f.environment(u"Production"_qs, u"prod"_qs);
        const qint64 bare = f.release(u"Bare"_qs, u"1.0.0"_qs, u"deployed"_qs);
        const qint64 good = f.release(u"Good"_qs, u"1.0.0"_qs, u"deployed"_qs);
        const qint64 stale = f.release(u"Stale"_qs, u"1.0.0"_qs, u"deployed"_qs);
        f.artifact(good, u"good.tar"_qs, {u"digest_mismatch"_qs, u"verified"_qs});
        f.artifact(stale, u"a.tar"_qs, {u"verified"_qs});
        f.artifact(stale, u"b.tar"_qs, {u"verified"_qs, u"bad_signature"_qs});
        for (qint64 r : {bare, good, stale}) {
            f.deploy(r, prod, 10 + r);
            f.deploy(r, staging, 5);
        }
        const EnvironmentMatrix m = f.matrix();
        QCOMPARE(driftOf(m, MatrixDrift::Kind::UnverifiedInProduction), 2);
        QStringList flagged;
        for (const MatrixDrift& d : m.drift)
            flagged << d.releaseLabel + u':' + QString::number(d.verifiedArtifacts) + u'/' +
                           QString::number(d.artifacts);
        QCOMPARE(flagged, (QStringList{u"Bare 1.0.0:0/0"_qs, u"Stale 1.0.0:1/2"_qs}));
        QVERIFY(cellOf(m, u"Bare"_qs, u"Production"_qs)->unverified);
        QVERIFY(!cellOf(m, u"Bare"_qs, u"Staging"_qs)->unverified);
        QVERIFY(!cellOf(m, u"Good"_qs, u"Production"_qs)->unverified);
        QVERIFY(cellOf(m, u"Good"_qs, u"Production"_qs)->placements.first().verified);
    }

    // Pins against the matrix: satisfied, unsatisfied and an unknown target; a planned release
    // that runs nowhere is held against production; a bad constraint writes nothing.
    void pinsHeldAgainstEnvironments() {
        Fixture f(m_files.newFile());
        const qint64 staging = f.environment(u"Staging"_qs, u"staging"_qs);
        const qint64 prod = f.environment(u"Production"_qs, u"prod"_qs);
        const qint64 lib = f.release(u"Auth Service"_qs, u"2.3.0"_qs, u"deployed"_qs);
        const qint64 libNext = f.release(u"Auth Service"_qs, u"3.0.0"_qs, u"closed"_qs);
        const qint64 app = f.release(u"Shop"_qs, u"1.0.0"_qs, u"deployed"_qs);
        const qint64 planned = f.release(u"Shop"_qs, u"1.1.0"_qs, u"planned"_qs);
        f.deploy(lib, prod, 10);
        f.deploy(libNext, staging, 10);
        f.deploy(app, prod, 20);
        f.deploy(app, staging, 20);

        PinService pins(*f.db, Session{u"alice"_qs, {}});
        auto bad = pins.pin(app, u"Shop"_qs, u"Auth Service"_qs, u"^^2"_qs);
        QVERIFY(test::isRefusal(bad, Error::Kind::Usage, u"'^^2'"_qs));
        QVERIFY(!bad.error().message.contains(u'\n'));
        QCOMPARE(pins.pins(app)->size(), 0);
        auto noSuch = pins.pin(app, u"Cart"_qs, u"Auth Service"_qs, u"^2"_qs);
        QVERIFY(test::isRefusal(noSuch, Error::Kind::Usage, u"Cart"_qs));

        QVERIFY(pins.pin(app, u"shop"_qs, u"Auth Service"_qs, u"^2.0.0"_qs));
        QVERIFY(pins.pin(app, u"Shop"_qs, u"Payments"_qs, u"~1.4"_qs));
        QVERIFY(pins.pin(planned, u"Shop"_qs, u"Auth Service"_qs, u">=3.0.0 <4.0.0"_qs));
        // Again: a new constraint for the same pin, not a second pin.
        auto again = pins.pin(app, u"Shop"_qs, u"Auth Service"_qs, u"^2.1.0"_qs);
        QVERIFY(again);
        QCOMPARE(again->rowVersion, 2);
        QCOMPARE(pins.pins(app)->size(), 2);
        // The target in another case is the same pin, and the caller learns the constraint
        // it replaced (what an undo puts back); a new pin replaced nothing.
        std::optional<QString> previous;
        auto cased = pins.pin(app, u"Shop"_qs, u"auth service"_qs, u"^2.2.0"_qs, &previous);
        QVERIFY(cased);
        QCOMPARE(cased->target, u"Auth Service"_qs);
        QCOMPARE(cased->rowVersion, 3);
        QCOMPARE(previous, std::optional<QString>(u"^2.1.0"_qs));
        QCOMPARE(pins.pins(app)->size(), 2);
        QVERIFY(pins.pin(app, u"Shop"_qs, u"auth service"_qs, u"^2.1.0"_qs, &previous));
        QCOMPARE(previous, std::optional<QString>(u"^2.2.0"_qs));
        QVERIFY(pins.pin(app, u"Shop"_qs, u"Ledger"_qs, u"^1"_qs, &previous));
        QVERIFY(!previous);
        QVERIFY(pins.unpin(app, u"Shop"_qs, u"Ledger"_qs));

        EnvironmentMatrixService service(*f.db);
        auto m = service.matrix();
        QVERIFY(m);
        auto checks = service.pinChecks(m.value());
        QVERIFY(checks);
        QStringList seen;
        for (const PinCheck& c : checks.value())
            seen << QStringLiteral("%1 %2 %3 %4")
                        .arg(c.pin.releaseLabel, c.pin.target, c.environmentName, toKey(c.status));
        QCOMPARE(seen, (QStringList{u"Shop 1.0.0 Auth Service Staging unsatisfied"_qs,
                                    u"Shop 1.0.0 Auth Service Production satisfied"_qs,
                                    u"Shop 1.0.0 Payments Staging unknown_target"_qs,
                                    u"Shop 1.0.0 Payments Production unknown_target"_qs,
                                    u"Shop 1.1.0 Auth Service Production unsatisfied"_qs}));
        const PinCheck& unmet = checks->first();
        QCOMPARE(unmet.targetVersions, QStringList{u"3.0.0"_qs});
        QVERIFY2(unmet.message.contains(u"Staging runs 3.0.0"_qs), qPrintable(unmet.message));

        // unpin removes the hand-set pin only.
        auto removed = pins.unpin(app, u"SHOP"_qs, u"payments"_qs);
        QVERIFY(removed);
        QCOMPARE(removed->constraint, u"~1.4"_qs);
        QVERIFY(
            test::isRefusal(pins.unpin(app, u"Shop"_qs, u"Payments"_qs), Error::Kind::NotFound));
        QCOMPARE(pins.pins(0)->size(), 2);
    }

    // An SBOM dependency on a range becomes a pin with the import, replaced by the next one;
    // hand-set pins stay.
    void sbomDependenciesOnRangesArePins() {
        Fixture f(m_files.newFile());
        const qint64 r = f.release(u"Shop"_qs, u"1.0.0"_qs, u"planned"_qs);
        const qint64 shop = f.component(r, u"shop"_qs, u"1.0.0"_qs, {}, false, true);
        const qint64 ranged =
            f.component(r, u"left-pad"_qs, u"^1.3.0"_qs, u"pkg:npm/left-pad"_qs, true);
        const qint64 loose = f.component(r, u"chalk"_qs, u">=4 <6"_qs);
        const qint64 exact = f.component(r, u"lodash"_qs, u"4.17.21"_qs);
        const qint64 maven = f.component(r, u"guava"_qs, u"[30.0,)"_qs, {}, true);
        for (qint64 to : {ranged, loose, exact, maven})
            f.depends(r, shop, to);
        auto components = ComponentService(*f.db, Session{}).components(r);
        auto edges = ComponentService(*f.db, Session{}).dependencies(r);
        QVERIFY(components && edges);
        int unreadable = -1;
        const QList<Pin> derived =
            SbomPins::derive(r, components.value(), edges.value(), &unreadable);
        QStringList seen;
        for (const Pin& p : derived)
            seen << p.component + u" → " + p.target + u' ' + p.constraint;
        QCOMPARE(seen,
                 (QStringList{u"shop → pkg:npm/left-pad ^1.3.0"_qs, u"shop → chalk >=4 <6"_qs}));
        QCOMPARE(unreadable, 1);
    }
};

QTEST_GUILESS_MAIN(tst_EnvironmentMatrix)
#include "tst_EnvironmentMatrix.moc"
