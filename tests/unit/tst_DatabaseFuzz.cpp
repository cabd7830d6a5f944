// SPDX-License-Identifier: GPL-3.0-or-later
// Damaged files, many ways: a valid file with bytes flipped, cut or zeroed must open with a
// clear error or read cleanly — never crash, never hang — and the damaged bytes stay as
// they were unless the file opened and could be written.
#include "TestSupport.h"
#include "services/ReleaseService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

class tst_DatabaseFuzz : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_valid;

    void writeBytes(const QString& path, const QByteArray& bytes) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

private Q_SLOTS:
    void initTestCase() {
        const QString path = m_dir.filePath(u"valid.slipway"_qs);
        {
            Database::OpenOptions options;
            options.create = true;
            options.shared = true; // rollback journal: the whole state is in the one file
            auto db = Database::open(path, options);
            QVERIFY(db);
            ReleaseService service(*db.value(), Session{u"tester"_qs, u"CHG1"_qs});
            for (int i = 0; i < 120; ++i) {
                Release r;
                r.name = u"Release %1 — Zahlungsverkehr"_qs.arg(i);
                r.version = u"%1.%2.0"_qs.arg(i / 10).arg(i % 10);
                r.objectives = QString(200, QChar(u'a' + i % 26));
                QVERIFY(service.create(r).ok());
            }
        }
        m_valid = test::fileBytes(path);
        QVERIFY(m_valid.size() > 16 * 4096);
    }

    void mutatedFilesNeverCrash() {
        QRandomGenerator rng(20261127);
        int opened = 0, refused = 0;
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes = m_valid;
            switch (round % 4) {
            case 0: // flip a handful of random bytes
                for (int i = 0; i < 1 + int(rng.bounded(16)); ++i)
                    bytes[int(rng.bounded(bytes.size()))] ^= char(1 + rng.bounded(255));
                break;
            case 1: // cut the file anywhere
                bytes.truncate(int(rng.bounded(bytes.size())));
                break;
            case 2: { // zero a run, as a failed sector write leaves it
                const int at = int(rng.bounded(bytes.size()));
                const int len = int(qMin<qsizetype>(1 + rng.bounded(8192), bytes.size() - at));
                memset(bytes.data() + at, 0, size_t(len));
                break;
            }
            default: // damage the header or the schema page
                bytes[int(rng.bounded(4096))] = char(rng.bounded(256));
                break;
            }
            const QString path = m_dir.filePath(u"mutant-%1.slipway"_qs.arg(round));
            writeBytes(path, bytes);
            Database::OpenOptions options;
            options.shared = true;
            options.busyTimeoutMs = 100;
            auto db = Database::open(path, options);
            if (!db) {
                ++refused;
                QVERIFY2(db.error().message.contains(u"mutant-%1.slipway"_qs.arg(round)),
                         qPrintable(db.error().message));
                QVERIFY(!db.error().message.contains(u'\n'));
                QCOMPARE(test::fileBytes(path), bytes); // a refused file is never touched
                continue;
            }
            ++opened;
            // Whatever opened must read without crashing; errors come back as Errors.
            ReleaseService service(*db.value(), Session{u"tester"_qs, {}});
            auto all = service.all();
            if (!all)
                QVERIFY(!all.error().message.isEmpty());
            auto verified = AuditLog(*db.value()).verify();
            if (!verified)
                QVERIFY(!verified.error().message.isEmpty());
        }
        qInfo("%d mutated files opened, %d refused with a message", opened, refused);
        QVERIFY(refused > 0);
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseFuzz)
#include "tst_DatabaseFuzz.moc"
