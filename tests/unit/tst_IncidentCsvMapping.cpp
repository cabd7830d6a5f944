// SPDX-License-Identifier: GPL-3.0-or-later
// Service-desk exports read, recognised and mapped: three real ServiceNow exports (a list
// export, an Excel re-save with US dates, a Table API dump in Windows-1252 with CR CR LF),
// Jira Service Management and PagerDuty exports in their documented layouts, --map, and the
// value normalisation (timestamps, severity, states, reference fields).
#include "TestSupport.h"
#include "io/CsvReader.h"
#include "io/IncidentCsvFeed.h"
#include "io/IncidentCsvMapping.h"
#include "services/IncidentService.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace slipway;
using namespace slipway::test;

namespace {

qint64 utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

struct Read {
    CsvTable table;
    IncidentCsvMapping mapping;
    struct {
        QList<Incident> rows;
        QStringList problems;
        qint64 total = 0;
    } plan;
    bool windows1252 = false;
};

std::optional<Read> readIncidents(const QString& file, const QString& map = {}) {
    const QString path = testDataPath(u"incidents/"_qs + file);
    Read r{};
    auto table = CsvReader::readLenient(path, &r.windows1252);
    if (!table) {
        helperFailed(table.error().message);
        return std::nullopt;
    }
    auto mapping = IncidentCsvMapping::forTable(table.value(), map, file);
    if (!mapping) {
        helperFailed(mapping.error().message);
        return std::nullopt;
    }
    r.table = std::move(table.value());
    r.mapping = std::move(mapping.value());
    IncidentCsvFeed::Checked checked = IncidentCsvFeed::checkAll(r.table, r.mapping, file);
    r.plan.rows = std::move(checked.rows);
    r.plan.problems = std::move(checked.problems);
    r.plan.total = r.table.rowCount() + qint64(r.table.raggedRows().size());
    return r;
}

const Incident* find(const QList<Incident>& rows, const QString& number) {
    for (const Incident& i : rows) {
        if (i.number == number)
            return &i;
    }
    helperFailed(u"no incident "_qs + number);
    return nullptr;
}

} // namespace

class tst_IncidentCsvMapping : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void serviceNowListExportQuotedDisplayValues();
    void serviceNowExcelResaveReadsUsDates();
    void serviceNowTableApiInWindows1252WithCrCrLf();
    void strictReaderStillRefusesWindows1252();
    void jiraServiceManagementExport();
    void pagerDutyListDownload();
    void pagerDutyAnalyticsReport();
    void customLayoutThroughMap();
    void mapErrorsNameTheFile();
    void badRowsEachNamedByLine();
    void repeatedNumberWithPlaceholder();
    void timestamps_data();
    void timestamps();
    void dayOrderDecidedPerFile();
    void timesWithoutZoneReadInTheGivenZone();
    void severities_data();
    void severities();
};

void tst_IncidentCsvMapping::serviceNowListExportQuotedDisplayValues() {
    const auto r =
        readIncidents(u"servicenow_list_export_all_quoted_display_values_demo_data.csv"_qs);
    QVERIFY(r);
    QCOMPARE(r->mapping.source(), IncidentSource::ServiceNow);
    QCOMPARE(r->mapping.sourceName(), u"ServiceNow"_qs);
    QVERIFY(!r->windows1252);
    QCOMPARE(r->plan.total, 66);
    QVERIFY2(r->plan.problems.isEmpty(), qPrintable(r->plan.problems.join(u'\n')));
    QCOMPARE(r->plan.rows.size(), 66);
    const Incident* first = find(r->plan.rows, u"INC0010112"_qs);
    QVERIFY(first);
    QCOMPARE(first->openedAt, utc("2019-07-29T11:48:43Z"));
    QCOMPARE(first->title, u"Assessment :  ATF Assessor"_qs); // the export's double space kept
    QCOMPARE(first->priority, u"5 - Planning"_qs);
    QCOMPARE(first->severity, 5);
    QCOMPARE(first->state, u"New"_qs);
    QVERIFY(!first->resolvedAt);
    const Incident* email = find(r->plan.rows, u"INC0009005"_qs);
    QVERIFY(email);
    QCOMPARE(email->title, u"Email server is down."_qs);
    QCOMPARE(email->severity, 1);
    const Incident* last = find(r->plan.rows, u"INC0000001"_qs);
    QVERIFY(last);
    QCOMPARE(last->assignmentGroup, u"Service Desk"_qs);
    QCOMPARE(last->title, u"Can't read email"_qs);
    QCOMPARE(last->state, u"Closed"_qs);
}

