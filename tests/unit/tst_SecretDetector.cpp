// SPDX-License-Identifier: GPL-3.0-or-later
// Secret-looking configuration values: cases that must be refused (each with its reason) and
// near misses that must pass. Every token here is built in the test from obviously fake parts
// ("EXAMPLE", a seeded random generator); none is a real credential.
#include "rules/SecretDetector.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace slipway;

namespace {

// `prefix` followed by `length` characters of an obviously fake filler.
QString fake(const QString& prefix, int length, const QString& filler = u"EXAMPLE0fake1"_qs) {
    QString out = prefix;
    while (out.size() < prefix.size() + length)
        out += filler;
    return out.left(prefix.size() + length);
}

QString randomText(QRandomGenerator& random, const QString& alphabet, int length) {
    QString out;
    for (int i = 0; i < length; ++i)
        out += alphabet[random.bounded(int(alphabet.size()))];
    return out;
}

QString randomBase64(QRandomGenerator& random, int bytes) {
    QByteArray data(bytes, Qt::Uninitialized);
    for (char& b : data)
        b = char(random.bounded(256));
    return QString::fromLatin1(data.toBase64());
}

QString base64Url(const QJsonObject& object) {
    return QString::fromLatin1(
        QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

const QString kBase62 = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_qs;

} // namespace

class tst_SecretDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refused_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QRandomGenerator random(1517);
        const QString pem = u"-----BEGIN "_qs;
        const QString body = u"\nMIIEfakeEXAMPLEbodyNOTaKEY\n-----END "_qs;
        QTest::newRow("pem rsa") << u"TLS_KEY"_qs
                                 << pem + u"RSA PRIVATE KEY-----"_qs + body +
                                        u"RSA PRIVATE KEY-----"_qs
                                 << u"a PEM private key"_qs;
        QTest::newRow("pem pkcs8")
            << u"key"_qs << pem + u"PRIVATE KEY-----"_qs + body << u"a PEM private key"_qs;
        QTest::newRow("pem ec") << u"key"_qs << pem + u"EC PRIVATE KEY-----"_qs + body
                                << u"a PEM private key"_qs;
        QTest::newRow("pem openssh")
            << u"key"_qs << pem + u"OPENSSH PRIVATE KEY-----"_qs + body << u"a PEM private key"_qs;
        QTest::newRow("pem encrypted") << u"key"_qs << pem + u"ENCRYPTED PRIVATE KEY-----"_qs + body
                                       << u"a PEM private key"_qs;
        QTest::newRow("pem pgp") << u"key"_qs << pem + u"PGP PRIVATE KEY BLOCK-----"_qs
                                 << u"a PEM private key"_qs;
        QTest::newRow("aws akia") << u"AWS_ID"_qs << fake(u"AKIA"_qs, 16, u"EXAMPLE0FAKE1"_qs)
                                  << u"an AWS access key id"_qs;
        QTest::newRow("aws asia in text")
            << u"note"_qs << u"id="_qs + fake(u"ASIA"_qs, 16, u"ZZEXAMPLE9"_qs) + u" region"_qs
            << u"an AWS access key id"_qs;
        for (const char* prefix : {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"})
            QTest::addRow("github %s", prefix)
                << u"CI"_qs << fake(QString::fromLatin1(prefix), 36) << u"a GitHub token"_qs;
        QTest::newRow("github fine-grained")
            << u"CI"_qs << fake(u"github_pat_"_qs, 82, u"EXAMPLE_fake0"_qs) << u"a GitHub token"_qs;
        QTest::newRow("gitlab") << u"CI"_qs << fake(u"glpat-"_qs, 20) << u"a GitLab token"_qs;
        for (const char* prefix : {"xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-"})
            QTest::addRow("slack %s", prefix)
                << u"chat"_qs << fake(QString::fromLatin1(prefix), 30, u"000-EXAMPLE-"_qs)
                << u"a Slack token"_qs;
        QTest::newRow("slack webhook")
            << u"NOTIFY_URL"_qs
            << u"https://hooks.slack.com/services/T0EXAMPLE/B0EXAMPLE/fakefakefake"_qs
            << u"a Slack webhook URL"_qs;
        QTest::newRow("stripe live")
            << u"billing"_qs << fake(u"sk_live_"_qs, 24) << u"a Stripe secret key"_qs;
        QTest::newRow("stripe restricted")
            << u"billing"_qs << fake(u"rk_live_"_qs, 24) << u"a Stripe secret key"_qs;
        QTest::newRow("google") << u"MAPS"_qs << fake(u"AIza"_qs, 35, u"EXAMPLE-fake_0"_qs)
                                << u"a Google API key"_qs;
        const QString jwt =
            base64Url({{u"alg"_qs, u"HS256"_qs}, {u"typ"_qs, u"JWT"_qs}}) + u'.' +
            base64Url({{u"sub"_qs, u"example"_qs}, {u"name"_qs, u"Fake Person"_qs}}) +
            u".fake-signature-EXAMPLE"_qs;
        QTest::newRow("jwt") << u"SESSION"_qs << jwt << u"a JWT"_qs;
        QTest::newRow("jwt bearer") << u"AUTH_HEADER"_qs << u"Bearer "_qs + jwt << u"a JWT"_qs;
        QTest::newRow("jwt unsigned") << u"SESSION"_qs
                                      << base64Url({{u"alg"_qs, u"none"_qs}}) + u'.' +
                                             base64Url({{u"sub"_qs, u"x"_qs}}) + u'.'
                                      << u"a JWT"_qs;
        QTest::newRow("url password")
            << u"DATABASE_URL"_qs << u"postgres://app:not-the-real-one@db.example.com:5432/app"_qs
            << u"a URL with a password"_qs;
        QTest::newRow("https user pass") << u"MIRROR"_qs << u"https://user:pass@example.com/repo"_qs
                                         << u"a URL with a password"_qs;
        QTest::newRow("password key") << u"DB_PASSWORD"_qs << u"hunter2hunter2"_qs
                                      << u"a value under a key named like a password or token"_qs;
        QTest::newRow("camel api key") << u"stripeApiKey"_qs << u"not-a-real-key"_qs
                                       << u"a value under a key named like a password or token"_qs;
        QTest::newRow("numeric password")
            << u"DB_PASSWORD"_qs << u"20240917"_qs
            << u"a value under a key named like a password or token"_qs;
        QTest::newRow("numeric pin") << u"sim.pin"_qs << u"4711"_qs
                                     << u"a value under a key named like a password or token"_qs;
        QTest::newRow("dotted password")
            << u"smtp.password"_qs << u"Summer2024!"_qs
            << u"a value under a key named like a password or token"_qs;
        QTest::newRow("secret access key")
            << u"AWS_SECRET_ACCESS_KEY"_qs << u"literal-value"_qs
            << u"a value under a key named like a password or token"_qs;
        QTest::newRow("token key") << u"NPM_TOKEN"_qs << u"abc"_qs
                                   << u"a value under a key named like a password or token"_qs;
        const QString entropy = u"a long high-entropy string"_qs;
        QTest::newRow("typed random")
            << u"SIGNING"_qs << u"Zx8qP2mL9vR4tY7wK1nB3cF6hJ0dS5gA"_qs << entropy;
        QTest::newRow("base64 32 bytes") << u"blob"_qs << randomBase64(random, 32) << entropy;
        QTest::newRow("base64 48 bytes") << u"blob"_qs << randomBase64(random, 48) << entropy;
        QTest::newRow("base62 40") << u"blob"_qs << randomText(random, kBase62, 40) << entropy;
        QTest::newRow("base62 24") << u"blob"_qs << randomText(random, kBase62, 24) << entropy;
        QTest::newRow("lower and digits 32")
            << u"blob"_qs << randomText(random, u"abcdefghijklmnopqrstuvwxyz0123456789"_qs, 32)
            << entropy;
        QTest::newRow("upper and digits")
            << u"blob"_qs << u"K7Q2ZP4XW9M3TR8VB6NY1HD5JC0FG2LS"_qs << entropy;
        QTest::newRow("inside a connection string")
            << u"conn"_qs
            << u"Server=db;Database=app;Key="_qs + randomText(random, kBase62, 32) + u";"_qs
            << entropy;
    }
    void refused() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto reason = SecretDetector::looksSecret(key, value);
        QVERIFY2(reason.has_value(), qPrintable(key));
        QTEST(*reason, "reason");
        QVERIFY(!reason->contains(value)); // never echoes the secret
    }

    void passes_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QRandomGenerator random(2718);
        const auto row = [](const char* key, const QString& value) {
            QTest::addRow("%s: %s", key, qPrintable(value.left(40)))
                << QString::fromUtf8(key) << value;
        };
        row("API_URL", u"https://api.example.com/v1/orders?limit=100&sort=desc"_qs);
        row("DB_HOST", u"db01.prod.internal.example.com"_qs);
        row("JDBC", u"jdbc:postgresql://db01.example.com:5432/slipway?sslmode=require"_qs);
        row("DATA_DIR", u"/var/lib/slipway/releases/2024/notes"_qs);
        row("HOME", u"/home/alice/Projects/Slipway2024/build"_qs);
        row("EXE", u"C:\\Program Files\\Slipway\\bin\\slipway.exe"_qs);
        row("LIB", u"/opt/homebrew/Cellar/openssl@3/3.1.4/lib/libcrypto.3.dylib"_qs);
        row("TENANT_ID", u"123e4567-e89b-12d3-a456-426614174000"_qs);
        row("VERSION", u"1.0.0-alpha.beta+exp.sha.5114f85"_qs);
        row("MOTTO", u"The quick brown fox jumps over the lazy dog"_qs);
        row("GREETING", u"aGVsbG8gd29ybGQ="_qs);                       // "hello world"
        row("PHRASE", u"c2xpcHdheSByZWxlYXNlIHBsYW5uaW5n"_qs);         // "slipway release planning"
        row("COMMIT", u"5114f85a1c9e7d3b2a4f6e8d0c1b3a5f7e9d2c4b"_qs); // 40 hex: a commit id
        row("DIGEST", u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_qs);
        row("IMAGE", u"registry.example.com/payments/api@sha256:"
                     "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_qs);
        row("IMAGE_TAG", u"registry.example.com/payments/api-gateway:4.2.0-rc.1"_qs);
        row("PURL", u"pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1?type=jar"_qs);
        row("CLASS", u"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"_qs);
        row("BEAN", u"AbstractSingletonProxyFactoryBean"_qs);
        row("NAME", u"ThisIsAVeryLongPascalCaseName2024"_qs);
        row("FLAG", u"FEATURE_FLAG_ENABLE_NEW_CHECKOUT_FLOW_V2"_qs);
        row("POD", u"payments-service-deployment-7f9c8d6b5-x2kqp"_qs);
        row("TRIPLE", u"x86_64-linux-gnu-gcc-12"_qs);
        row("JAVA_OPTS", u"-Xmx4096m -XX:+UseG1GC -XX:MaxGCPauseMillis=200"_qs);
        row("ROLE", u"arn:aws:iam::123456789012:role/DeployRole"_qs);
        row("SUBNET", u"subnet-0bb1c79de3e8a1f2c"_qs);
        row("AZ_SCOPE", u"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/"
                        "rg-prod-weu/providers/Microsoft.KeyVault/vaults/kv-prod"_qs);
        row("BUCKET", u"gs://my-bucket-eu/builds/2025-04-01/slipway-4.2.0-linux-x86_64.tar.gz"_qs);
        row("BROKERS", u"kafka-broker-1.kafka-headless.messaging.svc.cluster.local:9092"_qs);
        row("AGENT", u"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"_qs);
        row("UMLAUTS", u"Größenänderung der Datenbanktabellen für Zahlungsvorgänge"_qs);
        // Near misses of the known formats.
        row("NOTE", u"AKIA1234"_qs);
        row("NOTE", u"ghp_notatoken"_qs);
        row("NOTE", u"xoxb-123"_qs);
        row("NOTE", u"sk_live_"_qs);
        row("NOTE", u"glpat-short"_qs);
        row("WEBHOOK", u"https://hooks.example.com/services/T000/B000/XXXX"_qs);
        row("CERT", u"-----BEGIN CERTIFICATE-----\n"_qs + randomBase64(random, 48) +
                        u"\n-----END CERTIFICATE-----"_qs);
        row("PUBKEY", u"-----BEGIN PUBLIC KEY-----\n"_qs + randomBase64(random, 48) +
                          u"\n-----END PUBLIC KEY-----"_qs);
        row("SSH_PUBLIC", u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"_qs + randomBase64(random, 24) +
                              u" deploy@example.com"_qs);
        row("INTEGRITY", u"sha512-"_qs + randomBase64(random, 64));
        row("NOT_JWT", base64Url({{u"typ"_qs, u"none"_qs}}) + u".e30.EXAMPLE"_qs);
        row("DOTS", u"abc.def.ghi"_qs);
        // URLs without a password, or with a stand-in.
        row("REPO", u"https://user@example.com/repo.git"_qs);
        row("REPO", u"ssh://git@example.com/team/repo.git"_qs);
        row("DATABASE_URL", u"postgres://app:${DB_PASSWORD}@db:5432/app"_qs);
        row("MASKED", u"https://user:****@example.com/"_qs);
        // Keys named like secrets, with values that are not.
        row("PASSWORD_MIN_LENGTH", u"12"_qs);
        row("TOKEN_TTL", u"3600"_qs);
        row("SECRET_ROTATION_DAYS", u"90"_qs);
        row("API_TOKEN", u"0"_qs);
        row("DB_PASSWORD", u"0"_qs);
        row("PIN_LENGTH", u"6"_qs);
        row("DB_PASSWORD", u"vault:secret/data/payments/db#password"_qs);
        row("GITHUB_TOKEN", u"env:GITHUB_TOKEN"_qs);
        row("DB_PASSWORD", u"${DB_PASSWORD}"_qs);
        row("TLS_PRIVATE_KEY", u"/etc/ssl/private/app.key"_qs);
        row("SECRET_NAME", u"payments-db"_qs);
        row("API_KEY_HEADER", u"X-Api-Key"_qs);
        row("OAUTH_TOKEN", u"https://auth.example.com/oauth/token"_qs);
        row("USE_TOKEN", u"true"_qs);
        row("ADMIN_PASSWORD", QString());
    }
    void passes() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto reason = SecretDetector::looksSecret(key, value);
        QVERIFY2(!reason.has_value(), qPrintable(reason.value_or(QString())));
    }

