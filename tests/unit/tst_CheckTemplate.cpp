// SPDX-License-Identifier: GPL-3.0-or-later
// The placeholders of a check: {{variable}} filled from earlier extractions, {{secret:REF}}
// resolved from the environment only when asked (only env: references), malformed ones refused,
// and no error ever holding a secret's value.
#include "rules/CheckTemplate.h"

#include <QTest>

using namespace slipway;

class tst_CheckTemplate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsPlaceholders() {
        auto all = CheckTemplate::placeholders(u"Bearer {{token}} and {{ secret:env:API_KEY }}"_qs);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, u"token"_qs);
        QVERIFY(!all->at(0).secret);
        QCOMPARE(all->at(0).start, 7);
        QCOMPARE(all->at(0).length, 9);
        QCOMPARE(all->at(1).name, u"env:API_KEY"_qs);
        QVERIFY(all->at(1).secret);
        QCOMPARE(CheckTemplate::variables(u"{{a}}{{b}}{{a}}"_qs), QStringList({u"a"_qs, u"b"_qs}));
        QCOMPARE(CheckTemplate::secrets(u"x {{secret:env:A}} {{b}}"_qs), QStringList{u"env:A"_qs});
        QCOMPARE(CheckTemplate::withoutPlaceholders(u"Bearer {{secret:env:T}}"_qs), u"Bearer "_qs);
        QCOMPARE(CheckTemplate::withoutPlaceholders(u"no placeholders"_qs), u"no placeholders"_qs);
    }

    void refusesMalformed_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("unclosed") << u"Bearer {{token"_qs << u"without"_qs;
        QTest::newRow("space in name") << u"{{my token}}"_qs << u"not a variable name"_qs;
        QTest::newRow("empty") << u"{{}}"_qs << u"not a variable name"_qs;
        QTest::newRow("secret without ref") << u"{{secret:}}"_qs << u"names no secret"_qs;
        QTest::newRow("digit first") << u"{{1x}}"_qs << u"not a variable name"_qs;
    }

    void refusesMalformed() {
        QFETCH(QString, text);
        QFETCH(QString, says);
        auto all = CheckTemplate::placeholders(text);
        QVERIFY(!all);
        QVERIFY2(all.error().message.contains(says), qPrintable(all.error().message));
        QVERIFY(!CheckTemplate::render(text, {}, false));
    }

    void rendersVariables() {
        const QHash<QString, QString> values{{u"token"_qs, u"abc"_qs}, {u"id"_qs, u"42"_qs}};
        QCOMPARE(CheckTemplate::render(u"/orders/{{id}}?t={{token}}"_qs, values, false).value(),
                 u"/orders/42?t=abc"_qs);
        auto missing = CheckTemplate::render(u"/orders/{{order_id}}"_qs, values, false);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"{{order_id}}"_qs));
        // Not resolving leaves a secret as written.
        QCOMPARE(CheckTemplate::render(u"k={{secret:env:SLIPWAY_T1}}"_qs, values, false).value(),
                 u"k={{secret:env:SLIPWAY_T1}}"_qs);
    }

    void resolvesEnvironmentSecretsOnly() {
        const QByteArray value = "s3cr3t-value-9f8e7d";
        qputenv("SLIPWAY_TEST_CHECK_SECRET", value);
        QCOMPARE(
            CheckTemplate::render(u"Bearer {{secret:env:SLIPWAY_TEST_CHECK_SECRET}}"_qs, {}, true)
                .value(),
            u"Bearer s3cr3t-value-9f8e7d"_qs);
        QCOMPARE(CheckTemplate::resolveSecret(u"env:SLIPWAY_TEST_CHECK_SECRET"_qs).value(),
                 QString::fromLatin1(value));

        qunsetenv("SLIPWAY_TEST_CHECK_UNSET");
        auto unset = CheckTemplate::resolveSecret(u"env:SLIPWAY_TEST_CHECK_UNSET"_qs);
        QVERIFY(!unset);
        QVERIFY(unset.error().message.contains(u"not set"_qs));

        auto vault = CheckTemplate::render(u"{{secret:vault:secret/data/pay#token}}"_qs, {}, true);
        QVERIFY(!vault);
        QVERIFY2(vault.error().message.contains(u"env: references only"_qs),
                 qPrintable(vault.error().message));

        auto bad = CheckTemplate::resolveSecret(u"keychain:thing"_qs);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"keychain:thing"_qs));
        // No message carries the value.
        for (const auto& error : {unset.error(), vault.error(), bad.error()})
            QVERIFY(!error.message.contains(QString::fromLatin1(value)));
        qunsetenv("SLIPWAY_TEST_CHECK_SECRET");
    }
};

QTEST_GUILESS_MAIN(tst_CheckTemplate)
#include "tst_CheckTemplate.moc"
