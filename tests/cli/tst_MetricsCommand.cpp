// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway import metrics` and `slipway metrics define|list|compare` through the binary: CSV
// and Prometheus responses told apart by content, the metric created when missing, verdicts
// recomputed, a live query_range against a loopback server in its own thread, and bad input
// refused in one line with the file left as it was.
#include "Fixtures.h"
#include "LoopbackHttpServer.h"
#include "TestSupport.h"
#include "services/Document.h"
#include "services/ReleaseService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace slipway;
using namespace slipway::test;

namespace {

constexpr qint64 kDeployedAt = 1793577600; // 2026-11-02T00:00:00Z, as tests/data/metrics

QString data(const QString& file) {
    return testDataPath(u"metrics/"_qs + file);
}

} // namespace

class tst_MetricsCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A file with Payments API 2.4.0 deployed to production at kDeployedAt.
    QString newFile() {
        const QString path = m_dir.filePath(u"metrics-%1.slipway"_qs.arg(++m_files));
        auto doc = openDocument(path);
        if (!doc)
            return {};
        addTwoTeams(doc->database());
        Release r = newRelease(u"Payments API"_qs, u"2.4.0"_qs);
        r.serviceIds = {1};
        const qint64 id = createRelease(doc->releases(), r);
        exec(doc->database(),
             u"INSERT INTO environments (id, name, kind, created_by, created_at, updated_by, "
             "updated_at) VALUES (1, 'production', 'prod', 't', 1, 't', 1)"_qs);
        exec(doc->database(),
             u"INSERT INTO deployments (release_id, environment_id, outcome, deployed_by, "
             "deployed_at, created_by, created_at) VALUES (%1, 1, 'succeeded', 't', %2, 't', 1)"_qs
                 .arg(id)
                 .arg(kDeployedAt));
        return path;
    }

    static Run importMetrics(const QString& db, const QStringList& extra) {
        return runSlipway(QStringList{u"import"_qs, u"metrics"_qs, u"--db"_qs, db, u"--service"_qs,
                                      u"Payments API"_qs} +
                          extra);
    }

