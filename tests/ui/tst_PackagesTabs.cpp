// SPDX-License-Identifier: GPL-3.0-or-later
// The Packages screen's other tabs through the real window on a demo file. Components: a real
// CycloneDX SBOM imported through the binary is listed with versions, package URLs, licences
// and dependencies; pins are set, changed and removed through the Pin dialog with undo and
// redo, a bad constraint or unknown component refused inside it. Environment matrix: drift
// cells highlighted with the finding in their tooltip, as the service computes it.
// Configuration: keys set and unset through the Set dialog with undo and redo, a secret-looking
// value refused inside the dialog with nothing written or audited, two environments diffed.
#include "MainWindow.h"
#include "PlainToolTips.h"
#include "TestSupport.h"
#include "WidgetSupport.h"
#include "itemmodels/ComponentTableModel.h"
#include "itemmodels/ConfigDiffModel.h"
#include "itemmodels/ConfigTableModel.h"
#include "itemmodels/EnvironmentMatrixModel.h"
#include "itemmodels/PinTableModel.h"
#include "packages/ComponentsPage.h"
#include "packages/ConfigDiffDialog.h"
#include "packages/ConfigSetDialog.h"
#include "packages/ConfigurationPage.h"
#include "packages/MatrixPage.h"
#include "packages/PackagesView.h"
#include "packages/PinDialog.h"
#include "services/DeploymentService.h"
#include "services/Document.h"
#include "services/EnvironmentMatrixService.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

using namespace slipway;
using namespace slipway::ui;
using namespace slipway::test;

namespace {

constexpr qint64 kRelease = 25; // planned in the demo, with a gate into Staging

// Every row of `model` as "column0|column1|…" (display text).
QStringList rowsOf(const QAbstractItemModel* model) {
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        rows << cells.join(u'|');
    }
    return rows;
}

// The row of `model` whose first column reads `key`; -1 when none.
int rowNamed(const QAbstractItemModel* model, const QString& key) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == key)
            return row;
    return -1;
}

} // namespace

