// SPDX-License-Identifier: GPL-3.0-or-later
// The CAB screen and CAB mode through the real main window on a demo file: decisions taken
// with A, C, R and D land in the audit log with the meeting id, ←/→ move, T times the item,
// undo withdraws a decision, Esc leaves; the desk builds and edits the agenda undoably and
// previews the report.
#include "MainWindow.h"
#include "TestSupport.h"
#include "cab/CabModeWindow.h"
#include "cab/CabScreen.h"
#include "io/DemoGenerator.h"
#include "services/Document.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace slipway;
using namespace slipway::ui;

namespace {

QList<AuditEntry> decisionEntries(Database& db) {
    auto page = AuditLog(db).page({QString(), u"cab_decision"_qs, std::nullopt}, 0, 1000);
    return page ? page.value() : QList<AuditEntry>();
}

qint64 meetingOf(const AuditEntry& e) {
    return QJsonDocument::fromJson(e.afterJson.toUtf8())
        .object()
        .value(u"meeting_id"_qs)
        .toInteger();
}

} // namespace

class tst_CabMode : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"cab"_qs};

    // Opens a new small demo file in `window` on the CAB screen, the demo's meeting
    // `meetingId` chosen; anything on the way that fails fails the test and gives null.
    CabScreen* openCab(MainWindow& window, qint64 meetingId) {
        const QString path = m_files.newFile();
        auto made = DemoGenerator::generate(path, DemoGenerator::Scale::Small, 1);
        if (!made) {
            test::helperFailed(u"demo: "_qs + made.error().message);
            return nullptr;
        }
        if (!window.openFile(path, false)) {
            test::helperFailed(u"cannot open "_qs + path);
            return nullptr;
        }
        window.show();
        CabScreen* cab = window.showScreen(u"cab"_qs) ? window.cabScreen() : nullptr;
        if (!cab || !cab->selectMeeting(meetingId)) {
            test::helperFailed(u"no CAB screen with meeting %1"_qs.arg(meetingId));
            return nullptr;
        }
        return cab;
    }