void tst_IncidentCsvMapping::serviceNowExcelResaveReadsUsDates() {
    const auto r =
        readIncidents(u"servicenow_list_export_excel_resaved_us_dates_anonymised.csv"_qs);
    QVERIFY(r);
    QCOMPARE(r->mapping.source(), IncidentSource::ServiceNow);
    QCOMPARE(r->mapping.dayOrder(), IncidentCsvMapping::DayOrder::MonthFirst);
    QCOMPARE(r->mapping.notes().size(), 1);
    QVERIFY2(r->mapping.notes().first().contains(u"month first"_qs),
             qPrintable(r->mapping.notes().first()));
    QVERIFY2(r->plan.problems.isEmpty(), qPrintable(r->plan.problems.join(u'\n')));
    QCOMPARE(r->plan.rows.size(), 97);
    const Incident* first = find(r->plan.rows, u"INC0057044"_qs);
    QVERIFY(first);
    QCOMPARE(first->openedAt, utc("2025-03-17T06:04:00Z")); // "3/17/2025 6:04"
    QCOMPARE(first->category, u"Software"_qs);
    QCOMPARE(first->severity, 3);
    QCOMPARE(first->title, u"null"_qs); // the uploader's literal word, kept as written
    const Incident* sponsor = find(r->plan.rows, u"INC0057045"_qs);
    QVERIFY(sponsor);
    QCOMPARE(sponsor->category, u"AHP (sponsor)"_qs);
    QCOMPARE(sponsor->openedAt, utc("2025-03-17T13:49:00Z"));
    const Incident* high = find(r->plan.rows, u"INC0057088"_qs);
    QVERIFY(high);
    QCOMPARE(high->severity, 2);
    QCOMPARE(high->state, u"Resolved"_qs);
    QCOMPARE(high->assignmentGroup, u"1group"_qs);
}

void tst_IncidentCsvMapping::serviceNowTableApiInWindows1252WithCrCrLf() {
    const QString file = u"servicenow_table_api_pandas_92_columns_cp1252_crcrlf_multiline.csv"_qs;
    const auto r = readIncidents(file);
    QVERIFY(r);
    QVERIFY(r->windows1252);
    QCOMPARE(r->table.columnCount(), 92);
    QCOMPARE(r->mapping.source(), IncidentSource::ServiceNow);
    QVERIFY2(r->plan.problems.isEmpty(), qPrintable(r->plan.problems.join(u'\n')));
    QCOMPARE(r->plan.total, 67);
    QCOMPARE(r->plan.rows.size(), 67);
    // The SHA-256 names the file's bytes, not the text they were converted to.
    QCOMPARE(r->table.sha256(),
             QString::fromLatin1(
                 QCryptographicHash::hash(fileBytes(testDataPath(u"incidents/"_qs + file)),
                                          QCryptographicHash::Sha256)
                     .toHex()));
    // Records end in CR CR LF: each counts as one line, so the second record is on line 3
    // (the header is line 1, the first record's lines 2).
    QCOMPARE(r->table.line(0), 2);
    QCOMPARE(r->table.line(1), 3);
    // The one cp1252 byte (0x85) is an ellipsis in INC0000044's description.
    const int description = r->table.columnsNamed(u"description"_qs).value(0, -1);
    const int number = r->table.columnsNamed(u"number"_qs).value(0, -1);
    QVERIFY(description >= 0 && number >= 0);
    bool sawEllipsis = false;
    for (qsizetype row = 0; row < r->table.rowCount(); ++row) {
        if (r->table.text(row, number) == u"INC0000044")
            sawEllipsis = r->table.text(row, description).contains(QChar(0x2026));
    }
    QVERIFY(sawEllipsis);

    const Incident* email = find(r->plan.rows, u"INC0000060"_qs);
    QVERIFY(email);
    QCOMPARE(email->title, u"Unable to connect to email"_qs);
    QCOMPARE(email->openedAt, utc("2016-12-12T15:19:57Z"));
    QCOMPARE(email->resolvedAt.value_or(0), utc("2016-12-13T21:43:14Z"));
    QCOMPARE(email->state, u"Closed"_qs); // coded 7
    QCOMPARE(email->priority, u"3"_qs);
    QCOMPARE(email->severity, 3);
    QCOMPARE(email->category, u"inquiry"_qs);
    // Reference fields as pandas wrote them: the dict's value (the sys_id).
    QCOMPARE(email->configItem, u"109562a3c611227500a7b7ff98cc0dc7"_qs);
    QCOMPARE(email->service, u"27d32778c0a8000b00db970eeaa60f16"_qs);
    QCOMPARE(email->assignmentGroup, u"287ebd7da9fe198100f92cc8d1d2154e"_qs);
    // Open incidents have no resolution time; closed_at stands in where resolved_at is empty.
    int open = 0;
    for (const Incident& i : r->plan.rows)
        open += i.resolvedAt ? 0 : 1;
    QCOMPARE(open, 32);
    const Incident* last = find(r->plan.rows, u"INC0007002"_qs);
    QVERIFY(last);
    QCOMPARE(last->state, u"New"_qs); // coded 1
    QCOMPARE(last->severity, 4);
    QCOMPARE(last->openedAt, utc("2018-10-17T05:47:51Z"));
}

