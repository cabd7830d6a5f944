// SPDX-License-Identifier: GPL-3.0-or-later
// Who is acting: the operating-system account, never a variable of the environment (the test
// build's SLIPWAY_TEST_USER aside); decisions, approvals and waivers recorded as made by the
// acting user and by nobody else; logins that match whatever their case, for roles and for
// the rule that nobody approves what they asked for.
#include "Fixtures.h"
#include "TestSupport.h"
#include "domain/Login.h"
#include "domain/Person.h"
#include "services/CabDecisionService.h"
#include "services/ChangeRequestService.h"
#include "services/ExitCriteriaService.h"
#include "services/GateService.h"
#include "services/PeopleService.h"
#include "services/ReleaseService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace slipway;

namespace {

// The account as the password database names it: what the acting login must be.
QString accountName() {
    const passwd* pw = ::getpwuid(::geteuid());
    return pw && pw->pw_name ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

// Sets environment variables for one scope and puts back what was there.
class EnvironmentScope {
public:
    void set(const char* name, const QByteArray& value) {
        if (!m_saved.contains(name))
            m_saved.insert(name, qEnvironmentVariableIsSet(name)
                                     ? std::optional<QByteArray>(qgetenv(name))
                                     : std::nullopt);
        qputenv(name, value);
    }
    void unset(const char* name) {
        set(name, {});
        qunsetenv(name);
    }
    ~EnvironmentScope() {
        for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
            if (it.value())
                qputenv(it.key().constData(), *it.value());
            else
                qunsetenv(it.key().constData());
        }
    }

private:
    QHash<QByteArray, std::optional<QByteArray>> m_saved;
};

ChangeRequest changeBy(const QString& requester, RiskLevel level = RiskLevel::Low) {
    ChangeRequest c;
    c.ticket = u"CHG0051001"_qs;
    c.summary = u"Deploy Payments API 2.5.0"_qs;
    c.riskLevel = level;
    c.requestedBy = requester;
    c.rollbackPlan = u"Redeploy 2.4.0"_qs;
    return c;
}

CabDecision decision(qint64 changeId, DecisionOutcome outcome, const QString& by) {
    CabDecision d;
    d.changeId = changeId;
    d.outcome = outcome;
    d.decidedBy = by;
    d.approverRole = isApproval(outcome) ? u"cab"_qs : QString();
    return d;
}

GateWaiver waiverFor(qint64 gateId, qint64 criterionId) {
    GateWaiver w;
    w.gateId = gateId;
    w.criterionId = criterionId;
    w.reason = u"Flaky integration environment"_qs;
    w.controls = u"Manual regression of the payment flow"_qs;
    w.expiresAt = QDateTime::currentDateTimeUtc().addDays(14);
    w.validationTask = u"Rerun the suite in staging"_qs;
    w.validationOwner = u"qa-team"_qs;
    return w;
}

Release release() {
    return test::releaseFromNow(u"Payments API"_qs, u"2.5.0"_qs, ReleaseType::Minor, 10, 4 * 3600);
}

} // namespace

class tst_Identity : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"identity"_qs};

    // A file with people who sign in: roles apply from then on. Priya's login is stored with
    // capitals, as someone typed it into the people editor.
    std::unique_ptr<Database> fileWithPeople() {
        auto db = test::openDatabase(m_files.newFile());
        if (db &&
            !test::addPeople(
                *db, u"tester"_qs,
                {test::personWithLogin(u"Test Runner"_qs, u"tester"_qs, {u"release_manager"_qs}),
                 test::personWithLogin(u"Priya Raman"_qs, u"Priya.Raman"_qs,
                                       {u"release_manager"_qs, u"cab"_qs}),
                 test::personWithLogin(u"Bob Board"_qs, u"bob"_qs, {u"cab"_qs})}))
            return nullptr;
        return db;
    }

    static qint64 auditCount(Database& db, const QString& entity) {
        auto n = AuditLog(db).count({QString(), entity, std::nullopt});
        return n ? n.value() : -1;
    }

