// SPDX-License-Identifier: GPL-3.0-or-later
// The Packages screen's Artifacts tab through the real window on a demo file: files added (by
// path and by a drop) become rows, undo and redo take them away and bring them back under
// their ids, a tampered file shows as a digest mismatch after Verify (which is history, not an
// edit) and Verify's Cancel records nothing, a digest-only artifact says so, a frozen or
// deployed release's buttons are off and say why, a read-only file allows no edit, and trusted
// keys come from a real minisign key file, undoably. The other tabs: tst_PackagesTabs.
#include "MainWindow.h"
#include "MessageBar.h"
#include "TestSupport.h"
#include "WidgetSupport.h"
#include "itemmodels/ArtifactTableModel.h"
#include "packages/PackagesView.h"
#include "packages/TrustedKeysDialog.h"
#include "services/ArtifactService.h"
#include "services/Document.h"
#include "services/ReleaseService.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace slipway;
using namespace slipway::ui;
using namespace slipway::test;

namespace {

constexpr qint64 kRelease = 25; // planned in the demo, with a gate into Staging

// name → the State column's text, as shown.
QMap<QString, QString> shownStates(QTableView* table) {
    QMap<QString, QString> states;
    const QAbstractItemModel* m = table->model();
    for (int row = 0; row < m->rowCount(); ++row)
        states.insert(m->index(row, ArtifactTableModel::NameColumn).data().toString(),
                      m->index(row, ArtifactTableModel::StateColumn).data().toString());
    return states;
}

} // namespace

class tst_PackagesScreen : public QObject {
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
    QStringList buildOutputs(const QString& folder) {
        QDir().mkpath(m_dir.filePath(folder));
        return {writeFile(m_dir, folder + u"/ledger_2.4.0_amd64.deb"_qs, QByteArray(300000, 'd')),
                writeFile(m_dir, folder + u"/ledger.tar.gz"_qs, "payload\n")};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
    }

    void addedFilesAreRowsAndUndoTakesThemBack() {
        MainWindow window;
        PackagesView* view = open(window);
        QVERIFY(view);
        auto* table = child<QTableView>(*view, u"artifactsTable"_qs);
        auto* source = qobject_cast<QSortFilterProxyModel*>(table->model())->sourceModel();
        QAbstractItemModelTester tester(source,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(child<QWidget>(*view, u"packagesEmptyState"_qs)->isVisible());

        QUndoStack* undo = window.document()->undoStack();
        const int steps = undo->count();
        QVERIFY(view->addFiles(buildOutputs(u"add"_qs)));
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(table->isVisible());
        const QMap<QString, QString> states = shownStates(table);
        QCOMPARE(states.keys(), (QStringList{u"ledger.tar.gz"_qs, u"ledger_2.4.0_amd64.deb"_qs}));
        QCOMPARE(states.value(u"ledger.tar.gz"_qs), displayName(ArtifactState::Unverified));
        auto stored = window.document()->artifacts().artifacts(kRelease);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);
        QList<qint64> ids;
        for (const Artifact& a : stored.value())
            ids << a.id;
        // The digest column is short; its tooltip is the whole SHA-256.
        for (int row = 0; row < 2; ++row) {
            const QModelIndex digest = table->model()->index(row, ArtifactTableModel::Sha256Column);
            QCOMPARE(digest.data().toString().size(), 12);
            QCOMPARE(digest.data(Qt::ToolTipRole).toString().size(), 64);
            QVERIFY(digest.data(Qt::ToolTipRole).toString().startsWith(digest.data().toString()));
        }

        undo->undo();
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(window.document()->artifacts().artifacts(kRelease)->size(), 0);
        undo->redo();
        QCOMPARE(table->model()->rowCount(), 2);
        QList<qint64> back;
        const auto restored = window.document()->artifacts().artifacts(kRelease);
        QVERIFY(restored);
        for (const Artifact& a : restored.value())
            back << a.id;
        QCOMPARE(back, ids); // the same rows, not new ones

        // Remove one, then undo brings it back under its id.
        table->selectRow(0);
        const QString removedName =
            table->model()->index(0, ArtifactTableModel::NameColumn).data().toString();
        QVERIFY(child<QPushButton>(*view, u"removeArtifactsButton"_qs)->isEnabled());
        QVERIFY(view->removeSelected());
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(!shownStates(table).contains(removedName));
        undo->undo();
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(shownStates(table).contains(removedName));

        // A name the release has already is refused, in the message bar, with nothing pushed.
        const int before = undo->index();
        QVERIFY(!view->addFiles({m_dir.filePath(u"add/ledger.tar.gz"_qs)}));
        QCOMPARE(undo->index(), before);
        auto* messages = child<MessageBar>(*view, u"packagesMessages"_qs);
        QVERIFY(messages->isVisible());
        QVERIFY2(messages->text().contains(u"ledger.tar.gz"_qs), qPrintable(messages->text()));
    }

