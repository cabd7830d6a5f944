// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway config` through the binary on a demo file: settings set, changed, listed, diffed
// and removed; secret-looking values refused in one line (exit 2) with the file
// byte-identical, while ordinary values that merely resemble them are kept; references
// checked; a value marked secret never reaching the audit log, the CSV export, `list` or
// `diff`.
#include "TestSupport.h"
#include "domain/Environment.h"
#include "services/EnvironmentService.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

// Release 25 of the demo, with its four environments.
const QString kRelease = u"25"_qs;

QByteArray digestOfFile(const QString& path) {
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

// The file and whatever journal lies beside it: "unchanged" means all of them.
QByteArray fileState(const QString& path) {
    QByteArray state = digestOfFile(path);
    for (const char* suffix : {"-wal", "-journal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        state += '|';
        if (QFileInfo::exists(side))
            state += digestOfFile(side);
    }
    return state;
}

qint64 count(const QString& db, const QString& sql) {
    const QVariant v = queryValue(db, sql);
    if (!v.isValid())
        helperFailed(u"query failed: "_qs + sql);
    return v.isValid() ? v.toLongLong() : -1;
}

QJsonObject jsonOf(const Run& run) {
    return QJsonDocument::fromJson(run.out).object();
}

// A GitHub token's shape, built here so no literal token sits in the source.
QString githubToken() {
    return u"ghp_"_qs + u"R4nd0mT0k3nW1thEnoughCh4rsXyZ0123456789"_qs.left(36);
}

} // namespace

class tst_ConfigCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_files = 0;

    QString freshDemo() { return copyFile(m_demo, m_dir, u"demo-%1.slipway"_qs.arg(++m_files)); }
    static Run config(const QString& db, const QStringList& args) {
        return runSlipway(QStringList{u"config"_qs} + args.mid(0, 1) +
                          QStringList{u"--db"_qs, db, u"--release"_qs, kRelease} + args.mid(1));
    }
    static Run set(const QString& db, const QString& env, const QStringList& rest) {
        return config(db, QStringList{u"set"_qs, u"--environment"_qs, env} + rest);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
    }

    void setListChangeUnset() {
        const QString db = freshDemo();
        const int audited = auditEntries(db);
        Run run = set(db, u"Staging"_qs, {u"DB_HOST"_qs, u"db.staging.internal"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.outText().contains(u"DB_HOST = db.staging.internal"_qs), run.out.constData());
        run = set(db, u"staging"_qs, // environment names ignore case
                  {u"DB_PASSWORD"_qs, u"--ref"_qs, u"vault:secret/data/dw/staging#password"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(auditEntries(db), audited + 2);

        run = config(db, {u"list"_qs, u"--json"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonArray items = jsonOf(run).value(u"items"_qs).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0][u"key"_qs].toString(), u"DB_HOST"_qs);
        QCOMPARE(items[0][u"value"_qs].toString(), u"db.staging.internal"_qs);
        QCOMPARE(items[0][u"secret"_qs].toBool(), false);
        QCOMPARE(items[1][u"key"_qs].toString(), u"DB_PASSWORD"_qs);
        QCOMPARE(items[1][u"secret_ref"_qs].toString(),
                 u"vault:secret/data/dw/staging#password"_qs);
        QCOMPARE(items[1][u"secret"_qs].toBool(), true);
        QCOMPARE(items[1][u"environment"_qs].toString(), u"Staging"_qs);

        // Changed: an update, one more audit entry; the same again writes nothing.
        run = set(db, u"Staging"_qs, {u"DB_HOST"_qs, u"db2.staging.internal"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.outText().startsWith(u"Changed DB_HOST"_qs), run.out.constData());
        QCOMPARE(auditEntries(db), audited + 3);
        // After a write the next open folds the empty journal away: compare the file itself.
        const QByteArray before = digestOfFile(db);
        run = set(db, u"Staging"_qs, {u"DB_HOST"_qs, u"db2.staging.internal"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.outText().contains(u"nothing written"_qs), run.out.constData());
        QCOMPARE(digestOfFile(db), before);
        QCOMPARE(
            queryValue(
                db, u"SELECT value FROM config_items WHERE release_id = 25 AND key = 'DB_HOST'"_qs)
                .toString(),
            u"db2.staging.internal"_qs);
        QCOMPARE(queryValue(db, u"SELECT action FROM audit_log WHERE entity = 'config_item' "
                                "ORDER BY seq DESC LIMIT 1"_qs)
                     .toString(),
                 u"update"_qs);

        // Text list: by environment, the reference marked.
        set(db, u"Production"_qs, {u"DB_HOST"_qs, u"db.prod.internal"_qs});
        run = config(db, {u"list"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.outText().contains(u"  Production\n    DB_HOST      db.prod.internal\n"_qs),
                 run.out.constData());
        QVERIFY2(run.outText().contains(
                     u"    DB_PASSWORD  vault:secret/data/dw/staging#password  (reference)"_qs),
                 run.out.constData());
        run = config(db, {u"list"_qs, u"--environment"_qs, u"Production"_qs, u"--json"_qs});
        QCOMPARE(jsonOf(run).value(u"items"_qs).toArray().size(), 1);

        run = config(db, {u"unset"_qs, u"--environment"_qs, u"Staging"_qs, u"DB_HOST"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(
            count(
                db,
                u"SELECT count(*) FROM config_items WHERE release_id = 25 AND environment_id = 3"_qs),
            1);
        QCOMPARE(
            queryValue(db, u"SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"_qs).toString(),
            u"delete"_qs);
        // Gone already, or never there: exit 2, nothing written.
        const QByteArray after = digestOfFile(db);
        run = config(db, {u"unset"_qs, u"--environment"_qs, u"Staging"_qs, u"DB_HOST"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"DB_HOST: no such key"_qs), run.err.constData());
        QCOMPARE(digestOfFile(db), after);
        QCOMPARE(auditEntries(db), audited + 5);

        // Changed behind Slipway's back: check --full names the row and the column, for a
        // plain value and for a value marked secret (compared by its digest).
        QCOMPARE(set(db, u"Staging"_qs, {u"ADMIN_BANNER"_qs, u"staging-banner"_qs, u"--secret"_qs})
                     .exitCode,
                 0);
        QVERIFY2(!runSlipway({u"check"_qs, u"--db"_qs, db, u"--full"_qs})
                      .outText()
                      .contains(u"config_items row"_qs),
                 "check --full flags settings Slipway wrote itself");
        QVERIFY(execSql(db, u"UPDATE config_items SET value = 'db.evil.example' WHERE "
                            u"release_id = 25 AND key = "
                            u"'DB_HOST'"_qs));
        QVERIFY(execSql(db, u"UPDATE config_items SET value = 'hunter2' WHERE release_id = 25 "
                            u"AND key = "
                            u"'ADMIN_BANNER'"_qs));
        const Run full = runSlipway({u"check"_qs, u"--db"_qs, db, u"--full"_qs});
        QCOMPARE(full.exitCode, 1);
        QCOMPARE(full.outText().count(u"config_items row"_qs), 2);
        QVERIFY2(full.outText().contains(u"value"_qs), full.out.constData());
        QVERIFY2(!full.outText().contains(u"hunter2"_qs), full.out.constData());
    }

    // A release that has gone out keeps the configuration it went out with; an environment
    // that holds settings is not removed from under them.
    void deployedConfigurationIsItsRecord() {
        const QString db = freshDemo();
        const QString deployed =
            queryValue(db, u"SELECT id FROM releases WHERE status = 'deployed' ORDER BY id "
                           "LIMIT 1"_qs)
                .toString();
        QVERIFY2(!deployed.isEmpty(), "the demo has no deployed release");
        const QStringList setOnDeployed{
            u"config"_qs,    u"set"_qs, u"--db"_qs,          db,
            u"--release"_qs, deployed,  u"--environment"_qs, u"Production"_qs,
            u"DB_HOST"_qs,   u"db9"_qs};
        // The first writer to open a copied file settles its journal; the second refusal must
        // then change nothing at all.
        QCOMPARE(runSlipway(setOnDeployed).exitCode, 1);
        const QByteArray before = fileState(db);
        Run run = runSlipway(setOnDeployed);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"change it in the next release"_qs), run.err.constData());
        QVERIFY2(!run.errText().trimmed().contains(u'\n'), run.err.constData());
        QCOMPARE(fileState(db), before);

        // A new environment, configured and nothing else: only the setting holds it.
        Environment canary;
        {
            auto handle = openDatabase(db);
            QVERIFY(handle);
            EnvironmentService environments(*handle, Session::forCurrentUser());
            Environment e;
            e.name = u"Canary"_qs;
            e.kind = u"prod"_qs;
            auto created = environments.create(e);
            QVERIFY2(created, qPrintable(created.error().message));
            canary = created.value();
        }
        run = set(db, u"Canary"_qs, {u"DB_HOST"_qs, u"db.canary.internal"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        {
            auto handle = openDatabase(db);
            QVERIFY(handle);
            EnvironmentService environments(*handle, Session::forCurrentUser());
            auto removed = environments.removeEnvironment(canary.id, canary.rowVersion);
            QVERIFY(!removed);
            QVERIFY2(removed.error().message.contains(u"configured (1)"_qs),
                     qPrintable(removed.error().message));
        }
        QCOMPARE(count(db, u"SELECT count(*) FROM environments WHERE name = 'Canary'"_qs), 1);
        run = config(db, {u"unset"_qs, u"--environment"_qs, u"Canary"_qs, u"DB_HOST"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        {
            auto handle = openDatabase(db);
            QVERIFY(handle);
            EnvironmentService environments(*handle, Session::forCurrentUser());
            auto removed = environments.removeEnvironment(canary.id, canary.rowVersion);
            QVERIFY2(removed, qPrintable(removed.error().message));
        }
    }

    void secretLookingValuesRefused_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("PEM private key")
            << u"TLS_KEY"_qs
            << u"-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\n"
               "-----END RSA PRIVATE KEY-----"_qs
            << u"a PEM private key"_qs;
        QTest::newRow("OpenSSH private key")
            << u"DEPLOY_KEY_MATERIAL"_qs
            << u"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"
               "-----END OPENSSH PRIVATE KEY-----"_qs
            << u"a PEM private key"_qs;
        QTest::newRow("AWS access key id")
            << u"AWS_ACCESS_KEY_ID"_qs << u"AKIAIOSFODNN7EXAMPLE"_qs << u"an AWS access key id"_qs;
        QTest::newRow("GitHub token") << u"CI_GITHUB"_qs << githubToken() << u"a GitHub token"_qs;
        QTest::newRow("GitLab token")
            << u"GITLAB_API"_qs << u"glpat-xR9mK2vL7pQ4nW8zT3bY"_qs << u"a GitLab token"_qs;
        QTest::newRow("Slack token")
            << u"SLACK_BOT"_qs << u"xoxb-2048-4096-AbCdEfGhIjKlMnOp"_qs << u"a Slack token"_qs;
        QTest::newRow("JWT")
            << u"SERVICE_BEARER"_qs
            << u"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
               "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
               "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"_qs
            << u"a JWT"_qs;
        QTest::newRow("password under DB_PASSWORD")
            << u"DB_PASSWORD"_qs << u"hunter2"_qs << u"named like a password or token"_qs;
        QTest::newRow("URL with a password")
            << u"DATABASE_URL"_qs << u"postgres://dw_app:Summer2026@db.prod.internal:5432/dw"_qs
            << u"a URL with a password"_qs;
        QTest::newRow("Stripe key")
            << u"PAYMENTS_PROVIDER"_qs << u"sk_live_4eC39HqLyjWDarjtT1zdp7dc"_qs
            << u"a Stripe secret key"_qs;
        QTest::newRow("long random string")
            << u"SESSION_SALT_VALUE"_qs << u"Zq8Xv2Lr7TzW4nB9mYc1HsD6fGj3KaE0uVi5oRtP"_qs
            << u"a long high-entropy string"_qs;
    }
    void secretLookingValuesRefused() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        const QString db = freshDemo();
        const QByteArray before = fileState(db);
        for (const bool marked : {false, true}) { // --secret does not make it acceptable
            // "--" ends the options: a PEM block starts with dashes.
            QStringList args{u"--"_qs, key, value};
            if (marked)
                args.prepend(u"--secret"_qs);
            const Run run = set(db, u"Production"_qs, args);
            QCOMPARE(run.exitCode, 2);
            const QString line = run.errText();
            QVERIFY2(!line.contains(u'\n'), run.err.constData());
            QVERIFY2(line.startsWith(u"slipway config: "_qs + key + u": looks like "_qs),
                     run.err.constData());
            QVERIFY2(line.contains(reason), run.err.constData());
            QVERIFY2(line.contains(u"--ref"_qs), run.err.constData());     // a reference offered
            QVERIFY2(!line.contains(value.left(12)), run.err.constData()); // never quoted
            QVERIFY(run.out.isEmpty());
            QCOMPARE(fileState(db), before);
        }
    }

    void nearMissesAccepted_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("URL without credentials")
            << u"DATABASE_URL"_qs << u"postgres://db.prod.internal:5432/dw"_qs;
        QTest::newRow("URL with a user only")
            << u"BROKER_URL"_qs << u"amqp://dw_app@mq.prod.internal:5672/"_qs;
        QTest::newRow("UUID") << u"TENANT_ID"_qs << u"123e4567-e89b-12d3-a456-426614174000"_qs;
        QTest::newRow("hostname") << u"DB_HOST"_qs << u"db-01.prod.example.com"_qs;
        QTest::newRow("port number") << u"DB_PORT"_qs << u"5432"_qs;
        QTest::newRow("file path") << u"TLS_CERT_FILE"_qs << u"/etc/ssl/certs/dw.pem"_qs;
        QTest::newRow("secret-named key holding a file")
            << u"DB_PASSWORD"_qs << u"/run/secrets/dw_db_password"_qs;
        QTest::newRow("password policy") << u"PASSWORD_MIN_LENGTH"_qs << u"12"_qs;
        QTest::newRow("token lifetime") << u"TOKEN_TTL"_qs << u"3600"_qs;
        QTest::newRow("git commit")
            << u"BUILD_COMMIT"_qs << u"4f2a9c1e7b3d5a8f0c6e2b9d1a7f3c5e8b0d2a4f"_qs;
        QTest::newRow("public certificate")
            << u"CA_BUNDLE"_qs
            << u"-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ\n-----END CERTIFICATE-----"_qs;
        QTest::newRow("log level") << u"LOG_LEVEL"_qs << u"info"_qs;
    }
    void nearMissesAccepted() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const QString db = freshDemo();
        const Run run = set(db, u"Production"_qs, {u"--"_qs, key, value});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(
            queryValue(
                db,
                u"SELECT value FROM config_items WHERE release_id = 25 AND key = '%1'"_qs.arg(key))
                .toString(),
            value);
    }

    void referencesChecked_data() {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::newRow("vault") << u"vault:secret/data/dw/prod#password"_qs
                               << u"vault:secret/data/dw/prod#password"_qs;
        QTest::newRow("AWS") << u"awssm:prod/dw/db#password"_qs << u"awssm:prod/dw/db#password"_qs;
        QTest::newRow("Azure") << u"azkv:dw-prod-vault/db-password"_qs
                               << u"azkv:dw-prod-vault/db-password"_qs;
        QTest::newRow("env") << u"env:DW_DB_PASSWORD"_qs << u"env:DW_DB_PASSWORD"_qs;
        QTest::newRow("vault without a field") << u"vault:secret/data/dw/prod"_qs << QString();
        QTest::newRow("vault path climbing") << u"vault:secret/../prod#password"_qs << QString();
        QTest::newRow("Azure vault name too short") << u"azkv:kv/db-password"_qs << QString();
        QTest::newRow("env name with a digit first") << u"env:1PASSWORD"_qs << QString();
        QTest::newRow("unknown store") << u"keychain:dw/db"_qs << QString();
        QTest::newRow("AWS without a name") << u"awssm:"_qs << QString();
    }
    void referencesChecked() {
        QFETCH(QString, reference);
        QFETCH(QString, stored);
        const QString db = freshDemo();
        const QByteArray before = fileState(db);
        const Run run = set(db, u"Production"_qs, {u"DB_PASSWORD"_qs, u"--ref"_qs, reference});
        if (stored.isEmpty()) {
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.errText().startsWith(u"slipway config: DB_PASSWORD: "_qs),
                     run.err.constData());
            QVERIFY2(!run.errText().contains(u'\n'), run.err.constData());
            QCOMPARE(fileState(db), before);
            return;
        }
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(
            queryValue(
                db,
                u"SELECT secret_ref FROM config_items WHERE release_id = 25 AND key = 'DB_PASSWORD'"_qs)
                .toString(),
            stored);
        QCOMPARE(
            queryValue(
                db,
                u"SELECT is_secret FROM config_items WHERE release_id = 25 AND key = 'DB_PASSWORD'"_qs)
                .toInt(),
            1);
    }

    // A reference given as a value, both at once, and a bad key: refused, nothing written.
    void badUsageRefused() {
        const QString db = freshDemo();
        const QByteArray before = fileState(db);
        Run run = set(db, u"Production"_qs, {u"DB_PASSWORD"_qs, u"vault:secret/dw#password"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"--ref"_qs), run.err.constData());
        run = set(db, u"Production"_qs,
                  {u"DB_PASSWORD"_qs, u"x"_qs, u"--ref"_qs, u"env:DW_DB_PASSWORD"_qs});
        QCOMPARE(run.exitCode, 2);
        run = set(db, u"Production"_qs, {u"DB HOST"_qs, u"db"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"is not a configuration key"_qs), run.err.constData());
        run = set(db, u"Nowhere"_qs, {u"DB_HOST"_qs, u"db"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"Nowhere"_qs), run.err.constData());
        QCOMPARE(fileState(db), before);
        QCOMPARE(count(db, u"SELECT count(*) FROM config_items WHERE release_id = 25"_qs), 0);
    }

    // A plain value marked secret: stored, but never shown and never in the audit log, the
    // export or a diff.
    void markedSecretNeverShown() {
        const QString db = freshDemo();
        const QString hidden = u"internal-admin-banner-7731"_qs;
        Run run = set(db, u"Production"_qs, {u"ADMIN_BANNER"_qs, hidden, u"--secret"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(!run.outText().contains(hidden), run.out.constData());
        QVERIFY2(run.outText().contains(u"ADMIN_BANNER = ••••"_qs), run.out.constData());
        run = set(db, u"Staging"_qs, {u"ADMIN_BANNER"_qs, u"staging-banner"_qs, u"--secret"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // Changed once more, so both images of an update are written.
        const QString changed = u"internal-admin-banner-7732"_qs;
        run = set(db, u"Production"_qs, {u"ADMIN_BANNER"_qs, changed, u"--secret"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // The audit log: the SHA-256 only.
        QCOMPARE(count(db, u"SELECT count(*) FROM audit_log WHERE entity = 'config_item' AND "
                           "json_extract(after_json, '$.release_id') = 25"_qs),
                 3);
        for (const QString& v : {hidden, changed, u"staging-banner"_qs})
            QCOMPARE(count(db, u"SELECT count(*) FROM audit_log WHERE before_json LIKE '%%1%' OR "
                               "after_json LIKE '%%1%'"_qs.arg(v)),
                     0);
        const QString digest = QString::fromLatin1(
            QCryptographicHash::hash(changed.toUtf8(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(count(db, u"SELECT count(*) FROM audit_log WHERE after_json LIKE '%%1%'"_qs.arg(
                               digest)),
                 1);
        QVERIFY(auditEntries(db) > 0); // the chain still verifies

        run = config(db, {u"list"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(!run.outText().contains(u"banner-77"_qs), run.out.constData());
        QVERIFY2(run.outText().contains(u"ADMIN_BANNER  ••••  (secret)"_qs), run.out.constData());
        run = config(db, {u"list"_qs, u"--json"_qs});
        QVERIFY2(!run.outText().contains(u"banner-77"_qs), run.out.constData());
        QCOMPARE(jsonOf(run).value(u"items"_qs).toArray()[0][u"value"_qs].toString(), u"••••"_qs);

        run = config(db, {u"diff"_qs, u"--from"_qs, u"Staging"_qs, u"--to"_qs, u"Production"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(!run.outText().contains(u"banner"_qs), run.out.constData());
        QVERIFY2(run.outText().contains(u"~ ADMIN_BANNER: secret changed"_qs), run.out.constData());

        set(db, u"Development"_qs, {u"LOG_LEVEL"_qs, u"debug"_qs});
        set(db, u"Development"_qs, {u"DB_PASSWORD"_qs, u"--ref"_qs, u"env:DW_DB_PASSWORD"_qs});
        const QString csv = m_dir.filePath(u"config-%1.csv"_qs.arg(m_files));
        run = runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, db, u"--table"_qs, u"config"_qs,
                          u"--out"_qs, csv});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // The demo's own settings of other releases, and these four.
        const qint64 all = count(db, u"SELECT count(*) FROM config_items"_qs);
        QCOMPARE(count(db, u"SELECT count(*) FROM config_items WHERE release_id = 25"_qs), 4);
        QVERIFY2(run.outText().startsWith(u"Wrote %1 configuration setting(s)"_qs.arg(all)),
                 run.out.constData());
        const QString text = QString::fromUtf8(fileBytes(csv));
        QVERIFY2(!text.contains(u"banner"_qs), qPrintable(text));
        QVERIFY2(text.startsWith(u"id,release_id,release,environment,key,value,secret_ref,secret,"
                                 "updated_by,updated_at_utc\r\n"_qs),
                 qPrintable(text));
        QVERIFY2(text.contains(u",Development,DB_PASSWORD,,env:DW_DB_PASSWORD,yes,"_qs),
                 qPrintable(text));
        QVERIFY2(text.contains(u",Development,LOG_LEVEL,debug,,no,"_qs), qPrintable(text));
        QVERIFY2(text.contains(u",Production,ADMIN_BANNER,,,yes,"_qs), qPrintable(text));
    }

    void diffBetweenEnvironments() {
        const QString db = freshDemo();
        const QList<QStringList> staging = {
            {u"DB_HOST"_qs, u"db.staging.internal"_qs},
            {u"LOG_LEVEL"_qs, u"debug"_qs},
            {u"OLD_FLAG"_qs, u"on"_qs},
            {u"REPLICAS"_qs, u"2"_qs},
            {u"DB_PASSWORD"_qs, u"--ref"_qs, u"vault:secret/data/dw/staging#password"_qs},
            {u"API_TOKEN"_qs, u"--ref"_qs, u"env:DW_API_TOKEN"_qs},
        };
        const QList<QStringList> production = {
            {u"DB_HOST"_qs, u"db.prod.internal"_qs},
            {u"LOG_LEVEL"_qs, u"debug"_qs},
            {u"REPLICAS"_qs, u"6"_qs},
            {u"NEW_FLAG"_qs, u"off"_qs},
            {u"DB_PASSWORD"_qs, u"--ref"_qs, u"vault:secret/data/dw/prod#password"_qs},
            {u"API_TOKEN"_qs, u"--ref"_qs, u"env:DW_API_TOKEN"_qs},
            {u"AUDIT_SINK"_qs, u"--ref"_qs, u"awssm:prod/dw/audit"_qs},
        };
        for (const QStringList& s : staging)
            QCOMPARE(set(db, u"Staging"_qs, s).exitCode, 0);
        for (const QStringList& s : production)
            QCOMPARE(set(db, u"Production"_qs, s).exitCode, 0);

        Run run = config(db, {u"diff"_qs, u"--from"_qs, u"Staging"_qs, u"--to"_qs, u"Production"_qs,
                              u"--json"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject diff = jsonOf(run);
        QCOMPARE(diff.value(u"added"_qs).toInt(), 2);
        QCOMPARE(diff.value(u"removed"_qs).toInt(), 1);
        QCOMPARE(diff.value(u"changed"_qs).toInt(), 3);
        QCOMPARE(diff.value(u"unchanged"_qs).toInt(), 2);
        QMap<QString, QJsonObject> byKey;
        for (const QJsonValue& v : diff.value(u"entries"_qs).toArray())
            byKey.insert(v[u"key"_qs].toString(), v.toObject());
        QCOMPARE(byKey.keys(),
                 (QStringList{u"API_TOKEN"_qs, u"AUDIT_SINK"_qs, u"DB_HOST"_qs, u"DB_PASSWORD"_qs,
                              u"NEW_FLAG"_qs, u"OLD_FLAG"_qs, u"REPLICAS"_qs}));
        QCOMPARE(byKey[u"API_TOKEN"_qs][u"change"_qs].toString(), u"same_reference"_qs);
        QCOMPARE(byKey[u"AUDIT_SINK"_qs][u"change"_qs].toString(), u"added"_qs);
        QCOMPARE(byKey[u"DB_HOST"_qs][u"change"_qs].toString(), u"changed"_qs);
        QCOMPARE(byKey[u"DB_HOST"_qs][u"from"_qs].toString(), u"db.staging.internal"_qs);
        QCOMPARE(byKey[u"DB_HOST"_qs][u"to"_qs].toString(), u"db.prod.internal"_qs);
        QCOMPARE(byKey[u"DB_PASSWORD"_qs][u"change"_qs].toString(), u"secret_changed"_qs);
        QVERIFY(!byKey[u"DB_PASSWORD"_qs].contains(u"from"_qs));
        QVERIFY(!byKey[u"DB_PASSWORD"_qs].contains(u"to"_qs));
        QCOMPARE(byKey[u"NEW_FLAG"_qs][u"change"_qs].toString(), u"added"_qs);
        QCOMPARE(byKey[u"OLD_FLAG"_qs][u"change"_qs].toString(), u"removed"_qs);
        QCOMPARE(byKey[u"REPLICAS"_qs][u"from"_qs].toString(), u"2"_qs);

        run = config(db, {u"diff"_qs, u"--from"_qs, u"Staging"_qs, u"--to"_qs, u"Production"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = run.outText();
        QVERIFY2(text.contains(u"  ~ DB_HOST: db.staging.internal → db.prod.internal\n"_qs),
                 run.out.constData());
        QVERIFY2(text.contains(u"  ~ DB_PASSWORD: secret changed\n"_qs), run.out.constData());
        QVERIFY2(text.contains(u"  = API_TOKEN: same reference\n"_qs), run.out.constData());
        QVERIFY2(text.contains(u"  - OLD_FLAG = on\n"_qs), run.out.constData());
        QVERIFY2(text.contains(u"  + NEW_FLAG = off\n"_qs), run.out.constData());
        QVERIFY2(!text.contains(u"#password"_qs), run.out.constData()); // changed refs not shown
        QVERIFY2(text.contains(u"2 added, 1 removed, 3 changed, 2 the same."_qs),
                 run.out.constData());

        // The other way round.
        run = config(db, {u"diff"_qs, u"--from"_qs, u"Production"_qs, u"--to"_qs, u"Staging"_qs,
                          u"--json"_qs});
        QCOMPARE(jsonOf(run).value(u"added"_qs).toInt(), 1);
        QCOMPARE(jsonOf(run).value(u"removed"_qs).toInt(), 2);
        // Bad usage.
        run = config(db, {u"diff"_qs, u"--from"_qs, u"Staging"_qs});
        QCOMPARE(run.exitCode, 2);
        run = config(db, {u"diff"_qs, u"--from"_qs, u"Staging"_qs, u"--to"_qs, u"Mars"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"--to: "_qs), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_ConfigCommand)
#include "tst_ConfigCommand.moc"
