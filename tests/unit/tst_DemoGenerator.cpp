// SPDX-License-Identifier: GPL-3.0-or-later
// DemoGenerator in process: the file it writes opens, verifies and reads through the
// repositories; it never writes into an existing file; the anchor moves the calendar.
#include "io/DemoGenerator.h"
#include "services/ProductService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
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
        QCOMPARE(releases->size(), 40);
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
        int future = 0;
        for (const Release& r : releases) {
            QVERIFY(r.windowStart > options.anchor.addMonths(-7));
            QVERIFY(r.windowStart < options.anchor.addMonths(7));
            future += r.windowStart > options.anchor ? 1 : 0;
        }
        QVERIFY(future > 10);
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