void tst_IncidentCsvMapping::strictReaderStillRefusesWindows1252() {
    const QString path = testDataPath(
        u"incidents/servicenow_table_api_pandas_92_columns_cp1252_crcrlf_multiline.csv"_qs);
    const auto strict = CsvReader::read(path);
    QVERIFY(!strict);
    QVERIFY2(strict.error().message.contains(u"not valid UTF-8"_qs),
             qPrintable(strict.error().message));
    // NUL bytes stay refused by the lenient read too.
    bool windows1252 = false;
    const auto nul = CsvReader::parseLenient(QByteArray("number,opened_at\nA\0,1\n", 21),
                                             u"nul.csv"_qs, &windows1252);
    QVERIFY(isOneLineRefusal(nul, u"nul.csv line 2: a NUL byte"_qs));
}

void tst_IncidentCsvMapping::jiraServiceManagementExport() {
    const auto r = readIncidents(u"jsm_all_fields_export_handwritten.csv"_qs);
    QVERIFY(r);
    QCOMPARE(r->mapping.source(), IncidentSource::Jsm);
    QCOMPARE(r->mapping.sourceName(), u"Jira Service Management"_qs);
    QVERIFY2(r->plan.problems.isEmpty(), qPrintable(r->plan.problems.join(u'\n')));
    QCOMPARE(r->plan.rows.size(), 5);
    const Incident* pay = find(r->plan.rows, u"OPS-412"_qs);
    QVERIFY(pay);
    QCOMPARE(pay->title, u"Card payments declined after 2.4.0 rollout"_qs);
    QCOMPARE(pay->openedAt, utc("2026-11-02T09:41:00Z"));
    QCOMPARE(pay->resolvedAt.value_or(0), utc("2026-11-02T11:05:00Z"));
    QCOMPARE(pay->severity, 1); // Highest
    QCOMPARE(pay->service, u"Payments API"_qs);
    QCOMPARE(pay->configItem, u"pay-db-01"_qs);
    QCOMPARE(pay->category, u"database"_qs); // the first label
    QCOMPARE(pay->state, u"Resolved"_qs);
    const Incident* slow = find(r->plan.rows, u"OPS-413"_qs);
    QVERIFY(slow);
    QCOMPARE(slow->openedAt, utc("2026-11-02T14:30:00Z")); // 2:30 PM
    QVERIFY(!slow->resolvedAt);
    QCOMPARE(slow->configItem, u"web-eu-2"_qs);
    const Incident* batch = find(r->plan.rows, u"OPS-414"_qs);
    QVERIFY(batch);
    QCOMPARE(batch->openedAt, utc("2026-10-30T01:10:00Z"));
    const Incident* midnight = find(r->plan.rows, u"OPS-416"_qs);
    QVERIFY(midnight);
    QCOMPARE(midnight->openedAt, utc("2026-11-03T00:05:00Z")); // 12:05 AM
    QCOMPARE(midnight->severity, 5);                           // Lowest
    QCOMPARE(midnight->category, QString());
}