class tst_PackagesTabs : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_count = 0;

    // A fresh copy of the demo in `window` on the Packages screen, release 25 shown;
    // `prepare` runs on the copy before it opens.
    PackagesView* open(MainWindow& window, bool readOnly = false,
                       const std::function<void(const QString&)>& prepare = {}) {
        const QString path = copyFile(m_demo, m_dir, u"demo-%1.slipway"_qs.arg(++m_count));
        if (!path.isEmpty() && prepare)
            prepare(path);
        if (path.isEmpty() || !window.openFile(path, false, false, readOnly)) {
            helperFailed(u"cannot open a copy of the demo"_qs);
            return nullptr;
        }
        window.show();
        if (!window.showScreen(u"packages"_qs) || !window.packagesView()) {
            helperFailed(u"no Packages screen"_qs);
            return nullptr;
        }
        window.packagesView()->showRelease(kRelease);
        if (window.packagesView()->currentReleaseId() != kRelease)
            helperFailed(u"the demo has no release 25"_qs);
        return window.packagesView();
    }

    // Two build outputs in a new folder; their paths.
    qint64 environmentId(MainWindow& window, const QString& name) {
        auto e = window.document()->deployments().environmentNamed(name);
        if (!e) {
            helperFailed(u"the demo has no environment "_qs + name);
            return 0;
        }
        return e->id;
    }

    int configRows(MainWindow& window) {
        return queryValue(window.document()->path(),
                          u"SELECT count(*) FROM config_items WHERE release_id = 25"_qs)
            .toInt();
    }

    // Fills the Set dialog the way a user does and presses Set; whether it closed accepted.
    bool setThroughDialog(ConfigurationPage* page, const QString& key, const QString& value,
                          bool reference = false, bool secret = false) {
        std::unique_ptr<ConfigSetDialog> dialog(page->createSetDialog());
        if (!dialog) {
            helperFailed(u"no Set dialog"_qs);
            return false;
        }
        dialog->show();
        typeInto(child<QLineEdit>(*dialog, u"configKeyEdit"_qs), key);
        if (reference) {
            child<QRadioButton>(*dialog, u"configReferenceChoice"_qs)->click();
            typeInto(child<QLineEdit>(*dialog, u"configReferenceEdit"_qs), value);
        } else {
            child<QRadioButton>(*dialog, u"configValueChoice"_qs)->click();
            child<QCheckBox>(*dialog, u"configSecretCheck"_qs)->setChecked(secret);
            typeInto(child<QLineEdit>(*dialog, u"configValueEdit"_qs), value);
        }
        QTest::mouseClick(child<QPushButton>(*dialog, u"configSetOk"_qs), Qt::LeftButton);
        m_lastDialogMessage = dialog->message();
        m_lastMessagePlain =
            child<QLabel>(*dialog, u"configSetMessage"_qs)->textFormat() == Qt::PlainText;
        const bool accepted = dialog->result() == QDialog::Accepted;
        if (!accepted)
            shoot(dialog.get(), u"config-set-refused"_qs);
        return accepted;
    }
    QString m_lastDialogMessage;
    bool m_lastMessagePlain = false; // the dialog's message shows markup as typed

    // Fills the Pin dialog and presses Pin; whether it closed accepted.
    bool pinThroughDialog(ComponentsPage* page, const QString& component, const QString& target,
                          const QString& constraint) {
        std::unique_ptr<PinDialog> dialog(page->createPinDialog());
        if (!dialog) {
            helperFailed(u"no Pin dialog"_qs);
            return false;
        }
        dialog->show();
        auto* edit = child<QComboBox>(*dialog, u"pinComponentEdit"_qs);
        edit->setCurrentText(QString());
        QTest::keyClicks(edit, component);
        typeInto(child<QLineEdit>(*dialog, u"pinTargetEdit"_qs), target);
        typeInto(child<QLineEdit>(*dialog, u"pinConstraintEdit"_qs), constraint);
        QTest::mouseClick(child<QPushButton>(*dialog, u"pinOk"_qs), Qt::LeftButton);
        m_lastDialogMessage = dialog->message();
        m_lastMessagePlain =
            child<QLabel>(*dialog, u"pinMessage"_qs)->textFormat() == Qt::PlainText;
        if (dialog->result() != QDialog::Accepted)
            shoot(dialog.get(), u"pin-refused"_qs);
        return dialog->result() == QDialog::Accepted;
    }

    // Release 25 with the npm SBOM imported through the binary, on the Components tab.
    PackagesView* openWithSbom(MainWindow& window) {
        const QString sbom =
            testDataPath(u"sbom/cyclonedx_npm_cdx1.6_nested_bundled_components_no_serial.json"_qs);
        PackagesView* view = open(window, false, [&](const QString& path) {
            const Run run = runSlipway({u"import"_qs, u"sbom"_qs, u"--db"_qs, path, u"--release"_qs,
                                        QString::number(kRelease), sbom});
            if (run.exitCode != 0)
                helperFailed(run.errText());
        });
        if (view)
            view->showTab(u"components"_qs);
        return view;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
    }

    // Names from an SBOM or a user reach tooltips as written: markup is shown, not
    // rendered, on every table of the screen.
    void tooltipsShowMarkupAsText() {
        QCOMPARE(PlainToolTips::shown(u"left-pad 1.3.0"_qs), u"left-pad 1.3.0"_qs);
        const QString hostile = u"<b>pwn</b><img src=\"http://x.invalid/a.png\">\nline"_qs;
        const QString shown = PlainToolTips::shown(hostile);
        QVERIFY(!shown.contains(u"<b>"_qs) && !shown.contains(u"<img"_qs));
        QVERIFY(shown.contains(u"&lt;b&gt;pwn&lt;/b&gt;"_qs));
        QTextDocument rendered;
        rendered.setHtml(shown);
        QCOMPARE(rendered.toPlainText(), hostile);
        MainWindow window;
        PackagesView* view = open(window);
        QVERIFY(view);
        const auto tables = view->findChildren<QTableView*>();
        QVERIFY(tables.size() >= 5);
        for (QTableView* table : tables)
            QVERIFY2(table->findChild<PlainToolTips*>(), qPrintable(table->objectName()));
    }

    void componentsComeFromARealSbom() {
        const QString sbom =
            testDataPath(u"sbom/cyclonedx_npm_cdx1.6_nested_bundled_components_no_serial.json"_qs);
        {
            MainWindow window;
            PackagesView* view = open(window);
            QVERIFY(view);
            QVERIFY(view->showTab(u"components"_qs));
            auto* empty = child<QWidget>(*view, u"componentsEmptyState"_qs);
            QVERIFY(empty->isVisible());
            const QString says = child<QLabel>(*empty, u"emptyStateText"_qs)->text();
            QVERIFY2(says.contains(u"slipway import sbom"_qs), qPrintable(says));
            shoot(view, u"packages-components-empty"_qs);
        }
        MainWindow window;
        PackagesView* view = openWithSbom(window);
        QVERIFY(view);
        QCOMPARE(child<QTabWidget>(*view, u"packagesTabs"_qs)->currentWidget(),
                 view->componentsPage());
        auto* table = child<QTableView>(*view, u"componentsTable"_qs);
        QVERIFY(table->isVisible());
        QAbstractItemModelTester tester(view->componentsPage()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 53); // 52 components and the subject
        const QString count = child<QLabel>(*view, u"componentsCount"_qs)->text();
        QVERIFY2(count.contains(u"52 component"_qs) && count.contains(u"65 dependency edge"_qs),
                 qPrintable(count));
        const QAbstractItemModel* m = table->model();
        const int isObj = rowNamed(m, u"is-obj"_qs);
        QVERIFY(isObj >= 0);
        QCOMPARE(m->index(isObj, ComponentTableModel::VersionColumn).data().toString(),
                 u"3.0.0"_qs);
        QCOMPARE(m->index(isObj, ComponentTableModel::PurlColumn).data().toString(),
                 u"pkg:npm/is-obj@3.0.0"_qs);
        QCOMPARE(m->index(isObj, ComponentTableModel::LicencesColumn).data().toString(), u"MIT"_qs);
        // The subject comes first and depends on the two top-level packages.
        QCOMPARE(m->index(0, ComponentTableModel::NameColumn).data().toString(),
                 u"demo-bundled-deps"_qs);
        QCOMPARE(m->index(0, ComponentTableModel::DependsOnColumn).data().toString(),
                 u"bundle-dependencies 1.0.2, is-obj 3.0.0"_qs);
        QVERIFY(child<QLabel>(*view, u"componentSource"_qs)
                    ->text()
                    .contains(u"cyclonedx_npm_cdx1.6"_qs));
        // The filter finds one package among them.
        typeInto(child<QLineEdit>(*view, u"componentFilter"_qs), u"pkg:npm/is-obj"_qs);
        QCOMPARE(m->rowCount(), 1);
    }

    void pinsAreSetAndRemovedUndoably() {
        MainWindow window;
        PackagesView* view = openWithSbom(window);
        QVERIFY(view);
        ComponentsPage* page = view->componentsPage();
        QAbstractItemModelTester tester(page->pinModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int sbomPins = page->pinModel()->rowCount();
        const auto pinRows = [&] {
            return queryValue(window.document()->path(),
                              u"SELECT count(*) FROM pins WHERE release_id = 25"_qs)
                .toInt();
        };
        QCOMPARE(pinRows(), sbomPins);
        QUndoStack* undo = window.document()->undoStack();
        const int steps = undo->count();

        // A constraint that does not parse, or a component the release lacks: said in the
        // dialog, nothing written or pushed.
        QVERIFY(!pinThroughDialog(page, u"is-obj"_qs, u"lodash"_qs, u"four-ish"_qs));
        QVERIFY2(!m_lastDialogMessage.isEmpty(), "no message for a bad constraint");
        // What was typed is repeated as typed, not read as markup.
        QVERIFY(!pinThroughDialog(page, u"is-obj"_qs, u"lodash"_qs, u"<b>4</b>"_qs));
        QVERIFY2(m_lastDialogMessage.contains(u"'<b>4</b>'"_qs), qPrintable(m_lastDialogMessage));
        QVERIFY(m_lastMessagePlain);
        QVERIFY(!pinThroughDialog(page, u"left-pad"_qs, u"lodash"_qs, u"^4.17.0"_qs));
        QVERIFY2(m_lastDialogMessage.contains(u"left-pad"_qs), qPrintable(m_lastDialogMessage));
        QCOMPARE(undo->count(), steps);
        QCOMPARE(pinRows(), sbomPins);

        QVERIFY(pinThroughDialog(page, u"is-obj"_qs, u"lodash"_qs, u"^4.17.0"_qs));
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(pinRows(), sbomPins + 1);
        auto* table = child<QTableView>(*view, u"pinsTable"_qs);
        const auto shown = [&] {
            return rowsOf(table->model()).join(u'\n');
        };
        QVERIFY2(shown().contains(u"is-obj|lodash|^4.17.0|by hand|"_qs), qPrintable(shown()));
        // A new constraint for the same pin; undo gives the old one back.
        QVERIFY(pinThroughDialog(page, u"is-obj"_qs, u"lodash"_qs, u"~4.17.21"_qs));
        QCOMPARE(pinRows(), sbomPins + 1);
        QVERIFY2(shown().contains(u"is-obj|lodash|~4.17.21|"_qs), qPrintable(shown()));
        // The target written in another case is still that pin; undo gives its constraint back.
        QVERIFY(pinThroughDialog(page, u"is-obj"_qs, u"Lodash"_qs, u"~4.17.20"_qs));
        QCOMPARE(pinRows(), sbomPins + 1);
        QVERIFY2(shown().contains(u"is-obj|lodash|~4.17.20|"_qs), qPrintable(shown()));
        undo->undo();
        QVERIFY2(shown().contains(u"is-obj|lodash|~4.17.21|"_qs), qPrintable(shown()));
        undo->undo();
        QVERIFY2(shown().contains(u"is-obj|lodash|^4.17.0|"_qs), qPrintable(shown()));
        undo->undo();
        QCOMPARE(pinRows(), sbomPins);
        undo->redo();
        QCOMPARE(pinRows(), sbomPins + 1);

        // Unpin the hand-set one; undo brings it back.
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, PinTableModel::TargetColumn).data() == u"lodash"_qs)
                table->selectRow(row);
        QVERIFY(child<QPushButton>(*view, u"unpinButton"_qs)->isEnabled());
        QVERIFY(page->unpinSelected());
        QCOMPARE(pinRows(), sbomPins);
        QVERIFY(!shown().contains(u"lodash"_qs));
        undo->undo();
        QCOMPARE(pinRows(), sbomPins + 1);
        QVERIFY(shown().contains(u"is-obj|lodash|^4.17.0|"_qs));
    }

    void matrixHighlightsDriftWithItsReason() {
        MainWindow window;
        PackagesView* view = open(window);
        QVERIFY(view);
        QVERIFY(view->showTab(u"matrix"_qs));
        EnvironmentMatrixModel* model = view->matrixPage()->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto expected = EnvironmentMatrixService(window.document()->database()).matrix();
        QVERIFY(expected);
        QCOMPARE(model->rowCount(), expected->rowCount());
        QCOMPARE(model->columnCount(), expected->columnCount() + 1);
        QVERIFY2(!expected->drift.isEmpty(), "the demo shows no drift");
        int highlighted = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 1; column < model->columnCount(); ++column) {
                const QModelIndex cell = model->index(row, column);
                const bool drift = expected->cell(row, column - 1).hasDrift();
                QCOMPARE(cell.data(Qt::BackgroundRole).isValid(), drift);
                QCOMPARE(cell.data().toString(),
                         expected->cell(row, column - 1).versions().join(u", "_qs));
                if (!drift)
                    continue;
                ++highlighted;
                const QString tip = cell.data(Qt::ToolTipRole).toString();
                const bool named =
                    std::any_of(expected->drift.cbegin(), expected->drift.cend(),
                                [&](const MatrixDrift& d) { return tip.contains(d.message); });
                QVERIFY2(named, qPrintable(tip));
            }
        QVERIFY(highlighted > 0);
        shoot(view, u"packages-matrix"_qs);
        auto* list = child<QListWidget>(*view, u"driftList"_qs);
        QCOMPARE(list->count(), int(expected->drift.size()));
    }

    void configurationIsSetAndUnsetUndoably() {
        MainWindow window;
        PackagesView* view = open(window);
        QVERIFY(view);
        QVERIFY(view->showTab(u"configuration"_qs));
        ConfigurationPage* page = view->configurationPage();
        const qint64 staging = environmentId(window, u"Staging"_qs);
        page->showEnvironment(staging);
        QVERIFY(child<QWidget>(*view, u"configEmptyState"_qs)->isVisible());
        auto* table = child<QTableView>(*view, u"configTable"_qs);
        QAbstractItemModelTester tester(
            qobject_cast<QSortFilterProxyModel*>(table->model())->sourceModel(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack* undo = window.document()->undoStack();
        const int steps = undo->count();

        QVERIFY(setThroughDialog(page, u"PAYMENTS_TIMEOUT_MS"_qs, u"2500"_qs));
        QVERIFY(setThroughDialog(page, u"DB_PASSWORD"_qs, u"vault:secret/payments#db_password"_qs,
                                 true));
        QVERIFY(setThroughDialog(page, u"FEATURE_SALT"_qs, u"blue-walrus-42"_qs, false, true));
        QCOMPARE(undo->count(), steps + 3);
        QVERIFY(table->isVisible());
        QCOMPARE(rowsOf(table->model()).size(), 3);
        const QAbstractItemModel* m = table->model();
        const auto valueOf = [&](const QString& key) {
            const int row = rowNamed(m, key);
            return row < 0 ? u"(missing)"_qs
                           : m->index(row, ConfigTableModel::ValueColumn).data().toString();
        };
        QCOMPARE(valueOf(u"PAYMENTS_TIMEOUT_MS"_qs), u"2500"_qs);
        QCOMPARE(valueOf(u"DB_PASSWORD"_qs), u"vault:secret/payments#db_password"_qs);
        QCOMPARE(valueOf(u"FEATURE_SALT"_qs), u"••••"_qs);
        QVERIFY(!rowsOf(m).join(u'\n').contains(u"walrus"_qs)); // a secret value never shows
        QCOMPARE(configRows(window), 3);

        // A new value for a key; undo gives the old one back, redo the new one.
        QVERIFY(setThroughDialog(page, u"PAYMENTS_TIMEOUT_MS"_qs, u"3000"_qs));
        QCOMPARE(valueOf(u"PAYMENTS_TIMEOUT_MS"_qs), u"3000"_qs);
        undo->undo();
        QCOMPARE(valueOf(u"PAYMENTS_TIMEOUT_MS"_qs), u"2500"_qs);
        undo->redo();
        QCOMPARE(valueOf(u"PAYMENTS_TIMEOUT_MS"_qs), u"3000"_qs);

        // Unset the secret-marked key; undo brings it back, still secret and the same value.
        table->selectRow(rowNamed(m, u"FEATURE_SALT"_qs));
        QVERIFY(child<QPushButton>(*view, u"unsetConfigButton"_qs)->isEnabled());
        QVERIFY(page->unsetSelected());
        QCOMPARE(valueOf(u"FEATURE_SALT"_qs), u"(missing)"_qs);
        QCOMPARE(configRows(window), 2);
        undo->undo();
        QCOMPARE(valueOf(u"FEATURE_SALT"_qs), u"••••"_qs);
        QCOMPARE(queryValue(window.document()->path(),
                            u"SELECT value || ':' || is_secret FROM config_items "
                            u"WHERE key = 'FEATURE_SALT'"_qs)
                     .toString(),
                 u"blue-walrus-42:1"_qs);
        undo->redo();
        QCOMPARE(configRows(window), 2);

        // Undo everything: the environment is empty again, and redo fills it.
        while (undo->index() > steps)
            undo->undo();
        QCOMPARE(configRows(window), 0);
        QVERIFY(child<QWidget>(*view, u"configEmptyState"_qs)->isVisible());
        while (undo->canRedo())
            undo->redo();
        QCOMPARE(configRows(window), 2);
        QCOMPARE(valueOf(u"PAYMENTS_TIMEOUT_MS"_qs), u"3000"_qs);

        // Another environment has its own keys.
        page->showEnvironment(environmentId(window, u"Production"_qs));
        QCOMPARE(page->keyCount(), 0);
    }

    void secretLookingValueIsRefusedInTheDialog() {
        MainWindow window;
        PackagesView* view = open(window);
        QVERIFY(view);
        QVERIFY(view->showTab(u"configuration"_qs));
        ConfigurationPage* page = view->configurationPage();
        page->showEnvironment(environmentId(window, u"Production"_qs));
        QUndoStack* undo = window.document()->undoStack();
        const int steps = undo->count();
        const int audited = auditEntries(window.document()->path());

        QVERIFY(!setThroughDialog(page, u"AWS_ACCESS_KEY_ID"_qs, u"AKIAIOSFODNN7EXAMPLE"_qs));
        QVERIFY2(m_lastDialogMessage.startsWith(u"AWS_ACCESS_KEY_ID: looks like"_qs),
                 qPrintable(m_lastDialogMessage));
        QVERIFY2(m_lastDialogMessage.contains(u"reference"_qs), qPrintable(m_lastDialogMessage));
        QVERIFY(!m_lastDialogMessage.contains(u"AKIAIOSFODNN7EXAMPLE"_qs)); // never quoted
        QVERIFY(m_lastMessagePlain); // the key is named as typed
        shoot(view, u"packages-configuration-empty"_qs);
        // Marked secret or not, it is refused; nothing is written or pushed.
        QVERIFY(!setThroughDialog(page, u"AWS_ACCESS_KEY_ID"_qs, u"AKIAIOSFODNN7EXAMPLE"_qs, false,
                                  true));
        QCOMPARE(undo->count(), steps);
        QCOMPARE(configRows(window), 0);
        QCOMPARE(auditEntries(window.document()->path()), audited);
        QCOMPARE(page->keyCount(), 0);
        // A bad reference is refused the same way.
        QVERIFY(!setThroughDialog(page, u"DB_PASSWORD"_qs, u"vault:"_qs, true));
        QVERIFY2(m_lastDialogMessage.startsWith(u"DB_PASSWORD: "_qs),
                 qPrintable(m_lastDialogMessage));
        QCOMPARE(undo->count(), steps);
        // The reference it offers is taken.
        QVERIFY(
            setThroughDialog(page, u"AWS_ACCESS_KEY_ID"_qs, u"awssm:prod/aws-access-key"_qs, true));
        QCOMPARE(page->keyCount(), 1);
    }

    void environmentsAreDiffed() {
        MainWindow window;
        PackagesView* view = open(window);
        QVERIFY(view);
        ConfigurationPage* page = view->configurationPage();
        const qint64 staging = environmentId(window, u"Staging"_qs);
        const qint64 production = environmentId(window, u"Production"_qs);
        const auto put = [&](qint64 environment, const QString& key, const QString& value,
                             bool reference = false, bool secret = false) {
            ConfigService::Setting s;
            s.releaseId = kRelease;
            s.environmentId = environment;
            s.key = key;
            (reference ? s.reference : s.value) = value;
            s.secret = secret;
            const QString refused = page->set(s);
            QVERIFY2(refused.isEmpty(), qPrintable(refused));
        };
        put(staging, u"DEBUG_TOOLBAR"_qs, u"on"_qs);
        put(staging, u"POOL_SIZE"_qs, u"10"_qs);
        put(production, u"POOL_SIZE"_qs, u"40"_qs);
        put(production, u"CDN_HOST"_qs, u"cdn.example.com"_qs);
        put(staging, u"REGION"_qs, u"eu-west-1"_qs);
        put(production, u"REGION"_qs, u"eu-west-1"_qs);
        put(staging, u"DB_PASSWORD"_qs, u"vault:secret/db#password"_qs, true);
        put(production, u"DB_PASSWORD"_qs, u"vault:secret/db#password"_qs, true);
        put(staging, u"SALT"_qs, u"staging-salt"_qs, false, true);
        put(production, u"SALT"_qs, u"production-salt"_qs, false, true);

        page->showEnvironment(staging);
        std::unique_ptr<ConfigDiffDialog> dialog(page->createDiffDialog());
        dialog->show();
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog->compare(staging, production);
        QCOMPARE(rowsOf(dialog->model()),
                 (QStringList{u"CDN_HOST|added||cdn.example.com"_qs,
                              u"DB_PASSWORD|same reference||"_qs, u"DEBUG_TOOLBAR|removed|on|"_qs,
                              u"POOL_SIZE|changed|10|40"_qs, u"SALT|secret changed|••••|••••"_qs}));
        QCOMPARE(dialog->model()->headerData(ConfigDiffModel::FromColumn, Qt::Horizontal),
                 QVariant(u"Staging"_qs));
        QCOMPARE(dialog->summary(), u"From Staging to Production: 1 added, 1 removed, 2 changed, "
                                    u"2 the same."_qs);
        QVERIFY(!rowsOf(dialog->model()).join(u'\n').contains(u"-salt"_qs)); // no secret value
        shoot(dialog.get(), u"config-diff"_qs);
        // Only real changes are coloured; the same reference is not.
        for (int row = 0; row < dialog->model()->rowCount(); ++row) {
            const QModelIndex change = dialog->model()->index(row, ConfigDiffModel::ChangeColumn);
            QCOMPARE(change.data(Qt::BackgroundRole).isValid(),
                     change.data().toString() != u"same reference"_qs);
        }
        // The other way round, added and removed swap.
        dialog->compare(production, staging);
        QCOMPARE(rowsOf(dialog->model()).at(0), u"CDN_HOST|removed|cdn.example.com|"_qs);
        QCOMPARE(rowsOf(dialog->model()).at(2), u"DEBUG_TOOLBAR|added||on"_qs);
        // An environment against itself is not a comparison.
        dialog->compare(staging, staging);
        QCOMPARE(dialog->model()->rowCount(), 0);
        QVERIFY(dialog->summary().contains(u"two different"_qs));
    }
};

QTEST_MAIN(tst_PackagesTabs)
#include "tst_PackagesTabs.moc"
