// SPDX-License-Identifier: GPL-3.0-or-later
// A release's environments and required roles: audited as an edit of the release, guarded by
// its row version, validated, and what the window finder then reads.
#include "Fixtures.h"
#include "TestSupport.h"
#include "services/EnvironmentService.h"
#include "services/ReleaseSchedulingService.h"
#include "services/ReleaseService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ScheduleRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

class tst_ReleaseSchedulingService : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void linksAreAuditedAndGuarded() {
        auto opened = test::openDatabase(m_dir.filePath(u"links.slipway"_qs));
        QVERIFY(opened);
        Database& db = *opened;
        const Session session{u"alice"_qs, {}};
        ReleaseService releases(db, session);
        EnvironmentService environments(db, session);
        ReleaseSchedulingService needs(db, session);
        auto release = releases.create(test::newRelease(u"Payments API"_qs, u"2.4.0"_qs));
        QVERIFY(release);
        auto staging = environments.create(Environment{0, u"Staging"_qs, u"staging"_qs, true, 0});
        auto prod = environments.create(Environment{0, u"Production"_qs, u"prod"_qs, true, 0});
        QVERIFY(staging && prod);

        auto links = needs.find(release->id);
        QVERIFY(links);
        QVERIFY(links->environmentIds.isEmpty());
        ReleaseLinks wanted = links.value();
        wanted.environmentIds = {prod->id, staging->id};
        wanted.roles = {u"qa"_qs, u"development"_qs, u"operations"_qs};
        auto stored = needs.update(wanted);
        QVERIFY2(stored, qPrintable(stored.error().message));
        QCOMPARE(stored->environmentIds, (QList<qint64>{staging->id, prod->id}));
        QCOMPARE(stored->roles, (QStringList{u"development"_qs, u"operations"_qs, u"qa"_qs}));
        QCOMPARE(stored->releaseRowVersion, release->rowVersion + 1);

        auto window = ScheduleRepository(db).windowOf(release->id);
        QVERIFY(window);
        QCOMPARE(window->requiredRoles.size(), 3);
        QCOMPARE(window->environmentIds.size(), 2);

        // The version the user saw has moved on: refused, nothing written.
        auto stale = needs.update(wanted);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Stale);
        ReleaseLinks wizard = stored.value();
        wizard.roles = {u"wizard"_qs};
        auto invalid = needs.update(wizard);
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().kind, Error::Kind::Validation);

        const auto page = AuditLog(db).page({u""_qs, u"release"_qs, release->id}, 0, 10);
        QVERIFY(page);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->first().action, u"update_needs"_qs);
        QVERIFY(page->first().afterJson.contains(u"\"required_roles\":[\"development\""_qs));
    }
};

QTEST_GUILESS_MAIN(tst_ReleaseSchedulingService)
#include "tst_ReleaseSchedulingService.moc"
