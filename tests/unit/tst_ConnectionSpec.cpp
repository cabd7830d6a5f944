// SPDX-License-Identifier: GPL-3.0-or-later
// What --db names: a file, a PostgreSQL URL or a libpq connection string, and what Qt's
// PostgreSQL driver is handed for each; hostile text gets one line naming what is wrong.
#include "storage/ConnectionSpec.h"

#include <QtTest>

using namespace slipway;

using Params = QList<QPair<QString, QString>>;

class TestConnectionSpec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void files_data();
    void files();
    void fileUrl();
    void urls_data();
    void urls();
    void conninfo_data();
    void conninfo();
    void driverSettings();
    void multipleHostsStayWithLibpq();
    void conninfoQuotesValues();
    void displayName_data();
    void displayName();
    void refused_data();
    void refused();
    void randomTextNeverCrashes();
};

void TestConnectionSpec::files_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("relative") << QStringLiteral("plan.slipway");
    QTest::newRow("absolute") << QStringLiteral("/srv/cab/2026 plan.slipway");
    QTest::newRow("unknown key=value is a file name") << QStringLiteral("release=1.slipway");
    QTest::newRow("windows") << QStringLiteral("C:/Users/cab/plan.slipway");
    QTest::newRow("colon") << QStringLiteral("plan:2026.slipway");
}

void TestConnectionSpec::files() {
    QFETCH(QString, text);
    const auto spec = ConnectionSpec::parse(text);
    QVERIFY2(spec.ok(), qPrintable(spec.error().message));
    QCOMPARE(spec->engine(), ConnectionSpec::Engine::SQLite);
    QCOMPARE(spec->filePath(), text);
    QCOMPARE(spec->displayName(), text);
    QVERIFY(spec->parameters().isEmpty());
}

void TestConnectionSpec::fileUrl() {
    const auto spec = ConnectionSpec::parse(QStringLiteral("file:///srv/cab/plan%202026.slipway"));
    QVERIFY2(spec.ok(), qPrintable(spec.error().message));
    QCOMPARE(spec->engine(), ConnectionSpec::Engine::SQLite);
    QCOMPARE(spec->filePath(), QStringLiteral("/srv/cab/plan 2026.slipway"));
}

void TestConnectionSpec::urls_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<Params>("expected");
    const auto p = [](const char* k, const QString& v) {
        return qMakePair(QString::fromLatin1(k), v);
    };
    QTest::newRow("host and db") << QStringLiteral("postgresql://db.example.com/releases")
                                 << Params{p("host", QStringLiteral("db.example.com")),
                                           p("dbname", QStringLiteral("releases"))};
    QTest::newRow("postgres scheme, all parts")
        << QStringLiteral(
               "postgres://alice@10.0.0.5:6432/cab?sslmode=verify-full&connect_timeout=5")
        << Params{p("user", QStringLiteral("alice")),
                  p("host", QStringLiteral("10.0.0.5")),
                  p("port", QStringLiteral("6432")),
                  p("dbname", QStringLiteral("cab")),
                  p("sslmode", QStringLiteral("verify-full")),
                  p("connect_timeout", QStringLiteral("5"))};
    QTest::newRow("scheme in capitals")
        << QStringLiteral("PostgreSQL://h/d")
        << Params{p("host", QStringLiteral("h")), p("dbname", QStringLiteral("d"))};
    QTest::newRow("nothing but the scheme") << QStringLiteral("postgresql://") << Params{};
    QTest::newRow("default host") << QStringLiteral("postgresql:///releases")
                                  << Params{p("dbname", QStringLiteral("releases"))};
    QTest::newRow("percent-encoded")
        << QStringLiteral("postgresql://j%40doe@h/rel%20plan%2Fx")
        << Params{p("user", QStringLiteral("j@doe")), p("host", QStringLiteral("h")),
                  p("dbname", QStringLiteral("rel plan/x"))};
    QTest::newRow("utf-8 name") << QStringLiteral("postgresql://h/z%C3%BCrich")
                                << Params{p("host", QStringLiteral("h")),
                                          p("dbname", QStringLiteral("zürich"))};
    QTest::newRow("ipv6") << QStringLiteral("postgresql://[2001:db8::1]:5433/d")
                          << Params{p("host", QStringLiteral("2001:db8::1")),
                                    p("port", QStringLiteral("5433")),
                                    p("dbname", QStringLiteral("d"))};
    QTest::newRow("unix socket folder")
        << QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql/d")
        << Params{p("host", QStringLiteral("/var/run/postgresql")),
                  p("dbname", QStringLiteral("d"))};
    QTest::newRow("socket as parameter")
        << QStringLiteral("postgresql:///d?host=/run/pg")
        << Params{p("dbname", QStringLiteral("d")), p("host", QStringLiteral("/run/pg"))};
    QTest::newRow("several hosts")
        << QStringLiteral("postgresql://a:5432,b,c:5433/d?target_session_attrs=read-write")
        << Params{p("host", QStringLiteral("a,b,c")), p("port", QStringLiteral("5432,,5433")),
                  p("dbname", QStringLiteral("d")),
                  p("target_session_attrs", QStringLiteral("read-write"))};
    QTest::newRow("service in a URL") << QStringLiteral("postgresql://?service=cab")
                                      << Params{p("service", QStringLiteral("cab"))};
    QTest::newRow("trailing slash")
        << QStringLiteral("postgresql://h/") << Params{p("host", QStringLiteral("h"))};
}

