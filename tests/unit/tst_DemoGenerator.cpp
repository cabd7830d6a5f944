// SPDX-License-Identifier: GPL-3.0-or-later
// DemoGenerator in process: the file it writes opens, verifies and reads through the
// repositories; it never writes into an existing file; the anchor moves the calendar; the
// small file holds a year of history, deployments and incidents.
#include "io/DemoGenerator.h"
#include "services/ProductService.h"
#include "services/ServiceReportService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DeploymentRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/ReleaseRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

class tst_DemoGenerator : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void smallFileOpensAndVerifies() {
        const QString path = m_dir.filePath(u"small.slipway"_qs);
        qint64 lastDone = 0, lastTotal = 0;
        auto made = DemoGenerator::generate(path, DemoGenerator::Scale::Small, 1,
                                            [&](qint64 done, qint64 total) {
                                                QVERIFY(done >= lastDone);
                                                lastDone = done;
                                                lastTotal = total;
                                            });
        QVERIFY2(made, qPrintable(made.error().message));
        QVERIFY(lastTotal > 0);
        QCOMPARE(lastDone, lastTotal);

        auto db = Database::open(path, {});
        QVERIFY2(db, qPrintable(db.error().message));
        auto verified = AuditLog(*db.value()).verify();
        QVERIFY(verified);
        QVERIFY(verified->intact());
        QCOMPARE(verified->checked, lastTotal);

