// SPDX-License-Identifier: GPL-3.0-or-later
// slipway report service: the service report of a period as PDF (read back with pdftotext and
// pdfimages) and as CSV (parsed back with CsvReader). The fixture: three releases of Payments
// API (its team named with markup and a formula) deployed to production in four weeks, one
// rolled back; an incident on the service, restored in two hours with 120 outage minutes; a
// release of Checkout Web. Every figure the CSV holds is the one ServiceReportService computes
// on the same file, and the ones the fixture fixes are checked by hand. --service and --team
// narrow the scope; an unknown one, bad dates or an empty period are refused on one line
// (exit 2) with nothing written.
#include "Fixtures.h"
#include "TestSupport.h"
#include "io/CsvReader.h"
#include "services/ReleaseService.h"
#include "services/ServiceReportService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

const QString kHostileTeam = u"=HYPERLINK(\"x\") <i>Pay</i> & Co"_qs;
const QString kFrom = u"2026-10-05"_qs; // a Monday
const QString kTo = u"2026-11-02"_qs;   // four weeks on

qint64 utcOf(const QString& iso) {
    return QDateTime::fromString(iso, Qt::ISODate).toSecsSinceEpoch();
}

QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        helperFailed(program + u" failed on "_qs + args.join(u' '));
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The CSV as (section, name, week) → value.
QHash<QString, QString> figures(const CsvTable& table) {
    QHash<QString, QString> out;
    for (qsizetype row = 0; row < table.rowCount(); ++row)
        out.insert(table.text(row, 0) + u'|' + table.text(row, 1) + u'|' + table.text(row, 2),
                   table.text(row, 3));
    return out;
}

QString plain(double v) {
    QString s = QLocale::c().toString(v, 'f', 3);
    while (s.contains(u'.') && (s.endsWith(u'0') || s.endsWith(u'.')))
        s.chop(1);
    return s;
}

} // namespace