void TestConnectionSpec::urls() {
    QFETCH(QString, text);
    QFETCH(Params, expected);
    const auto spec = ConnectionSpec::parse(text);
    QVERIFY2(spec.ok(), qPrintable(spec.error().message));
    QCOMPARE(spec->engine(), ConnectionSpec::Engine::PostgreSQL);
    QVERIFY(spec->isPostgres());
    QCOMPARE(spec->parameters(), expected);
}

void TestConnectionSpec::conninfo_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<Params>("expected");
    const auto p = [](const char* k, const QString& v) {
        return qMakePair(QString::fromLatin1(k), v);
    };
    QTest::newRow("service") << QStringLiteral("service=cab-prod")
                             << Params{p("service", QStringLiteral("cab-prod"))};
    QTest::newRow("spaces around =")
        << QStringLiteral("  host = db1  dbname=releases\tsslmode=require ")
        << Params{p("host", QStringLiteral("db1")), p("dbname", QStringLiteral("releases")),
                  p("sslmode", QStringLiteral("require"))};
    QTest::newRow("quoted with escapes")
        << QStringLiteral("dbname='release plan' application_name='O\\'Brien \\\\ x' user=a\\ b")
        << Params{p("dbname", QStringLiteral("release plan")),
                  p("application_name", QStringLiteral("O'Brien \\ x")),
                  p("user", QStringLiteral("a b"))};
    QTest::newRow("empty quoted value")
        << QStringLiteral("host='' dbname=d")
        << Params{p("host", QString()), p("dbname", QStringLiteral("d"))};
}

void TestConnectionSpec::conninfo() {
    QFETCH(QString, text);
    QFETCH(Params, expected);
    const auto spec = ConnectionSpec::parse(text);
    QVERIFY2(spec.ok(), qPrintable(spec.error().message));
    QCOMPARE(spec->engine(), ConnectionSpec::Engine::PostgreSQL);
    QCOMPARE(spec->parameters(), expected);
    // What conninfo() writes reads back the same.
    const auto again = ConnectionSpec::parse(spec->conninfo());
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->parameters(), expected);
}

void TestConnectionSpec::driverSettings() {
    const auto spec = ConnectionSpec::parse(
        QStringLiteral("postgresql://alice@db.example.com:6432/releases?sslmode=verify-full&"
                       "sslrootcert=/etc/ssl/certs/Corp%20CA.pem&application_name=slipway"));
    QVERIFY2(spec.ok(), qPrintable(spec.error().message));
    const ConnectionSpec::DriverSettings s = spec->driverSettings();
    QCOMPARE(s.hostName, QStringLiteral("db.example.com"));
    QCOMPARE(s.port, 6432);
    QCOMPARE(s.databaseName, QStringLiteral("releases"));
    QCOMPARE(s.userName, QStringLiteral("alice"));
    QCOMPARE(s.connectOptions, QStringLiteral("sslmode='verify-full' "
                                              "sslrootcert='/etc/ssl/certs/Corp CA.pem' "
                                              "application_name='slipway'"));

    const auto service = ConnectionSpec::parse(QStringLiteral("service=cab"));
    QVERIFY(service.ok());
    const ConnectionSpec::DriverSettings t = service->driverSettings();
    QVERIFY(t.hostName.isEmpty());
    QCOMPARE(t.port, -1);
    QVERIFY(t.databaseName.isEmpty());
    QCOMPARE(t.connectOptions, QStringLiteral("service='cab'"));
}

void TestConnectionSpec::multipleHostsStayWithLibpq() {
    const auto spec = ConnectionSpec::parse(QStringLiteral("postgresql://a:5432,b:5433/d"));
    QVERIFY2(spec.ok(), qPrintable(spec.error().message));
    const ConnectionSpec::DriverSettings s = spec->driverSettings();
    QVERIFY(s.hostName.isEmpty());
    QCOMPARE(s.port, -1);
    QCOMPARE(s.databaseName, QStringLiteral("d"));
    QCOMPARE(s.connectOptions, QStringLiteral("host='a,b' port='5432,5433'"));
}