private Q_SLOTS:
    void loginsCompareIgnoringCase() {
        QVERIFY(sameLogin(u"priya.raman"_qs, u"Priya.Raman"_qs));
        QVERIFY(sameLogin(u" bob "_qs, u"BOB"_qs));
        QVERIFY(sameLogin(u"Jürgen"_qs, u"JÜRGEN"_qs));
        QVERIFY(!sameLogin(u"bob"_qs, u"bobby"_qs));
        QVERIFY(!sameLogin(QString(), QString())); // an empty login is nobody
        QCOMPARE(loginKey(u"Priya.Raman "_qs), loginKey(u"priya.raman"_qs));
    }

    void theAccountIsNotTakenFromTheEnvironment() {
        const QString account = accountName();
        QVERIFY(!account.isEmpty());
        EnvironmentScope env;
        for (const char* name : {"SLIPWAY_USER", "USER", "USERNAME", "LOGNAME"})
            env.set(name, "mallory");
        env.unset("SLIPWAY_TEST_USER");
        QCOMPARE(Session::osUser(), account);
        QCOMPARE(Session::actingLogin(), account);
        QCOMPARE(Session::forCurrentUser().actor, account);
        // The test build's stand-in is the only variable that counts, and osUser() ignores it.
        env.set("SLIPWAY_TEST_USER", "tester");
        QCOMPARE(Session::forCurrentUser().actor, u"tester"_qs);
        QCOMPARE(Session::osUser(), account);
    }

    void aDecisionIsRecordedAsTheActingUsersOwn() {
        if (test::isPostgres())
            QSKIP("SQLite only: several people act through one connection; on a server the actor "
                  "is the login");
        for (const bool logins : {false, true}) {
            auto db = logins ? fileWithPeople() : test::openDatabase(m_files.newFile());
            QVERIFY(db);
            auto change = ChangeRequestService(*db, Session{u"tester"_qs, {}})
                              .create(changeBy(u"Priya.Raman"_qs));
            QVERIFY2(change, qPrintable(change.error().message));

            // The requester cannot record an approval "by" the board member next to them …
            CabDecisionService asPriya(*db, Session{u"priya.raman"_qs, {}});
            auto forged = asPriya.record(decision(change->id, DecisionOutcome::Approve, u"bob"_qs));
            QVERIFY(test::isRefusal(forged, Error::Kind::Permission,
                                    u"Decisions are recorded as made by you (priya.raman); "
                                    "record bob's decision from bob's account."_qs));
            QVERIFY(asPriya.decisions(change->id)->isEmpty());
            QCOMPARE(auditCount(*db, u"cab_decision"_qs), 0);
            // … nor, under another spelling of their own login, their own approval …
            QVERIFY(test::isRefusal(
                asPriya.record(decision(change->id, DecisionOutcome::Approve, u"PRIYA.RAMAN"_qs)),
                Error::Kind::Permission, u"segregation of duties"_qs));
            QCOMPARE(asPriya.nextApprovalRole(change->id).value(), QString());
            // … and a rejection they may record is theirs, whatever name it came with.
            auto rejected =
                asPriya.record(decision(change->id, DecisionOutcome::Reject, u"Priya.RAMAN"_qs));
            QVERIFY2(rejected, qPrintable(rejected.error().message));
            QCOMPARE(rejected->decidedBy, u"priya.raman"_qs);

            // Bob approves from his own account: recorded, in the log, as bob's.
            CabDecisionService asBob(*db, Session{u"bob"_qs, {}});
            auto approved = asBob.record(decision(change->id, DecisionOutcome::Approve, {}));
            QVERIFY2(approved, qPrintable(approved.error().message));
            QCOMPARE(approved->decidedBy, u"bob"_qs);
            auto log = AuditLog(*db).page({QString(), u"cab_decision"_qs, std::nullopt}, 0, 1);
            QVERIFY(log && log->size() == 1);
            QCOMPARE(log->first().actor, u"bob"_qs);
        }
    }

    void aRequesterNamedByTheirNameIsStillTheRequester() {
        auto db = fileWithPeople();
        QVERIFY(db);
        auto change = ChangeRequestService(*db, Session{u"tester"_qs, {}})
                          .create(changeBy(u"Priya Raman"_qs));
        QVERIFY2(change, qPrintable(change.error().message));
        CabDecisionService asPriya(*db, Session{u"priya.raman"_qs, {}});
        QVERIFY(test::isRefusal(asPriya.record(decision(change->id, DecisionOutcome::Approve, {})),
                                Error::Kind::Permission, u"segregation of duties"_qs));
        QVERIFY(CabDecisionService(*db, Session{u"bob"_qs, {}})
                    .record(decision(change->id, DecisionOutcome::Approve, {})));
        QVERIFY(asPriya.approvalState(change->id)->ready());
    }

    void aWaiverRequesterCannotApproveItUnderAnotherCase() {
        if (test::isPostgres())
            QSKIP("SQLite only: several people act through one connection; on a server the actor "
                  "is the login");
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        ReleaseService releases(*db, Session{u"tester"_qs, {}});
        const qint64 releaseId = test::createRelease(releases, release());
        QVERIFY(releaseId);
        GateService requester(*db, Session{u"Priya.Raman"_qs, {}});
        const qint64 unit = test::criterionId(requester, releaseId, u"Unit tests"_qs);
        QVERIFY(unit);
        auto requested =
            requester.requestWaiver(waiverFor(requester.criterion(unit)->gateId, unit));
        QVERIFY2(requested, qPrintable(requested.error().message));
        QCOMPARE(requested->requestedBy, u"Priya.Raman"_qs);

        GateService sameAccount(*db, Session{u"priya.raman"_qs, {}});
        QVERIFY(test::isRefusal(sameAccount.approveWaiver(requested->id, requested->rowVersion),
                                Error::Kind::Permission, u"cannot approve it"_qs));
        GateService bob(*db, Session{u"bob"_qs, {}});
        auto approved = bob.approveWaiver(requested->id, requested->rowVersion);
        QVERIFY2(approved, qPrintable(approved.error().message));
        QCOMPARE(approved->approvedBy, u"bob"_qs);
    }

    void undoBringsBackOnlyWhatTheLogRecorded() {
        if (test::isPostgres())
            QSKIP("SQLite only: several people act through one connection; on a server the actor "
                  "is the login");
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        ReleaseService releases(*db, Session{u"alice"_qs, {}});
        const qint64 releaseId = test::createRelease(releases, release());
        QVERIFY(releaseId);
        GateService alice(*db, Session{u"alice"_qs, {}});
        GateService bob(*db, Session{u"bob"_qs, {}});
        const qint64 unit = test::criterionId(alice, releaseId, u"Unit tests"_qs);
        auto requested = alice.requestWaiver(waiverFor(alice.criterion(unit)->gateId, unit));
        QVERIFY2(requested, qPrintable(requested.error().message));
        auto approved = bob.approveWaiver(requested->id, requested->rowVersion);
        QVERIFY2(approved, qPrintable(approved.error().message));
        QVERIFY(alice.withdrawWaiver(approved->id, approved->rowVersion));

        // Put back as someone else's approval, or as someone else's request: refused.
        GateWaiver forged = approved.value();
        forged.approvedBy = u"carol"_qs;
        QVERIFY(test::isRefusal(alice.restoreWaiver(forged), Error::Kind::Permission,
                                u"carol approved this waiver"_qs));
        forged = approved.value();
        forged.requestedBy = u"bob"_qs;
        forged.approvedBy = u"alice"_qs;
        QVERIFY(test::isRefusal(alice.restoreWaiver(forged), Error::Kind::Permission,
                                u"bob requested this waiver"_qs));
        // As it was: bob's approval comes back, since the log shows bob gave it.
        auto restored = alice.restoreWaiver(approved.value());
        QVERIFY2(restored, qPrintable(restored.error().message));
        QCOMPARE(restored->approvedBy, u"bob"_qs);

        // A new waiver passed off as a restore is a request by the acting user. SQLite may
        // give it the id of the withdrawn one; bob's approval of that one is not its own.
        QVERIFY(alice.withdrawWaiver(restored->id, restored->rowVersion));
        forged = approved.value();
        forged.id = 0;
        auto fresh = alice.restoreWaiver(forged);
        QVERIFY2(fresh, qPrintable(fresh.error().message));
        QCOMPARE(fresh->requestedBy, u"alice"_qs);
        QVERIFY(fresh->approvedBy.isEmpty());
        QVERIFY(alice.withdrawWaiver(fresh->id, fresh->rowVersion));
        forged = fresh.value();
        forged.approvedBy = u"bob"_qs;
        forged.approvedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(test::isRefusal(alice.restoreWaiver(forged), Error::Kind::Permission,
                                u"bob approved this waiver"_qs));
        QVERIFY(alice.restoreWaiver(fresh.value()));

        // An exit criterion comes back checked only by whom the log shows checked it.
        ExitCriteriaService criteria(*db, Session{u"alice"_qs, {}});
        auto added = criteria.add(releaseId, u"Runbook reviewed"_qs);
        QVERIFY(added);
        QVERIFY(criteria.remove(added->id, added->rowVersion));
        ExitCriterion ticked = added.value();
        ticked.checked = true;
        ticked.settledBy = u"bob"_qs;
        ticked.settledAt = QDateTime::currentDateTimeUtc();
        QVERIFY(
            test::isRefusal(criteria.restore(ticked), Error::Kind::Permission, u"bob checked"_qs));
        QVERIFY(criteria.restore(added.value()));
        auto checked = ExitCriteriaService(*db, Session{u"bob"_qs, {}})
                           .check(added->id, criteria.find(added->id)->rowVersion);
        QVERIFY2(checked, qPrintable(checked.error().message));
        QVERIFY(criteria.remove(checked->id, checked->rowVersion));
        auto back = criteria.restore(checked.value());
        QVERIFY2(back, qPrintable(back.error().message));
        QCOMPARE(back->settledBy, u"bob"_qs);
    }

    void rolesFollowTheLoginWhateverItsCase() {
        auto db = fileWithPeople();
        QVERIFY(db);
        auto rights = PeopleRepository(*db).rightsOf(u"priya.raman"_qs);
        QVERIFY(rights);
        QVERIFY(rights->fileHasLogins);
        QVERIFY(rights->knownPerson);
        QVERIFY(rights->roles.contains(u"release_manager"_qs));

        // The OS account priya.raman is the person whose login reads Priya.Raman.
        ReleaseService asPriya(*db, Session{u"priya.raman"_qs, {}});
        QVERIFY(test::createRelease(asPriya, release()));
        ReleaseService asBob(*db, Session{u"BOB"_qs, {}});
        QVERIFY(test::isRefusal(asBob.create(release()), Error::Kind::Permission,
                                u"release manager"_qs));
        ReleaseService asStranger(*db, Session{u"mallory"_qs, {}});
        QVERIFY(test::isRefusal(asStranger.create(release()), Error::Kind::Permission,
                                u"not a person in this file"_qs));

        // One login, one person: another spelling of a login in use is refused.
        PeopleService people(*db, Session{u"priya.raman"_qs, {}});
        QVERIFY(test::isRefusal(
            people.create(test::personWithLogin(u"Impostor"_qs, u"PRIYA.raman"_qs, {u"cab"_qs})),
            Error::Kind::Validation, u"Priya Raman already signs in as Priya.Raman"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_Identity)
#include "tst_Identity.moc"
