// SPDX-License-Identifier: GPL-3.0-or-later
// Column privileges on a real PostgreSQL 15: where the only updates a role may make are narrow
// actions (ticking a check, approving a waiver, moving a release's status), `admin init` grants
// UPDATE of the columns those statements set, not of the table. Each such action still works
// through its service as a login holding only that role; the same login's UPDATE of another
// column is refused as a permission error; a role that edits the table keeps every column.
#include "PgServer.h"
#include "TestSupport.h"
#include "services/CabDecisionService.h"
#include "services/DeploymentService.h"
#include "services/Document.h"
#include "services/GateService.h"
#include "storage/Database.h"
#include "storage/ServerGrants.h"
#include "storage/ServerRoles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace slipway;
using slipway::test::PgServer;

namespace {

// One login per role, each holding that role alone.
const QList<QPair<QString, QString>> kLogins = {
    {QStringLiteral("release_manager"), QStringLiteral("rita")},
    {QStringLiteral("cab"), QStringLiteral("carl")},
    {QStringLiteral("deployer"), QStringLiteral("dora")},
    {QStringLiteral("qa"), QStringLiteral("quinn")},
    {QStringLiteral("security"), QStringLiteral("sam")},
    {QStringLiteral("operations"), QStringLiteral("otto")},
};

QString loginOf(const QString& role) {
    for (const auto& [r, login] : kLogins)
        if (r == role)
            return login;
    return {};
}

QString message(const Error& e) {
    return e.message;
}

} // namespace

class TestPgRowSecurityColumns : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { qunsetenv("SLIPWAY_TEST_USER"); }
    void grantsFollowTheMatrix();
    void qaTicksApprovesAndRecordsEvidence();
    void cabApprovesAWaiverAndWithdrawsADecision();
    void deployerRecordsAndUndoesADeployment();
    void releaseManagerApprovesAndSettlesAnOverride();
    void otherColumnsAreRefused_data();
    void otherColumnsAreRefused();

private:
    std::unique_ptr<Document> documentAs(const QString& role);
    qint64 insert(const QString& sql);
    QVariant value(const QString& sql);

    PgServer m_pg;
    QString m_url;
    std::unique_ptr<Database> m_admin;
    qint64 m_release = 0, m_deploying = 0, m_prod = 0, m_gate = 0, m_manual = 0, m_approval = 0,
           m_tests = 0, m_cabApproval = 0, m_waiver = 0, m_override = 0, m_decision = 0, m_exit = 0;
};

std::unique_ptr<Document> TestPgRowSecurityColumns::documentAs(const QString& role) {
    const QString login = loginOf(role);
    qputenv("SLIPWAY_TEST_USER", login.toUtf8());
    auto doc = Document::open(PgServer::urlAs(m_url, login), FileOpenOptions{});
    if (!doc) {
        qWarning("%s", qPrintable(doc.error().message));
        return nullptr;
    }
    return std::move(doc.value());
}

qint64 TestPgRowSecurityColumns::insert(const QString& sql) {
    return test::insertedId(*m_admin, sql);
}

