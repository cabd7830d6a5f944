// SPDX-License-Identifier: GPL-3.0-or-later
// JSON paths of check expectations and extractions: dotted keys with array indexes and an
// optional "$" root, read against real health bodies (Elasticsearch, Consul), malformed paths
// refused with a reason, values compared as JSON writes them.
#include "rules/JsonPath.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace slipway;

class tst_JsonPath : public QObject {
    Q_OBJECT

    static QJsonDocument read(const QString& file) {
        return QJsonDocument::fromJson(test::fileBytes(test::testDataPath(file)));
    }

private Q_SLOTS:
    void realElasticsearchHealth() {
        const QJsonDocument doc =
            read(u"validation/elasticsearch_8.4.2_cluster_health_green.json"_qs);
        QVERIFY(doc.isObject());
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"status"_qs)), u"green"_qs);
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"$.status"_qs)), u"green"_qs);
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"$.timed_out"_qs)), u"false"_qs);
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"active_shards"_qs)), u"194"_qs);
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"active_shards_percent_as_number"_qs)),
                 u"100"_qs);
        QVERIFY(!JsonPath::evaluate(doc, u"$.health"_qs));
        QVERIFY(!JsonPath::evaluate(doc, u"status.colour"_qs)); // a string has no keys
    }

    void realConsulAutopilot() {
        const QJsonDocument doc =
            read(u"validation/consul_1.13.2_operator_autopilot_health_three_servers.json"_qs);
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"Healthy"_qs)), u"true"_qs);
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"Servers[1].Leader"_qs)), u"true"_qs);
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"$.Servers[2].Name"_qs)), u"satya-vm"_qs);
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"Servers[0].LastContact"_qs)),
                 u"54.653679ms"_qs);
        QVERIFY(!JsonPath::evaluate(doc, u"Servers[3].Name"_qs));
        QVERIFY(!JsonPath::evaluate(doc, u"Servers.Name"_qs)); // an array has no keys
        QVERIFY(!JsonPath::evaluate(doc, u"Healthy[0]"_qs));
        // Objects and arrays read back compact.
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"Servers[0].Healthy"_qs)), u"true"_qs);
        QVERIFY(JsonPath::text(*JsonPath::evaluate(doc, u"Servers[0]"_qs))
                    .startsWith(u"{\"Address\":\"10.10.30.119:8300\""_qs));
    }

    void realConsulChecksKeyedById() {
        const QJsonDocument doc =
            read(u"validation/consul_1.13.2_agent_checks_one_passing_three_critical.json"_qs);
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"chk1.Status"_qs)), u"passing"_qs);
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"chk2.Status"_qs)), u"critical"_qs);
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"chk2.ServiceTags"_qs)), u"[]"_qs);
    }

    void rootArraysAndNumbers() {
        const QJsonDocument doc = QJsonDocument::fromJson(
            R"([{"id": 7, "ratio": 0.1, "big": 12345678901, "n": null, "s": "a.b"}, [1, [2, 3]]])");
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"$[0].id"_qs)), u"7"_qs);
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"[0].ratio"_qs)), u"0.1"_qs);
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"[0].big"_qs)), u"12345678901"_qs);
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"[0].n"_qs)), u"null"_qs);
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"$[1][1][0]"_qs)), u"2"_qs);
        QVERIFY(!JsonPath::evaluate(doc, u"id"_qs)); // the root is an array
        QVERIFY(!JsonPath::evaluate(QJsonDocument(), u"$"_qs));
        QCOMPARE(JsonPath::text(*JsonPath::evaluate(doc, u"$"_qs)).left(9), u"[{\"big\":1"_qs);
    }

    void malformedPaths_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString() << u"empty"_qs;
        QTest::newRow("double dot") << u"a..b"_qs << u"empty part"_qs;
        QTest::newRow("trailing dot") << u"a.b."_qs << u"ends after"_qs;
        QTest::newRow("unclosed") << u"items[0"_qs << u"without ']'"_qs;
        QTest::newRow("negative") << u"items[-1]"_qs << u"whole number"_qs;
        QTest::newRow("not a number") << u"items[x]"_qs << u"whole number"_qs;
        QTest::newRow("space") << u"a b"_qs << u"expected at character 2"_qs;
        QTest::newRow("quote") << u"a.\"b\""_qs << u"unexpected"_qs;
        QTest::newRow("line break") << u"a.\nb"_qs << u"unexpected U+000a at character 3"_qs;
        QTest::newRow("wildcard") << u"items[*]"_qs << u"whole number"_qs;
    }

    void malformedPaths() {
        QFETCH(QString, path);
        QFETCH(QString, says);
        auto parsed = JsonPath::parse(path);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
        QVERIFY(!parsed.error().message.contains(u'\n'));
        QVERIFY(!JsonPath::evaluate(QJsonDocument::fromJson("{\"a\": {\"b\": 1}}"), path));
    }

    void tooDeep() {
        QString path = u"a"_qs;
        for (int i = 0; i < JsonPath::kMaxSegments; ++i)
            path += u".a"_qs;
        QVERIFY(!JsonPath::parse(path));
        QVERIFY(JsonPath::parse(path.left(path.size() - 2)));
    }
};

QTEST_GUILESS_MAIN(tst_JsonPath)
#include "tst_JsonPath.moc"
