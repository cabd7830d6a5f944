// SPDX-License-Identifier: GPL-3.0-or-later
// Incident freezes through the service: audited lifecycle, stale edits, validation, read-only.
#include "Fixtures.h"
#include "TestSupport.h"
#include "services/FreezeService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

class tst_FreezeService : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"freezes"_qs};

    static FreezePeriod sample() {
        FreezePeriod f;
        f.name = u"Payments outage"_qs;
        f.reason = u"Stabilising after INC0042"_qs;
        f.incidentRef = u"INC0042"_qs;
        f.startUtc = 1793491200;
        f.endUtc = f.startUtc + 2 * 86400;
        return f;
    }

private Q_SLOTS:
    void lifecycleIsAudited() {
        auto db = test::openDatabase(m_files.newFile());
        FreezeService service(*db, Session{u"alice"_qs, {}});
        QSignalSpy changed(&service, &FreezeService::freezeChanged);
        auto created = service.create(sample());
        QVERIFY2(created, qPrintable(created.error().message));
        FreezePeriod longer = created.value();
        longer.endUtc += 86400;
        auto updated = service.update(longer);
        QVERIFY(updated);
        QCOMPARE(updated->endUtc, longer.endUtc);
        QCOMPARE(changed.size(), 1);
        QVERIFY(service.remove(updated->id, updated->rowVersion));
        QVERIFY(service.all()->isEmpty());
        auto restored = service.restore(updated.value());
        QVERIFY(restored);
        QCOMPARE(restored->id, created->id);
        QCOMPARE(restored->incidentRef, u"INC0042"_qs);
        auto page = AuditLog(*db).page({}, 0, 10);
        QCOMPARE(page->size(), 4);
        QStringList actions;
        for (const AuditEntry& e : page.value()) {
            actions.prepend(e.action);
            QCOMPARE(e.entity, u"incident_freeze"_qs);
        }
        QCOMPARE(actions, (QStringList{u"create"_qs, u"update"_qs, u"delete"_qs, u"restore"_qs}));
    }

    void staleAndInvalidAreRefused() {
        auto db = test::openDatabase(m_files.newFile());
        FreezeService service(*db, Session{u"alice"_qs, {}});
        auto created = service.create(sample());
        QVERIFY(created);
        QVERIFY(service.update(created.value()));
        auto stale = service.update(created.value());
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Stale);

        FreezePeriod backwards = sample();
        backwards.endUtc = backwards.startUtc - 60;
        auto invalid = service.create(backwards);
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().kind, Error::Kind::Validation);
        QCOMPARE(AuditLog(*db).count().value(), qint64(2));
    }

    void readOnlyFileIsRefused() {
        QVERIFY((test::refusesToCreateReadOnly<FreezeService>(m_files.newFile(), sample())));
    }
};

QTEST_GUILESS_MAIN(tst_FreezeService)
#include "tst_FreezeService.moc"