QVariant TestPgRowSecurityColumns::value(const QString& sql) {
    QSqlQuery q(m_admin->connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

void TestPgRowSecurityColumns::initTestCase() {
    QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    m_url = m_pg.newDatabase();
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_pg.error()));
    auto admin = Database::open(m_url, FileOpenOptions{});
    QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().message));
    m_admin = std::move(admin.value());
    ServerRoles roles(*m_admin);
    auto done = roles.init();
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    for (const auto& [role, login] : kLogins) {
        auto granted = roles.grant(login, role);
        QVERIFY2(granted, qPrintable(granted ? QString() : granted.error().message));
    }

    const QString by = QStringLiteral("'admin', 0, 'admin', 0");
    m_prod = insert(QStringLiteral("INSERT INTO environments (name, kind, created_by, created_at, "
                                   "updated_by, updated_at) VALUES ('Production', 'prod', %1)")
                        .arg(by));
    m_release = insert(QStringLiteral("INSERT INTO releases (name, version, type, status, "
                                      "created_by, created_at, updated_by, updated_at) VALUES "
                                      "('Payments', '4.2.0', 'minor', 'planned', %1)")
                           .arg(by));
    // Deploying, with a window, no gates and no exit criteria; its change approval overridden.
    m_deploying =
        insert(QStringLiteral("INSERT INTO releases (name, version, type, status, window_start, "
                              "window_end, created_by, created_at, updated_by, updated_at) VALUES "
                              "('Ledger', '2.0.0', 'minor', 'deploying', 0, 4102444800, %1)")
                   .arg(by));
    {
        // As a second person approved it: the server would stamp both names as the admin's.
        QSqlQuery q(m_admin->connection());
        QVERIFY(q.exec(QStringLiteral("SET session_replication_role = replica")));
        QVERIFY(insert(QStringLiteral("INSERT INTO lifecycle_overrides (release_id, guard, "
                                      "reason, requested_by, requested_at, approved_by, "
                                      "approved_at) VALUES (%1, 'approval', 'Emergency', "
                                      "'someone', 0, 'other', 0)")
                           .arg(m_deploying)));
        QVERIFY(q.exec(QStringLiteral("SET session_replication_role = DEFAULT")));
    }
    m_gate = insert(QStringLiteral("INSERT INTO release_gates (release_id, name, created_by, "
                                   "created_at, updated_by, updated_at) VALUES (%1, 'Staging', %2)")
                        .arg(m_release)
                        .arg(by));
    const QString criterion =
        QStringLiteral("INSERT INTO gate_criteria (gate_id, name, kind, role, threshold, "
                       "updated_by, updated_at) VALUES (%1, '%2', '%3', '%4', %5, 'admin', 0)");
    m_manual = insert(criterion.arg(m_gate).arg(QStringLiteral("Runbook reviewed"),
                                                QStringLiteral("manual"), QString(),
                                                QStringLiteral("NULL")));
    m_approval =
        insert(criterion.arg(m_gate).arg(QStringLiteral("QA sign-off"), QStringLiteral("approval"),
                                         QStringLiteral("qa"), QStringLiteral("NULL")));
    m_cabApproval =
        insert(criterion.arg(m_gate).arg(QStringLiteral("CAB sign-off"), QStringLiteral("approval"),
                                         QStringLiteral("cab"), QStringLiteral("NULL")));
    m_tests = insert(criterion.arg(m_gate).arg(QStringLiteral("Unit tests"),
                                               QStringLiteral("test_pass_rate"), QString(),
                                               QStringLiteral("50")));
    m_waiver = insert(QStringLiteral("INSERT INTO gate_waivers (gate_id, reason, controls, "
                                     "requested_by, requested_at, expires_at, validation_task, "
                                     "updated_by, updated_at) VALUES (%1, 'Flaky suite', "
                                     "'Manual run', 'someone', 0, 4102444800, 'Rerun', 'admin', "
                                     "0)")
                          .arg(m_gate));
    m_override = insert(QStringLiteral("INSERT INTO lifecycle_overrides (release_id, guard, "
                                       "reason, requested_by, requested_at) VALUES (%1, "
                                       "'gates_passed', 'Hotfix', 'someone', 0)")
                            .arg(m_release));
    const qint64 change =
        insert(QStringLiteral("INSERT INTO change_requests (ticket, summary, requested_by, "
                              "requested_at, created_by, created_at, updated_by, updated_at) "
                              "VALUES ('CHG-7', 'Payments 4.2', 'someone', 0, %1)")
                   .arg(by));
    m_decision = insert(QStringLiteral("INSERT INTO cab_decisions (change_id, outcome, "
                                       "decided_by, decided_at) VALUES (%1, 'approve', "
                                       "'someone', 0)")
                            .arg(change));
    m_exit = insert(QStringLiteral("INSERT INTO release_exit_criteria (release_id, criterion, "
                                   "created_by, created_at, updated_by, updated_at) VALUES (%1, "
                                   "'Docs published', %2)")
                        .arg(m_release)
                        .arg(by));
    QVERIFY(m_prod && m_release && m_deploying && m_gate && m_manual && m_approval && m_tests &&
            m_cabApproval && m_waiver && m_override && m_decision && m_exit);
}