private Q_SLOTS:
    void decisionsByKeyLandInTheAuditLog() {
        MainWindow window;
        CabScreen* cab = openCab(window, 3); // the demo's upcoming meeting
        QVERIFY(cab);
        const int items = int(cab->pack().items.size());
        QVERIFY(items >= 5);
        Database& db = window.document()->database();
        const int before = int(decisionEntries(db).size());

        CabModeWindow* mode = cab->startCabMode(0);
        QVERIFY(mode);
        QVERIFY(mode->isVisible());
        mode->setConditionAsker([] { return QStringList{u"Confirm the on-call rota"_qs}; });
        QCOMPARE(mode->current(), 0);

        QTest::keyClick(mode, Qt::Key_T);
        QVERIFY(mode->timerRunning());
        QTest::keyClick(mode, Qt::Key_A);
        QVERIFY2(mode->statusText().contains(u"audit log"_qs), qPrintable(mode->statusText()));
        QTest::keyClick(mode, Qt::Key_Right);
        QCOMPARE(mode->current(), 1);
        QTest::keyClick(mode, Qt::Key_R);
        QTest::keyClick(mode, Qt::Key_Right);
        QTest::keyClick(mode, Qt::Key_D);
        QTest::keyClick(mode, Qt::Key_Right);
        QTest::keyClick(mode, Qt::Key_C);
        QVERIFY2(mode->statusText().contains(u"conditions"_qs), qPrintable(mode->statusText()));
        QTest::keyClick(mode, Qt::Key_Left);
        QCOMPARE(mode->current(), 2);
        QTest::keyClick(mode, Qt::Key_T);
        QVERIFY(!mode->timerRunning());

        const QList<AuditEntry> after = decisionEntries(db);
        QCOMPARE(after.size(), before + 4);
        QStringList actions;
        for (int i = 3; i >= 0; --i) { // newest first
            actions << after[i].action;
            QCOMPARE(meetingOf(after[i]), 3);
            QVERIFY(!after[i].changeTicket.isEmpty());
            QCOMPARE(after[i].actor, u"tester"_qs);
        }
        QCOMPARE(actions, (QStringList{u"approve"_qs, u"reject"_qs, u"defer"_qs,
                                       u"approve_with_conditions"_qs}));

        // Undo takes the last decision back, itself an audited edit.
        window.document()->undoStack()->undo();
        auto newest = AuditLog(db).page({}, 0, 1);
        QCOMPARE(newest->first().action, u"withdraw"_qs);
        QCOMPARE(meetingOf(newest->first()), 3);

        QTest::keyClick(mode, Qt::Key_Escape);
        QTRY_VERIFY(!cab->cabMode());
        QVERIFY(AuditLog(db).verify()->intact());
    }

    void releasesCarryTheirReadinessIntoCabMode() {
        // Every agenda item with a release carries its guards and next step into CAB mode;
        // the demo's overridden gates show as such. SLIPWAY_SCREENSHOT_DIR keeps the picture.
        MainWindow window;
        CabScreen* cab = openCab(window, 3);
        QVERIFY(cab);
        int withRelease = 0, overridden = -1;
        for (int i = 0; i < cab->pack().items.size(); ++i) {
            const CabPackItem& item = cab->pack().items[i];
            if (!item.release)
                continue;
            ++withRelease;
            QVERIFY(item.readiness.size() >= 5);
            QVERIFY(!item.nextStep.isEmpty());
            for (const GuardCheck& g : item.readiness)
                if (g.state == GuardState::Overridden && overridden < 0)
                    overridden = i;
        }
        QVERIFY(withRelease > 0);
        QVERIFY(overridden >= 0);
        QVERIFY(!cab->pack().items[overridden].openOverrides.isEmpty());
        CabModeWindow* mode = cab->startCabMode(0);
        QVERIFY(mode);
        for (int i = 0; i < overridden; ++i)
            QTest::keyClick(mode, Qt::Key_Right);
        QCOMPARE(mode->current(), overridden);
        if (const QString dir = qEnvironmentVariable("SLIPWAY_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(mode->grab().save(dir + u"/cab-mode-readiness.png"_qs));
        QTest::keyClick(mode, Qt::Key_Escape);
        QTRY_VERIFY(!cab->cabMode());
    }

    void selfApprovalIsRefusedOnScreen() {
        // One person cannot give two approvals of a change: A says so on the screen.
        MainWindow window;
        CabScreen* cab = openCab(window, 3);
        QVERIFY(cab);
        CabModeWindow* mode = cab->startCabMode(0);
        QVERIFY(mode);
        // Approving the same item twice as the same person: the second is refused.
        QTest::keyClick(mode, Qt::Key_End);
        const int last = mode->current();
        QTest::keyClick(mode, Qt::Key_A);
        QTest::keyClick(mode, Qt::Key_A);
        QCOMPARE(mode->current(), last);
        QVERIFY2(mode->statusText().contains(u"another person"_qs) ||
                     mode->statusText().contains(u"every approval"_qs),
                 qPrintable(mode->statusText()));
        mode->close();
    }

    void deskBuildsAndEditsTheAgendaUndoably() {
        MainWindow window;
        CabScreen* cab = openCab(window, 4);
        QVERIFY(cab);
        auto* table = cab->findChild<QTableView*>(u"agendaTable"_qs);
        QVERIFY(table);
        const auto rows = [table] {
            return table->model()->rowCount();
        };
        QCOMPARE(rows(), 0);
        QTest::mouseClick(cab->findChild<QPushButton*>(u"buildAgendaButton"_qs), Qt::LeftButton);
        const int built = rows();
        QVERIFY(built > 0);
        table->selectRow(0);
        QTest::mouseClick(cab->findChild<QPushButton*>(u"removeItemButton"_qs), Qt::LeftButton);
        QCOMPARE(rows(), built - 1);
        window.document()->undoStack()->undo();
        QCOMPARE(rows(), built);
        window.document()->undoStack()->undo();
        QCOMPARE(rows(), 0);

        cab->previewReport();
        QVERIFY(cab->findChild<QWidget*>(u"reportPreview"_qs)->isVisible());
        const QString pdf = m_files.filePath(u"saved.pdf"_qs);
        QVERIFY(cab->saveReport(pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }
};

QTEST_MAIN(tst_CabMode)
#include "tst_CabMode.moc"
