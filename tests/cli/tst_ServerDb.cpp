// SPDX-License-Identifier: GPL-3.0-or-later
// --db naming a PostgreSQL server, through the binary: a server nobody listens on gives one
// line naming it (no crash, nothing written); a password in the address is refused before
// connecting, without echoing it; what works on files only (demo, --shared) is refused in
// one line naming the server; a real server (PgServer) is read and written like a file; a
// server that wants a password libpq cannot find gets one line naming ~/.pgpass and the service
// file, and the command line never asks; a command on a server acts as the server's login,
// whoever the environment says is running it.
#include "Fixtures.h"
#include "PgServer.h"
#include "TestSupport.h"
#include "services/ReleaseService.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

const QString kUnreachable = QStringLiteral("postgresql://127.0.0.1:1/x");

// One line on stderr, nothing on stdout.
void expectOneLine(const Run& run) {
    QVERIFY2(!run.errText().isEmpty(), "nothing on stderr");
    QVERIFY2(!run.errText().contains(u'\n'), qPrintable(run.errText()));
    QVERIFY2(run.out.isEmpty(), run.out.constData());
}

} // namespace

class tst_ServerDb : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_cwd;
    QTemporaryDir m_elsewhere;
    QString m_previousCwd;
    QString m_noPassfile;

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        // Whatever a command might write by mistake lands here, where the tests look for it.
        QVERIFY(m_cwd.isValid());
        m_previousCwd = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_cwd.path()));
        // No password file of the person running the tests takes part (one that does not
        // exist: libpq warns about /dev/null).
        QVERIFY(m_elsewhere.isValid());
        m_noPassfile = m_elsewhere.filePath(u"no-pgpass"_qs);
        qputenv("PGPASSFILE", m_noPassfile.toUtf8());
        qunsetenv("PGPASSWORD");
        qunsetenv("PGSERVICEFILE");
    }

    void cleanupTestCase() { QDir::setCurrent(m_previousCwd); }

    void unreachableServerIsOneLine() {
        for (const QStringList& command :
             {QStringList{u"product"_qs, u"list"_qs, u"--json"_qs},
              QStringList{u"audit"_qs, u"verify"_qs},
              QStringList{u"product"_qs, u"set"_qs, u"Edge"_qs, u"--scheme"_qs, u"semver"_qs},
              QStringList{u"export"_qs, u"csv"_qs, u"--table"_qs, u"releases"_qs, u"--out"_qs,
                          m_cwd.filePath(u"releases.csv"_qs)}}) {
            const Run run = runSlipway(command + QStringList{u"--db"_qs, kUnreachable});
            QVERIFY2(run.exitCode > 0, qPrintable(command.join(u' ') + u": " + run.errText()));
            expectOneLine(run);
            QVERIFY2(run.errText().contains(u"127.0.0.1:1"_qs), qPrintable(run.errText()));
        }
        // Nothing written: no file named after the address, no export.
        QCOMPARE(QDir(m_cwd.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void helpNamesServers() {
        const Run general = runSlipway({u"--help"_qs});
        QCOMPARE(general.exitCode, 0);
        QVERIFY2(general.outText().contains(u"slipway check --db FILE|URL"_qs),
                 general.out.constData());
        QVERIFY2(general.outText().contains(u"URL: a PostgreSQL server, postgresql://"_qs),
                 general.out.constData());
        QVERIFY2(general.outText().contains(u"service=NAME"_qs), general.out.constData());
        const Run check = runSlipway({u"check"_qs, u"--help"_qs});
        QCOMPARE(check.exitCode, 0);
        const QString text = check.outText().simplified();
        QVERIFY2(text.contains(u"Usage: slipway check --db FILE|URL"_qs), check.out.constData());
        QVERIFY2(text.contains(u"--db <FILE|URL>"_qs), check.out.constData());
        QVERIFY2(text.contains(u"Checks a Slipway file or PostgreSQL server"_qs),
                 check.out.constData());
    }

    void passwordInTheAddressIsRefused() {
        const Run run = runSlipway(
            {u"product"_qs, u"list"_qs, u"--db"_qs, u"postgresql://ann:hunter2@127.0.0.1:1/x"_qs});
        QCOMPARE(run.exitCode, 2);
        expectOneLine(run);
        QVERIFY2(run.errText().contains(u"password"_qs), qPrintable(run.errText()));
        QVERIFY2(run.errText().contains(u"--db"_qs), qPrintable(run.errText()));
        QVERIFY2(!run.errText().contains(u"hunter2"_qs), qPrintable(run.errText()));
        // The window refuses it the same way, before any window is made.
        const Run window = runSlipwayAsIs({u"--db"_qs, u"host=127.0.0.1 password=hunter2"_qs});
        QCOMPARE(window.exitCode, 2);
        QVERIFY2(window.errText().contains(u"password"_qs), qPrintable(window.errText()));
        QVERIFY2(!window.errText().contains(u"hunter2"_qs), qPrintable(window.errText()));
    }

    void fileOnlyFeaturesAreRefused() {
        const QString service = u"service=slipway_nowhere"_qs;
        const struct {
            QStringList args;
            QString says;
        } cases[] = {
            {{u"demo"_qs, u"--db"_qs, service, u"--force"_qs}, u"never replaced"_qs},
            // check works on a server (tst_ServerCheck): here it goes as far as connecting.
            {{u"check"_qs, u"--db"_qs, kUnreachable}, u"cannot be reached"_qs},
            {{u"check"_qs, u"--db"_qs, kUnreachable, u"--shared"_qs}, u"--shared"_qs},
            {{u"import"_qs, u"ics"_qs, u"--db"_qs, kUnreachable, u"--shared"_qs, u"--as"_qs,
              u"blackouts"_qs, testDataPath(u"ics/quarter_end_and_freeze.ics"_qs)},
             u"--shared"_qs},
        };
        for (const auto& c : cases) {
            const Run run = runSlipway(c.args);
            QCOMPARE(run.exitCode, 2);
            expectOneLine(run);
            QVERIFY2(run.errText().contains(c.says), qPrintable(run.errText()));
            // Named by its display name.
            const bool named = run.errText().contains(u"postgresql://127.0.0.1:1/x"_qs) ||
                               run.errText().contains(service);
            QVERIFY2(named, qPrintable(run.errText()));
        }
        const Run window = runSlipwayAsIs({u"--db"_qs, kUnreachable, u"--shared"_qs});
        QCOMPARE(window.exitCode, 2);
        QVERIFY2(window.errText().contains(u"--shared"_qs), qPrintable(window.errText()));
        QCOMPARE(QDir(m_cwd.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void demoGoesToAServerWhole() {
        PgServer pg;
        QVERIFY2(pg.start(), qPrintable(pg.error())); // ./dev.sh installs PostgreSQL 15
        const QString url = pg.url();
        Run run = runSlipway({u"demo"_qs, u"--db"_qs, url});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().contains(u"postgresql://"_qs), qPrintable(run.outText()));
        run = runSlipway({u"audit"_qs, u"verify"_qs, u"--db"_qs, url});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText() + run.outText()));
        // A real ServiceNow export imports on the server as into a file, and again unchanged.
        const QString csv = testDataPath(
            u"incidents/servicenow_list_export_all_quoted_display_values_demo_data.csv"_qs);
        QTemporaryDir elsewhere;
        const QString file = elsewhere.filePath(u"incidents.slipway"_qs);
        QCOMPARE(runSlipway({u"demo"_qs, u"--db"_qs, file}).exitCode, 0);
        static const QRegularExpression counts(u"(\\d+) created"_qs);
        QString created[2];
        int k = 0;
        for (const QString& db : {url, file}) {
            const Run imported = runSlipway(
                {u"import"_qs, u"csv"_qs, u"--db"_qs, db, u"--kind"_qs, u"incidents"_qs, csv});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.errText()));
            created[k++] = counts.match(imported.outText()).captured(1);
        }
        QVERIFY(!created[0].isEmpty());
        QCOMPARE(created[0], created[1]);
        const Run again = runSlipway(
            {u"import"_qs, u"csv"_qs, u"--db"_qs, url, u"--kind"_qs, u"incidents"_qs, csv});
        QVERIFY2(again.exitCode == 0, qPrintable(again.errText()));
        QVERIFY2(again.outText().contains(u"0 created"_qs), qPrintable(again.outText()));

        // Metric samples go through COPY and one upsert; the second import replaces them all.
        const QString samples = testDataPath(u"metrics/error_rate_shifted.csv"_qs);
        const QStringList metrics = {
            u"import"_qs,       u"metrics"_qs,  u"--db"_qs,         url,    u"--service"_qs,
            u"Payments API"_qs, u"--metric"_qs, u"bench_errors"_qs, samples};
        run = runSlipway(metrics);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().contains(u"4,320 samples"_qs), qPrintable(run.outText()));
        run = runSlipway(metrics);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().contains(u"4,320 of them replacing stored values"_qs),
                 qPrintable(run.outText()));

        // A second demo would mix two: the server's data is never replaced.
        run = runSlipway({u"demo"_qs, u"--db"_qs, url});
        QVERIFY(run.exitCode != 0);
        expectOneLine(run);
    }

    void readsAndWritesARealServer() {
        PgServer pg;
        QVERIFY2(pg.start(), qPrintable(pg.error())); // ./dev.sh installs PostgreSQL 15
        const QString url = pg.url();
        // A read-only command cannot create the schema, and says so in one line.
        Run run = runSlipway({u"product"_qs, u"list"_qs, u"--db"_qs, url, u"--json"_qs});
        QCOMPARE(run.exitCode, 2);
        expectOneLine(run);
        // The first write creates it; reading finds what was written.
        run = runSlipway({u"controls"_qs, u"add"_qs, u"--db"_qs, url, u"--tag"_qs, u"pci"_qs,
                          u"--kind"_qs, u"attestation"_qs, u"--name"_qs,
                          u"Cardholder data flow diagram"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        run = runSlipway({u"controls"_qs, u"list"_qs, u"--db"_qs, url, u"--json"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QJsonArray controls = QJsonDocument::fromJson(run.out).array();
        QVERIFY2(!controls.isEmpty(), run.out.constData());
        QVERIFY2(run.outText().contains(u"Cardholder data flow diagram"_qs), run.out.constData());
        QCOMPARE(QDir(m_cwd.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void missingPasswordNamesWhereToPutIt() {
        PgServer pg;
        QVERIFY2(pg.start(), qPrintable(pg.error())); // ./dev.sh installs PostgreSQL 15
        // The schema first, while the role may still log in without a password.
        const Run schema =
            runSlipway({u"controls"_qs, u"add"_qs, u"--db"_qs, pg.url(), u"--tag"_qs, u"sox"_qs,
                        u"--kind"_qs, u"attestation"_qs, u"--name"_qs, u"Change ticket"_qs});
        QVERIFY2(schema.exitCode == 0, qPrintable(schema.errText()));
        QVERIFY2(pg.requirePassword(u"s3cret pass"_qs), qPrintable(pg.error()));
        const Run run =
            runSlipway({u"product"_qs, u"list"_qs, u"--db"_qs, pg.url()}, 30000, "s3cret pass\n");
        QCOMPARE(run.exitCode, 2);
        expectOneLine(run);
        QVERIFY2(run.errText().contains(u"~/.pgpass"_qs), qPrintable(run.errText()));
        QVERIFY2(run.errText().contains(u"service file"_qs), qPrintable(run.errText()));
        QVERIFY2(run.errText().contains(u"127.0.0.1:%1"_qs.arg(pg.port())),
                 qPrintable(run.errText()));
        // With the password where libpq looks, the same command works.
        QTemporaryDir home;
        const QString passfile =
            writeFile(home, u"pgpass"_qs,
                      u"127.0.0.1:%1:*:%2:s3cret pass\n"_qs.arg(pg.port()).arg(pg.role()).toUtf8());
        QVERIFY(QFile::setPermissions(passfile, QFile::ReadOwner | QFile::WriteOwner));
        qputenv("PGPASSFILE", passfile.toUtf8());
        const Run known = runSlipway({u"product"_qs, u"list"_qs, u"--db"_qs, pg.url()});
        qputenv("PGPASSFILE", m_noPassfile.toUtf8());
        QVERIFY2(known.exitCode == 0, qPrintable(known.errText()));
    }

    // The server stamps who acted with its login (session_user); the client's own checks and
    // messages must use that login too, not SLIPWAY_TEST_USER or USER: here the four-eyes rule
    // refuses the login that asked for an override to approve it, and the settlement names it.
    void commandsActAsTheServerLogin() {
        PgServer pg;
        QVERIFY2(pg.start(), qPrintable(pg.error())); // ./dev.sh installs PostgreSQL 15
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"one-release.slipway"_qs);
        {
            auto db = openDatabase(file);
            QVERIFY(db != nullptr);
            ReleaseService releases(*db, Session{u"alice"_qs, QString()});
            QVERIFY(createRelease(releases, newRelease(u"Payments"_qs, u"4.2.0"_qs)) > 0);
        }
        const QString url = pg.url();
        Run run = runSlipway({u"migrate"_qs, u"--from"_qs, file, u"--to"_qs, url});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));

        // Whoever the environment names: not the login the server knows.
        const QByteArray someoneElse = "mallory";
        QVERIFY(pg.role() != QString::fromUtf8(someoneElse));
        const auto asSomeoneElse = [&](const QStringList& args) {
            const QByteArray testUser = qgetenv("SLIPWAY_TEST_USER");
            const QByteArray user = qgetenv("USER");
            qputenv("SLIPWAY_TEST_USER", someoneElse);
            qputenv("USER", someoneElse);
            Run r = runSlipway(args);
            qputenv("SLIPWAY_TEST_USER", testUser);
            qputenv("USER", user);
            return r;
        };
        const QStringList onRelease{u"--db"_qs, url, u"--release"_qs, u"Payments@4.2.0"_qs};
        run = asSomeoneElse(
            QStringList{u"lifecycle"_qs, u"override"_qs} + onRelease +
            QStringList{u"--guard"_qs, u"gates"_qs, u"--reason"_qs, u"Vendor hotfix"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const auto overrideOf = [&]() {
            const Run shown =
                runSlipway(QStringList{u"lifecycle"_qs, u"show"_qs, u"--json"_qs} + onRelease);
            return QJsonDocument::fromJson(shown.out)[u"overrides"_qs][0].toObject();
        };
        const QJsonObject asked = overrideOf();
        QCOMPARE(asked[u"requested_by"_qs].toString(), pg.role());
        const QString id = QString::number(asked[u"id"_qs].toInteger());

        run =
            asSomeoneElse({u"lifecycle"_qs, u"approve"_qs, u"--db"_qs, url, u"--override"_qs, id});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().startsWith(pg.role() + u" asked for override "_qs),
                 qPrintable(run.errText()));
        QVERIFY(overrideOf()[u"approved_by"_qs].toString().isEmpty());

        run = asSomeoneElse({u"lifecycle"_qs, u"settle"_qs, u"--db"_qs, url, u"--override"_qs, id,
                             u"--note"_qs, u"Gates passed on the rerun"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().contains(u"settled by %1."_qs.arg(pg.role())),
                 qPrintable(run.outText()));
        QVERIFY2(!run.outText().contains(QString::fromUtf8(someoneElse)),
                 qPrintable(run.outText()));
        QCOMPARE(overrideOf()[u"settled_by"_qs].toString(), pg.role());
    }
};

QTEST_GUILESS_MAIN(tst_ServerDb)
#include "tst_ServerDb.moc"