// The server's grants are the matrix's: a narrowed (table, role) holds UPDATE of exactly its
// columns and no table-wide UPDATE; every other UPDATE of the matrix is table-wide.
void TestPgRowSecurityColumns::grantsFollowTheMatrix() {
    const auto narrowed = ServerGrants::updateColumns();
    QVERIFY(narrowed.value(QStringLiteral("gate_criteria")).contains(QStringLiteral("qa")));
    // Full UPDATE from an entry that edits the table wins over a narrow one.
    QVERIFY(!narrowed.value(QStringLiteral("gate_criteria"))
                 .contains(QStringLiteral("release_manager")));
    QVERIFY(
        !narrowed.value(QStringLiteral("releases")).contains(QStringLiteral("release_manager")));
    QCOMPARE(narrowed.value(QStringLiteral("releases")).value(QStringLiteral("deployer")),
             (QStringList{QStringLiteral("row_version"), QStringLiteral("status"),
                          QStringLiteral("updated_at"), QStringLiteral("updated_by")}));
    // A run's history is written once; the run itself is only ended.
    QCOMPARE(narrowed.value(QStringLiteral("runbook_runs")).value(QStringLiteral("deployer")),
             (QStringList{QStringLiteral("deployment_id"), QStringLiteral("ended_at"),
                          QStringLiteral("ended_by"), QStringLiteral("outcome"),
                          QStringLiteral("row_version")}));
    QSqlQuery q(m_admin->connection());
    QStringList problems;
    int narrowCount = 0, wholeCount = 0;
    const auto matrix = ServerGrants::matrix();
    for (const char* history :
         {"runbook_step_events", "runbook_trigger_firings", "runbook_decisions"})
        for (const QString& role : ServerGrants::workingRoles())
            QVERIFY2(!(matrix.value(QLatin1String(history)).value(role) &
                       (ServerGrants::Update | ServerGrants::Delete)),
                     qPrintable(QLatin1String(history) + u'/' + role));
    for (auto table = matrix.cbegin(); table != matrix.cend(); ++table)
        for (auto role = table->cbegin(); role != table->cend(); ++role) {
            if (!(role.value() & ServerGrants::Update))
                continue;
            const QString group = ServerGrants::groupRole(role.key());
            q.prepare(QStringLiteral("SELECT count(*) FROM information_schema.role_table_grants "
                                     "WHERE grantee = ? AND table_name = ? AND privilege_type = "
                                     "'UPDATE'"));
            q.addBindValue(group);
            q.addBindValue(table.key());
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            const bool tableWide = q.value(0).toInt() == 1;
            q.prepare(QStringLiteral("SELECT string_agg(column_name, ' ' ORDER BY column_name) "
                                     "FROM information_schema.column_privileges WHERE grantee = ? "
                                     "AND table_name = ? AND privilege_type = 'UPDATE'"));
            q.addBindValue(group);
            q.addBindValue(table.key());
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            const QString columns = q.value(0).toString();
            const QStringList expected = narrowed.value(table.key()).value(role.key());
            const QString where = table.key() + u'/' + role.key();
            if (expected.isEmpty()) {
                ++wholeCount;
                if (!tableWide)
                    problems << where + QStringLiteral(": no table-wide UPDATE");
            } else {
                ++narrowCount;
                // column_privileges lists a table-wide grant column by column too.
                if (tableWide)
                    problems << where + QStringLiteral(": table-wide UPDATE");
                if (columns != expected.join(u' '))
                    problems << where + QStringLiteral(": UPDATE of ") + columns;
            }
        }
    qInfo("%d narrowed UPDATE grants, %d table-wide", narrowCount, wholeCount);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(narrowCount >= 15);
}

