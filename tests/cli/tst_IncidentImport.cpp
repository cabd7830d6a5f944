// SPDX-License-Identifier: GPL-3.0-or-later
// import csv --kind incidents through the real binary: the three real ServiceNow exports, the
// Jira Service Management and PagerDuty layouts, --map, --skip-invalid, re-imports (unchanged,
// then updated), the audit entry, roles, and refused files that leave the file byte-identical.
#include "Fixtures.h"
#include "TestSupport.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

const QString kTableApi = u"servicenow_table_api_pandas_92_columns_cp1252_crcrlf_multiline.csv"_qs;
const QString kListExport = u"servicenow_list_export_all_quoted_display_values_demo_data.csv"_qs;
const QString kExcel = u"servicenow_list_export_excel_resaved_us_dates_anonymised.csv"_qs;

QString data(const QString& file) {
    return testDataPath(u"incidents/"_qs + file);
}

Run importIncidents(const QString& db, const QString& file, const QStringList& extra = {}) {
    return runSlipway(
        QStringList{u"import"_qs, u"csv"_qs, u"--db"_qs, db, u"--kind"_qs, u"incidents"_qs} +
        extra + QStringList{file});
}

qint64 utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

QVariant incidentValue(const QString& db, const QString& number, const QString& column) {
    return queryValue(db, u"SELECT %1 FROM incidents WHERE number = '%2'"_qs.arg(column, number));
}

int count(const QString& db, const QString& sql) {
    return queryValue(db, sql).toInt();
}

QJsonObject lastImportRecord(const QString& db) {
    return QJsonDocument::fromJson(queryValue(db,
                                              u"SELECT after_json FROM audit_log WHERE entity = "
                                              "'incident_import' ORDER BY seq DESC LIMIT 1"_qs)
                                       .toString()
                                       .toUtf8())
        .object();
}

} // namespace