void tst_IncidentCsvMapping::pagerDutyListDownload() {
    const auto r = readIncidents(u"pagerduty_incidents_list_download_handwritten.csv"_qs);
    QVERIFY(r);
    QCOMPARE(r->mapping.source(), IncidentSource::PagerDuty);
    QVERIFY2(r->plan.problems.isEmpty(), qPrintable(r->plan.problems.join(u'\n')));
    QCOMPARE(r->plan.rows.size(), 4);
    const Incident* p1 = find(r->plan.rows, u"1287"_qs);
    QVERIFY(p1);
    QCOMPARE(p1->openedAt, utc("2026-11-02T09:38:12Z")); // -05:00 taken off
    QCOMPARE(p1->resolvedAt.value_or(0), utc("2026-11-02T10:52:40Z"));
    QCOMPARE(p1->service, u"Payments API"_qs);
    QCOMPARE(p1->assignmentGroup, u"Payments Primary"_qs);
    QCOMPARE(p1->severity, 1);       // P1 wins over the urgency
    QCOMPARE(p1->outageMinutes, 74); // "1h 14m"
    const Incident* noPriority = find(r->plan.rows, u"1289"_qs);
    QVERIFY(noPriority);
    QCOMPARE(noPriority->severity, 4);       // low urgency
    QCOMPARE(noPriority->outageMinutes, 90); // "01:30:00"
    const Incident* open = find(r->plan.rows, u"1288"_qs);
    QVERIFY(open);
    QCOMPARE(open->outageMinutes, 0);
    QCOMPARE(open->state, u"acknowledged"_qs);
}

void tst_IncidentCsvMapping::pagerDutyAnalyticsReport() {
    const auto r = readIncidents(u"pagerduty_analytics_incidents_handwritten.csv"_qs);
    QVERIFY(r);
    QCOMPARE(r->mapping.source(), IncidentSource::PagerDuty);
    QVERIFY2(r->plan.problems.isEmpty(), qPrintable(r->plan.problems.join(u'\n')));
    QCOMPARE(r->plan.rows.size(), 2);
    const Incident* p1 = find(r->plan.rows, u"1287"_qs);
    QVERIFY(p1);
    QCOMPARE(p1->outageMinutes, 74); // 4468 seconds
    QCOMPARE(p1->severity, 1);
    QCOMPARE(p1->title, u"[Payments API] error rate above 5%"_qs);
    const Incident* low = find(r->plan.rows, u"1289"_qs);
    QVERIFY(low);
    QCOMPARE(low->outageMinutes, 90);
    QCOMPARE(low->severity, 4);
    QCOMPARE(low->assignmentGroup, u"Ops Low Urgency"_qs);
}

void tst_IncidentCsvMapping::customLayoutThroughMap() {
    // Unrecognised and unmapped: refused, naming the columns and the way out.
    const QString path = testDataPath(u"incidents/custom_layout_handwritten.csv"_qs);
    const auto table = CsvReader::readLenient(path, nullptr);
    QVERIFY(table);
    const auto unmapped = IncidentCsvMapping::forTable(table.value(), {}, u"custom.csv"_qs);
    QVERIFY(isRefusal(unmapped, Error::Kind::Usage, u"--map"_qs));
    QVERIFY(unmapped.error().message.contains(u"Ticket, Raised"_qs));

    const auto r = readIncidents(u"custom_layout_handwritten.csv"_qs,
                                 u"Ticket=number,Raised=opened,Fixed=resolved,Sev=priority,"
                                 "App=service,Host=config_item,What=title,Kind=category,"
                                 "Down (min)=outage_minutes"_qs);
    QVERIFY(r);
    QCOMPARE(r->mapping.source(), IncidentSource::Other);
    QVERIFY2(r->plan.problems.isEmpty(), qPrintable(r->plan.problems.join(u'\n')));
    const Incident* t1 = find(r->plan.rows, u"T-1"_qs);
    QVERIFY(t1);
    QCOMPARE(t1->openedAt, utc("2026-11-02T09:00:00Z"));
    QCOMPARE(t1->resolvedAt.value_or(0), utc("2026-11-02T09:45:00Z"));
    QCOMPARE(t1->severity, 2);
    QCOMPARE(t1->outageMinutes, 45);
    QCOMPARE(t1->configItem, u"pay-db-01"_qs);
    QCOMPARE(t1->category, u"Database"_qs);
    QCOMPARE(t1->source, IncidentSource::Other);
    const Incident* t2 = find(r->plan.rows, u"T-2"_qs);
    QVERIFY(t2);
    QCOMPARE(t2->openedAt, utc("2026-11-02T09:00:00Z")); // epoch seconds 1793610000
    QCOMPARE(t2->severity, 3);

    // "ignore" drops a recognised column: the Priority of a JSM file.
    const auto ignored =
        readIncidents(u"jsm_all_fields_export_handwritten.csv"_qs, u"Priority=ignore"_qs);
    QVERIFY(ignored);
    const Incident* pay = find(ignored->plan.rows, u"OPS-412"_qs);
    QVERIFY(pay);
    QCOMPARE(pay->priority, QString());
    QCOMPARE(pay->severity, 1); // from the urgency now: Critical
}

