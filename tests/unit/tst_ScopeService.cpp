// SPDX-License-Identifier: GPL-3.0-or-later
// Scope changes through the service: moves audited in one transaction, trade-offs recorded
// only with a rationale, dependencies added and removed (no loops), capacity, stale edits,
// roles and read-only files.
#include "ScopeFixture.h"
#include "TestSupport.h"
#include "services/ScopeService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ScopeRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

class tst_ScopeService : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"scope"_qs};

    static qint64 auditCount(Database& db) { return AuditLog(db).count().value(); }

    struct PaymentsFile {
        std::unique_ptr<Database> db;
        qint64 release = 0;
    };
    // Two proposed items in `release`, Checkout and Vault, in that order.
    static std::pair<qint64, qint64> checkoutAndVault(Database& db, qint64 release) {
        test::ScopeFixture fx(db);
        const qint64 checkout = fx.addItem(u"Checkout"_qs, ScopeStatus::Proposed, release);
        return {checkout, fx.addItem(u"Vault"_qs, ScopeStatus::Proposed, release)};
    }
    // A new file holding the Payments 2.4.0 release ten days ahead, where most tests start.
    PaymentsFile paymentsFile() {
        PaymentsFile file{test::openDatabase(m_files.newFile())};
        if (file.db)
            file.release = test::ScopeFixture(*file.db).addRelease(u"Payments"_qs, u"2.4.0"_qs, 10);
        return file;
    }

