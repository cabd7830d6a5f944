// SPDX-License-Identifier: GPL-3.0-or-later
// Two desks on one PostgreSQL server: a release one of them saves appears in the other's open
// window within a second, pushed by LISTEN/NOTIFY rather than polled, and the other desk's
// stale copy is refused with who changed it.
#include "Fixtures.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "PgServer.h"
#include "TestEngine.h"
#include "Theme.h"
#include "WidgetSupport.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace slipway;
using namespace slipway::ui;
using test::child;
using test::PgServer;

class tst_LiveUpdate : public QObject {
    Q_OBJECT

    static std::unique_ptr<Document> open(const QString& url) {
        auto opened = Document::open(url, FileOpenOptions{});
        if (!opened) {
            test::helperFailed(opened.error().message);
            return nullptr;
        }
        return std::move(opened.value());
    }

    static int rows(MainWindow& w) {
        return child<QTableView>(w, u"releaseTable"_qs)->model()->rowCount();
    }

private Q_SLOTS:
    void initTestCase() { Theme::apply(); }

    void anotherDesksSaveShowsWithinASecond() {
        PgServer pg;
        QVERIFY2(pg.start(), qPrintable(pg.error()));
        MainWindow mine;
        mine.setDocument(open(pg.url()));
        QVERIFY(mine.document());
        mine.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mine));
        QCOMPARE(rows(mine), 0);

        auto theirs = open(pg.url());
        QVERIFY(theirs);
        QElapsedTimer clock;
        clock.start();
        const qint64 id =
            test::createRelease(theirs->releases(), test::newRelease(u"Payments 7"_qs));
        QVERIFY(id > 0);
        const qint64 committed = clock.elapsed();
        QTRY_COMPARE_WITH_TIMEOUT(rows(mine), 1, 3000); // 1 s is the target: bench_pg_notify
        mine.repaint();
        qInfo("another desk's release on screen %lld ms after its commit",
              clock.elapsed() - committed);

        // A change to it arrives the same way.
        Release renamed = theirs->releases().find(id).value();
        renamed.name = u"Payments 7.1"_qs;
        QVERIFY(theirs->releases().update(renamed));
        auto* table = child<QTableView>(mine, u"releaseTable"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, 0).data().toString(), u"Payments 7.1"_qs,
                                  3000);

        // The copy this desk read before the rename is stale: refused, naming the change.
        Release mineStale = renamed;
        mineStale.rowVersion = 1;
        mineStale.name = u"Payments (mine)"_qs;
        const auto refused = mine.document()->releases().update(mineStale);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Stale);
        QVERIFY2(refused.error().message.contains(u"was changed by"_qs),
                 qPrintable(refused.error().message));
    }

    void aLostConnectionComesBackOnItsOwn() {
        // The server ends this desk's session (a restart, a failover, an administrator): the
        // window says so, keeps its place, and once connected again shows what the other desk
        // saved meanwhile, whose announcement it could not hear.
        PgServer pg;
        QVERIFY2(pg.start(), qPrintable(pg.error()));
        const QString url = pg.newDatabase(); // the server's own database alters it
        QVERIFY2(!url.isEmpty(), qPrintable(pg.error()));
        const QString name = QUrl(url).path().mid(1);
        MainWindow mine;
        mine.setDocument(open(url));
        QVERIFY(mine.document());
        mine.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mine));
        auto theirs = open(url);
        QVERIFY(theirs);
        QSqlQuery pid(mine.document()->database().connection());
        QVERIFY(pid.exec(u"SELECT pg_backend_pid()"_qs) && pid.next());
        const QString backend = pid.value(0).toString();
        pid.finish();
        // For a while the server takes no new connections to the database.
        const QString admin = pg.url();
        QVERIFY(
            test::pgExecSql(admin, u"ALTER DATABASE "_qs + name + u" ALLOW_CONNECTIONS false"_qs));
        QVERIFY(test::pgExecSql(admin, u"SELECT pg_terminate_backend("_qs + backend + u')'));
        auto* message = child<MessageBar>(mine, u"windowMessage"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && message->text().contains(u"was lost"_qs),
                                 6000);
        QVERIFY(!message->text().contains(u'\n'));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(mine, u"statusMode"_qs)->text(),
                                  u"Server (reconnecting…)"_qs, 1000);
        QVERIFY(test::createRelease(theirs->releases(), test::newRelease(u"Payments 8"_qs)) > 0);
        QTest::qWait(2500);
        QVERIFY(message->text().contains(u"was lost"_qs)); // still trying
        QVERIFY(
            test::pgExecSql(admin, u"ALTER DATABASE "_qs + name + u" ALLOW_CONNECTIONS true"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"again; every view was reloaded"_qs),
                                 10000);
        QCOMPARE(child<QLabel>(mine, u"statusMode"_qs)->text(), u"Server"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(rows(mine), 1, 3000);
    }
};

QTEST_MAIN(tst_LiveUpdate)
#include "tst_LiveUpdate.moc"
