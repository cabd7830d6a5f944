// SPDX-License-Identifier: GPL-3.0-or-later
// Building a CAB meeting's agenda: changes whose windows open before the next meeting and
// still need approval, deferrals when due, emergency changes since the last meeting and gate
// escalations, ordered by window then risk; and the stored agenda, edited and audited with
// the meeting id.
#include "Fixtures.h"
#include "TestSupport.h"
#include "rules/AgendaBuilder.h"
#include "services/CabMeetingService.h"
#include "services/ChangeRequestService.h"
#include "services/ReleaseService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kMeeting = 1'793'800'800; // a Tuesday, 14:00 UTC

AgendaCandidate candidate(qint64 id, const QString& ticket, qint64 windowStart,
                          ApprovalStatus status = ApprovalStatus::Pending,
                          RiskLevel level = RiskLevel::Medium) {
    AgendaCandidate c;
    c.change.id = id;
    c.change.ticket = ticket;
    c.change.summary = u"Change "_qs + ticket;
    c.change.riskLevel = level;
    c.change.requestedAt = kMeeting - 20 * kDay;
    c.windowStart = windowStart;
    c.windowEnd = windowStart ? windowStart + 4 * 3600 : 0;
    c.approval.slots = {ApprovalSlot{u"cab"_qs}};
    c.approval.status = status;
    return c;
}

QStringList tickets(const QList<AgendaItem>& items, const QList<AgendaCandidate>& from) {
    QStringList out;
    for (const AgendaItem& i : items) {
        QString name = i.title;
        for (const AgendaCandidate& c : from)
            if (c.change.id == i.changeId && i.changeId)
                name = c.change.ticket;
        out << name;
    }
    return out;
}

} // namespace