        auto releases = ReleaseRepository(*db.value()).all();
        QVERIFY(releases);
        // 40 around the anchor and 20 older ones, a year back.
        QCOMPARE(releases->size(), 60);
        for (const Release& r : releases.value()) {
            // Each a version of its product, valid under that product's scheme.
            QVERIFY(r.productId > 0);
            QVERIFY2(ProductService::validate(*db.value(), r)->isEmpty(), qPrintable(r.name));
            QVERIFY(r.name.contains(r.version));
            QVERIFY(r.createdAt <= r.updatedAt);
            QVERIFY(r.updatedAt < DemoGenerator::defaultAnchor());
            QVERIFY(!r.serviceIds.isEmpty());
        }
    }

    void existingFileIsNeverTouched() {
        const QString path = m_dir.filePath(u"taken.slipway"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        auto refused = DemoGenerator::generate(path, DemoGenerator::Scale::Small, 1);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Usage);
        QVERIFY(refused.error().message.contains(u"taken.slipway"_qs));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
        f.close();

        DemoGenerator::Options replace;
        replace.replaceExisting = true;
        QVERIFY(DemoGenerator::generate(path, replace));
        QVERIFY(Database::open(path, {}));
    }

    void anchorMovesTheCalendar() {
        const QString path = m_dir.filePath(u"anchored.slipway"_qs);
        DemoGenerator::Options options;
        options.anchor = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(DemoGenerator::generate(path, options));
        auto db = Database::open(path, {});
        QVERIFY(db);
        const QList<Release> releases = ReleaseRepository(*db.value()).all().value();
        // The 40 planned around the anchor come first; the older history follows them in the
        // file and ends before the first of them.
        int future = 0, around = 0;
        QDateTime spanStart = options.anchor;
        for (const Release& r : releases) {
            QVERIFY(r.windowStart > options.anchor.addDays(-365));
            QVERIFY(r.windowStart < options.anchor.addMonths(7));
            future += r.windowStart > options.anchor ? 1 : 0;
            if (r.id <= 40) {
                QVERIFY(r.windowStart > options.anchor.addMonths(-7));
                spanStart = qMin(spanStart, r.windowStart);
                ++around;
            }
        }
        QCOMPARE(around, 40);
        QVERIFY(future > 10);
        for (const Release& r : releases) {
            if (r.id <= 40)
                continue;
            QVERIFY2(r.windowEnd < spanStart, qPrintable(r.name));
            QVERIFY2(r.status == ReleaseStatus::Closed || r.status == ReleaseStatus::RolledBack ||
                         r.status == ReleaseStatus::Cancelled ||
                         r.status == ReleaseStatus::Deployed,
                     qPrintable(r.name));
        }
    }

    void yearOfHistory_data() {
        QTest::addColumn<QDateTime>("anchor");
        QTest::newRow("default") << DemoGenerator::defaultAnchor();
        QTest::newRow("new year") << QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("mid-year") << QDateTime(QDate(2027, 6, 16), QTime(0, 0), Qt::UTC);
    }

    // The reports' year: releases a year back, production deployments in nearly every month,
    // incidents over the whole year, and a change failure rate a service owner would believe.
    void yearOfHistory() {
        QFETCH(QDateTime, anchor);
        const QString path = m_dir.filePath(u"year-%1.slipway"_qs.arg(anchor.date().toJulianDay()));
        DemoGenerator::Options options;
        options.anchor = anchor;
        options.replaceExisting = true;
        QVERIFY(DemoGenerator::generate(path, options));
        auto db = Database::open(path, {});
        QVERIFY(db);
        const qint64 now = anchor.toSecsSinceEpoch();
        const qint64 yearAgo = anchor.addYears(-1).toSecsSinceEpoch();

        qint64 oldest = now;
        const QList<Release> releases = ReleaseRepository(*db.value()).all().value();
        for (const Release& r : releases)
            oldest = qMin(oldest, r.windowStart.toSecsSinceEpoch());
        QVERIFY2(now - oldest >= 360 * 86400, qPrintable(QString::number((now - oldest) / 86400)));

        QSet<int> deployedMonths;
        int production = 0;
        const QList<Deployment> deployments = DeploymentRepository(*db.value()).list().value();
        for (const Deployment& d : deployments) {
            if (!d.production || d.deployedAt < yearAgo || d.deployedAt >= now)
                continue;
            ++production;
            const QDate day = QDateTime::fromSecsSinceEpoch(d.deployedAt, Qt::UTC).date();
            deployedMonths.insert(day.year() * 12 + day.month());
        }
        QVERIFY2(deployedMonths.size() >= 10, qPrintable(QString::number(deployedMonths.size())));
        QVERIFY2(production >= 30, qPrintable(QString::number(production)));

        const QList<Incident> incidents =
            IncidentRepository(*db.value()).openedBetween(yearAgo, now).value();
        QSet<int> incidentMonths;
        for (const Incident& i : incidents) {
            const QDate day = QDateTime::fromSecsSinceEpoch(i.openedAt, Qt::UTC).date();
            incidentMonths.insert(day.year() * 12 + day.month());
        }
        QVERIFY2(incidentMonths.size() >= 12, qPrintable(QString::number(incidentMonths.size())));
        QVERIFY(incidents.size() >= 120);

        ServiceReportQuery query;
        query.fromUtc = yearAgo;
        query.toUtc = now;
        auto report =
            ServiceReportService(*db.value(), ServiceReportService::Reports::One).report(query);
        QVERIFY2(report, qPrintable(report.error().message));
        QVERIFY(report->changeFailureRate.has_value());
        const double rate = report->changeFailureRate.value();
        QVERIFY2(rate >= 0.15 && rate <= 0.30, qPrintable(QString::number(rate)));
        QVERIFY(report->failedDeployments < report->deployments);
        QVERIFY(report->availability.value_or(0) > 0.99);
        QVERIFY(report->resolvedIncidents > report->incidents / 2);
    }

    void unwritableFolderLeavesNothing() {
        const QString folder = m_dir.filePath(u"locked"_qs);
        QVERIFY(QDir().mkdir(folder));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        const QString path = folder + u"/demo.slipway"_qs;
        auto refused = DemoGenerator::generate(path, DemoGenerator::Scale::Small, 1);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (refused)
            QSKIP("running as root: the folder is writable anyway");
        QVERIFY(refused.error().message.contains(u"demo.slipway"_qs));
        QVERIFY(QDir(folder)
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_DemoGenerator.moc"
