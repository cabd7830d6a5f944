// SPDX-License-Identifier: GPL-3.0-or-later
// incidents list|correlate and feedback add|list through the real binary, on releases deployed
// to production: the 72-hour window, matching by service or configuration item (case and
// surrounding space ignored), new patterns against the 30 days before, correlatedAll for every
// deployed release at once, and bad input in one line.
#include "Fixtures.h"
#include "TestSupport.h"
#include "services/Document.h"
#include "services/IncidentService.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

constexpr qint64 kDeployed = 1793610000; // 2026-11-02 09:00:00 UTC
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

QString at(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_qs);
}

QJsonObject jsonOf(const Run& run) {
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class tst_IncidentsCommand : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"incidents-cli"_qs};
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_payments = 0; // deployed at kDeployed
    qint64 m_checkout = 0; // deployed ten days later
    qint64 m_planned = 0;  // never deployed

    qint64 addRelease(Document& doc, const QString& name, const QString& version, qint64 productId,
                      const QList<qint64>& services) {
        Release r = newRelease(name, version);
        r.productId = productId;
        r.serviceIds = services;
        return createRelease(doc.releases(), r);
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        m_db = m_files.newFile();
        {
            auto doc = openDocument(m_db);
            QVERIFY(doc);
            Database& db = doc->database();
            addTwoTeams(db); // 1 Payments API, 2 Checkout Web
            m_payments = addRelease(*doc, u"Payments API"_qs, u"2.4.0"_qs, 1, {2});
            m_checkout = addRelease(*doc, u"Checkout Web"_qs, u"5.0.0"_qs, 2, {});
            m_planned = addRelease(*doc, u"Payments API"_qs, u"2.5.0"_qs, 1, {});
            QVERIFY(m_payments > 0 && m_checkout > 0 && m_planned > 0);
            exec(db, u"INSERT INTO environments (id, name, kind, created_by, created_at, "
                     "updated_by, updated_at) VALUES (1, 'Production', 'prod', 't', 0, 't', 0), "
                     "(2, 'Staging', 'staging', 't', 0, 't', 0)"_qs);
            // Staging before production does not count; the first production deployment does.
            exec(db, u"INSERT INTO deployments (release_id, environment_id, version, outcome, "
                     "deployed_by, deployed_at, created_by, created_at) VALUES "
                     "(%1, 2, '2.4.0', 'succeeded', 'olga', %2, 'olga', %2), "
                     "(%1, 1, '2.4.0', 'succeeded', 'olga', %3, 'olga', %3), "
                     "(%1, 1, '2.4.0', 'succeeded', 'olga', %4, 'olga', %4), "
                     "(%5, 1, '5.0.0', 'succeeded', 'olga', %6, 'olga', %6), "
                     "(%7, 2, '2.5.0', 'succeeded', 'olga', %3, 'olga', %3)"_qs.arg(m_payments)
                         .arg(kDeployed - 2 * kDay)
                         .arg(kDeployed)
                         .arg(kDeployed + 30 * kHour)
                         .arg(m_checkout)
                         .arg(kDeployed + 10 * kDay)
                         .arg(m_planned));
        }
        const QList<QStringList> rows = {
            {u"INC1"_qs, at(kDeployed - 10 * kDay), u"Checkout Web"_qs, u"web-eu-2"_qs,
             u"Performance"_qs},
            {u"INC2"_qs, at(kDeployed + 5 * kHour), u"Payments API"_qs, u"pay-db-01"_qs,
             u"Database"_qs},
            {u"INC3"_qs, at(kDeployed + 10 * kHour), u" CHECKOUT WEB "_qs, u"web-eu-2"_qs,
             u"Performance"_qs},
            {u"INC4"_qs, at(kDeployed + 20 * kHour), u""_qs, u"payments api"_qs, u""_qs},
            {u"INC5"_qs, at(kDeployed + 30 * kHour), u"Reporting"_qs, u"batch-01"_qs, u"Batch"_qs},
            {u"INC6"_qs, at(kDeployed + 73 * kHour), u"Payments API"_qs, u"pay-db-01"_qs,
             u"Database"_qs},
            {u"INC7"_qs, at(kDeployed - 31 * kDay), u"Payments API"_qs, u"pay-db-01"_qs,
             u"Database"_qs},
            {u"INC8"_qs, at(kDeployed + 10 * kDay + 2 * kHour), u"Checkout Web"_qs, u"web-eu-2"_qs,
             u"Performance"_qs},
        };
        QByteArray csv = "number,opened_at,short_description,priority,business_service,cmdb_ci,"
                         "category\r\n";
        for (const QStringList& r : rows)
            csv += QStringLiteral("%1,%2,Something broke,3 - Moderate,%3,%4,%5\r\n")
                       .arg(r[0], r[1], r[2], r[3], r[4])
                       .toUtf8();
        const QString file = writeFile(m_dir, u"incidents.csv"_qs, csv);
        const Run imported = runSlipway(
            {u"import"_qs, u"csv"_qs, u"--db"_qs, m_db, u"--kind"_qs, u"incidents"_qs, file});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.errText()));
        QVERIFY2(imported.outText().contains(u"8 created"_qs), qPrintable(imported.outText()));
    }

    void correlateFindsTheWindowsIncidents() {
        const Run run = runSlipway({u"incidents"_qs, u"correlate"_qs, u"--db"_qs, m_db,
                                    u"--release"_qs, QString::number(m_payments), u"--json"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QJsonArray found = jsonOf(run).value(u"incidents"_qs).toArray();
        QCOMPARE(found.size(), 3);
        QCOMPARE(found[0].toObject().value(u"number"_qs).toString(), u"INC2"_qs);
        QCOMPARE(found[0].toObject().value(u"matched_on"_qs).toString(),
                 u"service Payments API"_qs);
        QCOMPARE(found[0].toObject().value(u"hours_after_deployment"_qs).toInt(), 5);
        QVERIFY(found[0].toObject().value(u"new_pattern"_qs).toBool()); // INC7 is 31 days back
        QVERIFY(found[0]
                    .toObject()
                    .value(u"new_pattern_reason"_qs)
                    .toString()
                    .contains(u"Database"_qs));
        QCOMPARE(found[1].toObject().value(u"number"_qs).toString(), u"INC3"_qs);
        QVERIFY(!found[1].toObject().value(u"new_pattern"_qs).toBool()); // INC1 saw both
        QCOMPARE(found[2].toObject().value(u"number"_qs).toString(), u"INC4"_qs);
        QCOMPARE(found[2].toObject().value(u"matched_on"_qs).toString(),
                 u"configuration item payments api"_qs);
        QVERIFY(found[2].toObject().value(u"new_pattern"_qs).toBool());

        const Run text = runSlipway({u"incidents"_qs, u"correlate"_qs, u"--db"_qs, m_db,
                                     u"--release"_qs, u"Payments API@2.4.0"_qs});
        QVERIFY2(text.exitCode == 0, qPrintable(text.errText()));
        QCOMPARE(text.outText().count(u"NEW PATTERN"_qs), 2);
        QCOMPARE(text.outText().trimmed().split(u'\n').size(), 3);
        QVERIFY(text.outText().startsWith(u"INC2  2026-11-02 14:00"_qs));
        // The fields are separated by two spaces, nothing else between them.
        QVERIFY2(!text.outText().contains(u"0x"_qs), qPrintable(text.outText()));
        QVERIFY2(text.outText().contains(u"  +"_qs), qPrintable(text.outText()));
        QVERIFY2(text.outText().contains(u"  NEW PATTERN: "_qs), qPrintable(text.outText()));
    }

    void releasesWithoutProductionCorrelateNothing() {
        const Run run = runSlipway({u"incidents"_qs, u"correlate"_qs, u"--db"_qs, m_db,
                                    u"--release"_qs, QString::number(m_planned)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().startsWith(u"No incident correlates"_qs), qPrintable(run.outText()));
        const Run unknown = runSlipway(
            {u"incidents"_qs, u"correlate"_qs, u"--db"_qs, m_db, u"--release"_qs, u"999"_qs});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(!unknown.errText().isEmpty() && !unknown.errText().contains(u'\n'));
    }

    void correlatedAllReadsEveryDeployedRelease() {
        auto db = openDatabase(m_db, true);
        QVERIFY(db);
        IncidentService service(*db, Session{u"alice"_qs, {}});
        auto all = service.correlatedAll();
        QVERIFY2(all, qPrintable(all.error().message));
        QCOMPARE(all->size(), 2); // the planned release never reached production
        QVERIFY(!all->contains(m_planned));
        QCOMPARE(all->value(m_payments).size(), 3);
        const QList<CorrelatedIncident> checkout = all->value(m_checkout);
        QCOMPARE(checkout.size(), 1);
        QCOMPARE(checkout.first().incident.number, u"INC8"_qs);
        QVERIFY(!checkout.first().newPattern);
        // The same answers one release at a time.
        for (qint64 r : {m_payments, m_checkout}) {
            auto one = service.correlated(r);
            QVERIFY(one);
            QCOMPARE(one->size(), all->value(r).size());
            for (qsizetype i = 0; i < one->size(); ++i) {
                QCOMPARE(one->at(i).incident.number, all->value(r).at(i).incident.number);
                QCOMPARE(one->at(i).newPattern, all->value(r).at(i).newPattern);
            }
        }
    }

    void listBoundsByOpeningTime() {
        Run run = runSlipway({u"incidents"_qs, u"list"_qs, u"--db"_qs, m_db, u"--from"_qs,
                              u"2026-11-02"_qs, u"--to"_qs, u"2026-11-03"_qs, u"--json"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QJsonArray listed = jsonOf(run).value(u"incidents"_qs).toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0].toObject().value(u"number"_qs).toString(), u"INC2"_qs);
        QCOMPARE(listed[0].toObject().value(u"opened_at"_qs).toString(),
                 u"2026-11-02T14:00:00Z"_qs);
        QCOMPARE(listed[1].toObject().value(u"service"_qs).toString(), u"CHECKOUT WEB"_qs);
        run = runSlipway({u"incidents"_qs, u"list"_qs, u"--db"_qs, m_db});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QStringList lines = run.outText().trimmed().split(u'\n');
        QCOMPARE(lines.size(), 8);
        QVERIFY2(lines.first().startsWith(u"INC7  "_qs), qPrintable(lines.first()));
        run = runSlipway(
            {u"incidents"_qs, u"list"_qs, u"--db"_qs, m_db, u"--from"_qs, u"last tuesday"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(u"--from"_qs) && !run.errText().contains(u'\n'));
        run = runSlipway({u"incidents"_qs, u"--db"_qs, m_db});
        QCOMPARE(run.exitCode, 2);
        run = runSlipway({u"incidents"_qs, u"list"_qs, u"--db"_qs, m_db, u"--release"_qs, u"1"_qs});
        QCOMPARE(run.exitCode, 2);
    }

    void feedbackAddAndList() {
        const QString release = QString::number(m_payments);
        Run run = runSlipway({u"feedback"_qs, u"add"_qs, u"--db"_qs, m_db, u"--release"_qs, release,
                              u"--team"_qs, u"Service Desk L1"_qs, u"--severity"_qs, u"High"_qs,
                              u"--what"_qs, u"Card declines reported by 40 callers"_qs, u"--at"_qs,
                              u"2026-11-02T12:30:00Z"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().startsWith(u"Feedback "_qs), qPrintable(run.outText()));
        run = runSlipway({u"feedback"_qs, u"add"_qs, u"--db"_qs, m_db, u"--release"_qs, release,
                          u"--team"_qs, u"Operations"_qs, u"--severity"_qs, u"low"_qs, u"--what"_qs,
                          u"Dashboards fine"_qs, u"--at"_qs, u"2026-11-02T10:00:00Z"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        run = runSlipway(
            {u"feedback"_qs, u"list"_qs, u"--db"_qs, m_db, u"--release"_qs, release, u"--json"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QJsonArray entries = jsonOf(run).value(u"feedback"_qs).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].toObject().value(u"team"_qs).toString(), u"Operations"_qs);
        QCOMPARE(entries[1].toObject().value(u"severity"_qs).toString(), u"high"_qs);
        QCOMPARE(entries[1].toObject().value(u"reported_at"_qs).toString(),
                 u"2026-11-02T12:30:00Z"_qs);
        run = runSlipway({u"feedback"_qs, u"list"_qs, u"--db"_qs, m_db, u"--release"_qs, release});
        QCOMPARE(run.outText().trimmed().split(u'\n').size(), 2);
        QVERIFY(
            run.outText().contains(u"2026-11-02 12:30  high  Service Desk L1  Card declines"_qs));
        QCOMPARE(queryValue(m_db, u"SELECT count(*) FROM audit_log WHERE entity = 'feedback'"_qs)
                     .toInt(),
                 2);
    }

    void feedbackBadInputIsOneLine() {
        const QString release = QString::number(m_payments);
        const QByteArray before = fileBytes(m_db);
        const QStringList base{u"feedback"_qs,  u"add"_qs, u"--db"_qs,   m_db,
                               u"--release"_qs, release,   u"--team"_qs, u"Ops"_qs};
        const QList<QPair<QStringList, QString>> cases = {
            {{u"--severity"_qs, u"urgent"_qs, u"--what"_qs, u"x"_qs}, u"--severity"_qs},
            {{u"--what"_qs, u"x"_qs}, u"--severity is required"_qs},
            {{u"--severity"_qs, u"low"_qs, u"--what"_qs, u"x"_qs, u"--at"_qs, u"soon"_qs},
             u"--at"_qs},
            {{u"--severity"_qs, u"low"_qs, u"--what"_qs, u"x"_qs, u"--at"_qs,
              u"2099-01-01T00:00:00Z"_qs},
             u"in the future"_qs},
            {{u"--severity"_qs, u"low"_qs, u"--what"_qs, u"   "_qs}, u"--what is required"_qs},
        };
        for (const auto& [extra, says] : cases) {
            const Run run = runSlipway(base + extra);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.errText().contains(says) && !run.errText().contains(u'\n'),
                     qPrintable(run.errText()));
        }
        const Run unknown = runSlipway(
            {u"feedback"_qs, u"list"_qs, u"--db"_qs, m_db, u"--release"_qs, u"Nope@9"_qs});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(fileBytes(m_db), before);
    }

    // Last, as it adds an incident: line breaks inside a quoted field of the export (the number,
    // state, configuration item, category) stay escaped on the line of their incident.
    void hostileFieldsStayOnOneLine() {
        const QByteArray csv = "number,opened_at,short_description,state,business_service,"
                               "cmdb_ci,category\r\n\"INC9\nX\"," +
                               at(kDeployed + 2 * kHour).toUtf8() +
                               ",\"a\nb\",\"New\nOpen\",Payments API,\"pay-db-02\nrack\","
                               "\"Disk\nfull\"\r\n";
        const QString file = writeFile(m_dir, u"hostile.csv"_qs, csv);
        const Run imported = runSlipway(
            {u"import"_qs, u"csv"_qs, u"--db"_qs, m_db, u"--kind"_qs, u"incidents"_qs, file});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.errText()));
        const Run run = runSlipway({u"incidents"_qs, u"correlate"_qs, u"--db"_qs, m_db,
                                    u"--release"_qs, QString::number(m_payments)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QStringList lines = run.outText().trimmed().split(u'\n');
        QCOMPARE(lines.size(), 4); // INC9…, INC2, INC3, INC4
        QVERIFY2(lines[0].startsWith(u"INC9\\nX  "_qs), qPrintable(lines[0]));
        QVERIFY2(lines[0].contains(u"New\\nOpen"_qs), qPrintable(lines[0]));
        QVERIFY2(lines[0].contains(u"pay-db-02\\nrack"_qs), qPrintable(lines[0]));
        QVERIFY2(lines[0].contains(u"Disk\\nfull"_qs), qPrintable(lines[0]));
    }
};

QTEST_GUILESS_MAIN(tst_IncidentsCommand)
#include "tst_IncidentsCommand.moc"