void tst_IncidentCsvMapping::mapErrorsNameTheFile() {
    const auto table = CsvReader::readLenient(
        testDataPath(u"incidents/custom_layout_handwritten.csv"_qs), nullptr);
    QVERIFY(table);
    QVERIFY(isRefusal(IncidentCsvMapping::forTable(table.value(), u"Nope=number"_qs, u"c.csv"_qs),
                      Error::Kind::Usage, u"--map: c.csv has no column \"Nope\""_qs));
    QVERIFY(isRefusal(IncidentCsvMapping::forTable(table.value(), u"Ticket=numbr"_qs, u"c.csv"_qs),
                      Error::Kind::Usage, u"unknown field \"numbr\""_qs));
    QVERIFY(isRefusal(IncidentCsvMapping::forTable(table.value(), u"Ticket"_qs, u"c.csv"_qs),
                      Error::Kind::Usage, u"COLUMN=FIELD"_qs));
}

void tst_IncidentCsvMapping::badRowsEachNamedByLine() {
    const auto r = readIncidents(u"servicenow_bad_rows_handwritten.csv"_qs);
    QVERIFY(r);
    QCOMPARE(r->plan.total, 8);
    QCOMPARE(r->plan.rows.size(), 2);
    const QStringList& p = r->plan.problems;
    QCOMPARE(p.size(), 6);
    const QString f = u"servicenow_bad_rows_handwritten.csv"_qs;
    QVERIFY2(p[0].startsWith(f + u":3: no incident number"_qs), qPrintable(p[0]));
    QVERIFY2(p[1].startsWith(f + u":4: opened_at \"yesterday\" is not a date"_qs),
             qPrintable(p[1]));
    QVERIFY2(p[2].startsWith(f + u":5: It was resolved (2026-11-02T11:00:00Z) before it was "
                                 "opened"_qs),
             qPrintable(p[2]));
    QVERIFY2(p[3].startsWith(f + u":6: priority \"Whenever\" is not a priority"_qs),
             qPrintable(p[3]));
    QVERIFY2(p[4].startsWith(f + u":7: incident INC0100001 is already on line 2"_qs),
             qPrintable(p[4]));
    QVERIFY2(p[5].startsWith(f + u":8: 3 fields where the header has 8"_qs), qPrintable(p[5]));
    for (const QString& line : p)
        QVERIFY(!line.contains(u'\n'));
}

// A number holding "%4" is quoted as it is, not filled in with the line it repeats.
void tst_IncidentCsvMapping::repeatedNumberWithPlaceholder() {
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"p.csv"_qs,
                                   "number,opened_at\r\nINC%4,2026-11-02 09:00:00\r\n"
                                   "INC%4,2026-11-02 10:00:00\r\n");
    const auto table = CsvReader::readLenient(path, nullptr);
    QVERIFY(table);
    const auto mapping = IncidentCsvMapping::forTable(table.value(), QString(), u"p.csv"_qs);
    QVERIFY(mapping);
    const auto checked = IncidentCsvFeed::checkAll(table.value(), mapping.value(), u"p.csv"_qs);
    QCOMPARE(checked.problems.size(), 1);
    QCOMPARE(checked.problems.first(), u"p.csv:3: incident INC%4 is already on line 2"_qs);
}

