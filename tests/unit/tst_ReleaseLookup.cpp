// SPDX-License-Identifier: GPL-3.0-or-later
// A release named on a command line, on a real file: by id, PRODUCT@VERSION (the product, a
// service, first; then the name with or without the version it ends in), NAME@VERSION, a
// version only one release has; unknown, ambiguous (candidates listed) and hostile text refused
// with one line, never a wrong match.
#include "Fixtures.h"
#include "TestSupport.h"
#include "domain/Release.h"
#include "services/Document.h"
#include "services/ReleaseLookup.h"
#include "services/ReleaseService.h"

#include <QHash>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

class tst_ReleaseLookup : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"release-lookup"_qs};
    QString m_db;
    qint64 m_payments = 0, m_fraud = 0, m_identity = 0;
    qint64 m_launch = 0, m_webRefresh = 0, m_namedLikeProduct = 0, m_lowerCase = 0;

    static Release ofProduct(qint64 product, const QString& name, const QString& version) {
        Release r = newRelease(name, version);
        r.productId = product;
        return r;
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = m_files.newFile();
        auto doc = openDocument(m_db);
        QVERIFY(doc);
        ReleaseService& releases = doc->releases();
        m_payments = createRelease(releases, newRelease(u"Payments API"_qs, u"2.4.0"_qs));
        m_fraud = createRelease(releases, newRelease(u"Fraud Scoring 4.0.0"_qs, u"4.0.0"_qs));
        m_identity =
            createRelease(releases, newRelease(u"Identity Provider 4.0.0"_qs, u"4.0.0"_qs));
        QVERIFY(m_payments > 0 && m_fraud > 0 && m_identity > 0);
        // Products: Payments API (1), Checkout Web (2) and, named apart only by case,
        // checkout web (3).
        addTwoTeams(doc->database());
        exec(doc->database(),
             u"INSERT INTO services (id, name, created_by, created_at, "
             "updated_by, updated_at) VALUES (3, 'checkout web', 't', 0, 't', 0)"_qs);
        m_launch = createRelease(releases, ofProduct(1, u"Spring launch"_qs, u"3.0.0"_qs));
        QVERIFY(createRelease(releases, newRelease(u"Checkout Web"_qs, u"5.0.0"_qs)) > 0);
        m_webRefresh = createRelease(releases, ofProduct(2, u"Web refresh"_qs, u"5.0.0"_qs));
        m_lowerCase = createRelease(releases, ofProduct(3, u"Lower case"_qs, u"6.0.0"_qs));
        QVERIFY(createRelease(releases, ofProduct(2, u"Web six"_qs, u"6.0.0"_qs)) > 0);
        m_namedLikeProduct = createRelease(releases, newRelease(u"Checkout Web"_qs, u"7.0.0"_qs));
        QVERIFY(m_launch > 0 && m_namedLikeProduct > 0 && m_webRefresh > 0 && m_lowerCase > 0);
    }

    void finds_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("which");
        QTest::newRow("id") << u"1"_qs << u"payments"_qs;
        QTest::newRow("id with spaces") << u"  1 "_qs << u"payments"_qs;
        QTest::newRow("name@version") << u"Payments API@2.4.0"_qs << u"payments"_qs;
        QTest::newRow("any case") << u"payments api@2.4.0"_qs << u"payments"_qs;
        QTest::newRow("unique version") << u"2.4.0"_qs << u"payments"_qs;
        QTest::newRow("product without its version") << u"Fraud Scoring@4.0.0"_qs << u"fraud"_qs;
        QTest::newRow("whole name@version")
            << u"Identity Provider 4.0.0@4.0.0"_qs << u"identity"_qs;
        QTest::newRow("product@version") << u"Payments API@3.0.0"_qs << u"launch"_qs;
        QTest::newRow("the product before a name") << u"Checkout Web@5.0.0"_qs << u"web refresh"_qs;
        QTest::newRow("name when no product has it")
            << u"Checkout Web@7.0.0"_qs << u"named like product"_qs;
        QTest::newRow("exact product among cases") << u"checkout web@6.0.0"_qs << u"lower"_qs;
    }
    void finds() {
        QFETCH(QString, text);
        QFETCH(QString, which);
        auto doc = openDocument(m_db, true);
        QVERIFY(doc);
        auto found = lookUpRelease(doc->database(), text);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        const QHash<QString, qint64> ids{
            {u"payments"_qs, m_payments},      {u"fraud"_qs, m_fraud},
            {u"identity"_qs, m_identity},      {u"launch"_qs, m_launch},
            {u"web refresh"_qs, m_webRefresh}, {u"named like product"_qs, m_namedLikeProduct},
            {u"lower"_qs, m_lowerCase}};
        const qint64 expected = ids.value(which);
        QCOMPARE(found->id, expected);
    }

    void refuses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("ambiguous version")
            << u"4.0.0"_qs
            << u"4.0.0 is ambiguous: 2 (Fraud Scoring@4.0.0), 3 (Identity Provider@4.0.0)"_qs;
        QTest::newRow("unknown id") << u"99999"_qs << u"no release has the id or version 99999"_qs;
        QTest::newRow("unknown version") << u"9.9.9"_qs << u"no release has version 9.9.9"_qs;
        QTest::newRow("wrong product")
            << u"Payments@4.0.0"_qs << u"no release is Payments@4.0.0"_qs;
        QTest::newRow("empty") << u"   "_qs << u"name a release"_qs;
        QTest::newRow("only @") << u"@"_qs << u"no release"_qs;
        QTest::newRow("sql") << u"1' OR '1'='1"_qs << u"no release"_qs;
        QTest::newRow("negative id") << u"-1"_qs << u"no release has the id or version -1"_qs;
        QTest::newRow("product only") << u"Payments API@"_qs << u"no release"_qs;
        QTest::newRow("products apart only by case")
            << u"CHECKOUT WEB@6.0.0"_qs
            << u"CHECKOUT WEB@6.0.0 is ambiguous: 7 (checkout web@6.0.0), 8 (Checkout Web@6.0.0)"_qs;
        QTest::newRow("product without that version")
            << u"Payments API@3.0.1"_qs << u"no release is Payments API@3.0.1"_qs;
    }
    void refuses() {
        QFETCH(QString, text);
        QFETCH(QString, says);
        auto doc = openDocument(m_db, true);
        QVERIFY(doc);
        auto found = lookUpRelease(doc->database(), text);
        QVERIFY2(!found, qPrintable(text));
        QCOMPARE(found.error().kind, Error::Kind::Usage);
        QVERIFY2(found.error().message.contains(says), qPrintable(found.error().message));
        QVERIFY(!found.error().message.contains(u'\n'));
    }

    // A label names the version once: not again when the name already has it as a word.
    void labels() {
        QCOMPARE(releaseLabel(u"Payments API"_qs, u"2.4.0"_qs), u"Payments API 2.4.0"_qs);
        QCOMPARE(releaseLabel(u"Payments API 2.4.0"_qs, u"2.4.0"_qs), u"Payments API 2.4.0"_qs);
        QCOMPARE(releaseLabel(u"Fraud Scoring 3.4.2 hotfix"_qs, u"3.4.2"_qs),
                 u"Fraud Scoring 3.4.2 hotfix"_qs);
        // Ending in the same characters is not naming the version.
        QCOMPARE(releaseLabel(u"Ledger 11.2.3"_qs, u"1.2.3"_qs), u"Ledger 11.2.3 1.2.3"_qs);
        QCOMPARE(releaseLabel(u"Ledger"_qs, QString()), u"Ledger"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_ReleaseLookup)
#include "tst_ReleaseLookup.moc"
