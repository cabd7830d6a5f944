// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Import and File ▸ Export through the real main window, offscreen: a Jira export and a
// mapped CSV previewed with their refused rows, imported all or nothing or skipping the bad
// rows, then undone and redone as one step (and refused when someone changed an imported row
// since); an iCalendar file as blackouts; acknowledgements; every export written complete;
// and a file opened read-only offering no import.
#include "MainWindow.h"
#include "MessageBar.h"
#include "io/AcknowledgementImportDialog.h"
#include "io/CalendarImportDialog.h"
#include "io/CsvReader.h"
#include "io/DemoGenerator.h"
#include "io/ExportDialog.h"
#include "io/FilePathField.h"
#include "io/FileTransferActions.h"
#include "io/ScopeImportDialog.h"
#include "services/AuditService.h"
#include "services/BlackoutService.h"
#include "services/CabMeetingService.h"
#include "services/CommunicationService.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/SchedulingServices.h"
#include "services/ScopeService.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace slipway;
using namespace slipway::ui;

class tst_ImportExport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    MainWindow* m_window = nullptr;

    template <typename T> T* child(QObject* parent, const QString& name) {
        T* found = parent->findChild<T*>(name);
        if (!found)
            qWarning("no child named %s", qPrintable(name));
        return found;
    }
    Document& doc() { return *m_window->document(); }
    static QString data(const QString& name) {
        return qEnvironmentVariable("SLIPWAY_TEST_DATA") + u'/' + name;
    }
    QString write(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }
    qsizetype scopeCount() { return doc().scope().all().value().size(); }
    qsizetype blackoutCount() { return doc().scheduling().blackouts().all().value().size(); }
    QString windowMessage() {
        auto* bar = child<MessageBar>(m_window, u"windowMessage"_qs);
        return bar && bar->isVisible() ? bar->text() : QString();
    }
    // With SLIPWAY_SNAPSHOT_DIR set, saves what the dialog looks like, to be looked at.
    static void snapshot(QWidget* widget, const QString& name) {
        const QString dir = qEnvironmentVariable("SLIPWAY_SNAPSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + name + u".png"_qs);
    }
    void undo() { doc().undoStack()->undo(); }
    void redo() { doc().undoStack()->redo(); }

    // Triggers `action` from the File menu and lets `drive` work the dialog it opens; the
    // dialog is closed afterwards whatever `drive` did, so a failure never hangs the test.
    template <typename Dialog>
    void withDialog(const QString& action, const std::function<void(Dialog*)>& drive) {
        bool driven = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = m_window->findChild<Dialog*>();
            if (!dialog) {
                if (QWidget* other = QApplication::activeModalWidget())
                    other->close();
                QFAIL("the action opened no such dialog");
            }
            driven = true;
            drive(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        auto* trigger = m_window->findChild<QAction*>(action);
        QVERIFY2(trigger, qPrintable(action));
        QVERIFY(trigger->isEnabled());
        trigger->trigger();
        QVERIFY(driven);
    }

    static void confirm(QDialog* dialog, const QString& button) {
        auto* press = dialog->findChild<QPushButton*>(button);
        QVERIFY(press);
        QVERIFY(press->isEnabled());
        QTest::mouseClick(press, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() {
        m_path = m_dir.filePath(u"transfer.slipway"_qs);
        QVERIFY(DemoGenerator::generate(m_path, DemoGenerator::Scale::Small, 7));
        m_window = new MainWindow;
        QVERIFY(m_window->openFile(m_path, false));
        m_window->resize(1280, 800);
        m_window->show();
    }
    void cleanupTestCase() { delete m_window; }

    void fileMenuOffersImportAndExport() {
        auto* menu = child<QMenu>(m_window, u"importMenu"_qs);
        QVERIFY(menu && menu->isEnabled());
        QCOMPARE(menu->actions().size(), 3);
        QVERIFY(child<QAction>(m_window, u"exportMenuAction"_qs)->isEnabled());
        QVERIFY(child<QAction>(m_window, u"openReadOnlyAction"_qs));
    }

    void jiraExportPreviewsThenImportsAsOneUndoStep() {
        const qsizetype before = scopeCount();
        qsizetype imported = 0;
        withDialog<ScopeImportDialog>(u"importScopeAction"_qs, [&](ScopeImportDialog* d) {
            d->load(data(u"csv/jira_server_fix_versions_blocks.csv"_qs));
            QVERIFY(child<QLabel>(d, u"importSource"_qs)->text().contains(u"Jira"_qs));
            auto* preview = child<QTableWidget>(d, u"importPreview"_qs);
            imported = preview->rowCount();
            QVERIFY(imported >= 3);
            QCOMPARE(preview->item(0, 1)->text(), u"PAY-101"_qs);
            QCOMPARE(preview->item(0, 2)->text(), u"Card payments via new acquirer"_qs);
            QCOMPARE(child<QTableWidget>(d, u"importRefused"_qs)->rowCount(), 0);
            snapshot(d, u"import-scope-jira"_qs);
            // Nothing is written before Import.
            QCOMPARE(scopeCount(), before);
            confirm(d, u"importConfirm"_qs);
        });
        QCOMPARE(scopeCount(), before + imported);
        QVERIFY2(windowMessage().contains(u"%1 created"_qs.arg(imported)),
                 qPrintable(windowMessage()));
        QCOMPARE(doc().undoStack()->undoText(), u"Import jira_server_fix_versions_blocks.csv"_qs);

        undo();
        QCOMPARE(scopeCount(), before);
        redo();
        QCOMPARE(scopeCount(), before + imported);
        auto audit = doc().audit().page({u"undo import"_qs, {}, {}}, 0, 10);
        QVERIFY(audit && audit->size() == 1);
        QVERIFY(doc().audit().verify()->intact());
    }

    void undoRefusesOverSomeoneElsesChange() {
        const qsizetype before = scopeCount();
        const QString csv = write(u"ops.csv"_qs, "external_key,title,kind,priority,status,effort\n"
                                                 "OPS-900,Rotate keys,patch,high,proposed,3\n"
                                                 "OPS-901,Archive logs,fix,low,proposed,1\n");
        withDialog<ScopeImportDialog>(u"importScopeAction"_qs, [&](ScopeImportDialog* d) {
            d->load(csv);
            confirm(d, u"importConfirm"_qs);
        });
        QCOMPARE(scopeCount(), before + 2);
        // Another program (a second connection) commits one of the new items to a release.
        {
            Database::OpenOptions options;
            auto other = Document::open(m_path, options);
            QVERIFY(other);
            ScopeItem moved;
            const auto all = other.value()->scope().all();
            for (const ScopeItem& item : all.value())
                if (item.externalKey == u"OPS-900")
                    moved = item;
            QVERIFY(moved.id > 0);
            const auto releases = other.value()->scope().releases();
            QVERIFY(releases && !releases->isEmpty());
            ScopeService::Move move{
                moved.id, moved.rowVersion, ScopeStatus::Committed, releases->first().id, {}};
            QVERIFY(other.value()->scope().move(move));
        }
        undo();
        QVERIFY2(windowMessage().contains(u"Rotate keys"_qs) &&
                     windowMessage().contains(u"reload"_qs),
                 qPrintable(windowMessage()));
        QCOMPARE(scopeCount(), before + 2); // nothing taken back
    }

    void refusedRowsAreNamedAndSkippedOnlyWhenChosen() {
        const qsizetype before = scopeCount();
        const QString csv =
            write(u"ragged.csv"_qs, "external_key,title,kind,priority,status,effort\n"
                                    "RAG-1,Fine row,feature,high,proposed,3\n"
                                    "RAG-2,Too many,fix,low,proposed,1,extra\n"
                                    "RAG-3,Unknown kind,epic-ish,medium,proposed,2\n"
                                    "RAG-4,Also fine,fix,medium,proposed,2\n");
        withDialog<ScopeImportDialog>(u"importScopeAction"_qs, [&](ScopeImportDialog* d) {
            d->load(csv);
            auto* refused = child<QTableWidget>(d, u"importRefused"_qs);
            QCOMPARE(refused->rowCount(), 2);
            QCOMPARE(refused->item(0, 0)->text(), u"3"_qs);
            QVERIFY(refused->item(0, 1)->toolTip().contains(u"ragged.csv line 3"_qs));
            QVERIFY2(refused->item(0, 1)->text().startsWith(u"7 fields where the header has 6"_qs),
                     qPrintable(refused->item(0, 1)->text()));
            QCOMPARE(refused->item(1, 0)->text(), u"4"_qs);
            QCOMPARE(child<QTableWidget>(d, u"importPreview"_qs)->rowCount(), 2);
            auto* import = child<QPushButton>(d, u"importConfirm"_qs);
            QVERIFY(!import->isEnabled()); // all or nothing by default
            child<QTabWidget>(d, u"importTabs"_qs)->setCurrentIndex(2);
            snapshot(d, u"import-scope-refused"_qs);
            child<QCheckBox>(d, u"importSkipInvalid"_qs)->setChecked(true);
            confirm(d, u"importConfirm"_qs);
        });
        QCOMPARE(scopeCount(), before + 2);
        QVERIFY2(windowMessage().contains(u"2 skipped"_qs), qPrintable(windowMessage()));
        undo();
        QCOMPARE(scopeCount(), before);
    }

    void columnsAreMappedInTheDialog() {
        const qsizetype before = scopeCount();
        withDialog<ScopeImportDialog>(u"importScopeAction"_qs, [&](ScopeImportDialog* d) {
            d->load(data(u"csv/custom_mapped.csv"_qs));
            auto* summary = child<QLabel>(d, u"importSummary"_qs);
            QVERIFY2(summary->text().contains(u"title"_qs), qPrintable(summary->text()));
            QVERIFY(!child<QPushButton>(d, u"importConfirm"_qs)->isEnabled());
            child<QTabWidget>(d, u"importTabs"_qs)->setCurrentIndex(0);
            snapshot(d, u"import-scope-mapping"_qs);
            // Ticket, Name, Type, Size: key, title, kind, effort.
            const QStringList fields = ScopeCsvMapping::fieldNames();
            const auto map = [&](int column, const char* field) {
                auto* box = child<QComboBox>(d, u"mapColumn%1"_qs.arg(column));
                QVERIFY(box);
                box->setCurrentIndex(box->findData(int(fields.indexOf(QLatin1String(field)))));
            };
            map(0, "external_key");
            map(1, "title");
            map(2, "kind");
            map(3, "effort");
            auto* preview = child<QTableWidget>(d, u"importPreview"_qs);
            QCOMPARE(preview->rowCount(), 3);
            QCOMPARE(preview->item(1, 2)->text(), u"Upgrade PostgreSQL to 16"_qs);
            QCOMPARE(preview->item(0, 1)->text(), u"OPS-1"_qs);
            confirm(d, u"importConfirm"_qs);
        });
        QCOMPARE(scopeCount(), before + 3);
    }

    void unreadableFileSaysWhyAndWritesNothing() {
        const qsizetype before = scopeCount();
        withDialog<ScopeImportDialog>(u"importScopeAction"_qs, [&](ScopeImportDialog* d) {
            d->load(m_dir.filePath(u"missing.csv"_qs));
            QVERIFY(child<QLabel>(d, u"importSummary"_qs)->text().contains(u"missing.csv"_qs));
            QVERIFY(!child<QPushButton>(d, u"importConfirm"_qs)->isEnabled());
        });
        QCOMPARE(scopeCount(), before);
    }

    void calendarBecomesBlackoutsInOneStep() {
        const qsizetype before = blackoutCount();
        int events = 0;
        withDialog<CalendarImportDialog>(u"importCalendarAction"_qs, [&](CalendarImportDialog* d) {
            d->load(data(u"ics/quarter_end_and_freeze.ics"_qs));
            events = child<QTableWidget>(d, u"icsPreview"_qs)->rowCount();
            QVERIFY(events >= 1);
            snapshot(d, u"import-calendar"_qs);
            confirm(d, u"icsConfirm"_qs);
        });
        QCOMPARE(blackoutCount(), before + events);
        QVERIFY2(windowMessage().contains(u"%1 created"_qs.arg(events)),
                 qPrintable(windowMessage()));
        undo();
        QCOMPARE(blackoutCount(), before);
        redo();
        QCOMPARE(blackoutCount(), before + events);
    }

    void acknowledgementsAreCheckedThenImported() {
        // A message with two recipients who have not acknowledged it yet.
        const auto messages = doc().communications().all();
        QVERIFY(messages && !messages->isEmpty());
        Communication message;
        QStringList open;
        for (const Communication& m : messages.value()) {
            QStringList acked;
            const auto acks = doc().communications().acknowledgements(m.id);
            for (const Acknowledgement& a : acks.value())
                acked << a.address;
            open.clear();
            for (const Recipient& r : m.recipients)
                if (!acked.contains(r.address))
                    open << r.address;
            if (open.size() >= 2) {
                message = m;
                break;
            }
        }
        QVERIFY(message.id > 0);
        const QString bad =
            write(u"acks-bad.csv"_qs, QStringLiteral("communication_id,address,acknowledged_at\n"
                                                     "%1,%2,2030-01-01T10:00Z\n"
                                                     "%1,stranger@example.com,2030-01-01T10:00Z\n")
                                          .arg(message.id)
                                          .arg(open[0])
                                          .toUtf8());
        const QString good =
            write(u"acks.csv"_qs, QStringLiteral("communication_id,address,acknowledged_at,note\n"
                                                 "%1,%2,2030-01-01T10:00Z,by phone\n"
                                                 "%1,%3,2030-01-02T08:00+01:00,\n")
                                      .arg(message.id)
                                      .arg(open[0], open[1])
                                      .toUtf8());
        const qsizetype before = doc().communications().allAcknowledgements()->size();
        withDialog<AcknowledgementImportDialog>(
            u"importAcksAction"_qs, [&](AcknowledgementImportDialog* d) {
                d->load(bad);
                auto* refused = child<QTableWidget>(d, u"acksRefused"_qs);
                QCOMPARE(refused->rowCount(), 1);
                QCOMPARE(refused->item(0, 0)->text(), u"3"_qs);
                QVERIFY(!child<QPushButton>(d, u"acksConfirm"_qs)->isEnabled());
                snapshot(d, u"import-acks-refused"_qs);
                d->load(good);
                QCOMPARE(child<QTableWidget>(d, u"acksPreview"_qs)->rowCount(), 2);
                confirm(d, u"acksConfirm"_qs);
            });
        QCOMPARE(doc().communications().allAcknowledgements()->size(), before + 2);
        undo();
        QCOMPARE(doc().communications().allAcknowledgements()->size(), before);
    }

    void everyTableExportsComplete_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("firstHeader");
        for (const char* key : {"releases", "scope", "assumptions", "metrics", "tradeoffs",
                                "communications", "acknowledgements", "cab-agenda", "decisions"})
            QTest::newRow(key) << QString::fromLatin1(key) << QString();
        QTest::newRow("ics") << u"ics"_qs << u"BEGIN:VCALENDAR"_qs;
    }
    void everyTableExportsComplete() {
        QFETCH(QString, key);
        QFETCH(QString, firstHeader);
        const bool cab = key == u"cab-agenda" || key == u"decisions";
        // A CAB table is one meeting's: try each until one has rows (past meetings have
        // decisions, coming ones an agenda).
        const int meetings = cab ? int(doc().cabMeetings().all()->size()) : 1;
        for (int meeting = 0; meeting < meetings; ++meeting) {
            const QString out = m_dir.filePath(u"export-%1-%2"_qs.arg(key).arg(meeting));
            QString summary;
            withDialog<ExportDialog>(u"exportMenuAction"_qs, [&](ExportDialog* d) {
                QVERIFY(d->choose(key));
                if (cab)
                    child<QComboBox>(d, u"exportMeeting"_qs)->setCurrentIndex(meeting);
                d->target()->edit()->setText(out);
                confirm(d, u"exportConfirm"_qs);
                summary = d->outcomeSummary();
            });
            const QString written = out + (key == u"ics" ? u".ics"_qs : u".csv"_qs);
            QVERIFY2(QFile::exists(written), qPrintable(summary));
            QVERIFY2(windowMessage().startsWith(u"Wrote"_qs), qPrintable(windowMessage()));
            QFile f(written);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (key == u"ics") {
                QVERIFY(bytes.startsWith(firstHeader.toUtf8()));
                QVERIFY(bytes.trimmed().endsWith("END:VCALENDAR"));
                return;
            }
            if (cab && bytes.count('\n') < 2)
                continue; // this meeting has none; the header alone is a complete file
            auto table = CsvReader::read(written);
            QVERIFY2(table, qPrintable(table ? QString() : table.error().message));
            QVERIFY(table->columnCount() >= 3);
            QVERIFY(table->rowCount() >= 1);
            QVERIFY(table->raggedRows().empty());
            return;
        }
        QFAIL("no meeting had rows to export");
    }

    void exportToAnUnwritablePlaceSaysSoAndWritesNothing() {
        const QString out = m_dir.filePath(u"no-such-folder/releases.csv"_qs);
        withDialog<ExportDialog>(u"exportMenuAction"_qs, [&](ExportDialog* d) {
            QVERIFY(d->choose(u"releases"_qs));
            d->target()->edit()->setText(out);
            confirm(d, u"exportConfirm"_qs);
            QVERIFY(d->isVisible()); // stays open, saying why
            snapshot(d, u"export-refused"_qs);
            QVERIFY(child<QLabel>(d, u"exportSummary"_qs)->text().contains(u"releases.csv"_qs));
        });
        QVERIFY(!QFile::exists(out));
    }

    void exportNeverWritesOverTheOpenFile() {
        const qint64 size = QFileInfo(m_path).size();
        withDialog<ExportDialog>(u"exportMenuAction"_qs, [&](ExportDialog* d) {
            QVERIFY(d->choose(u"releases"_qs));
            d->target()->edit()->setText(m_path);
            confirm(d, u"exportConfirm"_qs);
            QVERIFY(d->isVisible());
            QVERIFY(child<QLabel>(d, u"exportSummary"_qs)
                        ->text()
                        .contains(u"is the Slipway file that is open"_qs));
        });
        QCOMPARE(QFileInfo(m_path).size(), size);
        QVERIFY(doc().releases().all());
    }

    void returnInThePathReadsButDoesNotImport() {
        const qsizetype before = scopeCount();
        withDialog<ScopeImportDialog>(u"importScopeAction"_qs, [&](ScopeImportDialog* d) {
            auto* edit = child<QLineEdit>(d, u"importFile"_qs);
            edit->setText(data(u"csv/jira_server_fix_versions_blocks.csv"_qs));
            QTest::keyClick(edit, Qt::Key_Return);
            QVERIFY(d->isVisible()); // still open, showing the preview
            QVERIFY(child<QTableWidget>(d, u"importPreview"_qs)->rowCount() > 0);
        });
        QCOMPARE(scopeCount(), before);
    }

    void readOnlyFileOffersNoImport() {
        QVERIFY(m_window->openFile(m_path, false, false, true));
        QVERIFY(doc().isReadOnly());
        QVERIFY(!child<QMenu>(m_window, u"importMenu"_qs)->isEnabled());
        for (QAction* action : m_window->fileTransfers()->importActions())
            QVERIFY(!action->isEnabled());
        QVERIFY(child<QAction>(m_window, u"exportMenuAction"_qs)->isEnabled());
        snapshot(m_window, u"window-read-only"_qs);
    }
};

QTEST_MAIN(tst_ImportExport)
#include "tst_ImportExport.moc"