    void droppedFilesAreAdded() {
        MainWindow window;
        PackagesView* view = open(window);
        QVERIFY(view);
        auto* empty = child<QWidget>(*view, u"packagesEmptyState"_qs);
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString& path : buildOutputs(u"drop"_qs))
            urls << QUrl::fromLocalFile(path);
        mime.setUrls(urls);
        const QPoint at = empty->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(empty, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(empty, &drop);
        QVERIFY(drop.isAccepted());
        auto* table = child<QTableView>(*view, u"artifactsTable"_qs);
        QCOMPARE(table->model()->rowCount(), 2);

        // A folder is not a build output: the drop is refused.
        QMimeData folder;
        folder.setUrls({QUrl::fromLocalFile(m_dir.path())});
        QDragEnterEvent refused(at, Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(table->viewport(), &refused);
        QVERIFY(!refused.isAccepted());
    }

    void verifyShowsATamperedFile() {
        MainWindow window;
        PackagesView* view = open(window);
        QVERIFY(view);
        const QStringList files = buildOutputs(u"verify"_qs);
        QVERIFY(view->addFiles(files));
        QUndoStack* undo = window.document()->undoStack();
        const int steps = undo->count();
        auto* table = child<QTableView>(*view, u"artifactsTable"_qs);

        QVERIFY(view->verify());
        QCOMPARE(shownStates(table).values(), (QStringList{displayName(ArtifactState::Verified),
                                                           displayName(ArtifactState::Verified)}));
        QCOMPARE(undo->count(), steps); // history, not an edit

        writeFile(m_dir, u"verify/ledger.tar.gz"_qs, "tampered\n");
        QVERIFY(!view->verify());
        const QMap<QString, QString> states = shownStates(table);
        QCOMPARE(states.value(u"ledger.tar.gz"_qs), displayName(ArtifactState::DigestMismatch));
        QCOMPARE(states.value(u"ledger_2.4.0_amd64.deb"_qs), displayName(ArtifactState::Verified));
        QCOMPARE(undo->count(), steps);
        auto* messages = child<MessageBar>(*view, u"packagesMessages"_qs);
        QVERIFY2(messages->text().contains(u"failed verification"_qs),
                 qPrintable(messages->text()));
        // The state's tooltip says what was found.
        for (int row = 0; row < 2; ++row) {
            const QModelIndex state = table->model()->index(row, ArtifactTableModel::StateColumn);
            QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
            if (state.data().toString() == displayName(ArtifactState::DigestMismatch))
                QVERIFY2(state.data(Qt::ToolTipRole).toString().contains(u"SHA-256"_qs),
                         qPrintable(state.data(Qt::ToolTipRole).toString()));
        }
        // The file as it is now would be a new build: verifying in its folder shows the same.
        QVERIFY(!view->verify(m_dir.filePath(u"verify"_qs)));
        QCOMPARE(shownStates(table).value(u"ledger.tar.gz"_qs),
                 displayName(ArtifactState::DigestMismatch));
    }

    void frozenAndDeployedReleasesCannotChange() {
        MainWindow window;
        PackagesView* view = open(window);
        QVERIFY(view);
        QVERIFY(view->addFiles(buildOutputs(u"frozen"_qs)));
        auto* add = child<QPushButton>(*view, u"addArtifactsButton"_qs);
        auto* remove = child<QPushButton>(*view, u"removeArtifactsButton"_qs);
        auto* verify = child<QPushButton>(*view, u"verifyArtifactsButton"_qs);
        QVERIFY(add->isEnabled());

        Database& db = window.document()->database();
        const int staging = queryValue(window.document()->path(),
                                       u"SELECT position FROM release_gates WHERE release_id = 25 "
                                       u"AND lower(stage) = 'staging'"_qs)
                                .toInt();
        QVERIFY(staging > 0);
        auto froze = ArtifactService::freezeIfDue(db, kRelease, staging, u"tester"_qs, 1000);
        QVERIFY(froze && froze.value());
        view->reload();
        auto* table = child<QTableView>(*view, u"artifactsTable"_qs);
        table->selectRow(0);
        QVERIFY(!add->isEnabled());
        QVERIFY(!remove->isEnabled());
        QVERIFY2(add->toolTip().contains(u"frozen"_qs), qPrintable(add->toolTip()));
        QVERIFY2(remove->toolTip().contains(u"frozen"_qs), qPrintable(remove->toolTip()));
        QVERIFY(child<QLabel>(*view, u"packagesLockNote"_qs)->isVisible());
        QVERIFY(verify->isEnabled()); // checking a frozen set is still allowed
        const QModelIndex lock = table->model()->index(0, ArtifactTableModel::FrozenColumn);
        QVERIFY(!lock.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!view->removeSelected());
        QVERIFY(!view->addFiles({writeFile(m_dir, u"late.tar.gz"_qs, "late")}));
        QCOMPARE(window.document()->artifacts().artifacts(kRelease)->size(), 2);

        // A deployed release: its status says why.
        auto releases = window.document()->releases().all();
        QVERIFY(releases);
        qint64 deployed = 0;
        for (const Release& r : releases.value())
            if (r.status == ReleaseStatus::Deployed)
                deployed = r.id;
        QVERIFY2(deployed, "the demo has no deployed release");
        view->showRelease(deployed);
        QVERIFY(!add->isEnabled());
        QVERIFY2(add->toolTip().contains(displayName(ReleaseStatus::Deployed)),
                 qPrintable(add->toolTip()));
        QVERIFY(!child<QWidget>(*view, u"packagesEmptyState"_qs)
                     ->findChild<QPushButton*>()
                     ->isEnabled());
    }

    void readOnlyAllowsNoEdit() {
        MainWindow window;
        PackagesView* view = open(window, true);
        QVERIFY(view);
        QVERIFY(window.document()->isReadOnly());
        for (const QString& name :
             {u"addArtifactsButton"_qs, u"removeArtifactsButton"_qs, u"verifyArtifactsButton"_qs,
              u"setConfigButton"_qs, u"unsetConfigButton"_qs, u"pinButton"_qs, u"unpinButton"_qs}) {
            auto* button = child<QPushButton>(*view, name);
            QVERIFY2(!button->isEnabled(), qPrintable(name));
        }
        QVERIFY(child<QPushButton>(*view, u"addArtifactsButton"_qs)
                    ->toolTip()
                    .contains(u"read-only"_qs));
        QVERIFY(!view->addFiles(buildOutputs(u"readonly"_qs)));
        QCOMPARE(window.document()->artifacts().artifacts(kRelease)->size(), 0);
        TrustedKeysDialog keys(*window.document(), false, view);
        QVERIFY(!child<QPushButton>(keys, u"addKeyFileButton"_qs)->isEnabled());
    }

    void trustedKeysComeFromAKeyFileUndoably() {
        const QString key = testDataPath(
            u"checksums/thgtoa_sha256sum_gnu_openpgp_ed25519_and_minisign_prehashed/minisign.pub"_qs);
        QVERIFY2(QFileInfo::exists(key), qPrintable(key));
        MainWindow window;
        PackagesView* view = open(window);
        QVERIFY(view);
        TrustedKeysDialog dialog(*window.document(), true, view);
        dialog.show();                          // a hidden message bar says nothing
        const int demoKeys = dialog.keyCount(); // the demo may trust keys of its own
        QVERIFY(dialog.addKeyFile(key));
        QCOMPARE(dialog.keyCount(), demoKeys + 1);
        // The same file again trusts nothing new: refused, nothing pushed.
        QUndoStack* undo = window.document()->undoStack();
        const int steps = undo->count();
        QVERIFY(!dialog.addKeyFile(key));
        QCOMPARE(undo->count(), steps);
        const QString said = child<MessageBar>(dialog, u"trustedKeysMessages"_qs)->text();
        QVERIFY2(said.contains(u"trusted already"_qs), qPrintable(said));
        undo->undo();
        QCOMPARE(dialog.keyCount(), demoKeys);
        undo->redo();
        QCOMPARE(dialog.keyCount(), demoKeys + 1);
        auto* table = child<QTableWidget>(dialog, u"trustedKeysTable"_qs);
        table->selectRow(0);
        QVERIFY(child<QPushButton>(dialog, u"removeKeyButton"_qs)->isEnabled());
        QVERIFY(dialog.removeSelected());
        QCOMPARE(dialog.keyCount(), demoKeys);
        undo->undo();
        QCOMPARE(dialog.keyCount(), demoKeys + 1);
        QVERIFY(!dialog.addKeyFile(writeFile(m_dir, u"not-a-key.pub"_qs, "hello\n")));
    }

    void digestOnlyArtifactsSaySo() {
        MainWindow window;
        PackagesView* view = open(window);
        QVERIFY(view);
        QVERIFY(view->addFiles(buildOutputs(u"signer"_qs)));
        auto* table = child<QTableView>(*view, u"artifactsTable"_qs);
        QVERIFY(view->verify());
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex signer = table->model()->index(row, ArtifactTableModel::SignerColumn);
            QCOMPARE(signer.data().toString(), u"digest only, not signed"_qs);
            QVERIFY(signer.data(Qt::ToolTipRole).toString().contains(u"SHA-256"_qs));
        }
    }

