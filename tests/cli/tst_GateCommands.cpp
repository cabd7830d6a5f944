// SPDX-License-Identifier: GPL-3.0-or-later
// import junit|sarif|bench and gate status through the real binary: exit codes, one clear
// line for bad input with nothing changed, and the documented JSON.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

class tst_GateCommands : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_release = 0;

    Run import(const QString& format, const QString& criterion, const QString& input) {
        return runSlipway({u"import"_qs, format, u"--db"_qs, m_db, u"--release"_qs,
                           QString::number(m_release), u"--criterion"_qs, criterion, input});
    }
    QJsonObject status() {
        const Run run = runSlipway({u"gate"_qs, u"status"_qs, u"--db"_qs, m_db, u"--release"_qs,
                                    QString::number(m_release), u"--json"_qs});
        return QJsonDocument::fromJson(run.out).object();
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        m_db = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_db.isEmpty());
        // A major release of the demo without evidence yet: its first gate is pending.
        const Run csv = runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, m_db, u"--table"_qs,
                                    u"releases"_qs, u"--out"_qs, m_dir.filePath(u"r.csv"_qs)});
        QCOMPARE(csv.exitCode, 0);
        for (qint64 id = 1; id < 200 && m_release == 0; ++id) {
            const Run run = runSlipway({u"gate"_qs, u"status"_qs, u"--db"_qs, m_db, u"--release"_qs,
                                        QString::number(id), u"--json"_qs});
            const QJsonObject o = QJsonDocument::fromJson(run.out).object();
            if (o.value(u"release"_qs).toObject().value(u"type"_qs) == u"major"_qs &&
                o.value(u"gates"_qs).toArray().size() == 4 &&
                o.value(u"gates"_qs)
                    .toArray()[0]
                    .toObject()
                    .value(u"criteria"_qs)
                    .toArray()[0]
                    .toObject()
                    .value(u"evidence"_qs)
                    .isNull())
                m_release = id;
        }
        QVERIFY(m_release > 0);
    }

    void statusBlocksUntilGatesPass() {
        const Run text = runSlipway({u"gate"_qs, u"status"_qs, u"--db"_qs, m_db, u"--release"_qs,
                                     QString::number(m_release)});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.outText().contains(u"[PENDING] Development complete → QA"_qs),
                 text.out.constData());
        QVERIFY(text.outText().contains(u"Blocked: Cannot promote to QA"_qs));
        const QJsonObject o = status();
        QCOMPARE(o.value(u"blocked"_qs).toBool(), true);
        QCOMPARE(o.value(u"promotion"_qs).toObject().value(u"next_gate"_qs).toString(),
                 u"Development complete"_qs);
        const QJsonObject first = o.value(u"gates"_qs).toArray()[0].toObject();
        QCOMPARE(first.value(u"status"_qs).toString(), u"pending"_qs);
        QCOMPARE(first.value(u"total"_qs).toInt(), 3);
    }

    void importsEvaluateAndExitByResult() {
        const int before = auditEntries(m_db);
        // A failing GoogleTest report: imported, the criterion fails, exit 1.
        Run run =
            import(u"junit"_qs, u"Unit tests"_qs, testDataPath(u"junit/gtest_1.12_sample.xml"_qs));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.outText().contains(u"Unit tests (Development complete) is failed: Only 50 % "
                                        u"passed"_qs),
                 run.out.constData());
        QCOMPARE(auditEntries(m_db), before + 1);
        // The analyzer's six medium findings pass "high and above".
        run = import(u"sarif"_qs, u"static analysis"_qs,
                     testDataPath(u"sarif/clang14_analyzer_sample.sarif"_qs));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.outText().contains(u"is passed: No open finding of high severity or above "
                                       u"(6 lower)"_qs));
        const QJsonObject crit = status()
                                     .value(u"gates"_qs)
                                     .toArray()[0]
                                     .toObject()
                                     .value(u"criteria"_qs)
                                     .toArray()[1]
                                     .toObject();
        QCOMPARE(crit.value(u"findings"_qs)
                     .toObject()
                     .value(u"open_by_severity"_qs)
                     .toObject()
                     .value(u"medium"_qs)
                     .toInt(),
                 6);
        QCOMPARE(crit.value(u"evidence"_qs).toObject().value(u"file"_qs).toString(),
                 u"clang14_analyzer_sample.sarif"_qs);
        // A benchmark CSV with the metric the QA gate asks for.
        run = import(u"bench"_qs, u"Response time p95"_qs,
                     writeFile(m_dir, u"latency.csv"_qs, "name,value,unit\np95_latency,180,ms\n"));
        QCOMPARE(run.exitCode, 0);
    }

    void badInputIsOneLineAndChangesNothing() {
        const int before = auditEntries(m_db);
        const QByteArray bytes = fileBytes(m_db);
        struct Case {
            QString format, criterion, input, says;
        };
        const QList<Case> cases{
            {u"junit"_qs, u"Unit tests"_qs,
             writeFile(m_dir, u"cut.xml"_qs,
                       "<testsuite name=\"a\">\n<testcase name=\"b\">\n<fail"),
             u"cut.xml:3:"_qs},
            {u"sarif"_qs, u"Static analysis"_qs,
             writeFile(m_dir, u"cut.sarif"_qs, "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":"),
             u"cut.sarif"_qs},
            {u"sarif"_qs, u"Static analysis"_qs,
             writeFile(m_dir, u"wrong.sarif"_qs,
                       "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":"
                       "{\"name\":\"x\"}},\"results\":[{\"level\":\"fatal\"}]}]}"),
             u"runs[0].results[0].level"_qs},
            {u"bench"_qs, u"Response time p95"_qs,
             writeFile(m_dir, u"other.csv"_qs, "name,value\nstartup,3\n"), u"no metric named"_qs},
            {u"junit"_qs, u"No such criterion"_qs, testDataPath(u"junit/gtest_1.12_sample.xml"_qs),
             u"has no criterion called"_qs},
            {u"sarif"_qs, u"Unit tests"_qs, testDataPath(u"sarif/clang14_analyzer_sample.sarif"_qs),
             u"not a security findings one"_qs},
            {u"junit"_qs, u"Unit tests"_qs, m_dir.filePath(u"missing.xml"_qs), u"missing.xml"_qs},
        };
        for (const Case& c : cases) {
            const Run run = import(c.format, c.criterion, c.input);
            QVERIFY2(run.exitCode == 2, qPrintable(c.input + u": "_qs + run.errText()));
            QCOMPARE(run.errText().count(u'\n'), 0);
            QVERIFY2(run.errText().contains(c.says), qPrintable(run.errText()));
        }
        QCOMPARE(auditEntries(m_db), before);
        QVERIFY(fileBytes(m_db) == bytes);
        // Usage errors.
        QCOMPARE(runSlipway({u"import"_qs, u"junit"_qs, u"--db"_qs, m_db, u"x.xml"_qs}).exitCode,
                 2);
        QCOMPARE(
            runSlipway({u"gate"_qs, u"status"_qs, u"--db"_qs, m_db, u"--release"_qs, u"99999"_qs})
                .exitCode,
            2);
        QCOMPARE(runSlipway({u"gate"_qs, u"open"_qs, u"--db"_qs, m_db}).exitCode, 2);
    }

    void helpListsTheCommands() {
        const Run run = runSlipway({u"--help"_qs});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.outText().contains(u"slipway import junit|sarif|bench"_qs));
        QVERIFY(run.outText().contains(u"slipway gate status"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_GateCommands)
#include "tst_GateCommands.moc"
