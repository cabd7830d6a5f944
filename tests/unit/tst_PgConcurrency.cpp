// SPDX-License-Identifier: GPL-3.0-or-later
// Eight clients editing the same releases on one PostgreSQL server at once, each with its own
// connection, as eight desks would: no update is lost, every refusal says who changed the row
// and when, and the audit chain stays whole.
#include "Fixtures.h"
#include "PgServer.h"
#include "services/AuditService.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QMutex>
#include <QThread>
#include <QtTest>

#include <random>

using namespace slipway;
using slipway::test::PgServer;

class TestPgConcurrency : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eightClientsLoseNoUpdate();
};

namespace {

constexpr int kClients = 8;
constexpr int kRows = 20;
constexpr qint64 kRunMs = 4000;

struct Tally {
    QAtomicInt saved;
    QAtomicInt stale;
    QMutex mutex;
    QStringList unexpected;  // anything but a save or a Stale refusal
    QStringList staleSample; // a few refusals, to check their wording
    QHash<qint64, int> savedPerRow;
};

// One desk: its own Document (and so its own connection), on its own thread, saving random
// releases from the copy it last read, as a person would who does not reload first.
void runClient(const QString& url, int seed, const QList<qint64>& ids, Tally& tally) {
    auto opened = Document::open(url, FileOpenOptions{});
    if (!opened) {
        const QMutexLocker lock(&tally.mutex);
        tally.unexpected << opened.error().message;
        return;
    }
    Document& doc = *opened.value();
    std::mt19937 random(seed);
    QElapsedTimer clock;
    clock.start();
    QHash<qint64, Release> seen;
    while (clock.elapsed() < kRunMs) {
        const qint64 id = ids.at(int(random() % ids.size()));
        if (!seen.contains(id) || random() % 3 == 0) {
            auto fresh = doc.releases().find(id);
            if (!fresh) {
                const QMutexLocker lock(&tally.mutex);
                tally.unexpected << fresh.error().message;
                continue;
            }
            seen.insert(id, fresh.value());
        }
        Release edit = seen.value(id);
        edit.objectives = QStringLiteral("client %1 edit %2").arg(seed).arg(random() % 1000);
        auto saved = doc.releases().update(edit);
        if (saved) {
            tally.saved.fetchAndAddRelaxed(1);
            seen.insert(id, saved.value());
            const QMutexLocker lock(&tally.mutex);
            ++tally.savedPerRow[id];
        } else if (saved.error().kind == Error::Kind::Stale) {
            tally.stale.fetchAndAddRelaxed(1);
            seen.remove(id);
            const QMutexLocker lock(&tally.mutex);
            if (tally.staleSample.size() < 5)
                tally.staleSample << saved.error().message;
        } else {
            const QMutexLocker lock(&tally.mutex);
            tally.unexpected << saved.error().message;
        }
    }
}

} // namespace

void TestPgConcurrency::eightClientsLoseNoUpdate() {
    PgServer pg;
    QVERIFY2(pg.start(), qPrintable(pg.error()));
    const QString url = pg.url();
    QList<qint64> ids;
    {
        auto opened = Document::open(url, FileOpenOptions{});
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        for (int i = 0; i < kRows; ++i)
            ids << test::createRelease(opened.value()->releases(),
                                       test::newRelease(QStringLiteral("Release %1").arg(i)));
    }
    QVERIFY(!ids.contains(0));

    Tally tally;
    QList<QThread*> threads;
    for (int c = 0; c < kClients; ++c)
        threads << QThread::create(runClient, url, c + 1, ids, std::ref(tally));
    for (QThread* t : threads)
        t->start();
    for (QThread* t : threads) {
        QVERIFY(t->wait(kRunMs + 60000));
        delete t;
    }
    qInfo("%d saves, %d refused as stale, %d other errors in %lld ms by %d clients",
          tally.saved.loadRelaxed(), tally.stale.loadRelaxed(), int(tally.unexpected.size()),
          kRunMs, kClients);
    QVERIFY2(tally.unexpected.isEmpty(), qPrintable(tally.unexpected.join(u'\n')));
    QVERIFY(tally.saved.loadRelaxed() > kRows);
    QVERIFY(tally.stale.loadRelaxed() > 0); // they did collide
    for (const QString& message : tally.staleSample) {
        QVERIFY2(message.contains(QLatin1String("was changed by")) &&
                     message.contains(QLatin1String("reload")),
                 qPrintable(message));
        QVERIFY(!message.contains(u'\n'));
    }

    // No lost update: every save moved its row's version on by exactly one, and each one is
    // in the audit log.
    auto opened = Document::open(url, FileOpenOptions{});
    QVERIFY(opened);
    Document& doc = *opened.value();
    for (qint64 id : ids) {
        auto r = doc.releases().find(id);
        QVERIFY(r);
        QCOMPARE(r->rowVersion, qint64(1 + tally.savedPerRow.value(id)));
    }
    auto verified = doc.audit().verify();
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
    QVERIFY2(!verified->firstBrokenSeq, qPrintable(verified->problem));
    QCOMPARE(verified->checked, qint64(kRows + tally.saved.loadRelaxed()));
}

QTEST_GUILESS_MAIN(TestPgConcurrency)
#include "tst_PgConcurrency.moc"
