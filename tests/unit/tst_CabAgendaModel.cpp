// SPDX-License-Identifier: GPL-3.0-or-later
// The CAB agenda as an item model: a meeting's agenda written through the real services,
// read back as the CAB screen reads it (CabPack), shown with its text, tooltips, colours and
// roles; a decision updates rows in place, a reordered agenda or another meeting resets.
#include "Fixtures.h"
#include "TestSupport.h"
#include "io/CabPack.h"
#include "itemmodels/CabAgendaModel.h"
#include "itemmodels/Roles.h"
#include "services/CabDecisionService.h"
#include "services/CabMeetingService.h"
#include "services/ChangeRequestService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kMeeting = 1'793'800'800; // Wed 4 Nov 2026, 14:00 UTC

const QColor kRiskInk(0x11, 0x22, 0x33);
const QColor kReadyInk(0x00, 0x80, 0x00);
const QColor kPendingInk(0x00, 0x00, 0x80);

SemanticStyle style() {
    SemanticStyle s;
    s.riskColor = [](RiskLevel) {
        return kRiskInk;
    };
    s.approvalColor = [](ApprovalStatus status) {
        return status == ApprovalStatus::Ready ? kReadyInk : kPendingInk;
    };
    return s;
}

AgendaItem onAgenda(AgendaItem::Kind kind, qint64 changeId, const QString& reason,
                    const QString& title = {}) {
    AgendaItem a;
    a.kind = kind;
    a.changeId = changeId;
    a.title = title;
    a.reason = reason;
    return a;
}

} // namespace

