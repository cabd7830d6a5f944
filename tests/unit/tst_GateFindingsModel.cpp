// SPDX-License-Identifier: GPL-3.0-or-later
// A security criterion's SARIF findings as an item model: a real analyzer log imported
// through the gate service, shown with its text, tooltips, look and roles; a false-positive
// review updates rows in place, another log or criterion resets.
#include "Fixtures.h"
#include "TestSupport.h"
#include "io/SarifReport.h"
#include "itemmodels/GateFindingsModel.h"
#include "itemmodels/Roles.h"
#include "services/GateService.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

namespace {

const QColor kMuted(0x6b, 0x72, 0x80);

// Colours as the screen's; icons asked for are noted in `looks` (a guiless test draws none).
SemanticStyle style(QList<GateStatus>* looks = nullptr) {
    SemanticStyle s;
    s.gateStatusColor = [](GateStatus status) {
        return status == GateStatus::Pending ? kMuted : QColor(Qt::red);
    };
    s.gateStatusIcon = [looks](GateStatus status) {
        if (looks)
            looks->append(status);
        return QIcon();
    };
    return s;
}

} // namespace

class tst_GateFindingsModel : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"findings"_qs};

    static QString text(const QAbstractItemModel& model, int row, int column,
                        int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    }
    // A new file with a major release, whose gates ask for a security scan and static
    // analysis; the release's id comes back in `releaseId`.
    std::unique_ptr<Database> fileWithMajorRelease(qint64& releaseId) {
        auto db = test::openDatabase(m_files.newFile());
        if (!db)
            return nullptr;
        ReleaseService releases(*db, Session{u"alice"_qs, {}});
        releaseId =
            test::createRelease(releases, test::releaseFromNow(u"Payments API"_qs, u"2.4.0"_qs,
                                                               ReleaseType::Major, 10, 4 * 3600));
        return releaseId ? std::move(db) : nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_files.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void showsTheLogAndFollowsReviews() {
        qint64 release = 0;
        auto db = fileWithMajorRelease(release);
        QVERIFY(db);
        GateService gates(*db, Session{u"alice"_qs, {}});
        const qint64 scan = test::criterionId(gates, release, u"Security scan"_qs);
        const qint64 analysis = test::criterionId(gates, release, u"Static analysis"_qs);
        QVERIFY(scan > 0 && analysis > 0);
        const QString sarif = test::testDataPath(u"sarif/clang14_analyzer_sample.sarif"_qs);
        auto imported = gates.importFile(scan, sarif);
        QVERIFY2(imported, qPrintable(imported.error().message));

        GateFindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.columnCount(), int(GateFindingsModel::ColumnCount));
        QCOMPARE(model.headerData(GateFindingsModel::ReviewColumn, Qt::Horizontal).toString(),
                 u"Review"_qs);

        model.setFindings(scan, gates.findings(scan).value());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.criterionId(), scan);
        // Clang's analyzer sets no level: every result is a SARIF warning, of medium severity.
        QCOMPARE(text(model, 0, GateFindingsModel::SeverityColumn), u"medium"_qs);
        QCOMPARE(text(model, 0, GateFindingsModel::RuleColumn), u"core.NullDereference"_qs);
        QVERIFY2(
            text(model, 0, GateFindingsModel::LocationColumn).endsWith(u"analyzer_sample.c:9"_qs),
            qPrintable(text(model, 0, GateFindingsModel::LocationColumn)));
        QCOMPARE(text(model, 0, GateFindingsModel::ReviewColumn), QString());
        QCOMPARE(text(model, 0, GateFindingsModel::MessageColumn),
                 u"Dereference of null pointer (loaded from variable 'p')"_qs);
        QCOMPARE(text(model, 5, GateFindingsModel::RuleColumn), u"unix.Malloc"_qs);
        // Every cell's tooltip is its whole text: the view elides long paths.
        for (int column = 0; column < GateFindingsModel::ColumnCount; ++column)
            QCOMPARE(text(model, 1, column, Qt::ToolTipRole), text(model, 1, column));
        QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), model.finding(0).id);
        QCOMPARE(model.index(0, 0).data(FindingSeverityRole).toString(), u"medium"_qs);
        QVERIFY(model.index(0, 0).data(FindingCountsRole).toBool());
        QCOMPARE(model.index(0, 0).data(GateStatusRole).toInt(), int(GateStatus::Waived));
        QCOMPARE(model.index(0, GateFindingsModel::SeverityColumn).data(SortRole).toInt(),
                 int(SarifSeverity::Medium));
        // Lines sort as numbers, not text: line 9 before line 17.
        QVERIFY(model.index(0, GateFindingsModel::LocationColumn).data(SortRole).toString() <
                model.index(1, GateFindingsModel::LocationColumn).data(SortRole).toString());
        QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid()); // no style yet

        changed.clear();
        QList<GateStatus> looks;
        model.setSemanticStyle(style(&looks));
        QCOMPARE(changed.count(), 1);
        looks.clear();
        QVERIFY(model.index(0, 0).data(Qt::DecorationRole).canConvert<QIcon>());
        QCOMPARE(looks, QList<GateStatus>{GateStatus::Waived});
        QVERIFY(!model.index(0, 1).data(Qt::DecorationRole).isValid());
        QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid()); // it counts

        // A review changes the row where it stands: no reset, so a view keeps its selection.
        const GateFinding first = model.finding(0);
        QVERIFY(gates.markFalsePositive(scan, first.fingerprint,
                                        u"The pointer is checked by the caller"_qs));
        changed.clear();
        model.setFindings(scan, gates.findings(scan).value());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(changed.count(), 1);
        const QString review = text(model, 0, GateFindingsModel::ReviewColumn);
        QVERIFY2(review.startsWith(
                     u"False positive (%1, "_qs.arg(test::recordedActor(*db, u"alice"_qs))),
                 qPrintable(review));
        QVERIFY2(review.endsWith(u"): The pointer is checked by the caller"_qs),
                 qPrintable(review));
        QVERIFY(!model.index(0, 0).data(FindingCountsRole).toBool());
        QCOMPARE(model.index(0, 0).data(GateStatusRole).toInt(), int(GateStatus::Pending));
        for (int column = 0; column < GateFindingsModel::ColumnCount; ++column)
            QCOMPARE(model.index(0, column).data(Qt::ForegroundRole).value<QColor>(), kMuted);
        QVERIFY(!model.index(1, 0).data(Qt::ForegroundRole).isValid());

        // The next scan of the same code: the review still shows.
        QVERIFY(gates.importFile(scan, sarif));
        model.setFindings(scan, gates.findings(scan).value());
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(text(model, 0, GateFindingsModel::ReviewColumn).startsWith(u"False positive"_qs));

        // Counting again, then another criterion with no log yet, then nothing.
        QVERIFY(gates.clearFalsePositive(scan, first.fingerprint));
        model.setFindings(scan, gates.findings(scan).value());
        QCOMPARE(text(model, 0, GateFindingsModel::ReviewColumn), QString());
        QVERIFY(model.index(0, 0).data(FindingCountsRole).toBool());
        const int before = int(resets.count());
        model.setFindings(analysis, gates.findings(analysis).value());
        QCOMPARE(resets.count(), before + 1);
        QCOMPARE(model.rowCount(), 0);
        model.setFindings(scan, gates.findings(scan).value());
        QCOMPARE(model.rowCount(), 6);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.criterionId(), qint64(0));
        QCOMPARE(resets.count(), before + 3);
    }

    void suppressedAndSevereFindingsLookApart() {
        const QString eslint =
            test::sharedDataPath(u"sarif/eslint_8.56_all_results_suppressed_insource.sarif"_qs);
        const QString trivy =
            test::sharedDataPath(u"sarif/trivy_0.56_container_security_severity.sarif"_qs);
        if (eslint.isEmpty() || trivy.isEmpty())
            QSKIP("../shared/testdata/real is not present");
        qint64 release = 0;
        auto db = fileWithMajorRelease(release);
        QVERIFY(db);
        GateService gates(*db, Session{u"alice"_qs, {}});
        const qint64 scan = test::criterionId(gates, release, u"Security scan"_qs);
        QVERIFY(scan > 0);

        GateFindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSemanticStyle(style());

        // ESLint's log: every result suppressed in the source, so none counts.
        QVERIFY(gates.importFile(scan, eslint));
        model.setFindings(scan, gates.findings(scan).value());
        QCOMPARE(model.rowCount(), 12);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(text(model, row, GateFindingsModel::ReviewColumn),
                     u"Suppressed in the file"_qs);
            QVERIFY(!model.index(row, 0).data(FindingCountsRole).toBool());
            QCOMPARE(model.index(row, 0).data(GateStatusRole).toInt(), int(GateStatus::Pending));
            QCOMPARE(model.index(row, 2).data(Qt::ForegroundRole).value<QColor>(), kMuted);
        }

        // Trivy's container scan: critical and high findings are shown as failing the gate.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(gates.importFile(scan, trivy));
        model.setFindings(scan, gates.findings(scan).value());
        QCOMPARE(resets.count(), 1);
        int critical = 0;
        int high = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString severity = text(model, row, GateFindingsModel::SeverityColumn);
            critical += severity == u"critical";
            high += severity == u"high";
            const bool severe = severity == u"critical" || severity == u"high";
            QCOMPARE(model.index(row, 0).data(GateStatusRole).toInt(),
                     int(severe ? GateStatus::Failed : GateStatus::Waived));
            QVERIFY(!model.index(row, 0).data(Qt::ForegroundRole).isValid());
        }
        QCOMPARE(critical, 4);
        QCOMPARE(high, 42);
    }
};

QTEST_GUILESS_MAIN(tst_GateFindingsModel)
#include "tst_GateFindingsModel.moc"