void tst_IncidentCsvMapping::timestamps_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("dayFirst");
    QTest::addColumn<QString>("expected"); // empty: refused
    const auto row = [](const char* name, const char* text, bool dayFirst, const char* expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << dayFirst << QString::fromUtf8(expected);
    };
    row("servicenow", "2026-11-02 14:05:09", false, "2026-11-02T14:05:09Z");
    row("iso z", "2026-11-02T14:05:09Z", false, "2026-11-02T14:05:09Z");
    row("iso fraction offset", "2026-11-02T14:05:09.250+01:00", false, "2026-11-02T13:05:09Z");
    row("iso no seconds", "2026-11-02T14:05", false, "2026-11-02T14:05:00Z");
    row("space offset", "2026-11-02 14:05:09 -0500", false, "2026-11-02T19:05:09Z");
    row("date only", "2026-11-02", false, "2026-11-02T00:00:00Z");
    row("us", "11/2/2026 2:05", false, "2026-11-02T02:05:00Z");
    row("us pm", "11/2/2026 2:05 PM", false, "2026-11-02T14:05:00Z");
    row("us 12 am", "11/2/2026 12:30 AM", false, "2026-11-02T00:30:00Z");
    row("day first", "2/11/2026 14:05", true, "2026-11-02T14:05:00Z");
    row("jira", "02/Nov/26 9:41 AM", false, "2026-11-02T09:41:00Z");
    row("jira four-digit year", "02/nov/2026 21:41", true, "2026-11-02T21:41:00Z");
    row("epoch", "1793610000", false, "2026-11-02T09:00:00Z");
    row("epoch fraction", "1793610000.75", false, "2026-11-02T09:00:00Z");
    row("epoch ms", "1793610000000", false, "2026-11-02T09:00:00Z");
    row("leap day", "2028-02-29 00:00:00", false, "2028-02-29T00:00:00Z");
    row("not leap", "2026-02-29 00:00:00", false, "");
    row("month 13", "13/2/2026 1:00", false, "");
    row("hour 24", "2026-11-02 24:00:00", false, "");
    row("pm 13", "11/2/2026 13:05 PM", false, "");
    row("words", "yesterday", false, "");
    row("trailing junk", "2026-11-02 14:05:09 banana", false, "");
    row("short number", "12345", false, "");
    row("empty", "", false, "");
}

void tst_IncidentCsvMapping::timestamps() {
    QFETCH(QString, text);
    QFETCH(bool, dayFirst);
    QFETCH(QString, expected);
    const auto parsed = IncidentCsvMapping::parseTimestamp(
        text.toUtf8(), dayFirst ? IncidentCsvMapping::DayOrder::DayFirst
                                : IncidentCsvMapping::DayOrder::MonthFirst);
    if (expected.isEmpty()) {
        QVERIFY2(!parsed, qPrintable(text));
        return;
    }
    QVERIFY2(parsed, qPrintable(text));
    QCOMPARE(QDateTime::fromSecsSinceEpoch(*parsed, Qt::UTC).toString(Qt::ISODate), expected);
}

void tst_IncidentCsvMapping::dayOrderDecidedPerFile() {
    const auto mappingOf = [](const QByteArray& csv) {
        auto table = CsvReader::parseLenient(csv, u"d.csv"_qs, nullptr);
        if (!table) {
            helperFailed(table.error().message);
            return std::optional<std::pair<CsvTable, IncidentCsvMapping>>();
        }
        auto mapping = IncidentCsvMapping::forTable(table.value(), {}, u"d.csv"_qs);
        if (!mapping) {
            helperFailed(mapping.error().message);
            return std::optional<std::pair<CsvTable, IncidentCsvMapping>>();
        }
        return std::optional(std::pair{std::move(table.value()), std::move(mapping.value())});
    };
    // 25/10 shows the day comes first: 3/11 is then 3 November.
    auto dayFirst = mappingOf("number,opened_at\nA,25/10/2026 10:00\nB,3/11/2026 10:00\n");
    QVERIFY(dayFirst);
    QCOMPARE(dayFirst->second.dayOrder(), IncidentCsvMapping::DayOrder::DayFirst);
    QVERIFY(dayFirst->second.notes().value(0).contains(u"day first"_qs));
    IncidentCsvRow b = dayFirst->second.mapRow(dayFirst->first, 1);
    QCOMPARE(b.incident.openedAt, utc("2026-11-03T10:00:00Z"));
    // 10/25 shows the month comes first.
    auto monthFirst = mappingOf("number,opened_at\nA,10/25/2026 10:00\nB,3/11/2026 10:00\n");
    QVERIFY(monthFirst);
    QCOMPARE(monthFirst->second.dayOrder(), IncidentCsvMapping::DayOrder::MonthFirst);
    b = monthFirst->second.mapRow(monthFirst->first, 1);
    QCOMPARE(b.incident.openedAt, utc("2026-03-11T10:00:00Z"));
    // Nothing tells: month first (US), and the note says it was assumed.
    auto unknown = mappingOf("number,opened_at\nA,3/11/2026 10:00\n");
    QVERIFY(unknown);
    QCOMPARE(unknown->second.dayOrder(), IncidentCsvMapping::DayOrder::MonthFirst);
    QVERIFY(unknown->second.notes().value(0).contains(u"no date in the file shows"_qs));
    // ISO dates say nothing about slashes: no note at all.
    auto iso = mappingOf("number,opened_at\nA,2026-11-03 10:00:00\n");
    QVERIFY(iso);
    QVERIFY(iso->second.notes().isEmpty());
}

