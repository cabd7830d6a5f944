// SPDX-License-Identifier: GPL-3.0-or-later
// The lifecycle's view of a real demo (a file, or moved to a server as `slipway demo` does): the
// grouped reads agree with the services each fact comes from, release by release, and a single
// release reads the same as all at once.
#include "DemoDatabase.h"
#include "TestSupport.h"
#include "services/CabDecisionService.h"
#include "services/Document.h"
#include "services/ExitCriteriaService.h"
#include "services/LifecycleService.h"
#include "services/ReleaseService.h"
#include "storage/ApprovalInputsReader.h"

#include <QTest>

using namespace slipway;
using namespace slipway::test;

class tst_LifecycleService : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"lifecycle-service"_qs};
    QString m_demo;

private Q_SLOTS:
    void initTestCase() {
        m_demo = m_files.newFile();
        QVERIFY(makeDemoDatabase(m_demo, DemoGenerator::Scale::Small, 7));
    }

    // The lean approval reads give every change the state the CAB service gives it.
    void approvalsAgreeWithTheCabService() {
        auto doc = openDocument(m_demo, true);
        QVERIFY(doc);
        auto full = CabDecisionService::approvalStates(doc->database());
        QVERIFY(full);
        auto lean = ApprovalInputsReader(doc->database()).read();
        QVERIFY(lean);
        QVERIFY(!lean->changes.isEmpty());
        int compared = 0;
        for (const ChangeRequest& c : std::as_const(lean->changes)) {
            const ApprovalState a =
                evaluateApproval(c, lean->decisions.value(c.id), lean->conditions.value(c.id));
            const ApprovalState b = full->value(c.id);
            QCOMPARE(toKey(a.status), toKey(b.status));
            QCOMPARE(a.openConditions, b.openConditions);
            QCOMPARE(a.missing(), b.missing());
            ++compared;
        }
        QVERIFY(compared > 5);
    }

    // One release read alone has the facts it has in the read of all of them, and the exit
    // criteria count what the checklist shows.
    void oneReleaseReadsLikeAll() {
        auto doc = openDocument(m_demo, true);
        QVERIFY(doc);
        auto all = doc->lifecycle().allFacts(true);
        QVERIFY(all);
        auto releases = doc->releases().all();
        QVERIFY(releases);
        QCOMPARE(all->size(), releases->size());
        for (const Release& r : releases.value()) {
            auto one = doc->lifecycle().facts(r.id);
            QVERIFY(one);
            const LifecycleFacts& a = all->value(r.id);
            QCOMPARE(one->status, r.status);
            QCOMPARE(one->changeTickets, a.changeTickets);
            QCOMPARE(one->approvalsMissing, a.approvalsMissing);
            QCOMPARE(one->openConditions, a.openConditions);
            QCOMPARE(one->unpromotedGate, a.unpromotedGate);
            QCOMPARE(one->productionSucceeded, a.productionSucceeded);
            auto exits = doc->exitCriteria().forRelease(r.id);
            QVERIFY(exits);
            const ExitCompletion done = completionOf(exits.value());
            QCOMPARE(one->exitTotal, done.total);
            QCOMPARE(one->exitSettled, done.settled());
        }
    }
};

QTEST_GUILESS_MAIN(tst_LifecycleService)
#include "tst_LifecycleService.moc"
