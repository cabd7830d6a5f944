// SPDX-License-Identifier: GPL-3.0-or-later
// Scope import on a PostgreSQL server (new items through COPY) against the same import into a
// file: the same items, columns and dependencies; a second import updates nothing; a bad
// file or a row the server refuses leaves nothing behind; the audit chain holds; and the
// undo of an import on a server says in one line that it cannot be done there yet.
#include "Fixtures.h"
#include "PgServer.h"
#include "TestSupport.h"
#include "io/CsvReader.h"
#include "io/ScopeCsvMapping.h"
#include "services/ImportUndoService.h"
#include "services/ReleaseService.h"
#include "services/ScopeImportService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ScopeRepository.h"
#include "storage/ServerRoles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace slipway;
using slipway::test::PgServer;

namespace {

struct Imported {
    Result<ScopeImportService::Outcome> outcome = Error{};
    QString mappingError;
};

// A Jira-style export of `rows` issues whose texts carry what COPY must escape (backslash,
// tab, line ends) and text beyond ASCII; one issue in ten blocks the next.
QByteArray generated(int rows) {
    QByteArray out = "Issue key,Summary,Issue Type,Priority,Status,Custom field (Story Points),"
                     "Description,Labels,Labels,Outward issue link (Blocks)\n";
    const char* const types[] = {"Story", "Bug", "Task", "Epic"};
    const char* const priorities[] = {"Highest", "High", "Medium", "Low"};
    const char* const statuses[] = {"To Do", "In Progress", "Done", "Selected for Development"};
    for (int n = 1; n <= rows; ++n) {
        const QByteArray number = QByteArray::number(n);
        out += "GEN-" + number + ',';
        if (n % 3)
            out += "Step " + number + " \xE2\x80\x94 caf\xC3\xA9,";
        else
            out += "\"Step, " + number + "\",";
        out += QByteArray(types[n % 4]) + ',' + priorities[n % 4] + ',' + statuses[n % 4] + ',';
        out += n % 5 ? QByteArray::number(n % 13) + ".5," : QByteArray(",");
        out += "\"Path C:\\temp\\" + number + "\ttabbed\r\nsecond line\n\\N not null\",";
        out += n % 2 ? "backend," : ",";
        out += n % 7 ? "," : "q3,";
        out += n % 10 == 0 && n < rows ? QByteArray("GEN-" + QByteArray::number(n + 1) + '\n')
                                       : QByteArray("\n");
    }
    return out;
}

} // namespace

class TestPgScopeImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameItemsAsAFile_data();
    void sameItemsAsAFile();
    void changedRowsUpdate();
    void badFileIsRefusedWhole();
    void rowTheServerRefusesLeavesNothing();
    void undoAndRedoAsAReleaseManager();
    void reservedIdsWithGapsAreUsed();

private:
    struct Pair {
        std::unique_ptr<Database> file;
        std::unique_ptr<Database> server;
    };
    Pair pair();
    Session session() const { return Session{m_pg.role(), QStringLiteral("CHG-7")}; }
    Imported run(Database& db, const QByteArray& csv,
                 const ScopeImportService::Options& options = {}) const;
    static QStringList rows(Database& db);
    static QStringList links(Database& db);
    static qint64 auditCount(Database& db) { return AuditLog(db).count().value(); }

    PgServer m_pg;
    test::TempFiles m_files{QStringLiteral("pgscope")};
};

void TestPgScopeImport::initTestCase() {
    QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
}

TestPgScopeImport::Pair TestPgScopeImport::pair() {
    Pair p;
    FileOpenOptions create;
    create.create = true;
    auto file = Database::open(m_files.newFile(), create); // a file, whatever the test engine
    const QString url = m_pg.newDatabase();
    if (url.isEmpty())
        qWarning("%s", qPrintable(m_pg.error()));
    auto server = Database::open(url, FileOpenOptions{});
    if (!file || !server) {
        qWarning("%s", qPrintable((file ? server.error() : file.error()).message));
        return p;
    }
    p.file = std::move(file.value());
    p.server = std::move(server.value());
    return p;
}

