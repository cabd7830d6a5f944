// SPDX-License-Identifier: GPL-3.0-or-later
// Identity on a PostgreSQL server comes from the server: the audit chain is computed there (the
// same SHA-256 as AuditLog.cpp's), its actor is the login and its time the server's clock, the
// actor columns of every table are stamped with the login, and the history cannot be rewritten
// or emptied, by the owner neither. Two login roles (olga, ivan) stand for two people.
#include "Fixtures.h"
#include "PgServer.h"
#include "TestSupport.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QtTest>

#include <algorithm>
#include <atomic>

using namespace slipway;
using slipway::test::PgServer;

namespace {

// A plain QPSQL connection to `url` behind Slipway's back (as psql would), closed and removed
// when it goes.
class Plain {
public:
    explicit Plain(const QString& url) {
        static std::atomic<int> serial{0};
        m_name = QStringLiteral("plain-%1").arg(++serial);
        const auto settings = ConnectionSpec::parse(url).value().driverSettings();
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        c.setHostName(settings.hostName);
        c.setPort(settings.port);
        c.setDatabaseName(settings.databaseName);
        c.setUserName(settings.userName);
        c.setConnectOptions(settings.connectOptions);
        if (!c.open())
            qWarning("cannot connect to %s: %s", qPrintable(url), qPrintable(c.lastError().text()));
    }
    ~Plain() {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Plain(const Plain&) = delete;
    Plain& operator=(const Plain&) = delete;

    // Runs `sql` with `binds`; the first row is current when it returned rows. The error text
    // (empty on success) is kept in lastError.
    QSqlQuery run(const QString& sql, const QVariantList& binds = {}) {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        bool done = false;
        if (binds.isEmpty()) {
            done = q.exec(sql); // utility statements (CREATE ROLE, TRUNCATE) cannot be prepared
        } else {
            q.prepare(sql);
            for (const QVariant& v : binds)
                q.addBindValue(v);
            done = q.exec();
        }
        lastError = done ? QString() : q.lastError().text();
        if (lastError.isEmpty())
            q.next();
        return q;
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString lastError;

private:
    QString m_name;
};

// `url` with `login` as the user name.
QString as(const QString& url, const QString& login) {
    QUrl u(url);
    u.setUserName(login);
    return u.toString();
}

QString errorOf(const Result<void>& r) {
    return r ? QString() : r.error().message;
}

const QStringList kLogins = {QStringLiteral("olga"), QStringLiteral("ivan")};

} // namespace

class TestPgAuditChain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void theActorIsTheLoginNotTheEnvironment();
    void sameEntriesHashTheSameOnBothEngines();
    void aClientThatLiesIsOverwritten();
    void stampedColumnsShowTheLogin();
    void historyCannotBeRewrittenByTheOwnerNeither();
    void concurrentAppendsFormOneChain();
    void costPerAuditedEdit();

private:
    // A new database with Slipway's schema, in which olga and ivan may do everything.
    QString freshDatabase();
    PgServer m_pg;
};

void TestPgAuditChain::initTestCase() {
    QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    Plain owner(m_pg.url());
    for (const QString& login : kLogins) {
        owner.run(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login));
        QVERIFY2(owner.lastError.isEmpty(), qPrintable(owner.lastError));
    }
    owner.run(QStringLiteral("GRANT olga TO ivan")); // so that ivan may SET ROLE olga
    QVERIFY2(owner.lastError.isEmpty(), qPrintable(owner.lastError));
}

void TestPgAuditChain::cleanup() {
    qunsetenv("SLIPWAY_TEST_USER");
}

QString TestPgAuditChain::freshDatabase() {
    const QString url = m_pg.newDatabase();
    if (url.isEmpty()) {
        QTest::qFail(qPrintable(m_pg.error()), __FILE__, __LINE__);
        return {};
    }
    {
        auto made = Database::open(url, FileOpenOptions{});
        if (!made) {
            QTest::qFail(qPrintable(made.error().message), __FILE__, __LINE__);
            return {};
        }
    }
    Plain owner(url);
    for (const QString& login : kLogins) {
        for (const char* grant : {"GRANT ALL ON ALL TABLES IN SCHEMA public TO %1",
                                  "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1"}) {
            owner.run(QString::fromLatin1(grant).arg(login));
            if (!owner.lastError.isEmpty()) {
                QTest::qFail(qPrintable(owner.lastError), __FILE__, __LINE__);
                return {};
            }
        }
    }
    return url;
}

