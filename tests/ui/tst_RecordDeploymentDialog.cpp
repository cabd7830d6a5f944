// SPDX-License-Identifier: GPL-3.0-or-later
// The Deployments screen's Record… dialog on the demo: the artifact digests typed in are held
// to the "tested" guard before OK is pressed. A digest no passing evidence covers is listed
// among the refusals with OK disabled; one the release's passing evidence names is not; a
// malformed one is said in the dialog.
#include "TestSupport.h"
#include "deployments/RecordDeploymentDialog.h"
#include "services/DeploymentService.h"
#include "services/Document.h"
#include "services/GateService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

const QString kTested =
    QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
const QString kUntested =
    QStringLiteral("2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");

} // namespace

class tst_RecordDeploymentDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { dropLoginSession(); }

    void refusalsNameUntestedDigests() {
        const QString path = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!path.isEmpty());
        const qint64 release =
            queryValue(path, u"SELECT min(id) FROM releases WHERE status = 'deployed'"_qs)
                .toLongLong();
        QVERIFY(release > 0);
        auto doc = openDocument(path);
        QVERIFY(doc);
        // The demo's deployed releases predate gates: give this one its type's, and passing
        // evidence produced against kTested.
        QVERIFY(doc->gates().addGates(release));
        auto unit = doc->gates().criterionNamed(release, u"Unit tests"_qs);
        QVERIFY2(unit, unit ? "" : qPrintable(unit.error().message));
        auto imported = doc->gates().importFile(
            unit->id, testDataPath(u"junit/ctest_3.25_slipway_gates.xml"_qs),
            CriterionKind::TestPassRate, nullptr, {kTested});
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));

        ui::RecordDeploymentDialog dialog(*doc, release);
        auto* environment = dialog.findChild<QComboBox*>(u"deploymentEnvironment"_qs);
        auto* digests = dialog.findChild<QLineEdit*>(u"deploymentDigests"_qs);
        auto* refusals = dialog.findChild<QLabel*>(u"deploymentRefusals"_qs);
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(environment && digests && refusals && ok);
        const int production = environment->findText(u"Production (production)"_qs);
        QVERIFY(production >= 0);
        environment->setCurrentIndex(production);

        QTest::keyClicks(digests, kUntested);
        QVERIFY2(refusals->text().contains(u"Deployed artifacts tested: 1 deployed artifact(s) "
                                           "covered by no passing gate evidence: this record: "_qs +
                                           kUntested.left(16)),
                 qPrintable(refusals->text()));
        QVERIFY(!ok->isEnabled());

        digests->clear();
        QTest::keyClicks(digests, kTested.toUpper());
        QVERIFY2(!refusals->text().contains(u"Deployed artifacts tested"_qs),
                 qPrintable(refusals->text()));
        QCOMPARE(dialog.deployment().artifactDigests, QStringList{kTested.toUpper()});

        digests->clear();
        QTest::keyClicks(digests, kTested + u", abc"_qs);
        QVERIFY2(refusals->text().contains(u"“abc” is not a SHA-256 digest"_qs),
                 qPrintable(refusals->text()));
        QVERIFY(!ok->isEnabled());
    }
};

QTEST_MAIN(tst_RecordDeploymentDialog)
#include "tst_RecordDeploymentDialog.moc"