Imported TestPgScopeImport::run(Database& db, const QByteArray& csv,
                                const ScopeImportService::Options& options) const {
    Imported result;
    auto table = CsvReader::parse(csv, QStringLiteral("in.csv"));
    if (!table) {
        result.mappingError = table.error().message;
        return result;
    }
    auto mapping = ScopeCsvMapping::forTable(table.value(), {}, QStringLiteral("in.csv"));
    if (!mapping) {
        result.mappingError = mapping.error().message;
        return result;
    }
    result.outcome = ScopeImportService(db, session())
                         .import(table.value(), mapping.value(), QStringLiteral("in.csv"), options);
    return result;
}

// Every column of every item but its ids and times, the release by version, in key order.
QStringList TestPgScopeImport::rows(Database& db) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.external_key, s.title, s.kind, s.priority, s.stakeholder, s.effort, "
            "s.status, r.version, s.description, s.labels, s.row_version, s.created_by, "
            "s.updated_by, s.board_rank FROM scope_items s "
            "LEFT JOIN releases r ON r.id = s.release_id ORDER BY s.external_key, s.title"))) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return {};
    }
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < 14; ++c)
            cells << (q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
        out << cells.join(u'|');
    }
    return out;
}

QStringList TestPgScopeImport::links(Database& db) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT a.external_key, b.external_key, d.created_by "
                               "FROM scope_dependencies d "
                               "JOIN scope_items a ON a.id = d.item_id "
                               "JOIN scope_items b ON b.id = d.needs_id ORDER BY 1, 2"))) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return {};
    }
    QStringList out;
    while (q.next())
        out << q.value(0).toString() + QStringLiteral(" needs ") + q.value(1).toString() +
                   QStringLiteral(" by ") + q.value(2).toString();
    return out;
}

void TestPgScopeImport::sameItemsAsAFile_data() {
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("Jira Server, fix versions and Blocks links")
        << test::fileBytes(test::testDataPath(u"csv/jira_server_fix_versions_blocks.csv"_qs));
    for (const QString& name :
         {u"csv/jira_cloud_2026_all_fields_dup_labels_logwork_multiline.csv"_qs,
          u"csv/jira_cloud_2021_25x_outward_relates_links.csv"_qs}) {
        const QString path = test::sharedDataPath(name);
        if (!path.isEmpty())
            QTest::newRow(qPrintable(name)) << test::fileBytes(path);
    }
    // Over 1 MB of COPY data: sent in more than one chunk.
    QTest::newRow("generated, 6,000 rows with escapes") << generated(6000);
}