void TestPgAuditChain::theActorIsTheLoginNotTheEnvironment() {
    const QString url = freshDatabase();
    QVERIFY(!url.isEmpty());
    // The variable that lets tests act as someone on a file changes nothing on a server.
    qputenv("SLIPWAY_TEST_USER", "mallory");
    auto olga = Document::open(as(url, QStringLiteral("olga")), FileOpenOptions{});
    QVERIFY2(olga, qPrintable(olga ? QString() : olga.error().message));
    QCOMPARE(olga.value()->session().actor, QStringLiteral("olga"));
    auto owner = Document::open(url, FileOpenOptions{});
    QVERIFY(owner);
    QCOMPARE(owner.value()->session().actor, m_pg.role());
    const qint64 id =
        test::createRelease(olga.value()->releases(), test::newRelease(QStringLiteral("Payments")));
    QVERIFY(id > 0);
    auto created = olga.value()->releases().find(id);
    QVERIFY(created);
    QCOMPARE(created->createdBy, QStringLiteral("olga"));
    auto page = AuditLog(olga.value()->database()).page({}, 0, 10);
    QVERIFY(page);
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->first().actor, QStringLiteral("olga"));
}

namespace {

// The same edits on either engine, through the services.
void applyEdits(Document& doc) {
    const qint64 a = test::createRelease(
        doc.releases(), test::newRelease(QStringLiteral("Zahlungsverkehr ‘Ω’ \"quoted\" \\ 😀"),
                                         QStringLiteral("4.2.0")));
    const qint64 b =
        test::createRelease(doc.releases(), test::newRelease(QStringLiteral("Ledger")));
    QVERIFY(a > 0 && b > 0);
    auto first = doc.releases().find(a);
    QVERIFY(first);
    Release changed = first.value();
    changed.objectives = QStringLiteral("Zeile 1\nZeile 2\tmit Tab; 日本語; é (e + ́)");
    QVERIFY(doc.releases().update(changed));
    auto second = doc.releases().find(b);
    QVERIFY(second);
    QVERIFY(doc.releases().remove(b, second->rowVersion));
}

QList<AuditEntry> entriesOf(Database& db) {
    auto page = AuditLog(db).page({}, 0, 1000);
    if (!page)
        return {};
    QList<AuditEntry> entries = page.value();
    std::reverse(entries.begin(), entries.end());
    return entries;
}

} // namespace