void TestConnectionSpec::conninfoQuotesValues() {
    const auto spec =
        ConnectionSpec::parse(QStringLiteral("postgresql://h/it's%5Cmine?application_name=a%20b"));
    QVERIFY2(spec.ok(), qPrintable(spec.error().message));
    QCOMPARE(spec->conninfo(),
             QStringLiteral("host='h' dbname='it\\'s\\\\mine' application_name='a b'"));
}

void TestConnectionSpec::displayName_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("url") << QStringLiteral("postgres://alice@h:6432/d?sslmode=require")
                         << QStringLiteral("postgresql://alice@h:6432/d");
    QTest::newRow("ipv6") << QStringLiteral("postgresql://[::1]/d")
                          << QStringLiteral("postgresql://[::1]/d");
    QTest::newRow("service") << QStringLiteral("service=cab dbname=x")
                             << QStringLiteral("service=cab");
    QTest::newRow("conninfo") << QStringLiteral("host=h dbname=d")
                              << QStringLiteral("postgresql://h/d");
}

void TestConnectionSpec::displayName() {
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const auto spec = ConnectionSpec::parse(text);
    QVERIFY2(spec.ok(), qPrintable(spec.error().message));
    QCOMPARE(spec->displayName(), shown);
}

void TestConnectionSpec::refused_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QString() << QStringLiteral("no database given");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("no database given");
    QTest::newRow("password in URL")
        << QStringLiteral("postgresql://alice:s3cret@h/d") << QStringLiteral("~/.pgpass");
    QTest::newRow("empty password in URL")
        << QStringLiteral("postgresql://alice:@h/d") << QStringLiteral("~/.pgpass");
    QTest::newRow("password parameter")
        << QStringLiteral("postgresql://h/d?password=x") << QStringLiteral("service file");
    QTest::newRow("password in conninfo")
        << QStringLiteral("host=h password='x y'") << QStringLiteral("Slipway stores no password");
    QTest::newRow("sslpassword") << QStringLiteral("host=h sslpassword=x")
                                 << QStringLiteral("~/.pgpass");
    QTest::newRow("other scheme") << QStringLiteral("mysql://h/d") << QStringLiteral("'mysql://'");
    QTest::newRow("http") << QStringLiteral("https://example.com/x.slipway")
                          << QStringLiteral("'https://'");
    QTest::newRow("bad port") << QStringLiteral("postgresql://h:54x2/d")
                              << QStringLiteral("port '54x2'");
    QTest::newRow("port zero") << QStringLiteral("postgresql://h:0/d")
                               << QStringLiteral("port '0'");
    QTest::newRow("port too big") << QStringLiteral("postgresql://h:65536/d")
                                  << QStringLiteral("port '65536'");
    QTest::newRow("port sign") << QStringLiteral("port=+5432") << QStringLiteral("port '+5432'");
    QTest::newRow("colon, no port")
        << QStringLiteral("postgresql://h:/d") << QStringLiteral("no port");
    QTest::newRow("bracket, colon, no port")
        << QStringLiteral("postgresql://[::1]:/d") << QStringLiteral("no port");
    QTest::newRow("bare ipv6") << QStringLiteral("postgresql://::1/d")
                               << QStringLiteral("brackets");
    QTest::newRow("open bracket") << QStringLiteral("postgresql://[::1/d") << QStringLiteral("']'");
    QTest::newRow("not ipv6") << QStringLiteral("postgresql://[zz]/d") << QStringLiteral("IPv6");
    QTest::newRow("junk after bracket")
        << QStringLiteral("postgresql://[::1]x/d") << QStringLiteral("':port'");
    QTest::newRow("bad host") << QStringLiteral("postgresql://ho$t/d")
                              << QStringLiteral("host name");
    QTest::newRow("second @") << QStringLiteral("postgresql://a@b@h/d")
                              << QStringLiteral("host name");
    QTest::newRow("empty user") << QStringLiteral("postgresql://@h/d") << QStringLiteral("empty");
    QTest::newRow("bad escape") << QStringLiteral("postgresql://h/d%zz")
                                << QStringLiteral("%-escape");
    QTest::newRow("short escape") << QStringLiteral("postgresql://h/d%2")
                                  << QStringLiteral("%-escape");
    QTest::newRow("NUL escape") << QStringLiteral("postgresql://h/d%00x")
                                << QStringLiteral("%-escape");
    QTest::newRow("control escape")
        << QStringLiteral("postgresql://h/d%0Ax") << QStringLiteral("control character");
    QTest::newRow("space") << QStringLiteral("postgresql://h/my db") << QStringLiteral("%20");
    QTest::newRow("fragment") << QStringLiteral("postgresql://h/d#x") << QStringLiteral("%23");
    QTest::newRow("path too deep") << QStringLiteral("postgresql://h/a/b") << QStringLiteral("%2F");
    QTest::newRow("unknown parameter")
        << QStringLiteral("postgresql://h/d?sslmod=require") << QStringLiteral("'sslmod'");
    QTest::newRow("parameter without value") << QStringLiteral("postgresql://h/d?sslmode")
                                             << QStringLiteral("'sslmode' has no '=value'");
    QTest::newRow("parameter without name")
        << QStringLiteral("postgresql://h/d?=x") << QStringLiteral("has no name");
    QTest::newRow("bad sslmode") << QStringLiteral("postgresql://h/d?sslmode=verify_full")
                                 << QStringLiteral("verify-full");
    QTest::newRow("twice") << QStringLiteral("postgresql://h/d?dbname=e")
                           << QStringLiteral("twice");
    QTest::newRow("twice in conninfo")
        << QStringLiteral("host=a host=b") << QStringLiteral("twice");
    QTest::newRow("semicolon") << QStringLiteral("postgresql://h/d?application_name=a%3Bb")
                               << QStringLiteral("';'");
    QTest::newRow("unterminated quote")
        << QStringLiteral("host='h dbname=d") << QStringLiteral("closing quote");
    QTest::newRow("keyword without value")
        << QStringLiteral("host=h dbname") << QStringLiteral("'dbname'");
    QTest::newRow("unknown keyword in conninfo")
        << QStringLiteral("host=h colour=blue") << QStringLiteral("'colour'");
    QTest::newRow("negative timeout")
        << QStringLiteral("host=h connect_timeout=-3") << QStringLiteral("connect_timeout");
    QTest::newRow("control in file name")
        << QStringLiteral("plan\n.slipway") << QStringLiteral("control character");
    QTest::newRow("control in conninfo")
        << QStringLiteral("host=h\x01") << QStringLiteral("control");
    QTest::newRow("bad file URL") << QStringLiteral("file://server/share/x")
                                  << QStringLiteral("file URL");
}