void TestPgScopeImport::sameItemsAsAFile() {
    QFETCH(QByteArray, csv);
    QVERIFY(!csv.isEmpty());
    Pair p = pair();
    QVERIFY(p.file && p.server);
    for (Database* db : {p.file.get(), p.server.get()}) {
        ReleaseService releases(*db, session());
        QVERIFY(test::createRelease(releases, test::newRelease(u"Payments"_qs, u"2.4.0"_qs)) > 0);
    }
    const qint64 auditBefore = auditCount(*p.server);

    const Imported onFile = run(*p.file, csv);
    const Imported onServer = run(*p.server, csv);
    QVERIFY2(onFile.outcome, qPrintable(onFile.mappingError + onFile.outcome.error().message));
    QVERIFY2(onServer.outcome,
             qPrintable(onServer.mappingError + onServer.outcome.error().message));
    const auto& f = onFile.outcome.value();
    const auto& s = onServer.outcome.value();
    QVERIFY(!s.refused);
    QVERIFY(s.created > 0);
    QCOMPARE(s.created, f.created);
    QCOMPARE(s.updated, f.updated);
    QCOMPARE(s.dependencies, f.dependencies);
    QCOMPARE(s.notes, f.notes);
    QCOMPARE(ScopeRepository(*p.server).count().value(), s.created);

    const QStringList fileRows = rows(*p.file);
    const QStringList serverRows = rows(*p.server);
    QCOMPARE(serverRows.size(), fileRows.size());
    for (qsizetype i = 0; i < fileRows.size(); ++i)
        QCOMPARE(serverRows[i], fileRows[i]);
    QCOMPARE(links(*p.server), links(*p.file));
    // The repository reads back through QSqlQuery what COPY stored.
    const auto byKey = ScopeRepository(*p.server).itemsByExternalKey().value();
    const auto fileByKey = ScopeRepository(*p.file).itemsByExternalKey().value();
    QCOMPARE(byKey.size(), fileByKey.size());
    for (auto it = fileByKey.cbegin(); it != fileByKey.cend(); ++it) {
        QVERIFY(byKey.contains(it.key()));
        QCOMPARE(byKey[it.key()].title, it->title);
        QCOMPARE(byKey[it.key()].description, it->description);
        QCOMPARE(byKey[it.key()].labels, it->labels);
        QCOMPARE(byKey[it.key()].rank, it->rank);
    }

    // The same file again: nothing new, nothing changed, on both.
    const Imported againFile = run(*p.file, csv);
    const Imported againServer = run(*p.server, csv);
    QVERIFY(againFile.outcome && againServer.outcome);
    QCOMPARE(againServer.outcome->created, 0);
    QCOMPARE(againServer.outcome->updated, againFile.outcome->updated);
    QCOMPARE(againServer.outcome->unchanged, againFile.outcome->unchanged);
    QCOMPARE(againServer.outcome->unchanged, s.created);
    QCOMPARE(againServer.outcome->dependencies, 0);
    QCOMPARE(rows(*p.server), serverRows);

    // One entry for the new items and one per link, in a chain that verifies.
    QCOMPARE(auditCount(*p.server), auditBefore + 1 + s.dependencies);
    const auto verified = AuditLog(*p.server).verify();
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
    QVERIFY(verified->intact());
}

void TestPgScopeImport::changedRowsUpdate() {
    Pair p = pair();
    QVERIFY(p.file && p.server);
    const QByteArray first = "Issue key,Summary,Issue Type,Priority,Status\n"
                             "OPS-1,Rotate certificates,Task,High,To Do\n"
                             "OPS-2,Upgrade database,Story,Low,In Progress\n";
    const QByteArray second = "Issue key,Summary,Issue Type,Priority,Status\n"
                              "OPS-1,Rotate certificates,Task,High,To Do\n"
                              "OPS-2,Upgrade the database,Story,Low,Done\n"
                              "OPS-3,Retire the old queue,Task,Medium,To Do\n";
    for (Database* db : {p.file.get(), p.server.get()}) {
        QCOMPARE(run(*db, first).outcome->created, 2);
        const auto again = run(*db, second).outcome;
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->created, 1);
        QCOMPARE(again->updated, 1);
        QCOMPARE(again->unchanged, 1);
        const ScopeItem upgraded = ScopeRepository(*db).itemsByExternalKey()->value(u"OPS-2"_qs);
        QCOMPARE(upgraded.title, u"Upgrade the database"_qs);
        QCOMPARE(upgraded.status, ScopeStatus::Done);
        QCOMPARE(upgraded.rowVersion, 2);
    }
    QCOMPARE(rows(*p.server), rows(*p.file));
    QVERIFY(AuditLog(*p.server).verify()->intact());
}

void TestPgScopeImport::badFileIsRefusedWhole() {
    Pair p = pair();
    QVERIFY(p.file && p.server);
    const QByteArray csv = test::fileBytes(test::testDataPath(u"csv/invalid_rows.csv"_qs));
    const qint64 audit = auditCount(*p.server);
    const auto onFile = run(*p.file, csv).outcome;
    const auto onServer = run(*p.server, csv).outcome;
    QVERIFY(onFile && onServer);
    QVERIFY(onServer->refused);
    QCOMPARE(onServer->problems.size(), 4);
    QVERIFY2(onServer->problems[0].startsWith(u"in.csv line 3: "_qs),
             qPrintable(onServer->problems[0]));
    QCOMPARE(onServer->problems, onFile->problems);
    QCOMPARE(ScopeRepository(*p.server).count().value(), 0);
    QCOMPARE(auditCount(*p.server), audit);
}