class tst_ReportService : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"service"_qs};
    QString m_db;

    QStringList args(const QString& out, const QStringList& more = {}, const QString& from = kFrom,
                     const QString& to = kTo) const {
        return QStringList{u"report"_qs, u"service"_qs, u"--db"_qs, m_db,        u"--from"_qs,
                           from,         u"--to"_qs,    to,         u"--out"_qs, out} +
               more;
    }

    void deploy(Database& db, qint64 releaseId, qint64 at, const QString& outcome) {
        exec(db, u"INSERT INTO deployments (release_id, environment_id, version, outcome, "
                 "deployed_by, deployed_at, created_by, created_at) VALUES (%1, 9, '1.0', "
                 "'%3', 'pipeline', %2, 't', %2)"_qs.arg(releaseId)
                     .arg(at)
                     .arg(outcome));
    }

    void makeFile() {
        m_db = m_files.newFile();
        auto db = openDatabase(m_db);
        QVERIFY(db);
        addTwoTeams(*db);
        exec(*db, u"UPDATE teams SET name = '%1' WHERE id = 1"_qs.arg(kHostileTeam));
        exec(*db, u"INSERT INTO environments (id, name, kind, created_by, created_at, updated_by, "
                  "updated_at) VALUES (9, 'Production', 'prod', 't', 0, 't', 0)"_qs);
        const Session session{u"alice"_qs, {}};
        ReleaseService releases(*db, session);
        const QList<std::pair<QString, QString>> payments{
            {u"2026-10-06T10:00:00Z"_qs, u"succeeded"_qs},
            {u"2026-10-14T10:00:00Z"_qs, u"rolled_back"_qs},
            {u"2026-10-21T10:00:00Z"_qs, u"succeeded"_qs}};
        int n = 0;
        for (const auto& [when, outcome] : payments) {
            const qint64 at = utcOf(when);
            Release r = releaseBetween(u"Payments API"_qs, at - 3600, at + 3600);
            r.version = u"2.%1.0"_qs.arg(++n);
            r.teamId = 1;
            r.serviceIds = {1};
            const qint64 id = createRelease(releases, r);
            QVERIFY(id > 0);
            deploy(*db, id, at, outcome);
        }
        const qint64 checkoutAt = utcOf(u"2026-10-07T09:00:00Z"_qs);
        Release checkout = releaseBetween(u"Checkout Web"_qs, checkoutAt - 3600, checkoutAt + 3600);
        checkout.version = u"7.1.0"_qs;
        checkout.teamId = 2;
        checkout.serviceIds = {2};
        const qint64 checkoutId = createRelease(releases, checkout);
        QVERIFY(checkoutId > 0);
        deploy(*db, checkoutId, checkoutAt, u"succeeded"_qs);
        const qint64 opened = utcOf(u"2026-10-14T13:00:00Z"_qs);
        exec(*db, u"INSERT INTO incidents (number, source, title, opened_at, resolved_at, "
                  "priority, severity, state, category, config_item, service, outage_min, "
                  "imported_at, imported_by) VALUES ('INC0020001', 'servicenow', 'Refunds fail', "
                  "%1, %2, '1 - Critical', 1, 'Resolved', 'Database', 'pay-db-01', 'Payments "
                  "API', 120, %1, 't')"_qs.arg(opened)
                      .arg(opened + 2 * 3600));
    }

    ServiceReport computed(qint64 serviceId) {
        auto db = openDatabase(m_db, true);
        if (!db)
            return {};
        ServiceReportQuery query;
        query.fromUtc = utcOf(kFrom + u"T00:00:00Z"_qs);
        query.toUtc = utcOf(kTo + u"T00:00:00Z"_qs);
        query.serviceId = serviceId;
        auto report = ServiceReportService(*db).report(query);
        if (!report) {
            helperFailed(report.error().message);
            return {};
        }
        return report.value();
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        if (QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        makeFile();
    }

    void csvHoldsTheEngineFigures() {
        const QString path = m_files.filePath(u"payments.csv"_qs);
        const Run r = runSlipway(args(path, {u"--service"_qs, u"payments api"_qs}));
        QCOMPARE(r.exitCode, 0);
        auto table = CsvReader::read(path);
        QVERIFY2(table, qPrintable(table ? QString() : table.error().message));
        QCOMPARE(table->header(), (QStringList{u"section"_qs, u"name"_qs, u"week"_qs, u"value"_qs,
                                               u"available"_qs}));
        const auto f = figures(table.value());
        const ServiceReport expected = computed(1);
        // By hand: three first deployments, one rolled back; one incident, two hours, 120 min.
        QCOMPARE(f.value(u"summary|deployments|"_qs), u"3"_qs);
        QCOMPARE(expected.deployments, 3);
        QCOMPARE(f.value(u"summary|incidents|"_qs), u"1"_qs);
        QCOMPARE(f.value(u"summary|restore_median_hours|"_qs), u"2"_qs);
        QCOMPARE(f.value(u"summary|outage_minutes|"_qs), u"120"_qs);
        QCOMPARE(f.value(u"summary|deployments_per_week|"_qs), u"0.75"_qs);
        // Everything else as the engine computes it.
        QCOMPARE(f.value(u"summary|failed_deployments|"_qs),
                 QString::number(expected.failedDeployments));
        QVERIFY(expected.failedDeployments >= 1);
        QCOMPARE(f.value(u"summary|change_failure_rate|"_qs), plain(*expected.changeFailureRate));
        QCOMPARE(f.value(u"summary|availability|"_qs), plain(*expected.availability));
        QCOMPARE(f.value(u"scope|Payments API|"_qs), QString());
        QCOMPARE(qsizetype(expected.weeks.size()), 4);
        int weekly = 0;
        for (const ServiceReport::Week& w : expected.weeks) {
            const QString week = w.monday.toString(Qt::ISODate);
            QCOMPARE(f.value(u"week|deployments|"_qs + week), QString::number(w.deployments));
            QCOMPARE(f.value(u"week|failed|"_qs + week), QString::number(w.failed));
            weekly += w.deployments;
        }
        QCOMPARE(weekly, 3);
        // The team's name is data, not a formula.
        bool teamSeen = false;
        for (qsizetype row = 0; row < table->rowCount(); ++row)
            if (table->text(row, 0) == u"team_week"_qs && table->text(row, 1).contains(u"Pay"_qs)) {
                QCOMPARE(table->text(row, 1), u"'"_qs + kHostileTeam);
                teamSeen = true;
            }
        QVERIFY(teamSeen);
    }

    void pdfShowsFiguresAndChart() {
        const QString pdf = m_files.filePath(u"payments.pdf"_qs);
        const QByteArray before = fileBytes(m_db);
        const Run r = runSlipway(args(pdf, {u"--team"_qs, u"1"_qs}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"3 deployment(s), 1 incident(s)"_qs),
                 qPrintable(r.outText()));
        QCOMPARE(fileBytes(m_db), before); // read-only
        const QString text = run(u"pdftotext"_qs, {pdf, u"-"_qs}).simplified();
        QVERIFY2(text.contains(u"Service report — Team "_qs + kHostileTeam), qPrintable(text));
        QVERIFY(text.contains(u"5 Oct 2026 – 1 Nov 2026"_qs));
        for (const QString& figure :
             {u"Deployment frequency"_qs, u"Lead time for changes"_qs, u"Change failure rate"_qs,
              u"Time to restore"_qs, u"Availability"_qs, u"Deployments per week"_qs, u"By risk"_qs,
              u"By type"_qs, u"Capacity"_qs, u"Environment bookings"_qs})
            QVERIFY2(text.contains(figure), qPrintable(figure));
        QVERIFY(text.contains(u"0.75 per week"_qs));
        QVERIFY(text.contains(u"3 deployment(s)"_qs));
        QVERIFY(text.contains(u"median 2.0 h"_qs));
        QVERIFY(text.contains(u"120 outage minute(s)"_qs));
        QVERIFY(text.contains(u"Page 1 of"_qs));
        if (!QStandardPaths::findExecutable(u"pdfimages"_qs).isEmpty()) {
            const QString images = run(u"pdfimages"_qs, {u"-list"_qs, pdf});
            QVERIFY2(images.count(u"image"_qs) >= 1, qPrintable(images));
        }
    }

    void allServicesCountEveryRelease() {
        const QString path = m_files.filePath(u"all.csv"_qs);
        const Run r = runSlipway(args(path));
        QCOMPARE(r.exitCode, 0);
        auto table = CsvReader::read(path);
        QVERIFY(table);
        const auto f = figures(table.value());
        QCOMPARE(f.value(u"summary|deployments|"_qs), u"4"_qs);
        QVERIFY(f.contains(u"scope|All services|"_qs));
    }

    void badInputIsOneLineAndWritesNothing_data() {
        QTest::addColumn<QStringList>("more");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown service") << QStringList{u"--service"_qs, u"Ledger"_qs} << kFrom
                                         << kTo << u"x.pdf"_qs << u"Ledger"_qs;
        QTest::newRow("unknown team")
            << QStringList{u"--team"_qs, u"99"_qs} << kFrom << kTo << u"x.csv"_qs << u"99"_qs;
        QTest::newRow("bad date") << QStringList{} << u"2026-10-32"_qs << kTo << u"x.pdf"_qs
                                  << u"--from takes a date"_qs;
        QTest::newRow("empty period")
            << QStringList{} << kTo << kFrom << u"x.pdf"_qs << u"is not before --to"_qs;
        QTest::newRow("suffix") << QStringList{} << kFrom << kTo << u"x.xlsx"_qs
                                << u".pdf or .csv"_qs;
    }
    void badInputIsOneLineAndWritesNothing() {
        QFETCH(QStringList, more);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, out);
        QFETCH(QString, says);
        const QString path = m_files.filePath(out);
        const Run r = runSlipway(args(path, more, from, to));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(says), qPrintable(r.errText()));
        QVERIFY2(!r.errText().contains(u'\n'), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(tst_ReportService)
#include "tst_ReportService.moc"