private Q_SLOTS:
    void initTestCase() { dropLoginSession(); }

    void importCsvAndCompare() {
        const QString db = newFile();
        QVERIFY(!db.isEmpty());
        Run run = importMetrics(
            db, {u"--metric"_qs, u"error_rate"_qs, data(u"error_rate_shifted.csv"_qs)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(run.outText(),
                 u"Created the metric error_rate of Payments API: lower is better, degraded "
                 "beyond 10 % over 24-hour windows.\n"
                 "error_rate_shifted.csv: 4,320 samples for error_rate of Payments API "
                 "(2026-11-01 00:01 – 2026-11-04 00:00 UTC); 1 release verdict updated.\n"_qs);
        run = importMetrics(db,
                            {u"--metric"_qs, u"error_rate"_qs, data(u"error_rate_shifted.csv"_qs)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().contains(u", 4,320 of them replacing stored values; 1 release "
                                        "verdict updated."_qs),
                 qPrintable(run.outText()));

        run = runSlipway({u"metrics"_qs, u"define"_qs, u"--db"_qs, db, u"--service"_qs, u"1"_qs,
                          u"--metric"_qs, u"latency_p95_ms"_qs, u"--unit"_qs, u"ms"_qs,
                          u"--threshold"_qs, u"15%"_qs, u"--window-hours"_qs, u"12"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(run.outText(), u"Defined the metric latency_p95_ms of Payments API: lower is "
                                "better, degraded beyond 15 % over 12-hour windows.\n"_qs);
        run = importMetrics(
            db, {u"--metric"_qs, u"latency_p95_ms"_qs, data(u"latency_p95_unchanged.csv"_qs)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY(!run.outText().contains(u"Created"_qs));

        run = runSlipway({u"metrics"_qs, u"compare"_qs, u"--db"_qs, db, u"--release"_qs,
                          u"Payments API@2.4.0"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QStringList lines = run.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], u"Deployed to production 2026-11-02 00:00 UTC; each metric's window "
                           "before against the same window after."_qs);
        QVERIFY2(lines[1].startsWith(u"error_rate of Payments API: baseline median 0.5"_qs) &&
                     lines[1].contains(u"Mann–Whitney U = "_qs) &&
                     lines[1].contains(u"p < 0.0001 (one-sided, 1439 before, 1440 after)"_qs) &&
                     lines[1].endsWith(u": degraded"_qs),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(u"latency_p95_ms of Payments API: baseline median 21"_qs) &&
                     lines[2].contains(u" ms, after median "_qs) &&
                     lines[2].contains(u"(one-sided, 720 before, 720 after)"_qs) &&
                     lines[2].endsWith(u": unchanged"_qs),
                 qPrintable(lines[2]));

        // Read-only: the same numbers, computed and not stored.
        const QByteArray before = fileBytes(db);
        const Run reading = runSlipway({u"metrics"_qs, u"compare"_qs, u"--db"_qs, db,
                                        u"--release"_qs, u"1"_qs, u"--read-only"_qs});
        QCOMPARE(reading.exitCode, 0);
        QVERIFY2(reading.errText().startsWith(u"Not stored: "_qs), qPrintable(reading.errText()));
        QCOMPARE(reading.outText(), run.outText());
        QCOMPARE(fileBytes(db), before);

        run = runSlipway(
            {u"metrics"_qs, u"compare"_qs, u"--db"_qs, db, u"--release"_qs, u"1"_qs, u"--json"_qs});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        const QJsonArray verdicts = o.value(u"verdicts"_qs).toArray();
        QCOMPARE(verdicts.size(), 2);
        QCOMPARE(verdicts[0].toObject().value(u"verdict"_qs).toString(), u"degraded"_qs);
        QCOMPARE(verdicts[0].toObject().value(u"n_after"_qs).toInt(), 1440);
        QVERIFY(verdicts[0].toObject().value(u"p_value"_qs).toDouble() < 1e-10);
        QCOMPARE(verdicts[1].toObject().value(u"verdict"_qs).toString(), u"unchanged"_qs);

        run = runSlipway({u"metrics"_qs, u"list"_qs, u"--db"_qs, db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains(
                     u"Payments API / error_rate: lower is better, threshold 10 %, 24-hour "
                     "windows; 4320 samples, 2026-11-01 00:01 – 2026-11-04 00:00 UTC\n"_qs),
                 qPrintable(run.outText()));
        run = runSlipway({u"metrics"_qs, u"list"_qs, u"--db"_qs, db, u"--json"_qs});
        const QJsonArray listed =
            QJsonDocument::fromJson(run.out).object().value(u"metrics"_qs).toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[1].toObject().value(u"threshold"_qs).toDouble(), 15.0);
        QCOMPARE(listed[1].toObject().value(u"window_hours"_qs).toInt(), 12);
        QCOMPARE(listed[1].toObject().value(u"samples"_qs).toInt(), 4320);
    }

    // A Prometheus response is recognised by its content, whatever the file is called.
    void prometheusResponseByContent() {
        const QString db = newFile();
        QVERIFY(!db.isEmpty());
        const QString saved =
            copyFile(data(u"prometheus_special_values_envelope.json"_qs), m_dir, u"answer.txt"_qs);
        Run run = importMetrics(db, {u"--metric"_qs, u"error_ratio"_qs, saved});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().startsWith(u"answer.txt: 3 series; pick one with --series"_qs) &&
                     !run.errText().contains(u'\n'),
                 qPrintable(run.errText()));
        run = importMetrics(db, {u"--metric"_qs, u"error_ratio"_qs, u"--series"_qs,
                                 u"job=api,instance=a:9100"_qs, saved});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().contains(
                     u"answer.txt {__name__=\"http_request_error_ratio\",instance=\"a:9100\","
                     "job=\"api\"}: 5 samples for error_ratio of Payments API (2026-11-01 00:00 – "
                     "2026-11-01 00:04 UTC); 1 release verdict updated."_qs),
                 qPrintable(run.outText()));
        QCOMPARE(
            queryValue(db, u"SELECT count(*) FROM metric_samples WHERE value IS NULL"_qs).toInt(),
            1);
        const QString empty =
            writeFile(m_dir, u"empty.json"_qs, R"([{"metric":{"job":"x"},"values":[]}])");
        run = importMetrics(db, {u"--metric"_qs, u"nothing"_qs, empty});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errText(), u"slipway import: empty.json: the series has no samples"_qs);
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM service_metrics WHERE name = 'nothing'"_qs)
                     .toInt(),
                 0);
        run = importMetrics(db, {u"--metric"_qs, u"error_ratio"_qs, u"--series"_qs, u"job=api"_qs,
                                 data(u"error_rate_shifted.csv"_qs)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"this is a CSV file"_qs), qPrintable(run.errText()));
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("bad csv") << QStringList{u"--metric"_qs, u"m"_qs, data(u"bad_many.csv"_qs)}
                                 << u"bad_many.csv:3: \"oops\" is not a number"_qs;
        QTest::newRow("unknown service") << QStringList{u"--service"_qs, u"Nope"_qs, u"--metric"_qs,
                                                        u"m"_qs, data(u"error_rate_shifted.csv"_qs)}
                                         << u"--service: no product is \"Nope\""_qs;
        QTest::newRow("no metric")
            << QStringList{data(u"error_rate_shifted.csv"_qs)} << u"--metric is required"_qs;
        QTest::newRow("no file") << QStringList{u"--metric"_qs, u"m"_qs}
                                 << u"name the file of samples"_qs;
        QTest::newRow("query without live")
            << QStringList{u"--metric"_qs, u"m"_qs, u"--query"_qs, u"up"_qs,
                           data(u"error_rate_shifted.csv"_qs)}
            << u"--query applies to --from-prometheus"_qs;
        QTest::newRow("bad step") << QStringList{u"--metric"_qs,
                                                 u"m"_qs,
                                                 u"--from-prometheus"_qs,
                                                 u"http://127.0.0.1:9"_qs,
                                                 u"--query"_qs,
                                                 u"up"_qs,
                                                 u"--from"_qs,
                                                 u"2026-11-01T00:00:00Z"_qs,
                                                 u"--to"_qs,
                                                 u"2026-11-02T00:00:00Z"_qs,
                                                 u"--step"_qs,
                                                 u"soon"_qs}
                                  << u"--step \"soon\" is not a duration"_qs;
        QTest::newRow("too many points") << QStringList{u"--metric"_qs,
                                                        u"m"_qs,
                                                        u"--from-prometheus"_qs,
                                                        u"http://127.0.0.1:9"_qs,
                                                        u"--query"_qs,
                                                        u"up"_qs,
                                                        u"--from"_qs,
                                                        u"2026-11-01T00:00:00Z"_qs,
                                                        u"--to"_qs,
                                                        u"2026-11-30T00:00:00Z"_qs,
                                                        u"--step"_qs,
                                                        u"1m"_qs}
                                         << u"use a step of at least 228 s"_qs;
    }

    void badInputChangesNothing() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const QString db = newFile();
        QVERIFY(!db.isEmpty());
        const QByteArray before = fileBytes(db);
        const Run run = importMetrics(db, args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(says) && !run.errText().contains(u'\n'),
                 qPrintable(run.errText()));
        QCOMPARE(fileBytes(db), before);
    }

    void defineRefusesBadValues() {
        const QString db = newFile();
        QVERIFY(!db.isEmpty());
        for (const auto& [option, value, says] :
             {std::tuple{u"--threshold"_qs, u"ten"_qs, u"--threshold \"ten\""_qs},
              std::tuple{u"--better"_qs, u"sideways"_qs, u"--better must be lower or higher"_qs},
              std::tuple{u"--window-hours"_qs, u"0"_qs, u"between 1 and 720 hours"_qs}}) {
            const Run run =
                runSlipway({u"metrics"_qs, u"define"_qs, u"--db"_qs, db, u"--service"_qs,
                            u"Payments API"_qs, u"--metric"_qs, u"m"_qs, option, value});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.errText().contains(says), qPrintable(run.errText()));
        }
        const Run never =
            runSlipway({u"metrics"_qs, u"compare"_qs, u"--db"_qs, db, u"--release"_qs, u"99"_qs});
        QCOMPARE(never.exitCode, 2);
    }

    // Live: the binary asks a real HTTP server (in a thread of this test) for query_range.
    void liveFromPrometheus() {
        const QString db = newFile();
        QVERIFY(!db.isEmpty());
        QThread thread;
        auto* server = new LoopbackHttpServer;
        server->setRoute(u"/api/v1/query_range"_qs,
                         LoopbackHttpServer::answer(
                             200, fileBytes(data(u"prometheus_special_values_envelope.json"_qs))));
        server->moveToThread(&thread);
        connect(&thread, &QThread::finished, server, &QObject::deleteLater);
        thread.start();
        bool listening = false;
        QMetaObject::invokeMethod(server, "listen", Qt::BlockingQueuedConnection,
                                  Q_RETURN_ARG(bool, listening));
        QVERIFY(listening);
        const QString url = u"http://127.0.0.1:%1"_qs.arg(server->port());
        const Run run =
            importMetrics(db, {u"--metric"_qs, u"error_ratio"_qs, u"--from-prometheus"_qs, url,
                               u"--query"_qs, u"rate(errors[5m])"_qs, u"--from"_qs,
                               u"2026-11-01T00:00:00Z"_qs, u"--to"_qs, u"2026-11-01T01:00:00Z"_qs,
                               u"--step"_qs, u"1m"_qs, u"--series"_qs, u"job=batch"_qs});
        const QStringList targets = server->targets();
        thread.quit();
        thread.wait();
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().contains(u"Created the metric error_ratio"_qs),
                 qPrintable(run.outText()));
        QVERIFY2(run.outText().contains(u"1 sample for error_ratio of Payments API"_qs),
                 qPrintable(run.outText()));
        QCOMPARE(targets, QStringList{u"/api/v1/query_range?query=rate%28errors%5B5m%5D%29&start="
                                      "1793491200&end=1793494800&step=60"_qs});
        QCOMPARE(queryValue(db, u"SELECT prometheus_url FROM service_metrics"_qs).toString(), url);
        QCOMPARE(queryValue(db, u"SELECT json_extract(after_json, '$.source') FROM audit_log "
                                "WHERE entity = 'metric_samples'"_qs)
                     .toString(),
                 url);
    }
};

QTEST_GUILESS_MAIN(tst_MetricsCommand)
#include "tst_MetricsCommand.moc"