void TestPgScopeImport::rowTheServerRefusesLeavesNothing() {
    // Every row is fine, but the release they are sent to does not exist: the server refuses
    // the COPY on the foreign key, and the transaction leaves nothing behind.
    Pair p = pair();
    QVERIFY(p.server);
    Database& db = *p.server;
    QCOMPARE(
        run(db, "Issue key,Summary,Issue Type\nOPS-1,Rotate certificates,Task\n").outcome->created,
        1);
    const QStringList before = rows(db);
    const qint64 audit = auditCount(db);
    ScopeImportService::Options options;
    options.releaseId = 987654;
    const auto refused = run(db,
                             "Issue key,Summary,Issue Type,Outward issue link (Blocks)\n"
                             "OPS-2,Upgrade database,Story,OPS-3\n"
                             "OPS-3,Retire the old queue,Task,\n",
                             options)
                             .outcome;
    QVERIFY(!refused);
    QVERIFY2(!refused.error().message.contains(u'\n'), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(db.fileName()), qPrintable(refused.error().message));
    QCOMPARE(refused.error().kind, Error::Kind::Validation);
    QCOMPARE(rows(db), before);
    QCOMPARE(auditCount(db), audit);
    // The connection is usable again.
    QCOMPARE(
        run(db, "Issue key,Summary,Issue Type\nOPS-2,Upgrade database,Story\n").outcome->created,
        1);
    QVERIFY(AuditLog(db).verify()->intact());
}

// As a release manager's own login (not the tables' owner): the server records the import
// in the login's temporary table, undo takes back every item, link and update, redo puts them
// again, each audited, and the chain verifies.
void TestPgScopeImport::undoAndRedoAsAReleaseManager() {
    const QString url = m_pg.newDatabase();
    QVERIFY2(!url.isEmpty(), qPrintable(m_pg.error()));
    {
        auto owner = Database::open(url, FileOpenOptions{});
        QVERIFY2(owner, qPrintable(owner ? QString() : owner.error().message));
        ServerRoles roles(*owner.value());
        QVERIFY(roles.init());
        auto granted = roles.grant(u"rm.undo"_qs, u"release_manager"_qs);
        QVERIFY2(granted, qPrintable(granted ? QString() : granted.error().message));
    }
    auto opened = Database::open(PgServer::urlAs(url, u"rm.undo"_qs), FileOpenOptions{});
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    Database& db = *opened.value();
    const Session manager{u"rm.undo"_qs, {}};
    const auto importing = [&](const QByteArray& csv) {
        ImportUndoService undo(db, manager);
        return undo.record(RecordedImport::Kind::Scope, u"in.csv"_qs, [&]() -> Result<void> {
            auto table = CsvReader::parse(csv, u"in.csv"_qs);
            auto mapping = ScopeCsvMapping::forTable(table.value(), {}, u"in.csv"_qs);
            auto done = ScopeImportService(db, manager)
                            .import(table.value(), mapping.value(), u"in.csv"_qs, {});
            if (!done)
                return done.error();
            return {};
        });
    };
    QVERIFY(importing("Issue key,Summary,Issue Type\nOPS-1,Rotate certificates,Task\n"));
    const QStringList before = rows(db);
    auto second = importing("Issue key,Summary,Issue Type,Outward issue link (Blocks)\n"
                            "OPS-1,Rotate the certificates,Task,OPS-2\n"
                            "OPS-2,Renew the keys,Task,\n");
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    QVERIFY2(second->notUndoable.isEmpty(), qPrintable(second->notUndoable));
    QCOMPARE(second->rows, 3); // OPS-1 updated, OPS-2 new, one link
    const QStringList after = rows(db);
    QCOMPARE(links(db).size(), 1);

    ImportUndoService undo(db, manager);
    auto undone = undo.undo(second.value());
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
    QStringList back = rows(db);
    QCOMPARE(back.size(), 1);
    // The content is as before; its version moved on and the server stamped the undoer.
    QCOMPARE(back.first().section(u'|', 0, 9), before.first().section(u'|', 0, 9));
    QVERIFY(links(db).isEmpty());

    auto redone = undo.redo(second.value());
    QVERIFY2(redone, qPrintable(redone ? QString() : redone.error().message));
    const QStringList again = rows(db);
    QCOMPARE(again.size(), 2);
    for (int k = 0; k < 2; ++k)
        QCOMPARE(again[k].section(u'|', 0, 9), after[k].section(u'|', 0, 9));
    QCOMPARE(links(db).size(), 1);
    auto verified = AuditLog(db).verify();
    QVERIFY(verified && verified->intact());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action IN ('undo import', "
                   "'redo import') AND actor = 'rm.undo'"_qs) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    // Someone else's edit since refuses the undo, naming the item, and changes nothing.
    QVERIFY(q.exec(u"UPDATE scope_items SET title = 'Renew every key' WHERE external_key = "
                   "'OPS-2'"_qs));
    auto refused = undo.undo(second.value());
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Stale);
    QVERIFY2(refused.error().message.contains(u"Renew every key"_qs),
             qPrintable(refused.error().message));
    QCOMPARE(rows(db).size(), 2);
}