void TestPgRowSecurityColumns::qaTicksApprovesAndRecordsEvidence() {
    auto doc = documentAs(QStringLiteral("qa"));
    QVERIFY(doc);
    GateService& gates = doc->gates();
    for (qint64 id : {m_manual, m_approval}) {
        auto before = gates.criterion(id);
        QVERIFY2(before, qPrintable(before ? QString() : message(before.error())));
        auto ticked = gates.setChecked(id, true, before->rowVersion);
        QVERIFY2(ticked, qPrintable(ticked ? QString() : message(ticked.error())));
        QCOMPARE(value(QStringLiteral("SELECT checked_by FROM gate_criteria WHERE id = %1").arg(id))
                     .toString(),
                 loginOf(QStringLiteral("qa")));
    }
    auto imported = gates.importFile(
        m_tests, test::testDataPath(QStringLiteral("junit/gtest_1.12_sample.xml")));
    QVERIFY2(imported, qPrintable(imported ? QString() : message(imported.error())));
    QCOMPARE(
        value(QStringLiteral("SELECT evidence_by FROM gate_criteria WHERE id = %1").arg(m_tests))
            .toString(),
        loginOf(QStringLiteral("qa")));
    QVERIFY(!value(QStringLiteral("SELECT measured FROM gate_criteria WHERE id = %1").arg(m_tests))
                 .isNull());
    // Closing a waiver's validation task.
    const qint64 version =
        value(QStringLiteral("SELECT row_version FROM gate_waivers WHERE id = %1").arg(m_waiver))
            .toLongLong();
    auto closed = gates.setValidationDone(m_waiver, true, version);
    QVERIFY2(closed, qPrintable(closed ? QString() : message(closed.error())));
    QCOMPARE(closed->validationDoneBy, loginOf(QStringLiteral("qa")));

    // Operations tick checks but record no evidence: the tick's columns alone carry it.
    auto ops = documentAs(QStringLiteral("operations"));
    QVERIFY(ops);
    auto ticked = ops->gates().criterion(m_manual);
    QVERIFY(ticked);
    auto unticked = ops->gates().setChecked(m_manual, false, ticked->rowVersion);
    QVERIFY2(unticked, qPrintable(unticked ? QString() : message(unticked.error())));
    QVERIFY(unticked->checkedBy.isEmpty());

    // Security records evidence (not a tick): its own narrowed grant covers the import too.
    auto security = documentAs(QStringLiteral("security"));
    QVERIFY(security);
    auto again = security->gates().importFile(
        m_tests, test::testDataPath(QStringLiteral("junit/ctest_3.25_output_junit.xml")));
    QVERIFY2(again, qPrintable(again ? QString() : message(again.error())));
}

