// SPDX-License-Identifier: GPL-3.0-or-later
// References to secret stores (Vault, AWS Secrets Manager, Azure Key Vault, the environment):
// what each form holds, that it reads back from its text, and the error for each mistake.
#include "rules/SecretReference.h"

#include <QTest>

using namespace slipway;

class tst_SecretReference : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accepts_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("store");
        QTest::addColumn<QString>("vault");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("version");
        const int vault = int(SecretReference::Store::Vault),
                  aws = int(SecretReference::Store::AwsSecretsManager),
                  azure = int(SecretReference::Store::AzureKeyVault),
                  env = int(SecretReference::Store::Environment);
        QTest::newRow("vault") << u"vault:secret/data/payments/db#password"_qs << vault << QString()
                               << u"secret/data/payments/db"_qs << u"password"_qs << QString();
        QTest::newRow("vault one segment") << u"vault:kv#api.key"_qs << vault << QString()
                                           << u"kv"_qs << u"api.key"_qs << QString();
        QTest::newRow("aws name") << u"awssm:prod/payments/db-credentials"_qs << aws << QString()
                                  << u"prod/payments/db-credentials"_qs << QString() << QString();
        QTest::newRow("aws json key") << u"awssm:prod/payments#password"_qs << aws << QString()
                                      << u"prod/payments"_qs << u"password"_qs << QString();
        QTest::newRow("aws arn")
            << u"awssm:arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf"_qs
            << aws << QString()
            << u"arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf"_qs
            << QString() << QString();
        QTest::newRow("azure") << u"azkv:kv-payments-prod/db-password"_qs << azure
                               << u"kv-payments-prod"_qs << u"db-password"_qs << QString()
                               << QString();
        QTest::newRow("azure version")
            << u"azkv:kv-payments-prod/db-password/0123456789abcdef0123456789abcdef"_qs << azure
            << u"kv-payments-prod"_qs << u"db-password"_qs << QString()
            << u"0123456789abcdef0123456789abcdef"_qs;
        QTest::newRow("env") << u"env:PAYMENTS_DB_PASSWORD"_qs << env << QString()
                             << u"PAYMENTS_DB_PASSWORD"_qs << QString() << QString();
        QTest::newRow("env underscore")
            << u"env:_private"_qs << env << QString() << u"_private"_qs << QString() << QString();
    }
    void accepts() {
        QFETCH(QString, text);
        const auto ref = SecretReference::parse(text);
        QVERIFY2(ref.ok(), qPrintable(ref.ok() ? QString() : ref.error().message));
        QTEST(int(ref->store), "store");
        QTEST(ref->vault, "vault");
        QTEST(ref->name, "name");
        QTEST(ref->field, "field");
        QTEST(ref->version, "version");
        QCOMPARE(ref->toString(), text);
        QVERIFY(SecretReference::hasReferencePrefix(text));
        const auto back = SecretReference::parse(ref->toString());
        QVERIFY(back.ok() && back.value() == ref.value());
    }

    void refuses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown store")
            << u"vaul:secret#x"_qs
            << u"use vault:PATH#FIELD, awssm:NAME, azkv:VAULT/NAME or env:NAME"_qs;
        QTest::newRow("plain value") << u"hunter2"_qs << u"use vault:PATH#FIELD"_qs;
        QTest::newRow("upper case store") << u"ENV:HOME"_qs << u"use vault:PATH#FIELD"_qs;
        QTest::newRow("vault no path") << u"vault:#password"_qs << u"the Vault path is missing"_qs;
        QTest::newRow("vault no field")
            << u"vault:secret/db"_qs << u"name the field after '#' (vault:PATH#FIELD)"_qs;
        QTest::newRow("vault empty field")
            << u"vault:secret/db#"_qs << u"name the field after '#'"_qs;
        QTest::newRow("vault double slash")
            << u"vault:secret//db#pw"_qs << u"the Vault path has an empty segment"_qs;
        QTest::newRow("vault leading slash")
            << u"vault:/secret/db#pw"_qs << u"the Vault path has an empty segment"_qs;
        QTest::newRow("vault dot dot")
            << u"vault:secret/../db#pw"_qs << u"the Vault path may not contain '.' or '..'"_qs;
        QTest::newRow("vault space")
            << u"vault:secret/my db#pw"_qs << u"\" \" is not allowed in a Vault path"_qs;
        QTest::newRow("vault two hashes")
            << u"vault:secret/db#pw#x"_qs << u"\"#\" is not allowed in a Vault field"_qs;
        QTest::newRow("aws empty") << u"awssm:"_qs << u"the secret's name is missing"_qs;
        QTest::newRow("aws bad char")
            << u"awssm:prod/db!"_qs << u"\"!\" is not allowed in a Secrets Manager name"_qs;
        QTest::newRow("aws colon without arn")
            << u"awssm:prod:db"_qs << u"\":\" is not allowed in a Secrets Manager name"_qs;
        QTest::newRow("aws empty key") << u"awssm:prod/db#"_qs << u"name the JSON key after '#'"_qs;
        QTest::newRow("aws too long")
            << u"awssm:"_qs + QString(513, u'a') << u"the secret's name is too long"_qs;
        QTest::newRow("azure no name")
            << u"azkv:kv-prod"_qs << u"use azkv:VAULT/NAME or azkv:VAULT/NAME/VERSION"_qs;
        QTest::newRow("azure empty name") << u"azkv:kv-prod/"_qs << u"use azkv:VAULT/NAME"_qs;
        QTest::newRow("azure short vault")
            << u"azkv:kv/db"_qs << u"\"kv\" is not a Key Vault name"_qs;
        QTest::newRow("azure vault digit first")
            << u"azkv:1kv-prod/db"_qs << u"\"1kv-prod\" is not a Key Vault name"_qs;
        QTest::newRow("azure vault double hyphen")
            << u"azkv:kv--prod/db"_qs << u"is not a Key Vault name"_qs;
        QTest::newRow("azure vault trailing hyphen")
            << u"azkv:kv-prod-/db"_qs << u"is not a Key Vault name"_qs;
        QTest::newRow("azure name underscore")
            << u"azkv:kv-prod/db_password"_qs
            << u"\"db_password\" is not a Key Vault secret name"_qs;
        QTest::newRow("azure bad version")
            << u"azkv:kv-prod/db/123"_qs << u"a secret version is 32 letters and digits"_qs;
        QTest::newRow("azure four parts") << u"azkv:kv-prod/db/v/x"_qs << u"use azkv:VAULT/NAME"_qs;
        QTest::newRow("env empty") << u"env:"_qs << u"the variable's name is missing (env:NAME)"_qs;
        QTest::newRow("env digit first")
            << u"env:1PASSWORD"_qs << u"\"1PASSWORD\" is not an environment variable name"_qs;
        QTest::newRow("env dash") << u"env:DB-PASSWORD"_qs
                                  << u"\"DB-PASSWORD\" is not an environment variable name"_qs;
        QTest::newRow("env newline")
            << u"env:A\nB"_qs << u"\"A\\nB\" is not an environment variable name"_qs;
    }
    void refuses() {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto ref = SecretReference::parse(text);
        QVERIFY(!ref.ok());
        QCOMPARE(ref.error().kind, Error::Kind::Validation);
        QVERIFY2(ref.error().message.contains(reason), qPrintable(ref.error().message));
        QVERIFY2(ref.error().message.contains(u"is not a secret reference"_qs),
                 qPrintable(ref.error().message));
        QVERIFY(!ref.error().message.contains(u'\n'));
    }

    void prefixes() {
        QVERIFY(SecretReference::hasReferencePrefix(u"vault:"_qs));
        QVERIFY(SecretReference::hasReferencePrefix(u"env:1BAD"_qs)); // mistyped, still meant
        QVERIFY(!SecretReference::hasReferencePrefix(u"https://example.com"_qs));
        QVERIFY(!SecretReference::hasReferencePrefix(u"environment"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_SecretReference)
#include "tst_SecretReference.moc"