    void verifyCanBeCancelled() {
        MainWindow window;
        PackagesView* view = open(window);
        QVERIFY(view);
        QVERIFY(view->addFiles(buildOutputs(u"cancel"_qs)));
        auto* table = child<QTableView>(*view, u"artifactsTable"_qs);
        const auto checks = [&] {
            return queryValue(window.document()->path(),
                              u"SELECT count(*) FROM artifact_verifications"_qs)
                .toInt();
        };
        const int before = checks();
        // The progress dialog's own Cancel button, pressed while the first file is checked.
        int reports = 0;
        auto pressCancel = connect(view, &PackagesView::verifyProgressed, view, [&] {
            ++reports;
            auto* progress = view->findChild<QProgressDialog*>(u"artifactVerifyProgress"_qs);
            QVERIFY(progress);
            QPushButton* cancel = progress->findChild<QPushButton*>();
            QVERIFY(cancel);
            cancel->click();
        });
        QVERIFY(!view->verify());
        QVERIFY(reports > 0);
        QCOMPARE(checks(), before); // nothing recorded
        QCOMPARE(shownStates(table).values(),
                 (QStringList{displayName(ArtifactState::Unverified),
                              displayName(ArtifactState::Unverified)}));
        auto* messages = child<MessageBar>(*view, u"packagesMessages"_qs);
        QVERIFY2(messages->text().contains(u"cancelled"_qs), qPrintable(messages->text()));
        // Without the Cancel the same check runs through and records both, with progress to
        // the end.
        disconnect(pressCancel);
        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        connect(view, &PackagesView::verifyProgressed, view, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
        });
        QVERIFY(view->verify());
        QCOMPARE(lastTotal, qint64(300000 + 8));
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(checks(), before + 2);
        QCOMPARE(shownStates(table).values(), (QStringList{displayName(ArtifactState::Verified),
                                                           displayName(ArtifactState::Verified)}));
    }
};

QTEST_MAIN(tst_PackagesScreen)
#include "tst_PackagesScreen.moc"