void TestPgRowSecurityColumns::cabApprovesAWaiverAndWithdrawsADecision() {
    auto doc = documentAs(QStringLiteral("cab"));
    QVERIFY(doc);
    const qint64 version =
        value(QStringLiteral("SELECT row_version FROM gate_waivers WHERE id = %1").arg(m_waiver))
            .toLongLong();
    auto approved = doc->gates().approveWaiver(m_waiver, version);
    QVERIFY2(approved, qPrintable(approved ? QString() : message(approved.error())));
    QCOMPARE(approved->approvedBy, loginOf(QStringLiteral("cab")));
    auto revoked = doc->gates().revokeWaiverApproval(m_waiver, approved->rowVersion);
    QVERIFY2(revoked, qPrintable(revoked ? QString() : message(revoked.error())));

    // The CAB gives its own approval on a gate: every working role's columns for that.
    auto criterion = doc->gates().criterion(m_cabApproval);
    QVERIFY(criterion);
    auto given = doc->gates().setChecked(m_cabApproval, true, criterion->rowVersion);
    QVERIFY2(given, qPrintable(given ? QString() : message(given.error())));
    QCOMPARE(given->checkedBy, loginOf(QStringLiteral("cab")));

    auto withdrawn = doc->cabDecisions().withdraw(m_decision);
    QVERIFY2(withdrawn, qPrintable(withdrawn ? QString() : message(withdrawn.error())));
    QVERIFY(withdrawn->withdrawn);
    auto reinstated = doc->cabDecisions().reinstate(m_decision, withdrawn->rowVersion);
    QVERIFY2(reinstated, qPrintable(reinstated ? QString() : message(reinstated.error())));
}

void TestPgRowSecurityColumns::deployerRecordsAndUndoesADeployment() {
    auto doc = documentAs(QStringLiteral("deployer"));
    QVERIFY(doc);
    Deployment d;
    d.releaseId = m_deploying;
    d.environmentId = m_prod;
    d.outcome = DeploymentOutcome::RolledBack;
    d.notes = QStringLiteral("Rolled back after the smoke test");
    auto recorded = doc->deployments().record(d);
    QVERIFY2(recorded, qPrintable(recorded ? QString() : message(recorded.error())));
    const QString status =
        QStringLiteral("SELECT status || ' ' || updated_by FROM releases WHERE id = %1")
            .arg(m_deploying);
    QCOMPARE(value(status).toString(),
             QStringLiteral("rolled_back ") + loginOf(QStringLiteral("deployer")));
    // Undo removes the record and puts the status back, as the same login.
    auto undone = doc->deployments().removeRecord(recorded->id, recorded->rowVersion,
                                                  ReleaseStatus::Deploying);
    QVERIFY2(undone, qPrintable(undone ? QString() : message(undone.error())));
    QCOMPARE(value(status).toString(),
             QStringLiteral("deploying ") + loginOf(QStringLiteral("deployer")));
}

void TestPgRowSecurityColumns::releaseManagerApprovesAndSettlesAnOverride() {
    auto doc = documentAs(QStringLiteral("release_manager"));
    QVERIFY(doc);
    const qint64 version = value(QStringLiteral("SELECT row_version FROM lifecycle_overrides "
                                                "WHERE id = %1")
                                     .arg(m_override))
                               .toLongLong();
    auto approved = doc->deployments().approveOverride(m_override, version);
    QVERIFY2(approved, qPrintable(approved ? QString() : message(approved.error())));
    auto settled = doc->deployments().settleOverride(m_override, approved->rowVersion,
                                                     QStringLiteral("Gates passed next day"));
    QVERIFY2(settled, qPrintable(settled ? QString() : message(settled.error())));
    QCOMPARE(settled->settledBy, loginOf(QStringLiteral("release_manager")));
}

