// SPDX-License-Identifier: GPL-3.0-or-later
// The window finder in the GUI: it proposes a window past a hard blackout, says why the
// earlier candidates failed, and applies the proposal as an undoable edit.
#include "Theme.h"
#include "scheduling/FindWindowDialog.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace slipway;
using namespace slipway::ui;

namespace {

qint64 utc(int d, int h) {
    return QDateTime(QDate(2026, 12, d), QTime(h, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

class tst_FindWindowDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Theme::apply(); }

    void proposesExplainsAndApplies() {
        QTemporaryDir dir;
        Database::OpenOptions options;
        options.create = true;
        auto opened = Document::open(dir.filePath(u"finder.slipway"_qs), options);
        QVERIFY(opened);
        Document& doc = *opened.value();
        {
            QSqlQuery q(doc.database().connection()); // test fixture: a hard freeze on 1-3 Dec
            QVERIFY(q.exec(
                u"INSERT INTO blackouts (name, start_utc, end_utc, severity, created_by, created_at, updated_by, updated_at) VALUES ('Month-end close', %1, %2, 'hard', 't', 0, 't', 0)"_qs
                    .arg(utc(1, 0))
                    .arg(utc(3, 0))));
        }
        Release r;
        r.name = u"Payments API"_qs;
        r.version = u"2.5.0"_qs;
        r.windowStart = QDateTime::fromSecsSinceEpoch(utc(10, 20), Qt::UTC);
        r.windowEnd = QDateTime::fromSecsSinceEpoch(utc(10, 22), Qt::UTC);
        auto created = doc.releases().create(r);
        QVERIFY(created);

        FindWindowDialog dialog(doc, created->id);
        dialog.findChild<QDateTimeEdit*>(u"findWindowAfter"_qs)
            ->setDateTime(QDateTime::fromSecsSinceEpoch(utc(1, 8), Qt::UTC));
        dialog.findChild<QSpinBox*>(u"findWindowHours"_qs)->setValue(3);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"findWindowFind"_qs), Qt::LeftButton);
        QVERIFY(dialog.proposal().has_value());
        QVERIFY(dialog.proposal()->when.has_value());
        QCOMPARE(dialog.proposal()->when->start, utc(3, 0));
        QVERIFY(dialog.findChild<QLabel*>(u"findWindowResult"_qs)
                    ->text()
                    .startsWith(u"Earliest window"_qs));
        auto* reasons = dialog.findChild<QTreeWidget*>(u"findWindowReasons"_qs);
        QCOMPARE(reasons->topLevelItemCount(), 1);
        QVERIFY(reasons->topLevelItem(0)->text(1).contains(u"Month-end close"_qs));

        // With SLIPWAY_DIALOG_SHOTS=folder the dialog is rendered there, to look at.
        if (const QString folder = qEnvironmentVariable("SLIPWAY_DIALOG_SHOTS");
            !folder.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(folder + u"/find-window.png"_qs);
        }
        auto* apply = dialog.findChild<QPushButton*>(u"findWindowApply"_qs);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        Release moved = doc.releases().find(created->id).value();
        QCOMPARE(moved.windowStart.toSecsSinceEpoch(), utc(3, 0));
        QCOMPARE(moved.windowEnd.toSecsSinceEpoch(), utc(3, 3));
        doc.undoStack()->undo();
        QCOMPARE(doc.releases().find(created->id)->windowStart.toSecsSinceEpoch(), utc(10, 20));
    }
};

QTEST_MAIN(tst_FindWindowDialog)
#include "tst_FindWindowDialog.moc"