class tst_CabAgenda : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void changesBeforeTheNextMeetingThatNeedApproval() {
        const AgendaFrame frame{7, kMeeting, kMeeting - 7 * kDay, kMeeting + 7 * kDay};
        QList<AgendaCandidate> all{
            candidate(1, u"A"_qs, kMeeting + 2 * kDay),
            candidate(2, u"LATER"_qs, kMeeting + 9 * kDay), // after the next meeting
            candidate(3, u"READY"_qs, kMeeting + 1 * kDay, ApprovalStatus::Ready),
            candidate(4, u"REJECTED"_qs, kMeeting + 1 * kDay, ApprovalStatus::Rejected),
            candidate(5, u"UNSCHEDULED"_qs, 0),
            candidate(6, u"OVER"_qs, kMeeting - 2 * kDay), // window already over
            candidate(7, u"CRIT"_qs, kMeeting + 2 * kDay, ApprovalStatus::Pending,
                      RiskLevel::Critical),
            candidate(8, u"EARLY"_qs, kMeeting + 3600, ApprovalStatus::Pending, RiskLevel::Low),
        };
        const auto items = buildAgenda(frame, all, {});
        // By window, then risk: the critical change before the medium one at the same time.
        QCOMPARE(tickets(items, all), (QStringList{u"EARLY"_qs, u"CRIT"_qs, u"A"_qs}));
        for (int i = 0; i < items.size(); ++i) {
            QCOMPARE(items[i].position, i + 1);
            QCOMPARE(items[i].meetingId, 7);
            QCOMPARE(items[i].kind, AgendaItem::Kind::Change);
            QVERIFY(items[i].reason.contains(u"CAB"_qs));
        }
    }

    void deferralsComeBackWhenDue() {
        const AgendaFrame frame{7, kMeeting, kMeeting - 7 * kDay, kMeeting + 7 * kDay};
        AgendaCandidate toThis =
            candidate(1, u"TO_THIS"_qs, kMeeting + kDay, ApprovalStatus::Deferred);
        toThis.approval.deferredMeetingId = 7;
        AgendaCandidate toNext =
            candidate(2, u"TO_NEXT"_qs, kMeeting + kDay, ApprovalStatus::Deferred);
        toNext.approval.deferredMeetingId = 8;
        AgendaCandidate toDate =
            candidate(3, u"TO_DATE"_qs, kMeeting + 2 * kDay, ApprovalStatus::Deferred);
        toDate.approval.deferredUntil = kMeeting + 2 * kDay;
        AgendaCandidate toLater =
            candidate(4, u"TO_LATER"_qs, kMeeting + 2 * kDay, ApprovalStatus::Deferred);
        toLater.approval.deferredUntil = kMeeting + 20 * kDay;
        const QList<AgendaCandidate> all{toThis, toNext, toDate, toLater};
        QCOMPARE(tickets(buildAgenda(frame, all, {}), all),
                 (QStringList{u"TO_THIS"_qs, u"TO_DATE"_qs}));
    }

    void emergenciesSinceTheLastMeetingAndEscalations() {
        const AgendaFrame frame{7, kMeeting, kMeeting - 7 * kDay, kMeeting + 7 * kDay};
        AgendaCandidate hotfix =
            candidate(1, u"HOTFIX"_qs, kMeeting - 2 * kDay, ApprovalStatus::Ready, RiskLevel::High);
        hotfix.change.type = ChangeType::Emergency;
        hotfix.change.requestedAt = kMeeting - 2 * kDay - 3600;
        AgendaCandidate oldHotfix = hotfix;
        oldHotfix.change.id = 2;
        oldHotfix.change.ticket = u"OLD_HOTFIX"_qs;
        oldHotfix.change.requestedAt = kMeeting - 9 * kDay; // before the last meeting
        const QList<AgendaCandidate> all{hotfix, oldHotfix,
                                         candidate(3, u"A"_qs, kMeeting + 2 * kDay)};
        AgendaEscalation e;
        e.releaseId = 9;
        e.releaseLabel = u"Checkout 3.1.0"_qs;
        e.gate = u"Security"_qs;
        e.reason = u"2 high SARIF findings unresolved"_qs;
        e.windowStart = kMeeting + kDay;
        const auto items = buildAgenda(frame, all, {e});
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].kind, AgendaItem::Kind::Emergency);
        QCOMPARE(items[0].changeId, 1);
        QCOMPARE(items[1].kind, AgendaItem::Kind::Escalation);
        QCOMPARE(items[1].releaseId, 9);
        QCOMPARE(items[1].reason, e.reason);
        QCOMPARE(items[2].changeId, 3);
    }

    void proposedAgendaIsStoredEditedAndAudited() {
        auto db = test::openDatabase(m_dir.filePath(u"agenda.slipway"_qs));
        QVERIFY(db);
        const Session session{u"tester"_qs, {}};
        ReleaseService releases(*db, session);
        ChangeRequestService changes(*db, session);
        CabMeetingService meetings(*db, session);
        const qint64 meeting = test::scheduleMeeting(meetings, kMeeting);
        QVERIFY(meeting);
        QList<qint64> changeIds;
        for (int i = 0; i < 3; ++i) {
            Release r;
            r.name = u"Payments API"_qs;
            r.version = u"2.%1.0"_qs.arg(i);
            r.windowStart = QDateTime::fromSecsSinceEpoch(kMeeting + (3 - i) * kDay, Qt::UTC);
            r.windowEnd = r.windowStart.addSecs(7200);
            auto stored = releases.create(r);
            QVERIFY2(stored, qPrintable(stored.error().message));
            ChangeRequest c;
            c.ticket = u"CHG00%1"_qs.arg(i);
            c.summary = u"Deploy "_qs + r.version;
            c.requestedBy = u"alice"_qs;
            c.releaseId = stored->id;
            auto created = changes.create(c);
            QVERIFY2(created, qPrintable(created.error().message));
            changeIds << created->id;
        }
        auto proposed = meetings.proposeAgenda(meeting);
        QVERIFY2(proposed, qPrintable(proposed.error().message));
        // Each release got its type's gates, still pending and due before its window: they
        // come onto the agenda as escalations beside the three changes.
        QList<AgendaItem> changeItems;
        int escalations = 0;
        for (const AgendaItem& item : std::as_const(proposed.value())) {
            if (item.kind == AgendaItem::Kind::Change)
                changeItems << item;
            else if (item.kind == AgendaItem::Kind::Escalation) {
                ++escalations;
                QVERIFY(!item.title.isEmpty());
            }
        }
        QCOMPARE(changeItems.size(), 3);
        QVERIFY(escalations > 0);
        QCOMPARE(changeItems.first().changeId, changeIds[2]); // earliest window first
        auto stored = meetings.setAgenda(meeting, changeItems);
        QVERIFY(stored);
        // Edited: the last item moved to the top and the middle one dropped.
        QList<AgendaItem> edited{stored->at(2), stored->at(0)};
        auto again = meetings.setAgenda(meeting, edited);
        QVERIFY(again);
        QCOMPARE(again->size(), 2);
        QCOMPARE(again->at(0).changeId, changeIds[0]);
        QCOMPARE(again->at(0).position, 1);
        QCOMPARE(meetings.agenda(meeting)->size(), 2);

        auto page = AuditLog(*db).page({QString(), u"cab_agenda"_qs, std::nullopt}, 0, 10);
        QCOMPARE(page->size(), 2);
        const QJsonObject after =
            QJsonDocument::fromJson(page->first().afterJson.toUtf8()).object();
        QCOMPARE(after.value(u"meeting_id"_qs).toInteger(), meeting);
        QCOMPARE(after.value(u"items"_qs).toArray().size(), 2);
        QCOMPARE(page->first().entityId, meeting);
    }
};

QTEST_GUILESS_MAIN(tst_CabAgenda)
#include "tst_CabAgenda.moc"