void tst_IncidentCsvMapping::timesWithoutZoneReadInTheGivenZone() {
    // The list export is in the exporting user's zone (the demo instance's users are in
    // America/Los_Angeles); the Table API dump of the same instance gives UTC. Read in that
    // zone, INC0009002's opening time in the list export is the one the Table API gives.
    const QString path = testDataPath(
        u"incidents/servicenow_list_export_all_quoted_display_values_demo_data.csv"_qs);
    const auto table = CsvReader::readLenient(path, nullptr);
    QVERIFY(table);
    auto mapping = IncidentCsvMapping::forTable(table.value(), {}, u"list.csv"_qs);
    QVERIFY(mapping);
    mapping->setTimeZone(QTimeZone("America/Los_Angeles"));
    const IncidentCsvFeed::Checked checked =
        IncidentCsvFeed::checkAll(table.value(), mapping.value(), u"list.csv"_qs);
    QVERIFY(checked.problems.isEmpty());
    const Incident* headphones = find(checked.rows, u"INC0009002"_qs);
    QVERIFY(headphones);
    QCOMPARE(headphones->openedAt, utc("2018-09-16T12:49:23Z")); // 05:49:23 PDT
    const auto api =
        readIncidents(u"servicenow_table_api_pandas_92_columns_cp1252_crcrlf_multiline.csv"_qs);
    QVERIFY(api);
    const Incident* same = find(api->plan.rows, u"INC0009002"_qs);
    QVERIFY(same);
    QCOMPARE(headphones->openedAt, same->openedAt);
    const Incident* winter = find(checked.rows, u"INC0000001"_qs); // 2020-11-28: PST, -8 h
    QVERIFY(winter);
    QCOMPARE(winter->openedAt, utc("2020-11-28T23:09:51Z"));

    // A time that names its zone, and Unix time, keep theirs.
    auto zoned = CsvReader::parseLenient(
        "number,opened_at,resolved_at\nA,2026-11-02T09:00:00+01:00,1793610000\n"
        "B,2026-11-02 09:00:00,2026-11-02 10:00:00 UTC\n",
        u"z.csv"_qs, nullptr);
    QVERIFY(zoned);
    auto zonedMapping = IncidentCsvMapping::forTable(zoned.value(), {}, u"z.csv"_qs);
    QVERIFY(zonedMapping);
    zonedMapping->setTimeZone(QTimeZone("Asia/Tokyo"));
    const IncidentCsvRow a = zonedMapping->mapRow(zoned.value(), 0);
    QCOMPARE(a.incident.openedAt, utc("2026-11-02T08:00:00Z"));
    QCOMPARE(a.incident.resolvedAt.value_or(0), 1793610000);
    const IncidentCsvRow b = zonedMapping->mapRow(zoned.value(), 1);
    QCOMPARE(b.incident.openedAt, utc("2026-11-02T00:00:00Z")); // 09:00 in Tokyo
    QCOMPARE(b.incident.resolvedAt.value_or(0), utc("2026-11-02T10:00:00Z"));
}

void tst_IncidentCsvMapping::severities_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 0: not recognised
    const auto row = [](const char* text, int expected) {
        QTest::newRow(text) << QString::fromUtf8(text) << expected;
    };
    row("1 - Critical", 1);
    row("2 - High", 2);
    row("3 - Moderate", 3);
    row("4 - Low", 4);
    row("5 - Planning", 5);
    row("P1", 1);
    row("p4", 4);
    row("SEV-2", 2);
    row("Highest", 1);
    row("high", 2);
    row("Medium", 3);
    row("low", 4);
    row("Lowest", 5);
    row("3", 3);
    row("6", 0);
    row("12", 0);
    row("Whenever", 0);
    row("", 0);
}

void tst_IncidentCsvMapping::severities() {
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(IncidentCsvMapping::severityFrom(text).value_or(0), expected);
}

QTEST_GUILESS_MAIN(tst_IncidentCsvMapping)
#include "tst_IncidentCsvMapping.moc"