void TestPgScopeImport::reservedIdsWithGapsAreUsed() {
    // Another client's inserts can leave gaps in the ids a server reserves: each item takes
    // the one reserved for it, on both engines.
    Pair p = pair();
    QVERIFY(p.file && p.server);
    for (Database* db : {p.file.get(), p.server.get()}) {
        ScopeRepository repo(*db);
        const auto reserved = repo.reserveIds(3);
        QVERIFY(reserved);
        QVERIFY(reserved->consecutive());
        QCOMPARE(reserved->at(2), reserved->first + 2);
        QList<ScopeItem> items(3);
        std::vector<ScopeItem*> rows;
        for (qsizetype i = 0; i < items.size(); ++i) {
            items[i].title = u"Item "_qs + QString::number(i);
            items[i].externalKey = u"GAP-"_qs + QString::number(i);
            rows.push_back(&items[i]);
        }
        ScopeIdRange gaps;
        gaps.first = 100;
        gaps.count = 3;
        gaps.ids = {100, 102, 107};
        QVERIFY(repo.insertAll(rows, gaps, m_pg.role(), 1));
        const auto stored = repo.itemsByExternalKey().value();
        QCOMPARE(stored.value(u"GAP-0"_qs).id, 100);
        QCOMPARE(stored.value(u"GAP-1"_qs).id, 102);
        QCOMPARE(stored.value(u"GAP-2"_qs).id, 107);
        QCOMPARE(repo.find(107)->title, u"Item 2"_qs);
    }
    // A sequence that hands out every other id: the server names each id it reserved.
    QSqlQuery q(p.server->connection());
    QVERIFY2(q.exec(u"ALTER TABLE scope_items ALTER COLUMN id SET INCREMENT BY 2"_qs),
             qPrintable(q.lastError().text()));
    const auto spaced = ScopeRepository(*p.server).reserveIds(4);
    QVERIFY(spaced);
    QVERIFY(!spaced->consecutive());
    QCOMPARE(qsizetype(spaced->ids.size()), 4);
    for (qint64 k = 1; k < 4; ++k)
        QCOMPARE(spaced->at(k), spaced->first + 2 * k);
}

QTEST_GUILESS_MAIN(TestPgScopeImport)
#include "tst_PgScopeImport.moc"