private Q_SLOTS:
    void moveBetweenColumnsIsAudited() {
        auto [db, r1] = paymentsFile();
        QVERIFY(db);
        test::ScopeFixture fx(*db);
        const qint64 a = fx.addItem(u"Card tokens"_qs, ScopeStatus::Proposed, r1);
        ScopeService service(*db, Session{u"alice"_qs, u"CHG7"_qs});
        QSignalSpy changed(&service, &ScopeService::itemChanged);
        const qint64 before = auditCount(*db);

        auto moved = service.move({a, 1, ScopeStatus::Committed, r1, {}});
        QVERIFY2(moved, qPrintable(moved.error().message));
        QCOMPARE(moved->status, ScopeStatus::Committed);
        QCOMPARE(moved->rowVersion, 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(auditCount(*db), before + 1);
        const AuditEntry last = AuditLog(*db).page({}, 0, 1).value().first();
        QCOMPARE(last.action, u"move"_qs);
        QCOMPARE(last.entity, u"scope_item"_qs);
        QCOMPARE(last.actor, test::recordedActor(*db, u"alice"_qs));
        QCOMPARE(last.changeTicket, u"CHG7"_qs);
        QVERIFY(last.beforeJson.contains(u"\"status\":\"proposed\""_qs));
        QVERIFY(last.afterJson.contains(u"\"status\":\"committed\""_qs));
        QVERIFY(service.tradeoffs()->isEmpty());

        // The version the user saw is checked.
        auto stale = service.move({a, 1, ScopeStatus::InProgress, r1, {}});
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Stale);
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void aStaleEditNamesWhoSavedItAndWhen() {
        // As on every record: "changed by NAME at TIME — reload", never a silent overwrite,
        // whether the item was moved on the board or edited in full.
        auto [db, r1] = paymentsFile();
        QVERIFY(db);
        const qint64 a =
            test::ScopeFixture(*db).addItem(u"Card tokens"_qs, ScopeStatus::Proposed, r1);
        ScopeService alice(*db, Session{u"alice"_qs, {}});
        QVERIFY(alice.move({a, 1, ScopeStatus::Committed, r1, {}}));
        const QString who = test::recordedActor(*db, u"alice"_qs);

        auto moved =
            ScopeService(*db, Session{u"bob"_qs, {}}).move({a, 1, ScopeStatus::InProgress, r1, {}});
        QVERIFY(!moved);
        QCOMPARE(moved.error().kind, Error::Kind::Stale);
        QVERIFY2(
            moved.error().message.contains(u"“Card tokens” was changed by "_qs + who + u" at "_qs),
            qPrintable(moved.error().message));
        QVERIFY(moved.error().message.endsWith(u"reload."_qs));

        ScopeRepository repo(*db);
        ScopeItem edited = repo.find(a).value();
        edited.rowVersion = 1; // what bob loaded
        edited.title = u"Card tokens v2"_qs;
        auto saved = repo.update(edited, u"bob"_qs, 1'800'000'000);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, Error::Kind::Stale);
        QVERIFY2(saved.error().message.contains(u"was changed by "_qs + who + u" at "_qs),
                 qPrintable(saved.error().message));
        QCOMPARE(repo.find(a)->title, u"Card tokens"_qs);
        QCOMPARE(repo.find(a)->status, ScopeStatus::Committed);
    }

    void leavingAReleaseNeedsARationale() {
        auto [db, r1] = paymentsFile();
        QVERIFY(db);
        test::ScopeFixture fx(*db);
        const qint64 r2 = fx.addRelease(u"Payments"_qs, u"2.5.0"_qs, 40);
        const qint64 a = fx.addItem(u"Card tokens"_qs, ScopeStatus::Committed, r1);
        ScopeService service(*db, Session{u"alice"_qs, {}});
        QSignalSpy recorded(&service, &ScopeService::tradeoffRecorded);
        const qint64 before = auditCount(*db);

        auto refused = service.move({a, 1, ScopeStatus::Committed, r2, u"   "_qs});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Validation);
        QVERIFY2(refused.error().message.contains(u"say why"_qs),
                 qPrintable(refused.error().message));
        QCOMPARE(service.find(a)->releaseId, r1);
        QCOMPARE(auditCount(*db), before);

        auto moved = service.move(
            {a, 1, ScopeStatus::Committed, r2, u"  The PSP certification slipped.  "_qs});
        QVERIFY2(moved, qPrintable(moved.error().message));
        QCOMPARE(moved->releaseId, r2);
        QCOMPARE(recorded.size(), 1);
        const auto log = service.tradeoffs().value();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().itemTitle, u"Card tokens"_qs);
        QCOMPARE(log.first().fromReleaseId, r1);
        QCOMPARE(log.first().toReleaseId, r2);
        QCOMPARE(log.first().fromStatus, ScopeStatus::Committed);
        QCOMPARE(log.first().toStatus, ScopeStatus::Committed);
        QCOMPARE(log.first().rationale, u"The PSP certification slipped."_qs);
        QCOMPARE(log.first().decidedBy, test::recordedActor(*db, u"alice"_qs));
        QVERIFY(log.first().decidedAt > 0);
        // The item's move and the decision are both on the audit trail.
        QCOMPARE(auditCount(*db), before + 2);
        const auto entries = AuditLog(*db).page({}, 0, 2).value();
        QStringList entities{entries[0].entity, entries[1].entity};
        entities.sort();
        QCOMPARE(entities, (QStringList{u"scope_item"_qs, u"scope_tradeoff"_qs}));

        // Deferring needs one too; to the backlog a committed item becomes proposed again.
        QVERIFY(!service.move({a, 2, ScopeStatus::Deferred, r2, {}}));
        auto toBacklog = service.move({a, 2, ScopeStatus::Committed, 0, u"Out of scope"_qs});
        QVERIFY2(toBacklog, qPrintable(toBacklog.error().message));
        QCOMPARE(toBacklog->releaseId, 0);
        QCOMPARE(toBacklog->status, ScopeStatus::Proposed);
        QCOMPARE(service.tradeoffs()->size(), 2);
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void aMoveToAMissingReleaseWritesNothing() {
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        test::ScopeFixture fx(*db);
        const qint64 a = fx.addItem(u"Card tokens"_qs, ScopeStatus::Proposed, 0);
        ScopeService service(*db, Session{u"alice"_qs, {}});
        const qint64 before = auditCount(*db);
        auto refused = service.move({a, 1, ScopeStatus::Committed, 999, {}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::NotFound);
        QCOMPARE(service.find(a)->releaseId, 0);
        QCOMPARE(auditCount(*db), before);
    }

    void dependenciesAreAddedRemovedAndWarned() {
        auto [db, r1] = paymentsFile();
        QVERIFY(db);
        test::ScopeFixture fx(*db);
        const qint64 a = fx.addItem(u"Checkout"_qs, ScopeStatus::Committed, r1, 5,
                                    ScopeKind::Feature, u"PAY-1"_qs);
        const qint64 b = fx.addItem(u"Token vault"_qs, ScopeStatus::Proposed, 0, 3,
                                    ScopeKind::Feature, u"PAY-2"_qs);
        ScopeService service(*db, Session{u"alice"_qs, {}});
        QSignalSpy changed(&service, &ScopeService::dependenciesChanged);
        const qint64 before = auditCount(*db);

        QVERIFY(service.addDependency(a, b).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(auditCount(*db), before + 1);
        QCOMPARE(service.dependencies().value(), (QList<std::pair<qint64, qint64>>{{a, b}}));
        auto warnings = service.dependencyWarnings().value();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().message.contains(u"PAY-1"_qs) &&
                     warnings.first().message.contains(u"PAY-2"_qs),
                 qPrintable(warnings.first().message));

        // Twice, itself, or a loop: refused, nothing written.
        QCOMPARE(service.addDependency(a, b).error().kind, Error::Kind::Validation);
        QCOMPARE(service.addDependency(a, a).error().kind, Error::Kind::Validation);
        auto loop = service.addDependency(b, a);
        QVERIFY(!loop);
        QVERIFY2(loop.error().message.contains(u"loop"_qs), qPrintable(loop.error().message));
        QCOMPARE(auditCount(*db), before + 1);

        // Bringing B into the release clears the warning.
        QVERIFY(service.move({b, 1, ScopeStatus::Committed, r1, {}}).ok());
        QVERIFY(service.dependencyWarnings()->isEmpty());

        QVERIFY(service.removeDependency(a, b).ok());
        QVERIFY(service.dependencies()->isEmpty());
        QCOMPARE(service.removeDependency(a, b).error().kind, Error::Kind::NotFound);
        const AuditEntry last = AuditLog(*db).page({}, 0, 1).value().first();
        QCOMPARE(last.entity, u"scope_dependency"_qs);
        QCOMPARE(last.action, u"delete"_qs);
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void capacityIsAudited() {
        auto [db, r1] = paymentsFile();
        QVERIFY(db);
        test::ScopeFixture fx(*db);
        ScopeService service(*db, Session{u"alice"_qs, {}});
        QVERIFY(service.setCapacity(r1, 40.0).ok());
        QCOMPARE(service.releases()->first().capacity, std::optional<double>(40.0));
        QVERIFY(service.setCapacity(r1, std::nullopt).ok());
        QVERIFY(!service.releases()->first().capacity);
        QCOMPARE(service.setCapacity(r1, -1.0).error().kind, Error::Kind::Validation);
        QCOMPARE(service.setCapacity(999, 3.0).error().kind, Error::Kind::NotFound);
        const AuditEntry last = AuditLog(*db).page({}, 0, 1).value().first();
        QCOMPARE(last.entity, u"release"_qs);
        QVERIFY(last.beforeJson.contains(u"\"capacity\":40"_qs));
    }

    void onlyReleaseManagersChangeScope() {
        auto [db, r1] = paymentsFile();
        QVERIFY(db);
        const auto [a, b] = checkoutAndVault(*db, r1);
        {
            QSqlQuery q(db->connection());
            QVERIFY(
                q.exec(u"INSERT INTO people (id, name, login, created_by, created_at, updated_by, "
                       u"updated_at) VALUES (1, 'Rita', 'rita', 't', 0, 't', 0), "
                       u"(2, 'Quentin', 'quentin', 't', 0, 't', 0)"_qs));
            QVERIFY(
                q.exec(u"INSERT INTO person_roles VALUES (1, 'release_manager'), (2, 'qa')"_qs));
        }
        ScopeService quentin(*db, Session{u"quentin"_qs, {}});
        const qint64 before = auditCount(*db);
        QCOMPARE(quentin.move({a, 1, ScopeStatus::Committed, r1, {}}).error().kind,
                 Error::Kind::Permission);
        QCOMPARE(quentin.addDependency(a, b).error().kind, Error::Kind::Permission);
        QCOMPARE(quentin.setCapacity(r1, 5.0).error().kind, Error::Kind::Permission);
        QCOMPARE(quentin.setRanks(a, {{a, 5}}).error().kind, Error::Kind::Permission);
        QCOMPARE(auditCount(*db), before);
        ScopeService rita(*db, Session{u"rita"_qs, {}});
        QVERIFY(rita.move({a, 1, ScopeStatus::Committed, r1, {}}).ok());
    }

    void reorderingIsOneAuditedChange() {
        auto [db, r1] = paymentsFile();
        QVERIFY(db);
        const auto [a, b] = checkoutAndVault(*db, r1);
        ScopeService service(*db, Session{u"alice"_qs, {}});
        QSignalSpy reordered(&service, &ScopeService::ranksChanged);
        const qint64 audited = auditCount(*db);

        auto previous = service.setRanks(b, {{a, 2}, {b, 1}});
        QVERIFY2(previous, qPrintable(previous.error().message));
        QCOMPARE(previous.value(), (QList<ScopeService::Rank>{{a, 0}, {b, 0}}));
        QCOMPARE(service.find(a)->rank, 2.0);
        QCOMPARE(service.find(b)->rank, 1.0);
        // Order is not content: the row versions stay, so nobody's edit turns stale.
        QCOMPARE(service.find(a)->rowVersion, 1);
        QCOMPARE(reordered.size(), 1);
        QCOMPARE(auditCount(*db), audited + 1);
        const AuditEntry last = AuditLog(*db).page({}, 0, 1).value().first();
        QCOMPARE(last.action, u"reorder"_qs);
        QCOMPARE(last.entityId, b);
        QVERIFY(last.afterJson.contains(u"\"renumbered\":1"_qs));

        // An unknown item, or a rank that is not a number, writes nothing.
        QCOMPARE(service.setRanks(b, {{b, 3}, {999, 4}}).error().kind, Error::Kind::NotFound);
        QCOMPARE(service.setRanks(b, {{b, qQNaN()}}).error().kind, Error::Kind::Validation);
        QCOMPARE(service.find(b)->rank, 1.0);
        QCOMPARE(auditCount(*db), audited + 1);
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void readOnlyFilesRefuse() {
        const QString path = m_files.newFile();
        qint64 a = 0;
        {
            auto db = test::openDatabase(path);
            QVERIFY(db);
            a = test::ScopeFixture(*db).addItem(u"Checkout"_qs, ScopeStatus::Proposed, 0);
        }
        auto db = test::openDatabase(path, true);
        QVERIFY(db);
        ScopeService service(*db, Session{u"alice"_qs, {}});
        auto refused = service.move({a, 1, ScopeStatus::Deferred, 0, u"why"_qs});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::ReadOnly);
    }
};

QTEST_GUILESS_MAIN(tst_ScopeService)
#include "tst_ScopeService.moc"
