// SPDX-License-Identifier: GPL-3.0-or-later
// A configuration key set or removed by someone else between the service's first look and its
// write, inside one save: another connection holds its change uncommitted while the save
// starts, and commits while the save waits for it. The save is refused naming who and when,
// on a file (BEGIN IMMEDIATE waits for the other writer) and on a server (the insert or update
// waits for the other row), and writes nothing.
#include "Fixtures.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "services/ConfigService.h"
#include "services/Document.h"
#include "services/EnvironmentService.h"
#include "services/ReleaseService.h"
#include "storage/AuditLog.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QSemaphore>
#include <QTest>

#include <functional>
#include <thread>

using namespace slipway;

namespace {

// How long the other connection keeps its change uncommitted once the save has begun.
constexpr int kHoldMs = 600;

// Runs `change` on a connection of its own, on a thread of its own (Qt's connections belong to
// the thread that opened them), in a transaction that it commits kHoldMs after `ready` is
// released. Answers the error text when anything failed, empty otherwise.
class OtherWriter {
public:
    OtherWriter(QString path, std::function<QString(Database&)> change)
        : m_thread(
              [this, path = std::move(path), change = std::move(change)] { run(path, change); }) {}
    ~OtherWriter() { join(); }

    // Blocks until the change is made and not yet committed; false when it failed.
    bool waitUntilHeld() {
        m_ready.acquire();
        return m_error.isEmpty();
    }
    QString join() {
        if (m_thread.joinable())
            m_thread.join();
        return m_error;
    }

private:
    void run(const QString& path, const std::function<QString(Database&)>& change) {
        {
            auto opened = Database::open(test::databaseAddress(path), FileOpenOptions{});
            if (!opened) {
                m_error = opened.error().message;
            } else {
                Database& db = *opened.value();
                Transaction tx(db);
                if (auto begun = tx.begin(); !begun)
                    m_error = begun.error().message;
                else
                    m_error = change(db);
                m_ready.release();
                if (m_error.isEmpty()) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(kHoldMs));
                    if (auto committed = tx.commit(); !committed)
                        m_error = committed.error().message;
                }
                return;
            }
        }
        m_ready.release();
    }

    QString m_error;
    QSemaphore m_ready;
    std::thread m_thread;
};

QString logged(Database& db, const QString& action, qint64 id) {
    AuditEntry e;
    e.atMs = QDateTime::currentMSecsSinceEpoch();
    e.actor = QStringLiteral("bob");
    e.action = action;
    e.entity = QStringLiteral("config_item");
    e.entityId = id;
    auto appended = AuditLog(db).append(e);
    return appended ? QString() : appended.error().message;
}

} // namespace

class TestConfigRace : public QObject {
    Q_OBJECT

    test::TempFiles m_files{u"config-race"_qs};

    struct Fixture {
        QString path;
        std::unique_ptr<Document> doc;
        qint64 release = 0;
        qint64 environment = 0;
    };

    Fixture payments() {
        Fixture f;
        f.path = m_files.newFile();
        f.doc = test::openDocument(f.path);
        if (!f.doc)
            return f;
        f.release = test::createRelease(f.doc->releases(), test::newRelease(u"Payments"_qs));
        EnvironmentService environments(f.doc->database(), f.doc->releases().session());
        auto env = environments.create(Environment{0, u"Staging"_qs, u"staging"_qs, true, 0});
        if (env)
            f.environment = env->id;
        return f;
    }

    static int settings(Database& db) {
        auto items = ConfigRepository(db).items(0);
        return items ? int(items->size()) : -1;
    }

private Q_SLOTS:
    void aKeySetMeanwhileNamesWhoSetIt() {
        Fixture f = payments();
        QVERIFY(f.doc && f.release > 0 && f.environment > 0);
        const qint64 release = f.release, environment = f.environment;
        OtherWriter bob(f.path, [release, environment](Database& db) -> QString {
            ConfigItem item;
            item.releaseId = release;
            item.environmentId = environment;
            item.key = u"PAYMENTS_TIMEOUT"_qs;
            item.value = u"30s"_qs;
            auto stored =
                ConfigRepository(db).insert(item, u"bob"_qs, QDateTime::currentSecsSinceEpoch());
            return stored ? logged(db, u"create"_qs, stored->id) : stored.error().message;
        });
        QVERIFY(bob.waitUntilHeld());
        // Alice's first look finds no such key; her write then waits for Bob's commit.
        auto saved = f.doc->configuration().set(
            {release, environment, u"PAYMENTS_TIMEOUT"_qs, u"45s"_qs, {}, false});
        const QString failed = bob.join();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, Error::Kind::Stale);
        const QString who = test::recordedActor(f.doc->database(), u"bob"_qs);
        QVERIFY2(saved.error().message.startsWith(u"“PAYMENTS_TIMEOUT” was changed by "_qs + who +
                                                  u" at "_qs),
                 qPrintable(saved.error().message));
        QVERIFY(saved.error().message.endsWith(u"— reload."_qs));
        QVERIFY(!saved.error().message.contains(u'\n'));
        // Bob's value stands; Alice's wrote nothing.
        auto items = f.doc->configuration().items(release);
        QVERIFY(items);
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->first().value, u"30s"_qs);
        QCOMPARE(settings(f.doc->database()), 1);
    }

    void aKeyRemovedMeanwhileNamesWhoRemovedIt() {
        Fixture f = payments();
        QVERIFY(f.doc && f.release > 0 && f.environment > 0);
        const qint64 release = f.release, environment = f.environment;
        auto first = f.doc->configuration().set(
            {release, environment, u"FEATURE_CARDS"_qs, u"on"_qs, {}, false});
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        const ConfigItem stored = first->item;
        OtherWriter bob(f.path, [stored](Database& db) -> QString {
            auto gone = ConfigRepository(db).remove(stored.id, stored.rowVersion);
            return gone ? logged(db, u"delete"_qs, stored.id) : gone.error().message;
        });
        QVERIFY(bob.waitUntilHeld());
        // Alice's first look still finds the key; her write then waits for Bob's commit.
        auto saved = f.doc->configuration().set(
            {release, environment, u"FEATURE_CARDS"_qs, u"off"_qs, {}, false});
        const QString failed = bob.join();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, Error::Kind::Stale);
        const QString who = test::recordedActor(f.doc->database(), u"bob"_qs);
        QVERIFY2(saved.error().message.startsWith(u"“FEATURE_CARDS” was removed by "_qs + who +
                                                  u" at "_qs),
                 qPrintable(saved.error().message));
        QVERIFY(saved.error().message.endsWith(u"— reload."_qs));
        // The key stays removed: Alice's save did not bring it back.
        QCOMPARE(settings(f.doc->database()), 0);
    }
};

QTEST_GUILESS_MAIN(TestConfigRace)
#include "tst_ConfigRace.moc"