class tst_IncidentImport : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"incidents"_qs};
    QTemporaryDir m_dir;

    // An empty Slipway file, made in-process.
    QString freshFile() {
        const QString path = m_files.newFile();
        if (!openDatabase(path))
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase() { dropLoginSession(); }

    void serviceNowListExport() {
        const QString db = freshFile();
        const Run run = importIncidents(db, data(kListExport));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(run.outText().trimmed(),
                 data(kListExport) + u" (ServiceNow): 66 created, 0 updated, 0 unchanged, 0 "
                                     "skipped."_qs);
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents WHERE source = 'servicenow'"_qs), 66);
        QCOMPARE(incidentValue(db, u"INC0009005"_qs, u"opened_at"_qs).toLongLong(),
                 utc("2018-08-31T21:35:21Z"));
        QCOMPARE(incidentValue(db, u"INC0009005"_qs, u"severity"_qs).toInt(), 1);
        QCOMPARE(incidentValue(db, u"INC0009005"_qs, u"priority"_qs).toString(),
                 u"1 - Critical"_qs);
        QVERIFY(incidentValue(db, u"INC0009005"_qs, u"resolved_at"_qs).isNull());
        QCOMPARE(incidentValue(db, u"INC0000001"_qs, u"assignment_group"_qs).toString(),
                 u"Service Desk"_qs);
    }

    void timeZoneOfTimesWithoutOne() {
        const QString db = freshFile();
        Run run = importIncidents(db, data(kListExport), {u"--time-zone"_qs, u"Mars/Olympus"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"--time-zone 'Mars/Olympus'"_qs) &&
                     !run.errText().contains(u'\n'),
                 qPrintable(run.errText()));
        run = runSlipway({u"import"_qs, u"csv"_qs, u"--db"_qs, db, u"--kind"_qs, u"scope"_qs,
                          u"--time-zone"_qs, u"UTC"_qs, data(kListExport)});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents"_qs), 0);
        run =
            importIncidents(db, data(kListExport), {u"--time-zone"_qs, u"America/Los_Angeles"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(incidentValue(db, u"INC0009002"_qs, u"opened_at"_qs).toLongLong(),
                 utc("2018-09-16T12:49:23Z"));
    }

    void serviceNowExcelResaveUsDates() {
        const QString db = freshFile();
        const Run run = importIncidents(db, data(kExcel));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().contains(u"97 created, 0 updated, 0 unchanged, 0 skipped."_qs),
                 qPrintable(run.outText()));
        QVERIFY2(run.errText().contains(u"read month first"_qs), qPrintable(run.errText()));
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents"_qs), 97);
        QCOMPARE(incidentValue(db, u"INC0057046"_qs, u"opened_at"_qs).toLongLong(),
                 utc("2025-03-17T21:33:00Z"));
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents WHERE category = 'Inquiry / Help'"_qs),
                 23);
    }

    void serviceNowTableApiWindows1252() {
        const QString db = freshFile();
        const Run run = importIncidents(db, data(kTableApi));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().contains(u"(ServiceNow): 67 created, 0 updated, 0 unchanged, 0 "
                                        "skipped."_qs),
                 qPrintable(run.outText()));
        QVERIFY2(run.errText().contains(u"read as Windows-1252"_qs), qPrintable(run.errText()));
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents"_qs), 67);
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents WHERE state = 'Closed'"_qs), 27);
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents WHERE state = 'In Progress'"_qs), 20);
        QCOMPARE(incidentValue(db, u"INC0000060"_qs, u"config_item"_qs).toString(),
                 u"109562a3c611227500a7b7ff98cc0dc7"_qs);
        QCOMPARE(incidentValue(db, u"INC0000060"_qs, u"resolved_at"_qs).toLongLong(),
                 utc("2016-12-13T21:43:14Z"));
        // The audit entry names the file by the SHA-256 of its bytes as they are on disk.
        const QJsonObject record = lastImportRecord(db);
        QCOMPARE(record.value(u"sha256"_qs).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(fileBytes(data(kTableApi)),
                                                              QCryptographicHash::Sha256)
                                         .toHex()));
        QCOMPARE(record.value(u"created"_qs).toInt(), 67);
        QCOMPARE(record.value(u"created_numbers"_qs).toArray().size(), 67);
        QCOMPARE(record.value(u"source"_qs).toString(), u"ServiceNow"_qs);
        QCOMPARE(record.value(u"file"_qs).toString(), data(kTableApi));
    }

    void jsmAndPagerDutyLayouts() {
        const QString db = freshFile();
        Run run = importIncidents(db, data(u"jsm_all_fields_export_handwritten.csv"_qs));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().contains(u"(Jira Service Management): 5 created"_qs),
                 qPrintable(run.outText()));
        run = importIncidents(db, data(u"pagerduty_incidents_list_download_handwritten.csv"_qs));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().contains(u"(PagerDuty): 4 created"_qs), qPrintable(run.outText()));
        // The analytics report names two of the same incidents and has no status column: the
        // stored status stays, and everything it does say agrees, so nothing changes.
        run = importIncidents(db, data(u"pagerduty_analytics_incidents_handwritten.csv"_qs));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().contains(u"(PagerDuty): 0 created, 0 updated, 2 unchanged"_qs),
                 qPrintable(run.outText()));
        QCOMPARE(incidentValue(db, u"1287"_qs, u"state"_qs).toString(), u"resolved"_qs);
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents WHERE source = 'jsm'"_qs), 5);
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents WHERE source = 'pagerduty'"_qs), 4);
        QCOMPARE(incidentValue(db, u"OPS-412"_qs, u"service"_qs).toString(), u"Payments API"_qs);
        QCOMPARE(incidentValue(db, u"1287"_qs, u"outage_min"_qs).toInt(), 74);
        QCOMPARE(incidentValue(db, u"1287"_qs, u"row_version"_qs).toInt(), 1);
    }

    void mapCompletesAnUnknownLayout() {
        const QString db = freshFile();
        const QString file = data(u"custom_layout_handwritten.csv"_qs);
        Run run = importIncidents(db, file);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"--map"_qs), qPrintable(run.errText()));
        QVERIFY(!run.errText().contains(u'\n'));
        run = importIncidents(db, file,
                              {u"--map"_qs, u"Ticket=number,Raised=opened,Fixed=resolved"_qs,
                               u"--map"_qs,
                               u"Sev=priority,App=service,Host=config_item,What=title,"
                               "Kind=category,Down (min)=outage_minutes"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().contains(u"(custom): 2 created"_qs), qPrintable(run.outText()));
        QCOMPARE(incidentValue(db, u"T-1"_qs, u"source"_qs).toString(), u"other"_qs);
        QCOMPARE(incidentValue(db, u"T-1"_qs, u"outage_min"_qs).toInt(), 45);
        QCOMPARE(incidentValue(db, u"T-2"_qs, u"opened_at"_qs).toLongLong(), 1793610000);
        run = importIncidents(db, file, {u"--map"_qs, u"Ticket=nummer"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"unknown field \"nummer\""_qs), qPrintable(run.errText()));
    }

    void badRowsRefuseTheFileUntouched() {
        const QString db = freshFile();
        QVERIFY(importIncidents(db, data(kListExport)).exitCode == 0);
        const QByteArray before = fileBytes(db);
        const int entries = count(db, u"SELECT count(*) FROM audit_log"_qs);
        const QString file = data(u"servicenow_bad_rows_handwritten.csv"_qs);
        const Run run = importIncidents(db, file);
        QCOMPARE(run.exitCode, 2);
        const QStringList lines = run.errText().split(u'\n');
        QCOMPARE(lines.size(), 7); // the summary, then each refused row
        QCOMPARE(lines[0], file + u": 6 of 8 rows cannot be imported, so nothing was; "
                                  "--skip-invalid imports the other 2."_qs);
        QVERIFY2(lines[1].startsWith(file + u":3: no incident number"_qs), qPrintable(lines[1]));
        QVERIFY2(lines[6].startsWith(file + u":8: 3 fields"_qs), qPrintable(lines[6]));
        QCOMPARE(run.outText(), QString());
        QCOMPARE(fileBytes(db), before);
        QCOMPARE(count(db, u"SELECT count(*) FROM audit_log"_qs), entries);

        // One bad row: one line, the row's problem first.
        const QString single = writeFile(
            m_dir, u"one-bad.csv"_qs,
            "number,opened_at,priority\r\nINC1,2026-11-02 10:00:00,P2\r\nINC2,31/31/2026,P3\r\n");
        const Run one = importIncidents(db, single);
        QCOMPARE(one.exitCode, 2);
        QVERIFY2(!one.errText().contains(u'\n'), qPrintable(one.errText()));
        QVERIFY2(one.errText().startsWith(single + u":3: opened_at \"31/31/2026\""_qs),
                 qPrintable(one.errText()));
        QCOMPARE(fileBytes(db), before);
    }

    void skipInvalidImportsTheRest() {
        const QString db = freshFile();
        const QString file = data(u"servicenow_bad_rows_handwritten.csv"_qs);
        const Run run = importIncidents(db, file, {u"--skip-invalid"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(run.outText().trimmed(),
                 file + u" (ServiceNow): 2 created, 0 updated, 0 unchanged, 6 skipped."_qs);
        QCOMPARE(run.errText().count(u"Skipped."_qs), 6);
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents"_qs), 2);
        QCOMPARE(incidentValue(db, u"INC0100001"_qs, u"title"_qs).toString(), u"Checkout slow"_qs);
        QCOMPARE(lastImportRecord(db).value(u"skipped"_qs).toInt(), 6);
        // Nothing valid at all: refused even with --skip-invalid.
        const QString none = writeFile(m_dir, u"none.csv"_qs, "number,opened_at\nINC9,never\n");
        const Run refused = importIncidents(db, none, {u"--skip-invalid"_qs});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.errText().contains(u"none of its 1 rows can be imported"_qs),
                 qPrintable(refused.errText()));
    }

    void reimportIsIdempotentAndUpdatesWhatChanged() {
        const QString db = freshFile();
        QVERIFY(importIncidents(db, data(kListExport)).exitCode == 0);
        Run again = importIncidents(db, data(kListExport));
        QVERIFY2(again.exitCode == 0, qPrintable(again.errText()));
        QVERIFY2(again.outText().contains(u"0 created, 0 updated, 66 unchanged, 0 skipped."_qs),
                 qPrintable(again.outText()));
        QCOMPARE(incidentValue(db, u"INC0009005"_qs, u"row_version"_qs).toInt(), 1);

        // The same export a day later: one incident moved on to Closed.
        QByteArray later = fileBytes(data(kListExport));
        const QByteArray was = "\"INC0009005\",\"2018-08-31 21:35:21\",\"Email server is down.\","
                               "\"David Miller\",\"1 - Critical\",\"New\"";
        QVERIFY(later.contains(was));
        later.replace(was, QByteArray(was).replace("\"New\"", "\"Closed\""));
        const QString changed = writeFile(m_dir, u"later.csv"_qs, later);
        again = importIncidents(db, changed);
        QVERIFY2(again.exitCode == 0, qPrintable(again.errText()));
        QVERIFY2(again.outText().contains(u"0 created, 1 updated, 65 unchanged"_qs),
                 qPrintable(again.outText()));
        QCOMPARE(incidentValue(db, u"INC0009005"_qs, u"state"_qs).toString(), u"Closed"_qs);
        QCOMPARE(incidentValue(db, u"INC0009005"_qs, u"row_version"_qs).toInt(), 2);
        QCOMPARE(incidentValue(db, u"INC0009004"_qs, u"row_version"_qs).toInt(), 1);
        const QJsonObject record = lastImportRecord(db);
        QCOMPARE(record.value(u"updated_numbers"_qs).toArray(), QJsonArray{u"INC0009005"_qs});
        QCOMPARE(record.value(u"unchanged"_qs).toInt(), 65);
        // One audit entry per import.
        QCOMPARE(count(db, u"SELECT count(*) FROM audit_log WHERE entity = 'incident_import'"_qs),
                 3);
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents"_qs), 66);
    }

    void rolesAreEnforced() {
        const QString db = freshFile();
        {
            auto open = openDatabase(db);
            QVERIFY(open);
            QVERIFY(addPeople(*open, u"alice"_qs,
                              {personWithLogin(u"Alice"_qs, u"alice"_qs, {u"release_manager"_qs}),
                               personWithLogin(u"Carla"_qs, u"carla"_qs, {u"cab"_qs}),
                               personWithLogin(u"Omar"_qs, u"omar"_qs, {u"operations"_qs})}));
        }
        const QByteArray before = fileBytes(db);
        qputenv("SLIPWAY_TEST_USER", "carla");
        const Run refused = importIncidents(db, data(kListExport));
        const QByteArray afterRefusal = fileBytes(db);
        qputenv("SLIPWAY_TEST_USER", "omar");
        const Run allowed = importIncidents(db, data(kListExport));
        qunsetenv("SLIPWAY_TEST_USER");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(!refused.errText().isEmpty() && !refused.errText().contains(u'\n'),
                 qPrintable(refused.errText()));
        QVERIFY(afterRefusal == before);
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.errText()));
        QCOMPARE(queryValue(db, u"SELECT DISTINCT imported_by FROM incidents"_qs).toString(),
                 u"omar"_qs);
    }

    void unknownKindListsIncidents() {
        const QString db = freshFile();
        const Run run = runSlipway({u"import"_qs, u"csv"_qs, u"--db"_qs, db, u"--kind"_qs,
                                    u"tickets"_qs, data(kListExport)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"incidents"_qs), qPrintable(run.errText()));
        const Run release = importIncidents(db, data(kListExport), {u"--release"_qs, u"1"_qs});
        QCOMPARE(release.exitCode, 2);
        QVERIFY2(release.errText().contains(u"--release applies to --kind scope"_qs),
                 qPrintable(release.errText()));
        QCOMPARE(count(db, u"SELECT count(*) FROM incidents"_qs), 0);
    }
};

QTEST_GUILESS_MAIN(tst_IncidentImport)
#include "tst_IncidentImport.moc"
