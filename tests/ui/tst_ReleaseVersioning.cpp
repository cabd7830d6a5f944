// SPDX-License-Identifier: GPL-3.0-or-later
// The release editor's product and version, driven through the real main window: the Product
// list holds the file's services, the suggestion from the release's scope sits under the version
// with a Use button, warnings follow the typed version live, the product's scheme decides what
// a version is, and every change is saved through the release commands, undoably.
#include "Fixtures.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WidgetSupport.h"
#include "itemmodels/ReleaseTableModel.h"
#include "releases/ReleasesView.h"
#include "services/Document.h"
#include "services/ReleaseService.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace slipway;
using namespace slipway::ui;
using test::child;
using test::typeInto;

class tst_ReleaseVersioning : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"versioning"_qs};

    static void undo(MainWindow& w) { child<QAction>(w, u"undoAction"_qs)->trigger(); }

private Q_SLOTS:
    void editorSuggestsWarnsAndSavesUndoably() {
        const QString path = m_files.newFile();
        qint64 next = 0;
        {
            auto doc = test::openDocument(path);
            QVERIFY(doc);
            Database& db = doc->database();
            test::addTwoTeams(db);
            test::exec(db, u"UPDATE services SET version_scheme = 'calver:YYYY.0M.MICRO' "
                           "WHERE id = 2"_qs);
            Release shipped = test::newRelease(u"Payments API 2.4.0"_qs, u"2.4.0"_qs);
            shipped.productId = 1;
            const qint64 shippedId = test::createRelease(doc->releases(), shipped);
            Release planned = test::newRelease(u"Payments next"_qs, u"2.4.1"_qs);
            planned.productId = 1;
            next = test::createRelease(doc->releases(), planned);
            QVERIFY(shippedId > 0 && next > 0);
            test::exec(db,
                       u"UPDATE releases SET status = 'deployed' WHERE id = %1"_qs.arg(shippedId));
            test::exec(db, u"INSERT INTO scope_items (title, kind, status, release_id, "
                           "created_by, created_at, updated_by, updated_at) VALUES ('Card "
                           "vault', 'feature', 'committed', %1, 't', 0, 't', 0)"_qs.arg(next));
        }
        MainWindow w;
        w.setDocument(test::openDocument(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* table = child<QTableView>(w, u"releaseTable"_qs);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, ReleaseTableModel::NameColumn).data() ==
                u"Payments next"_qs)
                table->selectRow(row);
        auto* product = child<QComboBox>(w, u"releaseProductCombo"_qs);
        auto* version = child<QLineEdit>(w, u"releaseVersionEdit"_qs);
        auto* suggestion = child<QLabel>(w, u"versionSuggestion"_qs);
        auto* use = child<QPushButton>(w, u"useSuggestedVersionButton"_qs);
        auto* warnings = child<QLabel>(w, u"versionWarnings"_qs);
        auto* problem = child<QLabel>(w, u"versionProblem"_qs);
        auto* save = child<QPushButton>(w, u"saveReleaseButton"_qs);
        QCOMPARE(version->text(), u"2.4.1"_qs);
        QCOMPARE(product->count(), 3); // no product, Checkout Web, Payments API
        QCOMPARE(product->currentText(), u"Payments API"_qs);

        // A feature above the released 2.4.0: 2.5.0, and 2.4.1 is warned about.
        QVERIFY2(suggestion->text().contains(u"Suggested 2.5.0"_qs),
                 qPrintable(suggestion->text()));
        QVERIFY(suggestion->text().contains(u"last released 2.4.0"_qs));
        QVERIFY(use->isVisible() && use->isEnabled());
        QVERIFY(warnings->isVisible());
        QVERIFY(warnings->text().contains(u"2.4.1 differs from the suggested 2.5.0."_qs));

        // Typing a version at the released one warns about both, live.
        typeInto(version, u"2.4.0"_qs);
        QVERIFY(warnings->text().contains(u"2.4.0 is not above the last released 2.4.0."_qs));

        // Use takes the suggestion; the warnings go; Save stores it through a command.
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(version->text(), u"2.5.0"_qs);
        QVERIFY(!warnings->isVisible());
        QVERIFY(!use->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(w.document()->releases().find(next)->version, u"2.5.0"_qs);
        QCOMPARE(w.document()->undoStack()->count(), 1);

        // Checkout Web counts in CalVer: 2.5.0 is no version there, 2026.11.0 is.
        product->setCurrentIndex(product->findText(u"Checkout Web"_qs));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"Not a version of CalVer YYYY.0M.MICRO"_qs),
                 qPrintable(problem->text()));
        QVERIFY(version->placeholderText().contains(u"CalVer YYYY.0M.MICRO"_qs));
        typeInto(version, u"2026.11.0"_qs);
        QVERIFY(!problem->isVisible());
        test::shoot(w.releasesView(), u"release-editor-calver"_qs);
        QTest::mouseClick(save, Qt::LeftButton);
        Release stored = w.document()->releases().find(next).value();
        QCOMPARE(stored.productId, 2);
        QCOMPARE(stored.version, u"2026.11.0"_qs);
        QCOMPARE(w.document()->undoStack()->count(), 2);

        // Undo brings back the product and the version, one step each.
        undo(w);
        stored = w.document()->releases().find(next).value();
        QCOMPARE(stored.productId, 1);
        QCOMPARE(stored.version, u"2.5.0"_qs);
        undo(w);
        QCOMPARE(w.document()->releases().find(next)->version, u"2.4.1"_qs);
        QCOMPARE(product->currentText(), u"Payments API"_qs);
        QCOMPARE(version->text(), u"2.4.1"_qs);

        // A version Payments API already has is refused, naming the release that has it.
        typeInto(version, u"2.4.0"_qs);
        QVERIFY2(warnings->text().contains(u"2.4.0 is already release"_qs),
                 qPrintable(warnings->text()));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(w.document()->releases().find(next)->version, u"2.4.1"_qs);
        QCOMPARE(w.document()->undoStack()->index(), 0);

        // A new release takes the product its name starts with, unless one was chosen; a
        // name that merely begins with the same letters does not ("Payments APIs").
        QTest::mouseClick(child<QPushButton>(w, u"revertReleaseButton"_qs), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(w, u"newReleaseButton"_qs), Qt::LeftButton);
        auto* name = child<QLineEdit>(w, u"releaseNameEdit"_qs);
        QVERIFY(name);
        QCOMPARE(product->currentData().toLongLong(), 0);
        typeInto(name, u"Payments APIs 1.0.0"_qs);
        QCOMPARE(product->currentData().toLongLong(), 0);
        typeInto(name, u"payments api 3.0.0"_qs);
        QCOMPARE(product->currentText(), u"Payments API"_qs);
        // Chosen by the user: kept, whatever the name says.
        product->setCurrentIndex(product->findText(u"Checkout Web"_qs));
        Q_EMIT product->activated(product->currentIndex());
        typeInto(name, u"Payments API 3.0.1"_qs);
        QCOMPARE(product->currentText(), u"Checkout Web"_qs);
    }
};

QTEST_MAIN(tst_ReleaseVersioning)
#include "tst_ReleaseVersioning.moc"