void TestPgRowSecurityColumns::otherColumnsAreRefused_data() {
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    const QString criterion = QStringLiteral("UPDATE gate_criteria SET %1 WHERE id = %2");
    QTest::newRow("qa renames a criterion")
        << QStringLiteral("qa") << criterion.arg(QStringLiteral("name = 'Anything'")).arg(m_manual)
        << false;
    QTest::newRow("qa lowers a threshold")
        << QStringLiteral("qa") << criterion.arg(QStringLiteral("threshold = 0")).arg(m_tests)
        << false;
    QTest::newRow("qa moves an approval to its own role")
        << QStringLiteral("qa") << criterion.arg(QStringLiteral("role = 'qa'")).arg(m_manual)
        << false;
    QTest::newRow("qa ticks a check by hand")
        << QStringLiteral("qa")
        << criterion
               .arg(QStringLiteral("checked_by = session_user, checked_at = 0, row_version = "
                                   "row_version + 1, updated_by = session_user, updated_at = 0"))
               .arg(m_manual)
        << true;
    QTest::newRow("security ticks no check (row security)")
        << QStringLiteral("security")
        << criterion.arg(QStringLiteral("checked_by = session_user")).arg(m_manual) << false;
    QTest::newRow("security rewrites evidence counts")
        << QStringLiteral("security")
        << criterion.arg(QStringLiteral("evidence_counts = '{}'")).arg(m_tests) << true;
    QTest::newRow("security renames a criterion")
        << QStringLiteral("security") << criterion.arg(QStringLiteral("name = 'X'")).arg(m_tests)
        << false;
    QTest::newRow("release manager renames a criterion")
        << QStringLiteral("release_manager")
        << criterion.arg(QStringLiteral("name = 'Runbook read'")).arg(m_manual) << true;
    QTest::newRow("qa extends a waiver")
        << QStringLiteral("qa")
        << QStringLiteral("UPDATE gate_waivers SET expires_at = 4200000000 WHERE id = %1")
               .arg(m_waiver)
        << false;
    QTest::newRow("cab rewrites a waiver's reason")
        << QStringLiteral("cab")
        << QStringLiteral("UPDATE gate_waivers SET reason = 'Other' WHERE id = %1").arg(m_waiver)
        << false;
    // Settling exit criteria is a release manager's (ExitCriteriaService, EditScope).
    QTest::newRow("qa settles an exit criterion")
        << QStringLiteral("qa")
        << QStringLiteral("UPDATE release_exit_criteria SET checked = 1, settled_by = "
                          "session_user, settled_at = 0, row_version = row_version + 1, "
                          "updated_by = session_user, updated_at = 0 WHERE id = %1")
               .arg(m_exit)
        << false;
    QTest::newRow("qa rewrites an exit criterion")
        << QStringLiteral("qa")
        << QStringLiteral("UPDATE release_exit_criteria SET criterion = 'Nothing' WHERE id = %1")
               .arg(m_exit)
        << false;
    QTest::newRow("deployer renames a release")
        << QStringLiteral("deployer")
        << QStringLiteral("UPDATE releases SET name = 'Renamed' WHERE id = %1").arg(m_release)
        << false;
    QTest::newRow("operations moves a window")
        << QStringLiteral("operations")
        << QStringLiteral("UPDATE releases SET window_end = 0 WHERE id = %1").arg(m_release)
        << false;
    QTest::newRow("cab rewrites a decision's comment")
        << QStringLiteral("cab")
        << QStringLiteral("UPDATE cab_decisions SET comment = 'Changed' WHERE id = %1")
               .arg(m_decision)
        << false;
    QTest::newRow("release manager rewrites an override's reason")
        << QStringLiteral("release_manager")
        << QStringLiteral("UPDATE lifecycle_overrides SET reason = 'Other' WHERE id = %1")
               .arg(m_override)
        << false;
}

void TestPgRowSecurityColumns::otherColumnsAreRefused() {
    QFETCH(QString, role);
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    auto db = Database::open(PgServer::urlAs(m_url, loginOf(role)), FileOpenOptions{});
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    const bool ran = q.exec(sql);
    const QSqlError error = q.lastError();
    const int rows = q.numRowsAffected();
    q.finish();
    QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    QVERIFY2(ran == allowed, qPrintable(ran ? QStringLiteral("allowed") : error.text()));
    if (ran) {
        QCOMPARE(rows, 1);
        return;
    }
    const Error e = db.value()->errorFrom(error, QStringLiteral("trying"));
    QCOMPARE(e.kind, Error::Kind::Permission);
    QVERIFY2(e.message.startsWith(db.value()->fileName()), qPrintable(e.message));
}

QTEST_GUILESS_MAIN(TestPgRowSecurityColumns)
#include "tst_PgRowSecurityColumns.moc"