void TestPgAuditChain::sameEntriesHashTheSameOnBothEngines() {
    const QString url = freshDatabase();
    QVERIFY(!url.isEmpty());
    auto server = Document::open(as(url, QStringLiteral("olga")), FileOpenOptions{});
    QVERIFY(server);
    test::TempFiles files(QStringLiteral("chain"));
    qputenv("SLIPWAY_TEST_USER", "olga");
    auto file = Document::open(files.newFile(), FileOpenOptions{.create = true});
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    QVERIFY(!file.value()->database().isPostgres());
    applyEdits(*server.value());
    applyEdits(*file.value());

    const QList<AuditEntry> onServer = entriesOf(server.value()->database());
    const QList<AuditEntry> onFile = entriesOf(file.value()->database());
    QVERIFY(onServer.size() >= 4); // two creations, an update, a removal
    QCOMPARE(onFile.size(), onServer.size());
    for (qsizetype i = 0; i < onServer.size(); ++i) {
        const AuditEntry& s = onServer[i];
        const AuditEntry& f = onFile[i];
        // The server's hash is the one the C++ code computes from the stored fields.
        QCOMPARE(AuditLog::computeHash(s), s.hash);
        QCOMPARE(AuditLog::computeHash(f), f.hash);
        QCOMPARE(s.seq, f.seq);
        QCOMPARE(s.actor, QStringLiteral("olga"));
        QCOMPARE(f.actor, s.actor);
        QCOMPARE(s.action, f.action);
        QCOMPARE(s.entity, f.entity);
        QCOMPARE(s.entityId, f.entityId);
    }
    // The non-ASCII text went through both engines unchanged.
    for (const QString& text : {QStringLiteral("‘Ω’"), QStringLiteral("日本語")})
        QVERIFY2(std::any_of(onServer.cbegin(), onServer.cend(),
                             [&](const AuditEntry& s) { return s.afterJson.contains(text); }),
                 qPrintable(text));
    for (Document* doc : {server.value().get(), file.value().get()}) {
        auto verified = AuditLog(doc->database()).verify();
        QVERIFY(verified);
        QCOMPARE(verified->checked, qint64(onServer.size()));
        QVERIFY2(!verified->firstBrokenSeq, qPrintable(verified->problem));
    }

    // Field by field, the SQL function and the C++ digest agree on the awkward cases: empty
    // fields, negative and large numbers, 4-byte UTF-8, a combining mark, control characters,
    // a backslash, a long text.
    QList<AuditEntry> cases;
    AuditEntry e;
    e.prevHash = AuditLog::genesisHash();
    cases << e;
    e = {};
    e.seq = 9007199254740993;
    e.atMs = -1;
    e.actor = QStringLiteral("Ölga 😀");
    e.action = QStringLiteral("update");
    e.entity = QStringLiteral("release");
    e.entityId = -42;
    e.beforeJson = QStringLiteral("{\"a\":\"\\\\n\\u00e9\"}");
    e.afterJson = QStringLiteral("e\u0301\r\n\t%_'\"");
    e.changeTicket = QString(20000, u'ß');
    e.prevHash = QString(64, u'f');
    cases << e;
    QSqlQuery q(server.value()->database().connection());
    for (const AuditEntry& c : std::as_const(cases)) {
        q.prepare(QStringLiteral("SELECT slipway_audit_hash(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v :
             {QVariant(c.prevHash), QVariant(c.seq), QVariant(c.atMs), QVariant(c.actor),
              QVariant(c.action), QVariant(c.entity), QVariant(c.entityId), QVariant(c.beforeJson),
              QVariant(c.afterJson), QVariant(c.changeTicket)})
            q.addBindValue(v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toString(), AuditLog::computeHash(c));
    }
}

void TestPgAuditChain::aClientThatLiesIsOverwritten() {
    const QString url = freshDatabase();
    QVERIFY(!url.isEmpty());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString forged = QStringLiteral(
        "INSERT INTO audit_log (seq, at_ms, actor, action, entity, entity_id, prev_hash, hash) "
        "VALUES (77, 1, 'someone-else', 'update', 'release', 1, 'forged', 'forged') "
        "RETURNING seq, at_ms, actor, prev_hash, hash");
    QString firstHash;
    {
        Plain olga(as(url, QStringLiteral("olga")));
        QSqlQuery q = olga.run(forged);
        QVERIFY2(olga.lastError.isEmpty(), qPrintable(olga.lastError));
        QCOMPARE(q.value(0).toLongLong(), 1);
        QVERIFY2(qAbs(q.value(1).toLongLong() - before) < 60000, qPrintable(q.value(1).toString()));
        QCOMPARE(q.value(2).toString(), QStringLiteral("olga"));
        QCOMPARE(q.value(3).toString(), AuditLog::genesisHash());
        firstHash = q.value(4).toString();
        QCOMPARE(firstHash.size(), 64);
    }
    {
        Plain ivan(as(url, QStringLiteral("ivan")));
        QSqlQuery q = ivan.run(forged);
        QVERIFY2(ivan.lastError.isEmpty(), qPrintable(ivan.lastError));
        QCOMPARE(q.value(0).toLongLong(), 2);
        QCOMPARE(q.value(2).toString(), QStringLiteral("ivan"));
        QCOMPARE(q.value(3).toString(), firstHash);
        // SET ROLE does not change who is logged in: the entry still names ivan.
        ivan.run(QStringLiteral("SET ROLE olga"));
        QVERIFY2(ivan.lastError.isEmpty(), qPrintable(ivan.lastError));
        q = ivan.run(forged);
        QCOMPARE(q.value(2).toString(), QStringLiteral("ivan"));
    }
    auto db = Database::open(url, FileOpenOptions{});
    QVERIFY(db);
    auto verified = AuditLog(*db.value()).verify();
    QVERIFY(verified);
    QCOMPARE(verified->checked, 3);
    QVERIFY2(!verified->firstBrokenSeq, qPrintable(verified->problem));
}

void TestPgAuditChain::stampedColumnsShowTheLogin() {
    const QString url = freshDatabase();
    QVERIFY(!url.isEmpty());
    Plain olga(as(url, QStringLiteral("olga")));
    Plain ivan(as(url, QStringLiteral("ivan")));
    QSqlQuery q = olga.run(QStringLiteral(
        "INSERT INTO releases (name, version, type, status, created_by, created_at, updated_by, "
        "updated_at) VALUES ('Payments', '1.0.0', 'minor', 'planned', 'someone-else', 0, "
        "'someone-else', 0) RETURNING id, created_by, updated_by"));
    QVERIFY2(olga.lastError.isEmpty(), qPrintable(olga.lastError));
    const qint64 release = q.value(0).toLongLong();
    QCOMPARE(q.value(1).toString(), QStringLiteral("olga"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("olga"));
    // Ivan edits and claims olga did: every edit is stamped, the creator stays.
    q = ivan.run(QStringLiteral("UPDATE releases SET name = 'Payments 2', updated_by = 'olga' "
                                "WHERE id = ? RETURNING created_by, updated_by"),
                 {release});
    QVERIFY2(ivan.lastError.isEmpty(), qPrintable(ivan.lastError));
    QCOMPARE(q.value(0).toString(), QStringLiteral("olga"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("ivan"));

    // The requester of a change may be someone else: not stamped. Its creator is.
    q = olga.run(
        QStringLiteral("INSERT INTO change_requests (ticket, release_id, summary, requested_by, "
                       "requested_at, created_by, created_at, updated_by, updated_at) VALUES "
                       "('CHG-1', ?, 'Payments', 'someone-else', 0, 'x', 0, 'x', 0) "
                       "RETURNING id, requested_by, created_by"),
        {release});
    QVERIFY2(olga.lastError.isEmpty(), qPrintable(olga.lastError));
    const qint64 change = q.value(0).toLongLong();
    QCOMPARE(q.value(1).toString(), QStringLiteral("someone-else"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("olga"));

    q = ivan.run(QStringLiteral("INSERT INTO cab_decisions (change_id, outcome, decided_by, "
                                "decided_at) VALUES (?, 'approve', 'olga', 0) "
                                "RETURNING id, decided_by"),
                 {change});
    QVERIFY2(ivan.lastError.isEmpty(), qPrintable(ivan.lastError));
    const qint64 decision = q.value(0).toLongLong();
    QCOMPARE(q.value(1).toString(), QStringLiteral("ivan"));
    // Withdrawing a decision does not make olga its decider.
    q = olga.run(QStringLiteral("UPDATE cab_decisions SET withdrawn = 1 WHERE id = ? "
                                "RETURNING decided_by"),
                 {decision});
    QVERIFY2(olga.lastError.isEmpty(), qPrintable(olga.lastError));
    QCOMPARE(q.value(0).toString(), QStringLiteral("ivan"));

    // Empty means "not yet": it stays empty, and a settlement names who settled.
    q = olga.run(QStringLiteral("INSERT INTO release_exit_criteria (release_id, criterion, "
                                "created_by, created_at, updated_by, updated_at) VALUES "
                                "(?, 'Docs written', 'x', 0, 'x', 0) RETURNING id, settled_by"),
                 {release});
    QVERIFY2(olga.lastError.isEmpty(), qPrintable(olga.lastError));
    const qint64 criterion = q.value(0).toLongLong();
    QCOMPARE(q.value(1).toString(), QString());
    q = ivan.run(QStringLiteral("UPDATE release_exit_criteria SET checked = 1, "
                                "settled_by = 'olga', settled_at = 1 WHERE id = ? "
                                "RETURNING settled_by, created_by, updated_by"),
                 {criterion});
    QVERIFY2(ivan.lastError.isEmpty(), qPrintable(ivan.lastError));
    QCOMPARE(q.value(0).toString(), QStringLiteral("ivan"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("olga"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("ivan"));

    // Through the services the client already names the login: both agree.
    auto doc = Document::open(as(url, QStringLiteral("ivan")), FileOpenOptions{});
    QVERIFY(doc);
    const qint64 id =
        test::createRelease(doc.value()->releases(), test::newRelease(QStringLiteral("Ledger")));
    auto created = doc.value()->releases().find(id);
    QVERIFY(created);
    QCOMPARE(created->createdBy, QStringLiteral("ivan"));
    QCOMPARE(created->updatedBy, QStringLiteral("ivan"));
}

void TestPgAuditChain::historyCannotBeRewrittenByTheOwnerNeither() {
    const QString url = freshDatabase();
    QVERIFY(!url.isEmpty());
    {
        auto doc = Document::open(as(url, QStringLiteral("olga")), FileOpenOptions{});
        QVERIFY(doc);
        test::createRelease(doc.value()->releases(), test::newRelease(QStringLiteral("A")));
        test::createRelease(doc.value()->releases(), test::newRelease(QStringLiteral("B")));
    }
    const QString append = QStringLiteral("the audit log is append-only");
    for (const QString& who : {QStringLiteral("olga"), m_pg.role()}) {
        Plain c(as(url, who));
        c.run(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1"));
        QVERIFY2(c.lastError.contains(append), qPrintable(who + u": " + c.lastError));
        c.run(QStringLiteral("DELETE FROM audit_log WHERE seq = 2"));
        QVERIFY2(c.lastError.contains(append), qPrintable(who + u": " + c.lastError));
        c.run(QStringLiteral("TRUNCATE audit_log"));
        QVERIFY2(c.lastError.contains(append), qPrintable(who + u": " + c.lastError));
        for (const char* table :
             {"communications", "communication_recipients", "comm_template_versions",
              "artifact_verifications", "artifact_freezes"}) {
            c.run(QStringLiteral("TRUNCATE %1 CASCADE").arg(QLatin1String(table)));
            QVERIFY2(c.lastError.contains(QLatin1String("cannot be emptied")),
                     qPrintable(who + u": " + QLatin1String(table) + u": " + c.lastError));
        }
        QCOMPARE(c.run(QStringLiteral("SELECT count(*) FROM audit_log")).value(0).toInt(), 2);
        QCOMPARE(
            c.run(QStringLiteral("SELECT count(*) FROM comm_template_versions")).value(0).toInt(),
            5);
    }
    auto db = Database::open(url, FileOpenOptions{});
    QVERIFY(db);
    auto verified = AuditLog(*db.value()).verify();
    QVERIFY(verified);
    QVERIFY2(!verified->firstBrokenSeq, qPrintable(verified->problem));
}

namespace {

// One client on a thread of its own, with its own connection: appends `count` entries, each in
// its own transaction. The first failure, or empty.
class Appender : public QThread {
public:
    Appender(QString url, int count)
        : m_url(std::move(url))
        , m_count(count) {}
    QString failure;

protected:
    void run() override {
        auto db = Database::open(m_url, FileOpenOptions{});
        if (!db) {
            failure = db.error().message;
            return;
        }
        AuditLog log(*db.value());
        for (int i = 0; i < m_count && failure.isEmpty(); ++i) {
            Transaction tx(*db.value());
            if (QString e = errorOf(tx.begin()); !e.isEmpty()) {
                failure = e;
                break;
            }
            AuditEntry entry;
            entry.action = QStringLiteral("update");
            entry.entity = QStringLiteral("release");
            entry.entityId = i;
            entry.afterJson = QStringLiteral("{\"n\":%1}").arg(i);
            auto appended = log.append(entry);
            if (!appended)
                failure = appended.error().message;
            else
                failure = errorOf(tx.commit());
        }
    }

private:
    QString m_url;
    int m_count;
};

} // namespace

void TestPgAuditChain::concurrentAppendsFormOneChain() {
    const QString url = freshDatabase();
    QVERIFY(!url.isEmpty());
    std::vector<std::unique_ptr<Appender>> clients;
    for (int i = 0; i < 8; ++i)
        clients.push_back(std::make_unique<Appender>(as(url, kLogins[i % 2]), 50));
    QElapsedTimer timer;
    timer.start();
    for (auto& c : clients)
        c->start();
    for (auto& c : clients) {
        QVERIFY(c->wait(120000));
        QVERIFY2(c->failure.isEmpty(), qPrintable(c->failure));
    }
    qInfo("8 clients x 50 audit entries at once: %lld ms", timer.elapsed());
    Plain owner(url);
    QSqlQuery q = owner.run(QStringLiteral(
        "SELECT count(*), count(DISTINCT seq), min(seq), max(seq), "
        "count(*) FILTER (WHERE actor = 'olga'), count(*) FILTER (WHERE actor = 'ivan') "
        "FROM audit_log"));
    QVERIFY2(owner.lastError.isEmpty(), qPrintable(owner.lastError));
    QCOMPARE(q.value(0).toInt(), 400);
    QCOMPARE(q.value(1).toInt(), 400);
    QCOMPARE(q.value(2).toInt(), 1);
    QCOMPARE(q.value(3).toInt(), 400);
    QCOMPARE(q.value(4).toInt(), 200);
    QCOMPARE(q.value(5).toInt(), 200);
    auto db = Database::open(url, FileOpenOptions{});
    QVERIFY(db);
    auto verified = AuditLog(*db.value()).verify();
    QVERIFY(verified);
    QCOMPARE(verified->checked, 400);
    QVERIFY2(!verified->firstBrokenSeq, qPrintable(verified->problem));
}

namespace {

// `edits` audited edits of release `id` over `c`, each in its own transaction, as SQL: the row's
// update, then its audit entry, either as the server now takes it (the chain computed by its
// trigger) or as the client wrote it before (a lock, the head read, the hash computed here).
// Microseconds per edit; negative on failure.
double timeEdits(const QSqlDatabase& c, qint64 id, int edits, bool serverChain) {
    QSqlQuery begin(c), commit(c), update(c), lock(c), head(c), insert(c);
    update.prepare(QStringLiteral("UPDATE releases SET objectives = ?, updated_by = 'olga', "
                                  "updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
    lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(7564900331413094)"));
    head.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    insert.prepare(serverChain ? QStringLiteral("INSERT INTO audit_log (action, entity, entity_id, "
                                                "before_json, after_json, change_ticket) VALUES "
                                                "(?, ?, ?, ?, ?, ?) RETURNING seq, at_ms, actor, "
                                                "prev_hash, hash")
                               : QStringLiteral("INSERT INTO audit_log (seq, at_ms, actor, action, "
                                                "entity, entity_id, before_json, after_json, "
                                                "change_ticket, prev_hash, hash) VALUES "
                                                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < edits; ++i) {
        AuditEntry e;
        e.actor = QStringLiteral("olga");
        e.action = QStringLiteral("update");
        e.entity = QStringLiteral("release");
        e.entityId = id;
        e.beforeJson = QStringLiteral("{\"objectives\":\"edit %1\"}").arg(i - 1);
        e.afterJson = QStringLiteral("{\"objectives\":\"edit %1\"}").arg(i);
        if (!begin.exec(QStringLiteral("BEGIN")))
            return -1;
        update.addBindValue(e.afterJson);
        update.addBindValue(QDateTime::currentSecsSinceEpoch());
        update.addBindValue(id);
        if (!update.exec())
            return -1;
        if (serverChain) {
            for (const QString& v : {e.action, e.entity})
                insert.addBindValue(v);
            insert.addBindValue(e.entityId);
            for (const QString& v : {e.beforeJson, e.afterJson, QStringLiteral("")})
                insert.addBindValue(v);
            if (!insert.exec() || !insert.next())
                return -1;
        } else {
            if (!lock.exec() || !head.exec())
                return -1;
            e.seq = head.next() ? head.value(0).toLongLong() + 1 : 1;
            e.prevHash = e.seq > 1 ? head.value(1).toString() : AuditLog::genesisHash();
            e.atMs = QDateTime::currentMSecsSinceEpoch();
            e.hash = AuditLog::computeHash(e);
            for (const QVariant& v :
                 {QVariant(e.seq), QVariant(e.atMs), QVariant(e.actor), QVariant(e.action),
                  QVariant(e.entity), QVariant(e.entityId), QVariant(e.beforeJson),
                  QVariant(e.afterJson), QVariant(QStringLiteral("")), QVariant(e.prevHash),
                  QVariant(e.hash)})
                insert.addBindValue(v);
            if (!insert.exec())
                return -1;
        }
        if (!commit.exec(QStringLiteral("COMMIT")))
            return -1;
    }
    return double(timer.nsecsElapsed()) / 1e3 / edits;
}

} // namespace

void TestPgAuditChain::costPerAuditedEdit() {
    constexpr int kEdits = 300;
    // Through the service, as the window and the command line edit.
    const QString url = freshDatabase();
    QVERIFY(!url.isEmpty());
    auto doc = Document::open(as(url, QStringLiteral("olga")), FileOpenOptions{});
    QVERIFY(doc);
    ReleaseService& releases = doc.value()->releases();
    const qint64 id = test::createRelease(releases, test::newRelease(QStringLiteral("Timed")));
    auto release = releases.find(id);
    QVERIFY(release);
    Release r = release.value();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kEdits; ++i) {
        r.objectives = QStringLiteral("edit %1").arg(i);
        auto updated = releases.update(r);
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
        r = updated.value();
    }
    const double service = double(timer.nsecsElapsed()) / 1e3 / kEdits;

    // The same SQL either way: with the server's triggers, and with them switched off and the
    // client doing the chain's work, as before they existed. Rounds alternate and the best of
    // each counts, as other work on the machine comes and goes.
    const QString bare = freshDatabase();
    QVERIFY(!bare.isEmpty());
    {
        Plain owner(bare);
        for (const char* off :
             {"ALTER TABLE audit_log DISABLE TRIGGER audit_log_chain",
              "ALTER TABLE releases DISABLE TRIGGER slipway_stamp_actor",
              "INSERT INTO releases (id, name, version, type, status, "
              "created_by, created_at, updated_by, updated_at) VALUES "
              "(1, 'Timed', '1.0.0', 'minor', 'planned', 'olga', 0, 'olga', 0)"}) {
            owner.run(QLatin1String(off));
            QVERIFY2(owner.lastError.isEmpty(), qPrintable(owner.lastError));
        }
    }
    double withTriggers = 1e12;
    double clientChain = 1e12;
    {
        Plain served(as(url, QStringLiteral("olga")));
        Plain bareClient(as(bare, QStringLiteral("olga")));
        for (int round = 0; round < 5; ++round) {
            withTriggers = qMin(withTriggers, timeEdits(served.db(), id, kEdits / 3, true));
            clientChain = qMin(clientChain, timeEdits(bareClient.db(), 1, kEdits / 3, false));
        }
    }
    QVERIFY(withTriggers > 0 && clientChain > 0);
    qInfo("audited edits on a server: %.0f us each through ReleaseService (%d); as SQL (best of 5 "
          "rounds of %d), %.0f us with the chain and stamp triggers against %.0f us with the "
          "client computing the chain under a lock (before the triggers)",
          service, kEdits, kEdits / 3, withTriggers, clientChain);
}

QTEST_GUILESS_MAIN(TestPgAuditChain)
#include "tst_PgAuditChain.moc"
