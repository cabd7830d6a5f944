// SPDX-License-Identifier: GPL-3.0-or-later
// Quality gates through the service on real files: gates from templates (on creation and on
// upgrade), evidence from JUnit/SARIF/benchmark files with audit and undo, refused files that
// change nothing, false positives that survive a re-import, waiver rules, promotion and the
// CAB escalation query, and roles once the file has logins.
#include "Fixtures.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "domain/Person.h"
#include "services/GateService.h"
#include "services/ReleaseService.h"
#include "services/RiskAssessmentService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

class tst_GateService : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"gates"_qs};
    QString newFile() { return m_files.newFile(); }

    static Release release(ReleaseType type, int startsInDays = 10) {
        Release r;
        r.name = u"Payments API"_qs;
        r.version = u"2.4.0"_qs;
        r.type = type;
        r.windowStart = QDateTime::currentDateTimeUtc().addDays(startsInDays);
        r.windowEnd = r.windowStart.addSecs(4 * 3600);
        return r;
    }
    static qint64 criterionId(GateService& gates, qint64 releaseId, const QString& name) {
        auto c = gates.criterionNamed(releaseId, name);
        return c ? c->id : 0;
    }
    // A file where alice manages releases and quinn does QA: from then on roles count.
    std::unique_ptr<Database> openWithLogins() {
        auto db = test::openDatabase(newFile());
        if (db && !test::addPeople(
                      *db, u"alice"_qs,
                      {test::personWithLogin(u"Alice"_qs, u"alice"_qs, {u"release_manager"_qs}),
                       test::personWithLogin(u"Quinn"_qs, u"quinn"_qs, {u"qa"_qs})}))
            return nullptr;
        return db;
    }
    static GateStatus statusOf(GateService& gates, qint64 criterionId) {
        auto c = gates.criterion(criterionId);
        auto g = gates.gate(c->gateId);
        const GateVerdict v = GateEvaluator::evaluate(g.value(), QDateTime::currentDateTimeUtc());
        for (int i = 0; i < g->criteria.size(); ++i)
            if (g->criteria[i].id == criterionId)
                return v.criteria[i].status;
        return GateStatus::Pending;
    }
    static GateWaiver waiverFor(qint64 gateId, qint64 criterionId, int days = 14) {
        GateWaiver w;
        w.gateId = gateId;
        w.criterionId = criterionId;
        w.reason = u"Flaky integration environment"_qs;
        w.controls = u"Manual regression of the payment flow"_qs;
        w.expiresAt = QDateTime::currentDateTimeUtc().addDays(days);
        w.validationTask = u"Rerun the suite in production-like staging"_qs;
        w.validationOwner = u"qa-team"_qs;
        return w;
    }

