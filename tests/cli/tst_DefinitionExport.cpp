// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway export csv --table assumptions|metrics`: the columns, one row per record with its
// release, formula cells neutralised, CRLF records; the demo file has definitions to export.
#include "TestSupport.h"
#include "io/CsvReader.h"
#include "io/CsvTable.h"
#include "io/DefinitionCsvExporter.h"
#include "services/AssumptionService.h"
#include "services/ReleaseService.h"
#include "services/SuccessMetricService.h"
#include "storage/AssumptionRepository.h"
#include "storage/Database.h"
#include "storage/SuccessMetricRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

class tst_DefinitionExport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QString column(const CsvTable& t, qsizetype row, const QString& name) {
        return t.text(row, int(t.header().indexOf(name)));
    }

private Q_SLOTS:
    void exportsColumnsRowsAndNeutralisesFormulas() {
        const QString file = m_dir.filePath(u"definition.slipway"_qs);
        {
            auto db = openDatabase(file);
            QVERIFY(db);
            const Session session{u"tester"_qs, {}};
            Release r;
            r.name = u"Payments API"_qs;
            r.version = u"2.4.0"_qs;
            auto release = ReleaseService(*db, session).create(r);
            QVERIFY(release);
            Assumption a;
            a.releaseId = release->id;
            a.statement = u"=HYPERLINK(\"http://evil.example\",\"Click\")"_qs;
            a.owner = u"Priya, Ops"_qs;
            a.dueDate = QDate(2026, 11, 30);
            a.status = AssumptionStatus::Broken;
            a.dependsOn = u"Card network\nsandbox"_qs;
            a.impact = u"Slips a \"week\""_qs;
            QVERIFY(AssumptionService(*db, session).create(a));
            SuccessMetric m;
            m.releaseId = release->id;
            m.name = u"Checkout error rate"_qs;
            m.unit = u"%"_qs;
            m.comparator = u"<="_qs;
            m.target = 0.5;
            m.baseline = 1.25;
            m.actual = 0.4;
            QVERIFY(SuccessMetricService(*db, session).create(m));
            SuccessMetric unmeasured = m;
            unmeasured.name = u"-p95 latency"_qs;
            unmeasured.comparator = u">"_qs;
            unmeasured.target = -3;
            unmeasured.baseline.reset();
            unmeasured.actual.reset();
            QVERIFY(SuccessMetricService(*db, session).create(unmeasured));
        }

        const QString assumptions = m_dir.filePath(u"assumptions.csv"_qs);
        Run run = runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, file, u"--table"_qs,
                              u"assumptions"_qs, u"--out"_qs, assumptions});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.outText().contains(u"1 assumption"_qs));
        const QByteArray bytes = fileBytes(assumptions);
        QVERIFY(bytes.startsWith("id,release,release_name,statement,owner,due_date,status,"
                                 "depends_on,impact\r\n"));
        auto table = CsvReader::parse(bytes, assumptions);
        QVERIFY2(table, qPrintable(table.error().message));
        QCOMPARE(table->header(), DefinitionCsvExporter::assumptionsHeader());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(column(table.value(), 0, u"release"_qs), u"2.4.0"_qs);
        QCOMPARE(column(table.value(), 0, u"release_name"_qs), u"Payments API"_qs);
        QCOMPARE(column(table.value(), 0, u"statement"_qs),
                 u"'=HYPERLINK(\"http://evil.example\",\"Click\")"_qs);
        QCOMPARE(column(table.value(), 0, u"owner"_qs), u"Priya, Ops"_qs);
        QCOMPARE(column(table.value(), 0, u"due_date"_qs), u"2026-11-30"_qs);
        QCOMPARE(column(table.value(), 0, u"status"_qs), u"broken"_qs);
        QCOMPARE(column(table.value(), 0, u"depends_on"_qs), u"Card network\nsandbox"_qs);
        QCOMPARE(column(table.value(), 0, u"impact"_qs), u"Slips a \"week\""_qs);

        const QString metrics = m_dir.filePath(u"metrics.csv"_qs);
        run = runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, file, u"--table"_qs, u"metrics"_qs,
                          u"--out"_qs, metrics});
        QCOMPARE(run.exitCode, 0);
        table = CsvReader::parse(fileBytes(metrics), metrics);
        QVERIFY2(table, qPrintable(table.error().message));
        QCOMPARE(table->header(), DefinitionCsvExporter::metricsHeader());
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(column(table.value(), 0, u"name"_qs), u"Checkout error rate"_qs);
        QCOMPARE(column(table.value(), 0, u"comparator"_qs), u"<="_qs);
        QCOMPARE(column(table.value(), 0, u"target"_qs), u"0.5"_qs);
        QCOMPARE(column(table.value(), 0, u"baseline"_qs), u"1.25"_qs);
        QCOMPARE(column(table.value(), 0, u"actual"_qs), u"0.4"_qs);
        QVERIFY(!column(table.value(), 0, u"measured_at"_qs).isEmpty());
        QCOMPARE(column(table.value(), 0, u"met"_qs), u"yes"_qs);
        // A name that starts like a formula is neutralised; a negative number is not.
        QCOMPARE(column(table.value(), 1, u"name"_qs), u"'-p95 latency"_qs);
        QCOMPARE(column(table.value(), 1, u"target"_qs), u"-3"_qs);
        QCOMPARE(column(table.value(), 1, u"baseline"_qs), QString());
        QCOMPARE(column(table.value(), 1, u"met"_qs), QString());
    }

    void demoDefinitionsExportWhole() {
        const QString file = m_dir.filePath(u"demo.slipway"_qs);
        QCOMPARE(runSlipway({u"demo"_qs, u"--db"_qs, file}).exitCode, 0);
        qsizetype assumptionRows = 0, metricRows = 0;
        {
            auto db = openDatabase(file);
            QVERIFY(db);
            assumptionRows = AssumptionRepository(*db).all()->size();
            metricRows = SuccessMetricRepository(*db).all()->size();
        }
        QVERIFY(assumptionRows > 5);
        QVERIFY(metricRows > 5);
        for (const auto& [name, rows] :
             {std::pair{u"assumptions"_qs, assumptionRows}, std::pair{u"metrics"_qs, metricRows}}) {
            const QString out = m_dir.filePath(name + u".csv"_qs);
            const Run run = runSlipway(
                {u"export"_qs, u"csv"_qs, u"--db"_qs, file, u"--table"_qs, name, u"--out"_qs, out});
            QCOMPARE(run.exitCode, 0);
            auto table = CsvReader::parse(fileBytes(out), out);
            QVERIFY2(table, qPrintable(table.error().message));
            QCOMPARE(table->rowCount(), rows);
        }
    }

    void unknownTableNamesTheChoices() {
        const Run run =
            runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, m_dir.filePath(u"demo.slipway"_qs),
                        u"--table"_qs, u"objectives"_qs, u"--out"_qs, m_dir.filePath(u"x.csv"_qs)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(u"assumptions"_qs));
        QVERIFY(!run.errText().contains(u'\n'));
    }
};

QTEST_GUILESS_MAIN(tst_DefinitionExport)
#include "tst_DefinitionExport.moc"
