// SPDX-License-Identifier: GPL-3.0-or-later
// The Communications screen through the real main window, offscreen: edit a template with
// the palette and see the live preview and the flagged unknown placeholder, save versions
// and undo them, add a known issue that the preview then lists, build a distribution list,
// issue a message into the archive, acknowledge a recipient and undo it.
#include "MainWindow.h"
#include "comms/ArchivePage.h"
#include "comms/CommsScreen.h"
#include "comms/IssueDialog.h"
#include "comms/TemplatesPage.h"
#include "io/DemoGenerator.h"
#include "services/CommunicationService.h"
#include "services/Document.h"
#include "services/KnownIssueService.h"
#include "services/TemplateService.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace slipway;
using namespace slipway::ui;

class tst_CommsScreen : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    MainWindow* m_window = nullptr;

    template <typename T> T* child(const QString& name) {
        T* found = m_window->findChild<T*>(name);
        if (!found)
            qWarning("no child named %s", qPrintable(name));
        return found;
    }
    Document& doc() { return *m_window->document(); }
    TemplatesPage* templates() { return m_window->commsScreen()->templatesPage(); }

private Q_SLOTS:
    void initTestCase() {
        const QString path = m_dir.filePath(u"comms.slipway"_qs);
        QVERIFY(DemoGenerator::generate(path, DemoGenerator::Scale::Small, 1));
        Database::OpenOptions options;
        auto opened = Document::open(path, options);
        QVERIFY(opened);
        m_window = new MainWindow;
        m_window->setDocument(std::move(opened.value()));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(m_window->showScreen(u"communications"_qs));
        QVERIFY(MainWindow::screenNames().contains(u"communications"_qs));
    }
    void cleanupTestCase() { delete m_window; }

    void editingShowsPreviewAndFlagsUnknownPlaceholders() {
        templates()->selectTemplate(u"release-notice"_qs);
        auto* body = child<QPlainTextEdit>(u"templateBody"_qs);
        auto* problems = child<QLabel>(u"templateProblems"_qs);
        QVERIFY(body && problems);
        templates()->updatePreview();
        QVERIFY(problems->text().contains(u"Every placeholder is known"_qs));
        const QString release = child<QComboBox>(u"previewRelease"_qs)->currentText();
        QVERIFY(!release.isEmpty());
        QVERIFY(templates()->previewText().contains(release.section(u' ', 0, 0)));

        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, u" Owner"_qs); // typing, then a placeholder as pasted text
        body->insertPlainText(u": {{release.ownr}}"_qs);
        templates()->updatePreview();
        QVERIFY2(problems->text().contains(u"unknown placeholder release.ownr"_qs),
                 qPrintable(problems->text()));
        // Undo in the editor takes the typing back out.
        for (int i = 0; i < 40 && body->toPlainText().contains(u"ownr"_qs); ++i)
            body->undo();
        QVERIFY(!body->toPlainText().contains(u"ownr"_qs));

        // The palette inserts at the cursor.
        auto* palette = child<QTreeWidget>(u"placeholderPalette"_qs);
        const auto found = palette->findItems(u"release.owner"_qs, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        body->moveCursor(QTextCursor::End);
        palette->setCurrentItem(found.first());
        QTest::mouseClick(child<QPushButton>(u"insertPlaceholderButton"_qs), Qt::LeftButton);
        QVERIFY(body->toPlainText().endsWith(u"{{release.owner}}"_qs));
        templates()->updatePreview();
        QVERIFY(problems->text().contains(u"Every placeholder is known"_qs));
    }

    void savingMakesVersionsAndUndoKeepsHistory() {
        auto* body = child<QPlainTextEdit>(u"templateBody"_qs);
        auto* versions = child<QComboBox>(u"templateVersions"_qs);
        const int before = versions->count();
        QTest::mouseClick(child<QPushButton>(u"saveTemplateButton"_qs), Qt::LeftButton);
        QCOMPARE(versions->count(), before + 1);
        auto stored = doc().templates().findByName(u"release-notice"_qs);
        QCOMPARE(stored->version, before + 1);
        QVERIFY(stored->body.endsWith(u"{{release.owner}}"_qs));
        doc().undoStack()->undo();
        stored = doc().templates().findByName(u"release-notice"_qs);
        QCOMPARE(stored->version, before + 2); // undo is one more version, with the old text
        QVERIFY(!stored->body.endsWith(u"{{release.owner}}"_qs));
        QVERIFY(!body->toPlainText().endsWith(u"{{release.owner}}"_qs));
    }

    void aKnownIssueReachesThePreview() {
        m_window->commsScreen()->showTab(u"issues"_qs);
        const qint64 release = child<QComboBox>(u"previewRelease"_qs)->currentData().toLongLong();
        auto* releases = child<QComboBox>(u"knownIssueRelease"_qs);
        releases->setCurrentIndex(releases->findData(release));
        QTest::mouseClick(child<QPushButton>(u"newKnownIssueButton"_qs), Qt::LeftButton);
        child<QLineEdit>(u"knownIssueTitle"_qs)->insert(u"Search <b>is</b> slow"_qs);
        QTest::keyClicks(child<QPlainTextEdit>(u"knownIssueWorkaround"_qs), u"Use filters"_qs);
        const int rows = child<QTableWidget>(u"knownIssueTable"_qs)->rowCount();
        QTest::mouseClick(child<QPushButton>(u"saveKnownIssueButton"_qs), Qt::LeftButton);
        QCOMPARE(child<QTableWidget>(u"knownIssueTable"_qs)->rowCount(), rows + 1);
        m_window->commsScreen()->showTab(u"templates"_qs);
        templates()->updatePreview();
        QVERIFY2(templates()->previewText().contains(u"Search <b>is</b> slow"_qs),
                 qPrintable(templates()->previewText()));
        doc().undoStack()->undo();
        QCOMPARE(child<QTableWidget>(u"knownIssueTable"_qs)->rowCount(), rows);
        doc().undoStack()->redo();
        QCOMPARE(child<QTableWidget>(u"knownIssueTable"_qs)->rowCount(), rows + 1);
    }

    void issuingArchivesAndAcknowledgementsAreUndoable() {
        auto* archive = child<QTableWidget>(u"archiveTable"_qs);
        const int before = archive->rowCount();
        QVERIFY(before >= 4); // the demo's issued messages
        QTimer::singleShot(0, this, [this] {
            auto* dialog = m_window->findChild<IssueDialog*>(u"issueDialog"_qs);
            QVERIFY(dialog);
            dialog->findChild<QCheckBox*>(u"issueEml"_qs)->setChecked(true);
            dialog->folderEdit()->setText(m_dir.path());
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"issueConfirmButton"_qs),
                              Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(u"issueButton"_qs), Qt::LeftButton);
        QCOMPARE(archive->rowCount(), before + 1);
        auto issued = doc().communications().all();
        const Communication& newest = issued->first();
        QVERIFY(QFile::exists(m_dir.filePath(u"%1-release-notice.eml"_qs.arg(newest.id))));
        QVERIFY(newest.intact());

        m_window->commsScreen()->showTab(u"archive"_qs);
        auto* search = child<QLineEdit>(u"archiveSearch"_qs);
        search->setText(newest.recipients.first().address);
        QVERIFY(archive->rowCount() >= 1);
        search->clear();
        m_window->commsScreen()->archivePage()->selectMessage(newest.id);
        auto* recipients = child<QTableWidget>(u"recipientTable"_qs);
        QCOMPARE(recipients->rowCount(), newest.recipients.size());
        recipients->selectRow(0);
        QTest::mouseClick(child<QPushButton>(u"recordAckButton"_qs), Qt::LeftButton);
        QCOMPARE(doc().communications().acknowledgements(newest.id)->size(), 1);
        QVERIFY(!recipients->item(0, 2)->text().contains(u"not yet"_qs));
        doc().undoStack()->undo();
        QCOMPARE(doc().communications().acknowledgements(newest.id)->size(), 0);
        doc().undoStack()->redo();
        QCOMPARE(doc().communications().acknowledgements(newest.id)->size(), 1);
        QVERIFY(child<QLabel>(u"archiveIntegrity"_qs)->text().contains(u"matches"_qs));
    }
};

QTEST_MAIN(tst_CommsScreen)
#include "tst_CommsScreen.moc"