void TestConnectionSpec::refused() {
    QFETCH(QString, text);
    QFETCH(QString, says);
    const auto spec = ConnectionSpec::parse(text);
    QVERIFY2(!spec.ok(), qPrintable(QStringLiteral("accepted: ") + text));
    const QString message = spec.error().message;
    QCOMPARE(spec.error().kind, Error::Kind::Usage);
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(!message.contains(u'\n') && !message.isEmpty(), qPrintable(message));
    // A refused password never shows up in the message.
    QVERIFY2(!message.contains(QLatin1String("s3cret")), qPrintable(message));
}

// Random bytes and mutations of good addresses: an answer or one line, never a crash.
void TestConnectionSpec::randomTextNeverCrashes() {
    const QStringList seeds{QStringLiteral("postgresql://alice@[::1]:5432,b/d?sslmode=require"),
                            QStringLiteral("service=cab host='a b' port=1"),
                            QStringLiteral("postgres://%41:@h/%2F")};
    const QString alphabet = QStringLiteral("%:/@?&=[]',;\\ \"#abcAZ09\t\x01é");
    QRandomGenerator rng(20261207);
    for (int round = 0; round < 20000; ++round) {
        QString text = seeds.at(round % seeds.size());
        const int edits = 1 + int(rng.bounded(6));
        for (int e = 0; e < edits; ++e) {
            const int at = int(rng.bounded(text.size() + 1));
            const QChar c = alphabet.at(int(rng.bounded(alphabet.size())));
            if (rng.bounded(2) == 0 && at < text.size())
                text.remove(at, 1);
            else
                text.insert(at, c);
        }
        const auto spec = ConnectionSpec::parse(text);
        if (!spec.ok()) {
            QVERIFY2(!spec.error().message.isEmpty() && !spec.error().message.contains(u'\n'),
                     qPrintable(text));
            continue;
        }
        if (spec->isPostgres()) {
            for (const auto& p : spec->parameters())
                QVERIFY2(p.first != QLatin1String("password"), qPrintable(text));
            // Whatever was accepted survives a round trip through conninfo().
            const auto again = ConnectionSpec::parse(spec->conninfo());
            if (!spec->parameters().isEmpty()) {
                QVERIFY2(again.ok(), qPrintable(text + QStringLiteral(" -> ") + spec->conninfo()));
                QCOMPARE(again->parameters(), spec->parameters());
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "tst_ConnectionSpec.moc"