private Q_SLOTS:
    void newReleaseGetsItsTypesGates() {
        auto db = test::openDatabase(newFile());
        QVERIFY(db);
        ReleaseService releases(*db, Session{u"alice"_qs, {}});
        GateService gates(*db, Session{u"alice"_qs, {}});
        auto minor = releases.create(release(ReleaseType::Minor));
        QVERIFY2(minor, qPrintable(minor.error().message));
        auto list = gates.gatesOf(minor->id);
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).name, u"Development complete"_qs);
        QCOMPARE(list->at(0).criteria.size(), 2);
        QCOMPARE(list->at(0).criteria[0].spec.kind, CriterionKind::TestPassRate);
        // Due seven days before the window.
        QCOMPARE(list->at(0).dueAt, minor->windowStart.addDays(-7));
        auto emergency = releases.create(release(ReleaseType::Emergency));
        QCOMPARE(gates.gatesOf(emergency->id)->size(), 1);
        auto major = releases.create(release(ReleaseType::Major));
        QCOMPARE(gates.gatesOf(major->id)->size(), 4);
        // Instantiating again adds nothing; the rigour adds what the template lacks.
        QCOMPARE(gates.instantiate(minor->id).value(), 0);
        auto added = gates.instantiate(minor->id, {u"security"_qs, u"qa"_qs},
                                       {u"service_owner"_qs, u"cab"_qs});
        QVERIFY2(added, qPrintable(added.error().message));
        QCOMPARE(added.value(), 2); // "Security review" and "Required approvals"
        const auto after = gates.gatesOf(minor->id).value();
        QCOMPARE(after.size(), 5);
        QCOMPARE(after.last().source, u"rigour"_qs);
        QCOMPARE(after.last().criteria.size(), 1); // cab is already asked by the template
        QCOMPARE(after.last().criteria[0].spec.role, u"service_owner"_qs);
        // The checklist names the role as people say it, not by its key.
        QCOMPARE(after.last().criteria[0].spec.name, u"Approval: Service owner"_qs);
    }

    void riskAssessmentAddsItsRigour() {
        auto db = test::openDatabase(newFile());
        ReleaseService releases(*db, Session{u"alice"_qs, {}});
        GateService gates(*db, Session{u"alice"_qs, {}});
        const qint64 id = releases.create(release(ReleaseType::Patch))->id;
        QCOMPARE(gates.gatesOf(id)->size(), 2);
        QVERIFY(gates.assessedRigour(id)->gates.isEmpty()); // not assessed yet
        // The manager keeps it a patch, for a reason.
        auto saved = RiskAssessmentService(*db, Session{u"alice"_qs, {}})
                         .save(test::riskiestAssessment(id, ReleaseType::Patch,
                                                        u"Hotfix of one endpoint"_qs));
        QVERIFY2(saved, qPrintable(saved.error().message));
        QVERIFY(saved->level >= RiskLevel::High);
        QVERIFY(gates.assessedRigour(id)->gates.contains(u"security"_qs));

        const qint64 auditBefore = AuditLog(*db).count().value();
        auto added = gates.addGates(id);
        QVERIFY2(added, qPrintable(added.error().message));
        QStringList names;
        for (const ReleaseGate& g : added.value()) {
            names << g.name;
            QCOMPARE(g.source, u"rigour"_qs);
        }
        // The patch's "Tests and scan" already asks what "Development complete" would.
        QCOMPARE(names,
                 (QStringList{u"QA sign-off"_qs, u"Security review"_qs, u"Staging verified"_qs,
                              u"CAB approval"_qs, u"Required approvals"_qs}));
        QCOMPARE(added->last().criteria.size(), 2); // service owner and security
        QCOMPARE(gates.gatesOf(id)->size(), 7);
        QCOMPARE(AuditLog(*db).count().value(), auditBefore + 1);
        const auto entry = AuditLog(*db).page({}, 0, 1).value().first();
        QCOMPARE(entry.action, u"instantiate"_qs);
        QVERIFY(entry.afterJson.contains(u"Security review"_qs));
        QVERIFY(entry.afterJson.contains(u"rigour_gates"_qs));
        // Asking again adds nothing.
        QCOMPARE(gates.addGates(id)->size(), 0);
    }

    void addedGatesComeOffAndBackForUndo() {
        auto db = test::openDatabase(newFile());
        ReleaseService releases(*db, Session{u"alice"_qs, {}});
        GateService gates(*db, Session{u"alice"_qs, {}});
        const qint64 id = releases.create(release(ReleaseType::Minor))->id;
        auto added = gates.addGates(id, {u"security"_qs}, {u"service_owner"_qs});
        QVERIFY2(added, qPrintable(added.error().message));
        QCOMPARE(added->size(), 2);
        QList<qint64> ids;
        for (const ReleaseGate& g : added.value())
            ids << g.id;
        const qint64 auditBefore = AuditLog(*db).count().value();
        QSignalSpy changed(&gates, &GateService::gatesChanged);
        auto removed = gates.removeGates(id, ids);
        QVERIFY2(removed, qPrintable(removed.error().message));
        QCOMPARE(gates.gatesOf(id)->size(), 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(AuditLog(*db).page({}, 0, 1).value().first().action, u"remove_gates"_qs);
        // Back under the same ids, so later edits on the undo stack still find them.
        QVERIFY(gates.restoreGates(id, removed.value()));
        const auto back = gates.gatesOf(id).value();
        QCOMPARE(back.size(), 5);
        QCOMPARE(back[3].id, ids[0]);
        QCOMPARE(back[3].criteria[0].id, added->at(0).criteria[0].id);
        QCOMPARE(back[3].source, u"rigour"_qs);
        QCOMPARE(AuditLog(*db).page({}, 0, 1).value().first().action, u"restore_gates"_qs);
        QCOMPARE(AuditLog(*db).count().value(), auditBefore + 2);
        // A gate with evidence stays.
        const qint64 reviewGate = back[3].id;
        QVERIFY(gates.importFile(back[3].criteria[0].id,
                                 test::testDataPath(u"sarif/clang14_analyzer_sample.sarif"_qs)));
        auto refused = gates.removeGates(id, {reviewGate});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"Security review"_qs));
        QCOMPARE(gates.gatesOf(id)->size(), 5);
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void templateReorderIsAuditedAndLeavesReleasesAlone() {
        auto db = test::openDatabase(newFile());
        ReleaseService releases(*db, Session{u"alice"_qs, {}});
        GateService gates(*db, Session{u"alice"_qs, {}});
        const qint64 id = releases.create(release(ReleaseType::Minor))->id;
        auto minor = [&] {
            QStringList names;
            const QList<GateTemplate> all = gates.templates().value();
            for (const GateTemplate& t : all)
                if (t.releaseType == ReleaseType::Minor)
                    names << t.name;
            return names;
        };
        QCOMPARE(minor(),
                 (QStringList{u"Development complete"_qs, u"QA sign-off"_qs, u"CAB approval"_qs}));
        qint64 cab = 0;
        const QList<GateTemplate> all = gates.templates().value();
        for (const GateTemplate& t : all)
            if (t.releaseType == ReleaseType::Minor && t.name == u"CAB approval")
                cab = t.id;
        auto from = gates.moveTemplate(cab, 0);
        QVERIFY2(from, qPrintable(from.error().message));
        QCOMPARE(from.value(), 2);
        QCOMPARE(minor(),
                 (QStringList{u"CAB approval"_qs, u"Development complete"_qs, u"QA sign-off"_qs}));
        const auto entry = AuditLog(*db).page({}, 0, 1).value().first();
        QCOMPARE(entry.action, u"reorder"_qs);
        QCOMPARE(entry.entity, u"gate_template"_qs);
        QVERIFY(!gates.moveTemplate(cab, 3));
        QCOMPARE(gates.moveTemplate(cab, 2).value(), 0);
        // A renamed template gate: the release made before keeps its copy.
        GateTemplate renamed = gates.templateById(cab).value();
        renamed.name = u"Change board"_qs;
        QVERIFY(gates.updateTemplate(renamed));
        QCOMPARE(gates.gatesOf(id)->last().name, u"CAB approval"_qs);
        const qint64 next = releases.create(release(ReleaseType::Minor))->id;
        QCOMPARE(gates.gatesOf(next)->last().name, u"Change board"_qs);
    }

    void templateEditsNeedTheRight() {
        auto db = openWithLogins();
        QVERIFY(db);
        GateService asDev(*db, Session{u"quinn"_qs, {}});
        const GateTemplate first = asDev.templates()->first();
        auto moved = asDev.moveTemplate(first.id, 1);
        QVERIFY(!moved);
        QCOMPARE(moved.error().kind, Error::Kind::Permission);
        GateTemplate t = first;
        t.name = u"Renamed"_qs;
        QCOMPARE(asDev.updateTemplate(t).error().kind, Error::Kind::Permission);
        QCOMPARE(asDev.templateById(first.id)->name, first.name);
    }

    void upgradedFileGivesExistingReleasesGates() {
        // A file from schema 3 with a release: the upgrade adds that release's gates.
        if (test::isPostgres())
            QSKIP("SQLite only: a server's schema starts at the baseline, past schema 3");
        QTemporaryDir migrations;
        const QDir shipped(u":/slipway/migrations"_qs);
        for (const QString& name : shipped.entryList(QDir::Files))
            if (name.left(4).toInt() <= 3)
                QVERIFY(QFile::copy(shipped.filePath(name), migrations.filePath(name)));
        const QString file = newFile();
        {
            Database::OpenOptions options;
            options.create = true;
            options.migrationsDir = migrations.path();
            auto db = Database::open(file, options);
            QVERIFY(db);
            QVERIFY(ReleaseService(*db.value(), Session{u"alice"_qs, {}})
                        .create(release(ReleaseType::Patch))
                        .ok());
        }
        auto db = test::openDatabase(file);
        QVERIFY(db);
        GateService gates(*db, Session{u"alice"_qs, {}});
        const auto list = gates.gatesOf(1).value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].name, u"Tests and scan"_qs);
        QCOMPARE(list[0].criteria.size(), 2);
        QCOMPARE(list[1].criteria[0].spec.role, u"release_manager"_qs);
    }

    void junitEvidenceIsAuditedAndUndoable() {
        auto db = test::openDatabase(newFile());
        ReleaseService releases(*db, Session{u"alice"_qs, {}});
        GateService gates(*db, Session{u"alice"_qs, u"CHG42"_qs});
        const qint64 id = releases.create(release(ReleaseType::Minor))->id;
        const qint64 unit = criterionId(gates, id, u"unit tests"_qs);
        QVERIFY(unit > 0);
        QCOMPARE(statusOf(gates, unit), GateStatus::Pending);
        QSignalSpy changed(&gates, &GateService::gatesChanged);
        const qint64 auditBefore = AuditLog(*db).count().value();

        const QString path = test::testDataPath(u"junit/gtest_1.12_sample.xml"_qs);
        auto previous = gates.importFile(unit, path, CriterionKind::TestPassRate);
        QVERIFY2(previous, qPrintable(previous.error().message));
        QVERIFY(!previous->evidence);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toLongLong(), id);
        auto c = gates.criterion(unit).value();
        QVERIFY(c.evidence);
        QCOMPARE(c.evidence->fileName, u"gtest_1.12_sample.xml"_qs);
        QCOMPARE(c.evidence->sha256.size(), 64);
        QCOMPARE(c.evidence->importedBy, test::recordedActor(*db, u"alice"_qs));
        QCOMPARE(c.evidence->counts.value(u"tests"_qs).toInt(), 8);
        QCOMPARE(c.evidence->counts.value(u"failures"_qs).toInt(), 3);
        QCOMPARE(c.evidence->counts.value(u"skipped"_qs).toInt(), 1);
        QCOMPARE(*c.evidence->measured, 50.0); // 3 passed of 6 that ran
        QCOMPARE(statusOf(gates, unit), GateStatus::Failed);
        QCOMPARE(AuditLog(*db).count().value(), auditBefore + 1);
        const auto entry = AuditLog(*db).page({}, 0, 1).value().first();
        QCOMPARE(entry.action, u"import_evidence"_qs);
        QCOMPARE(entry.changeTicket, u"CHG42"_qs);
        QVERIFY(entry.afterJson.contains(u"gtest_1.12_sample.xml"_qs));

        // The wrong kind of file for this criterion changes nothing.
        auto wrong = gates.importFile(unit, path, CriterionKind::Security);
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(u"not a security findings one"_qs),
                 qPrintable(wrong.error().message));
        // A truncated file names the line and changes nothing.
        const QString truncated = m_files.filePath(u"truncated.xml"_qs);
        {
            QFile f(truncated);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(test::fileBytes(path).left(600));
        }
        auto refused = gates.importFile(unit, truncated);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(truncated + u":5:"_qs),
                 qPrintable(refused.error().message));
        QCOMPARE(gates.criterion(unit)->evidence->fileName, u"gtest_1.12_sample.xml"_qs);
        QCOMPARE(AuditLog(*db).count().value(), auditBefore + 1);

        // Undo puts the criterion back as it was; redo brings the evidence back. Each expects
        // the version the step before left (one more than the snapshot it returned); from an
        // older version it is refused and changes nothing.
        QCOMPARE(c.rowVersion, previous->rowVersion + 1);
        auto stale = gates.restoreEvidence(unit, previous.value(), previous->rowVersion);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Stale);
        QVERIFY(gates.criterion(unit)->evidence);
        auto redo = gates.restoreEvidence(unit, previous.value(), c.rowVersion);
        QVERIFY2(redo, qPrintable(redo ? QString() : redo.error().message));
        QVERIFY(!gates.criterion(unit)->evidence);
        QCOMPARE(statusOf(gates, unit), GateStatus::Pending);
        QVERIFY(gates.restoreEvidence(unit, redo.value(), redo->rowVersion + 1));
        QCOMPARE(*gates.criterion(unit)->evidence->measured, 50.0);
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void falsePositiveSurvivesReimport() {
        auto db = test::openDatabase(newFile());
        ReleaseService releases(*db, Session{u"alice"_qs, {}});
        GateService gates(*db, Session{u"alice"_qs, {}});
        const qint64 id = releases.create(release(ReleaseType::Minor))->id;
        const qint64 scan = criterionId(gates, id, u"Security scan"_qs); // medium and above? high
        const QString sarif = test::testDataPath(u"sarif/clang14_analyzer_sample.sarif"_qs);
        QVERIFY(gates.importFile(scan, sarif));
        // The template's "Security scan" of a minor release counts high and above: the six
        // medium warnings of the analyzer pass it.
        QCOMPARE(statusOf(gates, scan), GateStatus::Passed);
        const qint64 analysis = criterionId(gates, id, u"Static analysis"_qs);
        auto tighter = gates.criterion(analysis).value();
        QCOMPARE(tighter.spec.severity, u"high"_qs);

        // Make a gate that counts medium findings: the release's QA gate of a major release.
        const qint64 major = releases.create(release(ReleaseType::Major))->id;
        const qint64 strict = criterionId(gates, major, u"Security scan"_qs);
        QVERIFY(gates.importFile(strict, sarif));
        QCOMPARE(statusOf(gates, strict), GateStatus::Failed);
        auto findings = gates.findings(strict).value();
        QCOMPARE(findings.size(), 6);
        QCOMPARE(findings[0].ruleId, u"core.NullDereference"_qs);
        QCOMPARE(findings[0].fingerprint.size(), 64);

        QVERIFY(!gates.markFalsePositive(strict, findings[0].fingerprint, u"  "_qs));
        for (const GateFinding& f : findings)
            QVERIFY(gates.markFalsePositive(strict, f.fingerprint,
                                            u"Checked by hand: pointer is never null"_qs));
        QCOMPARE(statusOf(gates, strict), GateStatus::Passed);
        QVERIFY(gates.criterion(strict)->findings.falsePositive == 6);
        // The next scan of the same code: the reviews still apply.
        QVERIFY(gates.importFile(strict, sarif));
        findings = gates.findings(strict).value();
        QVERIFY(findings[0].isFalsePositive());
        QCOMPARE(findings[0].reviewedBy, test::recordedActor(*db, u"alice"_qs));
        QCOMPARE(statusOf(gates, strict), GateStatus::Passed);
        // Undo of one review makes the finding count again.
        QVERIFY(gates.clearFalsePositive(strict, findings[0].fingerprint));
        QCOMPARE(statusOf(gates, strict), GateStatus::Failed);
        QVERIFY(!gates.clearFalsePositive(strict, findings[0].fingerprint));
    }

    void realSarifCountsReachTheGate() {
        const QString path =
            test::sharedDataPath(u"sarif/trivy_0.56_container_security_severity.sarif"_qs);
        if (path.isEmpty())
            QSKIP("../shared/testdata/real is not present");
        auto db = test::openDatabase(newFile());
        ReleaseService releases(*db, Session{u"alice"_qs, {}});
        GateService gates(*db, Session{u"alice"_qs, {}});
        const qint64 id = releases.create(release(ReleaseType::Emergency))->id;
        const qint64 scan = criterionId(gates, id, u"Security scan"_qs); // critical
        QVERIFY(gates.importFile(scan, path));
        const auto c = gates.criterion(scan).value();
        QCOMPARE(c.findings.open[4], 4);
        QCOMPARE(c.findings.open[3], 42);
        QCOMPARE(statusOf(gates, scan), GateStatus::Failed);
        QVERIFY(GateEvaluator::evaluate(c, {}, QDateTime::currentDateTimeUtc())
                    .reason.startsWith(u"4 open findings of critical"_qs));
    }

    void benchmarkNeedsItsMetric() {
        auto db = test::openDatabase(newFile());
        ReleaseService releases(*db, Session{u"alice"_qs, {}});
        GateService gates(*db, Session{u"alice"_qs, {}});
        const qint64 id = releases.create(release(ReleaseType::Major))->id;
        const qint64 p95 = criterionId(gates, id, u"Response time p95"_qs);
        auto refused = gates.importFile(p95, test::testDataPath(u"bench/simple_metrics.csv"_qs));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"no metric named “p95_latency”"_qs) &&
                     refused.error().message.contains(u"startup_time"_qs),
                 qPrintable(refused.error().message));
        const QString csv = m_files.filePath(u"latency.csv"_qs);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,value,unit\np95_latency,231.5,ms\n");
        }
        QVERIFY(gates.importFile(p95, csv));
        QCOMPARE(statusOf(gates, p95), GateStatus::Passed);
        QCOMPARE(*gates.criterion(p95)->evidence->measured, 231.5);
    }

    void waiverRules() {
        if (test::isPostgres())
            QSKIP("SQLite only: Alice requests and Bob approves through one connection; on a "
                  "server both are the login, which may not approve its own waiver");
        auto db = test::openDatabase(newFile());
        ReleaseService releases(*db, Session{u"alice"_qs, {}});
        GateService alice(*db, Session{u"alice"_qs, {}});
        GateService bob(*db, Session{u"bob"_qs, {}});
        const qint64 id = releases.create(release(ReleaseType::Minor))->id;
        const qint64 unit = criterionId(alice, id, u"Unit tests"_qs);
        QVERIFY(
            alice.importFile(unit, test::testDataPath(u"junit/ctest_3.25_output_junit.xml"_qs)));
        QCOMPARE(statusOf(alice, unit), GateStatus::Failed);
        const qint64 gateId = alice.criterion(unit)->gateId;

        GateWaiver incomplete = waiverFor(gateId, unit);
        incomplete.controls.clear();
        auto refused = alice.requestWaiver(incomplete);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"compensating controls"_qs));
        // A whole gate may only be waived for an emergency release.
        refused = alice.requestWaiver(waiverFor(gateId, 0));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"Only an emergency release"_qs),
                 qPrintable(refused.error().message));

        auto requested = alice.requestWaiver(waiverFor(gateId, unit));
        QVERIFY2(requested, qPrintable(requested.error().message));
        QCOMPARE(requested->requestedBy, test::recordedActor(*db, u"alice"_qs));
        QCOMPARE(statusOf(alice, unit), GateStatus::Failed); // not approved yet
        auto self = alice.approveWaiver(requested->id, requested->rowVersion);
        QVERIFY(!self);
        QCOMPARE(self.error().kind, Error::Kind::Permission);
        QVERIFY(self.error().message.contains(u"cannot approve it"_qs));
        auto approved = bob.approveWaiver(requested->id, requested->rowVersion);
        QVERIFY2(approved, qPrintable(approved.error().message));
        QCOMPARE(approved->approvedBy, u"bob"_qs);
        QCOMPARE(statusOf(alice, unit), GateStatus::Waived);
        // The post-release validation task stays open until someone closes it.
        QVERIFY(approved->validationOpen());
        // A change from what someone saw before the approval is refused, naming who.
        auto stale = alice.setValidationDone(requested->id, true, requested->rowVersion);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Stale);
        QVERIFY2(stale.error().message.contains(u"bob"_qs), qPrintable(stale.error().message));
        QVERIFY(!alice.withdrawWaiver(requested->id, requested->rowVersion));
        auto closed = alice.setValidationDone(requested->id, true, approved->rowVersion);
        QVERIFY(closed && !closed->validationOpen());
        // Undo of an approval, and of the request.
        auto revoked = bob.revokeWaiverApproval(requested->id, closed->rowVersion);
        QVERIFY(revoked);
        QCOMPARE(statusOf(alice, unit), GateStatus::Failed);
        QVERIFY(alice.withdrawWaiver(requested->id, revoked->rowVersion));
        QVERIFY(alice.gate(gateId)->waivers.isEmpty());
        auto restored = alice.restoreWaiver(requested.value());
        QVERIFY2(restored, qPrintable(restored.error().message));
        QCOMPARE(restored->id, requested->id);

        // Expiry: a waiver approved but past its expiry no longer counts.
        QSqlQuery q(db->connection());
        QVERIFY(bob.approveWaiver(requested->id, restored->rowVersion));
        QCOMPARE(statusOf(alice, unit), GateStatus::Waived);
        QVERIFY(q.exec(
            u"UPDATE gate_waivers SET requested_at = strftime('%s','now') - 120, expires_at = strftime('%s','now') - 60"_qs));
        QCOMPARE(statusOf(alice, unit), GateStatus::Failed);
        // The database refuses a self-approved row even behind the service's back.
        QVERIFY(!q.exec(u"UPDATE gate_waivers SET approved_by = requested_by"_qs));

        // Emergency: the whole gate may be waived, and then escalates.
        const qint64 urgent = releases.create(release(ReleaseType::Emergency, 1))->id;
        const qint64 urgentGate = alice.gatesOf(urgent)->first().id;
        auto whole = alice.requestWaiver(waiverFor(urgentGate, 0, 3));
        QVERIFY2(whole, qPrintable(whole.error().message));
        QVERIFY(bob.approveWaiver(whole->id, whole->rowVersion));
        const GateVerdict v = GateEvaluator::evaluate(alice.gate(urgentGate).value(),
                                                      QDateTime::currentDateTimeUtc());
        QCOMPARE(v.status, GateStatus::Waived);
        auto cab = alice.escalations({}, {});
        QVERIFY(cab);
        bool found = false;
        for (const GateEscalation& e : cab.value())
            if (e.gateId == urgentGate) {
                found = true;
                QCOMPARE(e.kind, u"waived"_qs);
                QCOMPARE(e.releaseLabel, u"Payments API 2.4.0"_qs);
                QVERIFY(e.reason.contains(u"Flaky integration environment"_qs));
            }
        QVERIFY(found);
    }

    void promotionBlockedAndUnblocked() {
        auto db = test::openDatabase(newFile());
        ReleaseService releases(*db, Session{u"alice"_qs, {}});
        GateService gates(*db, Session{u"alice"_qs, {}});
        const qint64 id = releases.create(release(ReleaseType::Patch))->id;
        auto blocked = gates.promote(id);
        QVERIFY(!blocked);
        QVERIFY2(blocked.error().message.contains(u"Tests and scan is pending"_qs),
                 qPrintable(blocked.error().message));
        const qint64 tests = criterionId(gates, id, u"Regression tests"_qs);
        const qint64 scan = criterionId(gates, id, u"Security scan"_qs);
        QVERIFY(gates.importFile(tests, test::testDataPath(u"junit/gtest_1.12_sample.xml"_qs)));
        QVERIFY(
            gates.importFile(scan, test::testDataPath(u"sarif/clang14_analyzer_sample.sarif"_qs)));
        blocked = gates.promote(id);
        QVERIFY(!blocked);
        QVERIFY2(blocked.error().message.contains(u"Tests and scan is failed"_qs),
                 qPrintable(blocked.error().message));
        // A passing run unblocks the first stage.
        const QString green = m_files.filePath(u"green.xml"_qs);
        {
            QFile f(green);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("<testsuite name=\"s\" tests=\"2\"><testcase name=\"a\"/><testcase "
                    "name=\"b\"/></testsuite>");
        }
        QVERIFY(gates.importFile(tests, green));
        auto through = gates.promote(id);
        QVERIFY2(through, qPrintable(through.error().message));
        QCOMPARE(through->name, u"Tests and scan"_qs);
        QCOMPARE(through->stage, u"Staging"_qs);
        // The approval gate is next and still pending.
        QVERIFY(!gates.promote(id));
        const GateCriterion rmApproval =
            gates.criterionNamed(id, u"Release manager approval"_qs).value();
        QVERIFY(gates.setChecked(rmApproval.id, true, rmApproval.rowVersion));
        auto second = gates.promote(id);
        QVERIFY2(second, qPrintable(second.error().message));
        QVERIFY(!gates.promote(id)); // through every gate
        QVERIFY(gates.promotionCheck(id)->reason.contains(u"every gate"_qs));
        // Undo goes back one gate at a time, latest first.
        QVERIFY(!gates.unpromote(through->id));
        QVERIFY(gates.unpromote(second->id));
        QVERIFY(gates.promotionCheck(id)->allowed);
    }

    void escalationsForTheCab() {
        auto db = test::openDatabase(newFile());
        ReleaseService releases(*db, Session{u"alice"_qs, {}});
        GateService gates(*db, Session{u"alice"_qs, {}});
        // Window in 5 days: "Development complete" (7 days before) is past due, "QA sign-off"
        // (3 days before) not yet.
        const auto late = releases.create(release(ReleaseType::Minor, 5)).value();
        const qint64 unit = criterionId(gates, late.id, u"Unit tests"_qs);
        QVERIFY(gates.importFile(unit, test::testDataPath(u"junit/gtest_1.12_sample.xml"_qs)));
        // Window far away: nothing is due.
        QVERIFY(releases.create(release(ReleaseType::Minor, 60)));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto list = gates.escalations(now.addDays(-30), now.addDays(30));
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        const GateEscalation& e = list->first();
        QCOMPARE(e.releaseId, late.id);
        QCOMPARE(e.gateName, u"Development complete"_qs);
        QCOMPARE(e.kind, u"failing"_qs);
        QCOMPARE(e.due, late.windowStart.addDays(-7));
        QVERIFY2(e.reason.contains(u"Failing past its due date"_qs), qPrintable(e.reason));
        // Before its due date nothing escalates; an agenda ending before it does not list it.
        QVERIFY(gates.escalations({}, {}, now.addDays(-10))->isEmpty());
        QVERIFY(gates.escalations(now.addDays(-30), now.addDays(-5))->isEmpty());
    }

    void rolesOnceTheFileHasLogins() {
        auto db = openWithLogins();
        QVERIFY(db);
        ReleaseService releases(*db, Session{u"alice"_qs, {}});
        const qint64 id = releases.create(release(ReleaseType::Minor))->id;
        GateService alice(*db, Session{u"alice"_qs, {}});
        GateService quinn(*db, Session{u"quinn"_qs, {}});
        const GateCriterion approval = alice.criterionNamed(id, u"QA approval"_qs).value();
        auto refused = alice.setChecked(approval.id, true, approval.rowVersion);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"needs the qa role"_qs),
                 qPrintable(refused.error().message));
        auto given = quinn.setChecked(approval.id, true, approval.rowVersion);
        QVERIFY2(given, qPrintable(given ? QString() : given.error().message));
        QVERIFY(given->rowVersion > approval.rowVersion);
        QCOMPARE(given->checkedBy, test::recordedActor(*db, u"quinn"_qs));
        // Taking it back from what Quinn saw before the approval is refused, naming Quinn.
        auto stale = quinn.setChecked(approval.id, false, approval.rowVersion);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Stale);
        QVERIFY2(stale.error().message.contains(test::recordedActor(*db, u"quinn"_qs)),
                 qPrintable(stale.error().message));
        QCOMPARE(quinn.criterion(approval.id)->checkedBy, test::recordedActor(*db, u"quinn"_qs));
        auto promote = quinn.promote(id);
        QVERIFY(!promote);
        QCOMPARE(promote.error().kind, Error::Kind::Permission);
        // QA may import evidence, not change templates.
        QVERIFY(quinn.importFile(criterionId(alice, id, u"Unit tests"_qs),
                                 test::testDataPath(u"junit/gtest_1.12_sample.xml"_qs)));
        auto templates = alice.templates().value();
        GateTemplate t = templates.first();
        t.dueDays = 10;
        QCOMPARE(quinn.updateTemplate(t).error().kind, Error::Kind::Permission);
        auto updated = alice.updateTemplate(t);
        QVERIFY2(updated, qPrintable(updated.error().message));
        QCOMPARE(updated->dueDays, 10);
        QCOMPARE(updated->criteria.size(), t.criteria.size());
        t.rowVersion = 1; // stale
        QCOMPARE(alice.updateTemplate(t).error().kind, Error::Kind::Stale);
    }

    void templatesAreEditable() {
        auto db = test::openDatabase(newFile());
        GateService gates(*db, Session{u"alice"_qs, {}});
        QCOMPARE(gates.templates()->size(), 10);
        GateTemplate t;
        t.releaseType = ReleaseType::Patch;
        t.position = 5;
        t.name = u"Performance"_qs;
        t.stage = u"Production"_qs;
        CriterionSpec c;
        c.name = u"Throughput"_qs;
        c.kind = CriterionKind::Benchmark;
        c.metric = u"BM_Accumulate/64"_qs;
        c.comparator = u"<="_qs;
        t.criteria << c;
        QVERIFY(!gates.createTemplate(t)); // no threshold
        t.criteria[0].threshold = 100;
        auto created = gates.createTemplate(t);
        QVERIFY2(created, qPrintable(created.error().message));
        ReleaseService releases(*db, Session{u"alice"_qs, {}});
        const qint64 id = releases.create(release(ReleaseType::Patch))->id;
        QCOMPARE(gates.gatesOf(id)->size(), 3);
        const qint64 bm = criterionId(gates, id, u"Throughput"_qs);
        QVERIFY(gates.importFile(bm, test::testDataPath(u"bench/gbench_1.7_sample.json"_qs)));
        QVERIFY(gates.criterion(bm)->evidence->measured);
        QVERIFY(gates.removeTemplate(created->id, created->rowVersion));
        QCOMPARE(gates.templates()->size(), 10);
        auto restored = gates.restoreTemplate(created.value());
        QVERIFY(restored);
        QCOMPARE(restored->id, created->id);
    }
};

QTEST_GUILESS_MAIN(tst_GateService)
#include "tst_GateService.moc"