    // The figures behind the entropy rule: most random keys of 20 characters and more are
    // caught, while the names and paths above pass.
    void randomStringsAreCaught() {
        QRandomGenerator random(31337);
        const struct {
            QString alphabet;
            int length;
            int atLeastPercent;
        } kinds[] = {
            {kBase62, 20, 90},
            {kBase62, 32, 95},
            {kBase62 + u"+/"_qs, 40, 95},
            {u"abcdefghijklmnopqrstuvwxyz0123456789"_qs, 32, 80},
            {u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"_qs, 32, 80},
            // Base32 has few digits and, like words, about one vowel in five letters: the
            // weakest case, left to the key-name rule when it slips through.
            {u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_qs, 32, 60},
        };
        for (const auto& kind : kinds) {
            int caught = 0;
            for (int i = 0; i < 1000; ++i)
                caught += SecretDetector::looksSecret(
                              u"value"_qs, randomText(random, kind.alphabet, kind.length))
                              ? 1
                              : 0;
            qInfo("random %d-character strings over %d symbols: %.1f%% caught", kind.length,
                  int(kind.alphabet.size()), caught / 10.0);
            QVERIFY(caught >= kind.atLeastPercent * 10);
        }
        int caught = 0;
        for (int i = 0; i < 1000; ++i)
            caught += SecretDetector::looksSecret(u"value"_qs, randomBase64(random, 32)) ? 1 : 0;
        qInfo("base64 of 32 random bytes: %.1f%% caught", caught / 10.0);
        QVERIFY(caught >= 950);
    }

    void entropy() {
        QCOMPARE(SecretDetector::entropy(u""_qs), 0.0);
        QCOMPARE(SecretDetector::entropy(u"aaaa"_qs), 0.0);
        QCOMPARE(SecretDetector::entropy(u"abab"_qs), 1.0);
        QCOMPARE(SecretDetector::entropy(u"abcdefgh"_qs), 3.0);
    }

    // Values of any size are judged in one pass: the patterns are anchored to word starts, so
    // none backtracks over a long value (a quadratic one would run into the test's timeout).
    void longValues() {
        const QString letters(200000, u'a');
        QVERIFY(!SecretDetector::looksSecret(u"k"_qs, letters).has_value());
        const QString almostAws = QString(100000, u'A') + u"KIA"_qs;
        QVERIFY(!SecretDetector::looksSecret(u"k"_qs, almostAws).has_value());
        QString parts;
        for (int i = 0; i < 20000; ++i)
            parts += u"eyJhbGciOiJIUzI1NiJ9."_qs;
        // Many dot-separated parts are not a JWT, whatever else they are.
        QVERIFY(SecretDetector::looksSecret(u"k"_qs, parts) != u"a JWT"_qs);
        const QString url = u"https://"_qs + QString(100000, u'u') + u":"_qs;
        QVERIFY(!SecretDetector::looksSecret(u"k"_qs, url).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_SecretDetector)
#include "tst_SecretDetector.moc"