class tst_CabAgendaModel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QString text(const QAbstractItemModel& model, int row, int column,
                        int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void showsTheAgendaAndFollowsDecisions() {
        auto db = test::openDatabase(m_dir.filePath(u"cab-model.slipway"_qs));
        QVERIFY(db);
        const Session session{u"tester"_qs, {}};
        ChangeRequestService changes(*db, session);
        CabMeetingService meetings(*db, session);

        const qint64 meeting = test::scheduleMeeting(meetings, kMeeting);
        const qint64 later =
            test::scheduleMeeting(meetings, kMeeting + 7 * kDay, u"Next weekly CAB"_qs);
        QVERIFY(meeting && later);

        const auto raise = [&](const QString& ticket, const QString& summary, RiskLevel level,
                               int score, ChangeType type, qint64 start) -> qint64 {
            ChangeRequest c;
            c.ticket = ticket;
            c.summary = summary;
            c.riskLevel = level;
            c.riskScore = score;
            c.type = type;
            c.requestedBy = u"alice"_qs;
            c.requestedAt = kMeeting - 2 * kDay;
            c.plannedStart = start;
            c.plannedEnd = start > 0 ? start + 2 * kHour : 0;
            auto created = changes.create(c);
            if (!created) {
                test::helperFailed(created.error().message);
                return 0;
            }
            return created->id;
        };
        const qint64 deploy = raise(u"CHG0050001"_qs, u"Deploy Payments API 2.4.0"_qs,
                                    RiskLevel::Medium, 42, ChangeType::Normal, kMeeting + kDay);
        const qint64 hotfix = raise(u"CHG0050002"_qs, u"Patch the ledger rounding"_qs,
                                    RiskLevel::High, 71, ChangeType::Emergency, 0);
        QVERIFY(deploy > 0 && hotfix > 0);
        const QString deployWhy = u"Window before the next meeting; needs CAB approval"_qs;
        auto stored =
            meetings.setAgenda(meeting, {onAgenda(AgendaItem::Kind::Change, deploy, deployWhy),
                                         onAgenda(AgendaItem::Kind::Emergency, hotfix,
                                                  u"Emergency change since the last "
                                                  u"meeting"_qs),
                                         onAgenda(AgendaItem::Kind::Escalation, 0,
                                                  u"2 high SARIF findings unresolved"_qs,
                                                  u"Checkout 3.1.0: Security review"_qs)});
        QVERIFY2(stored, qPrintable(stored.error().message));

        const auto load = [&](qint64 meetingId) {
            auto pack = CabPack::load(*db, meetingId, kMeeting - kDay);
            if (!pack)
                test::helperFailed(pack.error().message);
            return pack ? pack.value() : CabPack{};
        };

        CabAgendaModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(CabAgendaModel::ColumnCount));
        QCOMPARE(model.headerData(CabAgendaModel::WindowColumn, Qt::Horizontal).toString(),
                 u"Window (UTC)"_qs);

        model.setPack(load(meeting));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.meetingId(), meeting);

        // The change: position, ticket, summary with why it is on the agenda, window, risk.
        QCOMPARE(text(model, 0, CabAgendaModel::PositionColumn), u"1"_qs);
        QCOMPARE(text(model, 0, CabAgendaModel::TicketColumn), u"CHG0050001"_qs);
        QCOMPARE(text(model, 0, CabAgendaModel::ChangeColumn), u"Deploy Payments API 2.4.0"_qs);
        QCOMPARE(text(model, 0, CabAgendaModel::ChangeColumn, Qt::ToolTipRole), deployWhy);
        QCOMPARE(text(model, 0, CabAgendaModel::WindowColumn), u"Thu 5 Nov 14:00"_qs);
        QCOMPARE(text(model, 0, CabAgendaModel::RiskColumn),
                 displayName(RiskLevel::Medium) + u" 42"_qs);
        QCOMPARE(text(model, 0, CabAgendaModel::ApprovalColumn),
                 displayName(ApprovalStatus::Pending) + u" (0/1)"_qs);
        QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), stored->at(0).id);
        QCOMPARE(model.index(0, 0).data(ChangeIdRole).toLongLong(), deploy);
        QCOMPARE(model.index(0, 0).data(RiskLevelRole).toInt(), int(RiskLevel::Medium));
        QCOMPARE(model.index(0, CabAgendaModel::WindowColumn).data(SortRole).toLongLong(),
                 kMeeting + kDay);
        // No style yet: no colour.
        QVERIFY(!model.index(0, CabAgendaModel::RiskColumn).data(Qt::ForegroundRole).isValid());

        // The emergency change is reviewed, without a window.
        QCOMPARE(text(model, 1, CabAgendaModel::ChangeColumn),
                 u"Review: Patch the ledger rounding"_qs);
        QCOMPARE(text(model, 1, CabAgendaModel::WindowColumn), u"—"_qs);
        QCOMPARE(text(model, 1, CabAgendaModel::RiskColumn),
                 displayName(RiskLevel::High) + u" 71"_qs);
        QCOMPARE(model.index(1, 0).data(AgendaKindRole).toInt(), int(AgendaItem::Kind::Emergency));

        // The escalation has no change: nothing to approve, only to hear.
        QCOMPARE(text(model, 2, CabAgendaModel::TicketColumn), QString());
        QCOMPARE(text(model, 2, CabAgendaModel::ChangeColumn),
                 u"Escalation: Checkout 3.1.0: Security review"_qs);
        QCOMPARE(text(model, 2, CabAgendaModel::RiskColumn), QString());
        QCOMPARE(text(model, 2, CabAgendaModel::ApprovalColumn), u"to hear"_qs);
        QCOMPARE(model.index(2, 0).data(ChangeIdRole).toLongLong(), qint64(0));
        QVERIFY(!model.index(2, 0).data(RiskLevelRole).isValid());
        QVERIFY(!model.index(2, 0).data(ApprovalStatusRole).isValid());

        // The screen's colours arrive through the style, on risk and approval only.
        changed.clear();
        model.setSemanticStyle(style());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(
            model.index(0, CabAgendaModel::RiskColumn).data(Qt::ForegroundRole).value<QColor>(),
            kRiskInk);
        QCOMPARE(
            model.index(0, CabAgendaModel::ApprovalColumn).data(Qt::ForegroundRole).value<QColor>(),
            kPendingInk);
        QVERIFY(!model.index(0, CabAgendaModel::TicketColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(2, CabAgendaModel::ApprovalColumn).data(Qt::ForegroundRole).isValid());

        // A decision changes the row where it stands: no reset, so a view keeps its selection.
        CabDecision approve;
        approve.changeId = deploy;
        approve.meetingId = meeting;
        approve.approverRole = u"cab"_qs;
        auto recorded = CabDecisionService(*db, Session{u"bob"_qs, {}}).record(approve);
        QVERIFY2(recorded, qPrintable(recorded.error().message));
        changed.clear();
        model.setPack(load(meeting));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(text(model, 0, CabAgendaModel::ApprovalColumn),
                 displayName(ApprovalStatus::Ready) + u" (1/1)"_qs);
        QCOMPARE(model.index(0, 0).data(ApprovalStatusRole).toInt(), int(ApprovalStatus::Ready));
        QCOMPARE(
            model.index(0, CabAgendaModel::ApprovalColumn).data(Qt::ForegroundRole).value<QColor>(),
            kReadyInk);

        // Reordered by hand: a new order, so the table starts afresh.
        QList<AgendaItem> reordered = meetings.agenda(meeting).value();
        reordered.move(2, 0);
        QVERIFY(meetings.setAgenda(meeting, reordered));
        model.setPack(load(meeting));
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(text(model, 0, CabAgendaModel::PositionColumn), u"1"_qs);
        QCOMPARE(text(model, 0, CabAgendaModel::ApprovalColumn), u"to hear"_qs);
        QCOMPARE(text(model, 1, CabAgendaModel::TicketColumn), u"CHG0050001"_qs);
        QCOMPARE(model.rowOf(model.index(2, 0).data(IdRole).toLongLong()), 2);
        QCOMPARE(model.rowOf(-1), -1);

        // Another meeting, with nothing on its agenda yet; then nothing at all.
        model.setPack(load(later));
        QCOMPARE(resets.count(), 3);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.meetingId(), later);
        model.setPack(load(meeting));
        QCOMPARE(model.rowCount(), 3);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 5);
    }
};

QTEST_GUILESS_MAIN(tst_CabAgendaModel)
#include "tst_CabAgendaModel.moc"
