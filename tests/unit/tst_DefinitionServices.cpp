// SPDX-License-Identifier: GPL-3.0-or-later
// Release definition through its services: the risk assessment and its override, the
// exit-criteria checklist (waivers need a reason, done-ness, reorder), assumptions, success
// metrics, objectives; every change audited, stale edits and other roles refused.
#include "TestSupport.h"
#include "services/AssumptionService.h"
#include "services/ExitCriteriaService.h"
#include "services/ObjectivesService.h"
#include "services/ReleaseService.h"
#include "services/RiskAssessmentService.h"
#include "services/SuccessMetricService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

class tst_DefinitionServices : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"definition"_qs};
    std::unique_ptr<Database> m_db;
    qint64 m_release = 0;
    const Session m_session{u"alice"_qs, u"CHG0100"_qs};

    int auditCount(const QString& entity) {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT count(*) FROM audit_log WHERE entity = ?"_qs);
        q.addBindValue(entity);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init() {
        m_db = test::openDatabase(m_files.newFile());
        QVERIFY(m_db);
        Release r;
        r.name = u"Payments API"_qs;
        r.version = u"2.4.0"_qs;
        auto created = ReleaseService(*m_db, m_session).create(r);
        QVERIFY2(created, qPrintable(created.error().message));
        m_release = created->id;
    }
    void cleanup() { m_db.reset(); }

    void riskAssessmentIsClassifiedStoredAndAudited() {
        RiskAssessmentService service(*m_db, m_session);
        QSignalSpy changed(&service, &RiskAssessmentService::assessmentChanged);
        QVERIFY(!service.forRelease(m_release).value());

        RiskAssessment a;
        a.releaseId = m_release;
        a.answers.users = UsersAffected::AllCustomers;
        a.answers.dataMigration = DataMigration::Irreversible;
        a.answers.windowMinutes = 120;
        auto saved = service.save(a);
        QVERIFY2(saved, qPrintable(saved.error().message));
        QCOMPARE(saved->score, 18 + 18 + 2);
        QCOMPARE(saved->level, RiskLevel::High);
        QCOMPARE(saved->suggestedType, ReleaseType::Major);
        QVERIFY(!saved->overrideType);
        QCOMPARE(saved->assessedBy, test::recordedActor(*m_db, u"alice"_qs));
        QCOMPARE(saved->rowVersion, 1);
        QCOMPARE(changed.size(), 1);

        // An override without a reason is refused and writes nothing.
        RiskAssessment overridden = saved.value();
        overridden.overrideType = ReleaseType::Minor;
        auto noReason = service.save(overridden);
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().kind, Error::Kind::Validation);
        QVERIFY(noReason.error().message.contains(u"reason"_qs));
        QCOMPARE(service.forRelease(m_release).value()->rowVersion, 1);

        overridden.overrideReason = u"Migration rehearsed twice on a production copy"_qs;
        auto withReason = service.save(overridden);
        QVERIFY2(withReason, qPrintable(withReason.error().message));
        QVERIFY(withReason->overrideType == ReleaseType::Minor);
        QCOMPARE(withReason->effectiveType(), ReleaseType::Minor);
        QCOMPARE(withReason->overriddenBy, test::recordedActor(*m_db, u"alice"_qs));
        QVERIFY(withReason->overriddenAt.isValid());
        QCOMPARE(withReason->rowVersion, 2);

        // An "override" equal to the suggestion is no override.
        RiskAssessment same = withReason.value();
        same.overrideType = ReleaseType::Major;
        auto dropped = service.save(same);
        QVERIFY(dropped);
        QVERIFY(!dropped->overrideType);
        QVERIFY(dropped->overrideReason.isEmpty());

        // The version the user saw is stale now.
        auto stale = service.save(withReason.value());
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Stale);
        QVERIFY(stale.error().message.contains(test::recordedActor(*m_db, u"alice"_qs)));

        QVERIFY(service.remove(dropped->id, dropped->rowVersion));
        QVERIFY(!service.forRelease(m_release).value());
        QCOMPARE(auditCount(u"risk_assessment"_qs), 4);
        QVERIFY(AuditLog(*m_db).verify().value().intact());
    }

    void riskAssessmentRefusesNonsense() {
        RiskAssessmentService service(*m_db, m_session);
        RiskAssessment a;
        a.releaseId = m_release;
        a.answers.windowMinutes = 0;
        QCOMPARE(service.save(a).error().kind, Error::Kind::Validation);
        a.answers.windowMinutes = 30;
        a.answers.servicesAffected = -1;
        QCOMPARE(service.save(a).error().kind, Error::Kind::Validation);
        QCOMPARE(auditCount(u"risk_assessment"_qs), 0);
    }

    void exitCriteriaWaiverNeedsAReasonAndDoneNeedsEverySettled() {
        ExitCriteriaService service(*m_db, m_session);
        QSignalSpy changed(&service, &ExitCriteriaService::criteriaChanged);
        // No criteria: development is not done (nothing says it is).
        QCOMPARE(service.developmentDone(m_release).value(), false);

        auto tests = service.add(m_release, u"All P1 tests pass"_qs);
        auto docs = service.add(m_release, u"Runbook reviewed"_qs);
        auto perf = service.add(m_release, u"p95 latency under 300 ms"_qs);
        QVERIFY(tests && docs && perf);
        QCOMPARE(perf->position, 2);
        QVERIFY(!service.add(m_release, u"  "_qs));

        auto checked = service.check(tests->id, tests->rowVersion);
        QVERIFY2(checked, qPrintable(checked.error().message));
        QVERIFY(checked->checked);
        QCOMPARE(checked->settledBy, test::recordedActor(*m_db, u"alice"_qs));

        auto noReason = service.waive(docs->id, docs->rowVersion, u"   "_qs);
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().kind, Error::Kind::Validation);
        QVERIFY(noReason.error().message.contains(u"reason"_qs));

        auto waived = service.waive(docs->id, docs->rowVersion, u"Same runbook as 2.3.0"_qs);
        QVERIFY2(waived, qPrintable(waived.error().message));
        QVERIFY(waived->waived);
        QCOMPARE(waived->waiverReason, u"Same runbook as 2.3.0"_qs);

        auto c = service.completion(m_release).value();
        QCOMPARE(c.total, 3);
        QCOMPARE(c.checked, 1);
        QCOMPARE(c.waived, 1);
        QCOMPARE(service.developmentDone(m_release).value(), false);

        auto last = service.check(perf->id, perf->rowVersion);
        QVERIFY(last);
        QCOMPARE(service.developmentDone(m_release).value(), true);

        // Unchecking reopens it; a stale version is refused.
        QVERIFY(service.uncheck(last->id, last->rowVersion));
        QCOMPARE(service.developmentDone(m_release).value(), false);
        auto stale = service.check(last->id, last->rowVersion);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Stale);

        // Reorder: the new order sticks; a list that is not the whole checklist is stale.
        QVERIFY(service.reorder(m_release, {perf->id, tests->id, docs->id}));
        const auto ordered = service.forRelease(m_release).value();
        QCOMPARE(ordered.at(0).id, perf->id);
        QCOMPARE(ordered.at(2).id, docs->id);
        QCOMPARE(service.reorder(m_release, {perf->id, tests->id}).error().kind,
                 Error::Kind::Stale);
        // A criterion someone added since refuses the reorder, naming who and when.
        auto added = ExitCriteriaService(*m_db, Session{u"bob"_qs, {}})
                         .add(m_release, u"Pen test signed off"_qs);
        QVERIFY2(added, qPrintable(added.error().message));
        auto behind = service.reorder(m_release, {docs->id, perf->id, tests->id});
        QVERIFY(!behind);
        QCOMPARE(behind.error().kind, Error::Kind::Stale);
        QVERIFY2(behind.error().message.contains(
                     u"changed by "_qs + test::recordedActor(*m_db, u"bob"_qs) + u" at "_qs),
                 qPrintable(behind.error().message));
        QCOMPARE(service.forRelease(m_release)->at(0).id, perf->id);
        QVERIFY(service.remove(added->id, added->rowVersion));

        // Delete and restore keep the id and the waiver.
        const ExitCriterion gone = ordered.at(2);
        QVERIFY(service.remove(gone.id, gone.rowVersion));
        auto back = service.restore(gone);
        QVERIFY2(back, qPrintable(back.error().message));
        QCOMPARE(back->id, gone.id);
        QVERIFY(back->waived);
        QVERIFY(changed.size() >= 9);
        QVERIFY(auditCount(u"exit_criterion"_qs) >= 9);
        QCOMPARE(auditCount(u"exit_criteria"_qs), 1);
    }

    void assumptionsAreLoggedAndStaleEditsRefused() {
        AssumptionService service(*m_db, m_session);
        Assumption a;
        a.releaseId = m_release;
        a.statement = u"The card network sandbox is available in week 48"_qs;
        a.owner = u"Priya"_qs;
        a.dueDate = QDate(2026, 11, 30);
        a.dependsOn = u"Card network sandbox"_qs;
        a.impact = u"No end-to-end payment test; release slips a week"_qs;
        auto created = service.create(a);
        QVERIFY2(created, qPrintable(created.error().message));
        QCOMPARE(created->status, AssumptionStatus::Open);
        QCOMPARE(created->dueDate, QDate(2026, 11, 30));

        Assumption confirmed = created.value();
        confirmed.status = AssumptionStatus::Confirmed;
        auto updated = service.update(confirmed);
        QVERIFY2(updated, qPrintable(updated.error().message));
        QCOMPARE(updated->status, AssumptionStatus::Confirmed);

        Assumption broken = created.value(); // the old version
        broken.status = AssumptionStatus::Broken;
        auto stale = service.update(broken);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Stale);

        Assumption blank = updated.value();
        blank.statement = u" "_qs;
        QCOMPARE(service.update(blank).error().kind, Error::Kind::Validation);

        QVERIFY(service.remove(updated->id, updated->rowVersion));
        QCOMPARE(service.forRelease(m_release)->size(), 0);
        QVERIFY(service.restore(updated.value()));
        QCOMPARE(service.forRelease(m_release)->size(), 1);
        QCOMPARE(auditCount(u"assumption"_qs), 4);
    }

    void successMetricsKeepActualsAndRefuseDuplicates() {
        SuccessMetricService service(*m_db, m_session);
        SuccessMetric m;
        m.releaseId = m_release;
        m.name = u"Checkout error rate"_qs;
        m.unit = u"%"_qs;
        m.comparator = u"<="_qs;
        m.target = 0.5;
        m.baseline = 1.2;
        auto created = service.create(m);
        QVERIFY2(created, qPrintable(created.error().message));
        QVERIFY(!created->actual);
        QVERIFY(!created->met());

        auto duplicate = service.create(m);
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().kind, Error::Kind::Validation);
        QVERIFY(duplicate.error().message.contains(u"Checkout error rate"_qs));

        SuccessMetric measured = created.value();
        measured.actual = 0.4;
        auto updated = service.update(measured);
        QVERIFY2(updated, qPrintable(updated.error().message));
        QCOMPARE(*updated->actual, 0.4);
        QVERIFY(updated->measuredAt.isValid());
        QVERIFY(updated->met() == std::optional<bool>(true));

        SuccessMetric bad = updated.value();
        bad.comparator = u"=>"_qs;
        QCOMPARE(service.update(bad).error().kind, Error::Kind::Validation);
        QCOMPARE(service.update(created.value()).error().kind, Error::Kind::Stale);
        QCOMPARE(auditCount(u"success_metric"_qs), 2);
    }

    void objectivesAreLinesOfTheRelease() {
        ReleaseService releases(*m_db, m_session);
        ObjectivesService service(releases);
        const qint64 version = releases.find(m_release)->rowVersion;
        auto set = service.set(m_release, version,
                               {u"Cut checkout latency"_qs, u" "_qs, u"Retire v1\nAPI"_qs});
        QVERIFY2(set, qPrintable(set.error().message));
        QCOMPARE(service.forRelease(m_release).value(),
                 QStringList({u"Cut checkout latency"_qs, u"Retire v1 API"_qs}));
        QCOMPARE(service.set(m_release, version, {}).error().kind, Error::Kind::Stale);
    }

    void otherRolesMayNotChangeTheDefinition() {
        {
            QSqlQuery q(m_db->connection());
            QVERIFY(
                q.exec(u"INSERT INTO people (id, name, login, created_by, created_at, updated_by, "
                       u"updated_at) VALUES (1, 'Quentin QA', 'quentin', 't', 0, 't', 0)"_qs));
            QVERIFY(q.exec(u"INSERT INTO person_roles VALUES (1, 'qa')"_qs));
        }
        const Session qa{u"quentin"_qs, {}};
        QCOMPARE(ExitCriteriaService(*m_db, qa).add(m_release, u"x"_qs).error().kind,
                 Error::Kind::Permission);
        Assumption a;
        a.releaseId = m_release;
        a.statement = u"x"_qs;
        QCOMPARE(AssumptionService(*m_db, qa).create(a).error().kind, Error::Kind::Permission);
        RiskAssessment r;
        r.releaseId = m_release;
        QCOMPARE(RiskAssessmentService(*m_db, qa).save(r).error().kind, Error::Kind::Permission);
        QCOMPARE(auditCount(u"exit_criterion"_qs), 0);
    }
};

QTEST_GUILESS_MAIN(tst_DefinitionServices)
#include "tst_DefinitionServices.moc"
