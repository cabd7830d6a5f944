// SPDX-License-Identifier: GPL-3.0-or-later
// slipway admin init|grant through the binary against a real PostgreSQL 15: init twice leaves
// the same state; grant and --revoke work for logins with quotes, backslashes, dots and
// non-ASCII letters, and refuse in one line the names PostgreSQL cannot keep, unknown roles, a
// file instead of a server, and a login without CREATEROLE.
#include "PgServer.h"
#include "TestSupport.h"
#include "storage/ConnectionSpec.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace slipway;
using namespace slipway::test;

namespace {

void expectOneLineRefusal(const Run& run) {
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(!run.errText().isEmpty(), "nothing on stderr");
    QVERIFY2(!run.errText().contains(u'\n'), qPrintable(run.errText()));
    QVERIFY2(run.out.isEmpty(), run.out.constData());
}

} // namespace

class tst_AdminCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void initTwiceLeavesTheSameState();
    void aCollationUnlikeAFileIsWarnedOf();
    void grantsAndRevokesHostileLogins();
    void refusesInOneLine();

private:
    // A value from the server as its superuser, behind Slipway's back.
    QVariant ask(const QString& sql, const QString& parameter = {});

    PgServer m_pg;
    QString m_url;
};

QVariant tst_AdminCommand::ask(const QString& sql, const QString& parameter) {
    static int serial = 0;
    const QString name = QStringLiteral("admin-check-%1").arg(++serial);
    QVariant value;
    {
        const auto settings = ConnectionSpec::parse(m_url).value().driverSettings();
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(settings.hostName);
        c.setPort(settings.port);
        c.setDatabaseName(settings.databaseName);
        c.setUserName(settings.userName);
        if (c.open()) {
            QSqlQuery q(c);
            bool ran = false;
            if (parameter.isNull()) {
                ran = q.exec(sql);
            } else {
                q.prepare(sql);
                q.addBindValue(parameter);
                ran = q.exec();
            }
            if (ran && q.isSelect() && q.next())
                value = q.value(0);
            else if (!ran)
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void tst_AdminCommand::initTestCase() {
    QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    m_url = m_pg.newDatabase();
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_pg.error()));
}

void tst_AdminCommand::initTwiceLeavesTheSameState() {
    const QString grants = QStringLiteral(
        "SELECT string_agg(grantee || ':' || table_name || ':' || privilege_type, ',' "
        "ORDER BY grantee, table_name, privilege_type) FROM information_schema.role_table_grants "
        "WHERE grantee LIKE 'slipway\\_%'");
    const Run first = runSlipway(
        {QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--db"), m_url});
    QVERIFY2(first.exitCode == 0, qPrintable(first.errText()));
    QVERIFY2(first.outText().contains(QLatin1String("9 created")), qPrintable(first.outText()));
    const QString after = ask(grants).toString();
    QVERIFY(after.contains(QLatin1String("slipway_viewer:releases:SELECT")));
    QVERIFY(after.contains(QLatin1String("slipway_deployer:deployments:INSERT")));
    QVERIFY(!after.contains(QLatin1String("slipway_deployer:cab_decisions")));
    QCOMPARE(ask(QStringLiteral("SELECT count(*) FROM pg_policies")).toInt() > 0, true);

    const Run second = runSlipway(
        {QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--db"), m_url});
    QVERIFY2(second.exitCode == 0, qPrintable(second.errText()));
    QVERIFY2(second.outText().contains(QLatin1String("0 created")), qPrintable(second.outText()));
    QCOMPARE(ask(grants).toString(), after);
}

void tst_AdminCommand::aCollationUnlikeAFileIsWarnedOf() {
    // ICU orders "a" before "B"; a file orders by code point. Warned, and the roles are made.
    ask(QStringLiteral("CREATE DATABASE icu_ordered TEMPLATE template0 LOCALE_PROVIDER icu "
                       "ICU_LOCALE 'en-US' LOCALE 'C'"));
    QUrl url(m_url);
    url.setPath(QStringLiteral("/icu_ordered"));
    const Run run = runSlipway({QStringLiteral("admin"), QStringLiteral("init"),
                                QStringLiteral("--db"), QString::fromLatin1(url.toEncoded())});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QVERIFY2(run.errText().startsWith(QLatin1String("Warning:")) &&
                 run.errText().contains(QLatin1String("ICU en-US")) &&
                 !run.errText().contains(u'\n'),
             qPrintable(run.errText()));
    QVERIFY(run.outText().contains(QLatin1String("roles ready")));
}

void tst_AdminCommand::grantsAndRevokesHostileLogins() {
    for (const QString& login :
         {QStringLiteral("o'brien"), QStringLiteral("DOMAIN\\user"), QStringLiteral("first.last"),
          QStringLiteral("Ünal"), QStringLiteral("Robert\"); DROP TABLE releases; --")}) {
        const Run granted = runSlipway({QStringLiteral("admin"), QStringLiteral("grant"),
                                        QStringLiteral("--db"), m_url, QStringLiteral("--login"),
                                        login, QStringLiteral("--role"), QStringLiteral("qa")});
        QVERIFY2(granted.exitCode == 0, qPrintable(login + u": " + granted.errText()));
        QVERIFY2(granted.outText().contains(u"the login is new there"_qs),
                 qPrintable(granted.outText()));
        QCOMPARE(
            ask(QStringLiteral("SELECT pg_has_role(?, 'slipway_qa', 'MEMBER')"), login).toBool(),
            true);
        QCOMPARE(ask(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), login)
                     .toBool(),
                 true);
        QCOMPARE(ask(QStringLiteral("SELECT count(*) FROM people p JOIN person_roles r ON "
                                    "r.person_id = p.id WHERE p.login = ? AND r.role = 'qa'"),
                     login)
                     .toInt(),
                 1);
        // Granting again changes nothing and is no error; the login is no longer new.
        const Run again = runSlipway({QStringLiteral("admin"), QStringLiteral("grant"),
                                      QStringLiteral("--db"), m_url, QStringLiteral("--login"),
                                      login, QStringLiteral("--role"), QStringLiteral("qa")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.outText().contains(u"new"_qs), qPrintable(again.outText()));
        const Run revoked =
            runSlipway({QStringLiteral("admin"), QStringLiteral("grant"), QStringLiteral("--db"),
                        m_url, QStringLiteral("--login"), login, QStringLiteral("--role"),
                        QStringLiteral("qa"), QStringLiteral("--revoke")});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.errText()));
        QCOMPARE(
            ask(QStringLiteral("SELECT pg_has_role(?, 'slipway_qa', 'MEMBER')"), login).toBool(),
            false);
        QCOMPARE(ask(QStringLiteral("SELECT count(*) FROM person_roles r JOIN people p ON "
                                    "p.id = r.person_id WHERE p.login = ?"),
                     login)
                     .toInt(),
                 0);
    }
    QCOMPARE(ask(QStringLiteral("SELECT to_regclass('releases') IS NOT NULL")).toBool(), true);
    // Each grant and revoke is in the audit log, as the server's login.
    QCOMPARE(ask(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                "('grant_role', 'revoke_role') AND actor = ?"),
                 m_pg.role())
                 .toInt(),
             15);
}

void tst_AdminCommand::refusesInOneLine() {
    const qint64 rolesBefore = ask(QStringLiteral("SELECT count(*) FROM pg_roles")).toLongLong();
    for (const QString& login :
         {QString(64, u'a'), QStringLiteral("tab\there"), QStringLiteral("pg_reader"),
          QStringLiteral("slipway_cab"), QStringLiteral("public"), QStringLiteral(" lead")}) {
        const Run run = runSlipway({QStringLiteral("admin"), QStringLiteral("grant"),
                                    QStringLiteral("--db"), m_url, QStringLiteral("--login"), login,
                                    QStringLiteral("--role"), QStringLiteral("viewer")});
        expectOneLineRefusal(run);
    }
    expectOneLineRefusal(
        runSlipway({QStringLiteral("admin"), QStringLiteral("grant"), QStringLiteral("--db"), m_url,
                    QStringLiteral("--login"), QStringLiteral("alice"), QStringLiteral("--role"),
                    QStringLiteral("auditor")}));
    QCOMPARE(ask(QStringLiteral("SELECT count(*) FROM pg_roles")).toLongLong(), rolesBefore);

    // A file is not a server.
    QTemporaryDir dir;
    expectOneLineRefusal(
        runSlipway({QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--db"),
                    dir.filePath(QStringLiteral("a.db"))}));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("a.db"))));

    // A person's login may not create roles: refused, naming CREATEROLE.
    QVERIFY(runSlipway({QStringLiteral("admin"), QStringLiteral("grant"), QStringLiteral("--db"),
                        m_url, QStringLiteral("--login"), QStringLiteral("lead"),
                        QStringLiteral("--role"), QStringLiteral("release_manager")})
                .exitCode == 0);
    QUrl asLead(m_url);
    asLead.setUserName(QStringLiteral("lead"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("init")},
          QStringList{QStringLiteral("grant"), QStringLiteral("--login"), QStringLiteral("eve"),
                      QStringLiteral("--role"), QStringLiteral("release_manager")}}) {
        const Run run = runSlipway(
            QStringList{QStringLiteral("admin")} + args +
            QStringList{QStringLiteral("--db"), QString::fromLatin1(asLead.toEncoded())});
        expectOneLineRefusal(run);
        QVERIFY2(run.errText().contains(QLatin1String("CREATEROLE")), qPrintable(run.errText()));
    }
    QCOMPARE(ask(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'eve'")).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_AdminCommand)
#include "tst_AdminCommand.moc"
