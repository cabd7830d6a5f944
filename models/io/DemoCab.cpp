// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCab.h"

#include "DemoChanges.h"
#include "domain/CabDecision.h"
#include "domain/CabMeeting.h"
#include "domain/ChangeRequest.h"
#include "domain/Person.h"
#include "domain/RiskAssessment.h"
#include "rules/AgendaBuilder.h"
#include "rules/RiskClassifier.h"
#include "services/CabMeetingService.h"
#include "storage/AuditLog.h"
#include "storage/CabDecisionRepository.h"
#include "storage/CabMeetingRepository.h"
#include "storage/ChangeRequestRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/RiskAssessmentRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace slipway {
namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kHour = 3600;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoCab)
};

QString handleOf(const Person& p) {
    return p.email.section(u'@', 0, 0).isEmpty() ? p.name : p.email.section(u'@', 0, 0);
}

QString compact(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Writes rows and their audit entries at the demo's own times, so the file stays the same
// for a seed and anchor.
class Writer {
public:
    Writer(Database& db, qint64 startSecs)
        : m_db(db)
        , m_at(startSecs) {}

    qint64 tick() { return m_at += 20; }
    qint64 written() const { return m_written; }

    Result<void> audit(const QString& actor, const QString& action, const QString& entity,
                       qint64 id, const QJsonObject& after, const QString& ticket = {}) {
        AuditEntry e;
        e.atMs = m_at * 1000;
        e.actor = actor;
        e.action = action;
        e.entity = entity;
        e.entityId = id;
        e.afterJson = compact(after);
        e.changeTicket = ticket;
        auto appended = AuditLog(m_db).append(e);
        if (!appended)
            return appended.error();
        ++m_written;
        return {};
    }

private:
    Database& m_db;
    qint64 m_at;
    qint64 m_written = 0;
};

} // namespace

Result<qint64> DemoCab::write(Database& db, qint64 anchor, quint32 seed,
                              const QSet<QString>& takenTickets) {
    auto releases = ReleaseRepository(db).all();
    if (!releases)
        return releases.error();
    auto people = PeopleRepository(db).all();
    if (!people)
        return people.error();
    if (people->isEmpty())
        return qint64(0);
    auto assessments = RiskAssessmentRepository(db).all();
    if (!assessments)
        return assessments.error();
    QHash<qint64, RiskAnswers> assessed;
    for (const RiskAssessment& a : assessments.value())
        assessed.insert(a.releaseId, a.answers);

    QList<Person> board, owners, managers;
    for (const Person& p : people.value()) {
        if (p.roles.contains(QStringLiteral("cab")))
            board << p;
        if (p.roles.contains(QStringLiteral("service_owner")))
            owners << p;
        if (p.roles.contains(QStringLiteral("release_manager")))
            managers << p;
    }
    if (board.isEmpty())
        board << people->first();
    if (owners.isEmpty())
        owners = board;
    if (managers.isEmpty())
        managers = board;
    const QString chair = handleOf(managers.first());

    // Tuesdays at 14:00 UTC: two held before the anchor, the upcoming one and two more.
    const QDate anchorDay = QDateTime::fromSecsSinceEpoch(anchor, Qt::UTC).date();
    QDate upcoming = anchorDay;
    while (upcoming.dayOfWeek() != Qt::Tuesday || upcoming == anchorDay)
        upcoming = upcoming.addDays(1);
    const qint64 upcomingStart = QDateTime(upcoming, QTime(14, 0), Qt::UTC).toSecsSinceEpoch();

    // Change requests for releases whose windows fall from two weeks back to six ahead.
    QList<Release> picked;
    for (const Release& r : releases.value()) {
        if (!r.windowStart.isValid() || r.status == ReleaseStatus::Cancelled)
            continue;
        const qint64 start = r.windowStart.toSecsSinceEpoch();
        if (start >= anchor - kLookBackSecs && start < anchor + kLookAheadSecs)
            picked << r;
    }
    std::sort(picked.begin(), picked.end(),
              [](const Release& a, const Release& b) { return a.windowStart < b.windowStart; });
    // At most 160 of them, but never leave out one the CAB has already said yes to.
    if (picked.size() > 160) {
        QList<Release> kept;
        for (qsizetype i = 0; i < picked.size(); ++i)
            if (i < 160 || demo::approvedOrLater(picked[i].status))
                kept << picked[i];
        picked = kept;
    }
    // The bulk load raised the changes of approved releases outside this range; every ticket
    // stays unique.
    QSet<QString> tickets = takenTickets;

    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    Writer out(db, anchor - 3 * kHour);

    CabMeetingRepository meetings(db);
    QList<CabMeeting> stored;
    for (int week = -2; week <= 2; ++week) {
        CabMeeting m;
        m.startUtc = upcomingStart + qint64(week) * 7 * kDay;
        m.endUtc = m.startUtc + qint64(90) * 60;
        m.title = Text::tr("Weekly CAB %1")
                      .arg(QDateTime::fromSecsSinceEpoch(m.startUtc, Qt::UTC)
                               .date()
                               .toString(QStringLiteral("yyyy-MM-dd")));
        m.zone = QStringLiteral("Europe/London");
        m.location = Text::tr("Room Harbour 2 and video bridge");
        for (int i = 0; i < board.size() && i < 5; ++i)
            m.attendeeIds << board[i].id;
        for (int i = 0; i < owners.size() && i < 2; ++i)
            if (!m.attendeeIds.contains(owners[i].id))
                m.attendeeIds << owners[i].id;
        if (!m.attendeeIds.contains(managers.first().id))
            m.attendeeIds << managers.first().id;
        out.tick();
        auto written = meetings.insert(m, chair, m.startUtc - 10 * kDay);
        if (!written)
            return written.error();
        if (auto a = out.audit(chair, QStringLiteral("create"), QStringLiteral("cab_meeting"),
                               written->id, toJson(written.value()));
            !a)
            return a.error();
        stored << written.value();
    }
    const CabMeeting& previous = stored[1];
    const CabMeeting& next = stored[2];

    ChangeRequestRepository changes(db);
    CabDecisionRepository decisions(db);
    demo::ApproverPools pools;
    for (const Person& p : std::as_const(board))
        pools.cab << handleOf(p);
    for (const Person& p : std::as_const(owners))
        pools.serviceOwners << handleOf(p);
    for (const Person& p : std::as_const(managers))
        pools.releaseManagers << handleOf(p);
    int index = 0;
    for (const Release& r : picked) {
        const quint64 h = demo::changeHash(seed, r.id);
        const auto saved = assessed.constFind(r.id);
        ChangeRequest c = demo::changeFor(
            r, h, saved != assessed.cend() ? std::optional<RiskAnswers>(*saved) : std::nullopt);
        if (c.ticket.isEmpty() || tickets.contains(c.ticket))
            c.ticket = QStringLiteral("CHG%1").arg(90000 + r.id, 7, 10, QLatin1Char('0'));
        tickets.insert(c.ticket);
        const Person& requester = managers[int(h % quint64(managers.size()))];
        c.requestedBy = handleOf(requester);
        const qint64 start = r.windowStart.toSecsSinceEpoch();
        c.requestedAt = c.type == ChangeType::Emergency ? start - 6 * kHour : start - 16 * kDay;
        c.serviceOwner = owners[int((h >> 8) % quint64(owners.size()))].name;
        out.tick();
        auto written = changes.insert(c, c.requestedBy, c.requestedAt);
        if (!written)
            return written.error();
        if (auto logged =
                out.audit(c.requestedBy, QStringLiteral("create"), QStringLiteral("change_request"),
                          written->id, toJson(written.value()), c.ticket);
            !logged)
            return logged.error();

        // What the board has said so far: changes whose windows have passed were approved in
        // the meetings before them; a few of the coming ones already carry decisions.
        QList<CabDecision> taken;
        const auto approver = [&](const QString& role, int offset) {
            const QList<Person>& pool = role == u"service_owner"     ? owners
                                        : role == u"release_manager" ? managers
                                                                     : board;
            for (int k = 0; k < pool.size(); ++k) {
                QString who = handleOf(pool[(offset + k) % pool.size()]);
                bool used = who == c.requestedBy;
                for (const CabDecision& d : taken)
                    used = used || d.decidedBy == who;
                if (!used)
                    return who;
            }
            return QString();
        };
        const auto decide = [&](DecisionOutcome outcome, const QString& role, qint64 meetingId,
                                qint64 at, const QString& comment) {
            CabDecision d;
            d.changeId = written->id;
            d.meetingId = meetingId;
            d.outcome = outcome;
            d.approverRole = role;
            d.decidedBy = isApproval(outcome) ? approver(role, int(h % 7)) : chair;
            d.decidedAt = at;
            d.comment = comment;
            return d;
        };
        // Every approval the change needs, each from its own person.
        const auto approveAll = [&](qint64 meetingId, qint64 at, const QString& comment) {
            const QList<ApprovalSlot> slots = requiredApprovals(c);
            const QStringList deciders = demo::assignApprovers(slots, pools, c.requestedBy, h);
            for (qsizetype k = 0; k < deciders.size(); ++k) {
                CabDecision d =
                    decide(DecisionOutcome::Approve, slots[k].role, meetingId, at, comment);
                d.decidedBy = deciders[k];
                taken << d;
            }
        };
        const bool committed = demo::approvedOrLater(r.status);
        const bool emergency = c.type == ChangeType::Emergency;
        if (emergency && committed) {
            // Emergencies are approved by phone before they go; one deployed in the last days
            // still waits for its retroactive approval.
            if (r.status != ReleaseStatus::Deployed || start < anchor - 3 * kDay)
                approveAll(0, start - 2 * kHour,
                           Text::tr("Emergency CAB by phone; ratify at the next meeting."));
        } else if (!emergency && (start < upcomingStart || committed)) {
            // Approved in the last meeting held before the window, or ahead of it.
            const CabMeeting* held = nullptr;
            for (int i = 1; i >= 0 && !held; --i)
                if (stored[i].endUtc <= start)
                    held = &stored[i];
            approveAll(held ? held->id : 0,
                       held ? held->startUtc + qint64(20) * 60 : start - 2 * kDay, QString());
        } else if (index % 9 == 4 && !emergency) {
            CabDecision d = decide(
                DecisionOutcome::Defer, QString(), previous.id, previous.startUtc + qint64(35) * 60,
                Text::tr("Waiting for the load-test results; bring back next week."));
            d.deferredMeetingId = next.id;
            taken << d;
        } else if (index % 7 == 2 && c.riskLevel >= RiskLevel::High) {
            taken << decide(DecisionOutcome::Approve, QStringLiteral("service_owner"), 0,
                            previous.startUtc + 2 * kDay,
                            Text::tr("Approved ahead of the meeting."));
        } else if (index % 11 == 6) {
            CabDecision d = decide(DecisionOutcome::ApproveWithConditions, QStringLiteral("cab"),
                                   previous.id, previous.startUtc + qint64(50) * 60,
                                   Text::tr("Approved if the on-call rota is confirmed."));
            d.conditions << CabCondition{0,
                                         0,
                                         0,
                                         Text::tr("Confirm the on-call engineer for the window"),
                                         requester.name,
                                         start - kDay};
            taken << d;
        }
        for (const CabDecision& d : taken) {
            if (d.decidedBy.isEmpty())
                continue;
            out.tick();
            auto decided = decisions.insert(d);
            if (!decided)
                return decided.error();
            QJsonObject after = toJson(decided.value());
            after.insert(QStringLiteral("ticket"), c.ticket);
            if (auto logged =
                    out.audit(d.decidedBy, toKey(d.outcome), QStringLiteral("cab_decision"),
                              decided->id, after, c.ticket);
                !logged)
                return logged.error();
        }
        ++index;
    }

    // Changes that are no release: infrastructure work with its own window, most of it in the
    // week after the upcoming meeting, one emergency fix since the last meeting.
    struct Infra {
        const char* summary = nullptr;
        qint64 offsetHours = 0; // from the upcoming meeting's start
        int hours = 0;
        RiskAnswers answers; // the window's length is filled in from `hours`
        const char* tags = nullptr;
        const char* why = nullptr;
        const char* rollback = nullptr;
        // 0 none, 1 deferred to this meeting, 2 service owner ahead, 3 emergency ok
        int decided = 0;
    };
    using U = UsersAffected;
    using D = DataMigration;
    using B = RollbackComplexity;
    using G = RegulatoryExposure;
    using N = Novelty;
    static const Infra kInfra[] = {
        {QT_TRANSLATE_NOOP("DemoCab", "Renew the TLS certificate of the public API gateway"), 7, 1,
         RiskAnswers{U::BusinessUnit, 1, D::None, B::Redeploy, G::None, 0, N::Routine, false}, "",
         QT_TRANSLATE_NOOP("DemoCab", "Expired certificate if missed"),
         QT_TRANSLATE_NOOP("DemoCab", "Re-install the previous certificate (valid until 20 Nov)."),
         0},
        {QT_TRANSLATE_NOOP("DemoCab", "Firewall rule: allow 443 from the new CDN address ranges"),
         29, 1,
         RiskAnswers{U::AllCustomers, 2, D::None, B::Redeploy, G::Regulated, 0, N::Familiar, false},
         "pci", QT_TRANSLATE_NOOP("DemoCab", "Cardholder-data zone rule change"),
         QT_TRANSLATE_NOOP("DemoCab", "Remove the rule; the old ranges stay open until 30 Nov."),
         1},
        {QT_TRANSLATE_NOOP("DemoCab", "Rotate the payment provider API keys"), 54, 1,
         RiskAnswers{U::AllCustomers, 2, D::None, B::Scripted, G::Reportable, 0, N::New, false},
         "sox pci", QT_TRANSLATE_NOOP("DemoCab", "Payments stop if the new key is not accepted"),
         QT_TRANSLATE_NOOP("DemoCab", "Switch back to the old key; it stays valid for 48 hours."),
         2},
        {QT_TRANSLATE_NOOP("DemoCab", "Upgrade the production Kubernetes node pool to 1.29"), 79, 4,
         RiskAnswers{U::AllCustomers, 12, D::None, B::Manual, G::None, 0, N::New, false}, "",
         QT_TRANSLATE_NOOP("DemoCab", "Every service restarts on new nodes"),
         QT_TRANSLATE_NOOP("DemoCab", "Cordon the new pool and move workloads back to the old one "
                                      "(kept for 72 hours)."),
         0},
        {QT_TRANSLATE_NOOP("DemoCab", "Upgrade PostgreSQL 14 to 15 on the orders cluster"), 104, 6,
         RiskAnswers{U::AllCustomers, 4, D::Transforming, B::Manual, G::Regulated, 0, N::New,
                     false},
         "sox",
         QT_TRANSLATE_NOOP("DemoCab",
                           "Major database upgrade; orders are read-only for 40 minutes"),
         QT_TRANSLATE_NOOP("DemoCab", "Fail over to the untouched replica running 14; replay the "
                                      "write-ahead log gap (about 90 minutes)."),
         0},
        {QT_TRANSLATE_NOOP("DemoCab", "Lower the DNS TTL of checkout.example.com before cutover"),
         140, 1, RiskAnswers{U::Team, 1, D::None, B::Redeploy, G::None, 0, N::Routine, false}, "",
         QT_TRANSLATE_NOOP("DemoCab", "Resolver caches may keep the old value"),
         QT_TRANSLATE_NOOP("DemoCab", "Set the TTL back to 3600 seconds."), 0},
        {QT_TRANSLATE_NOOP("DemoCab", "Enable the new fraud-scoring rule set"), 292, 2,
         RiskAnswers{U::AllCustomers, 1, D::None, B::Redeploy, G::Regulated, 0, N::New, false},
         "sox", QT_TRANSLATE_NOOP("DemoCab", "False declines of good customers"),
         QT_TRANSLATE_NOOP("DemoCab", "Turn the rule-set flag off."), 0},
        {QT_TRANSLATE_NOOP("DemoCab", "Emergency: patch OpenSSL on the edge proxies"), -111, 2,
         RiskAnswers{U::AllCustomers, 12, D::None, B::Manual, G::None, 0, N::Familiar, true}, "",
         QT_TRANSLATE_NOOP("DemoCab", "Actively exploited vulnerability; staging run shortened"),
         QT_TRANSLATE_NOOP("DemoCab", "Reinstall the previous package from the local mirror."), 3},
    };
    int infraNo = 0;
    for (const Infra& spec : kInfra) {
        ChangeRequest c;
        for (int n = 20400 + 17 * infraNo; c.ticket.isEmpty() || tickets.contains(c.ticket); ++n)
            c.ticket = QStringLiteral("CHG%1").arg(n, 7, 10, QLatin1Char('0'));
        tickets.insert(c.ticket);
        c.summary = Text::tr(spec.summary);
        c.type = spec.decided == 3 ? ChangeType::Emergency : ChangeType::Normal;
        RiskAnswers answers = spec.answers;
        answers.windowMinutes = spec.hours * 60;
        RiskClassifier::assess(c, answers);
        c.implementationPlan = Text::tr("Why now: %1. Infrastructure change by the platform team, "
                                        "following the runbook; checks after each step.")
                                   .arg(Text::tr(spec.why));
        c.rollbackPlan = Text::tr(spec.rollback);
        c.plannedStart = upcomingStart + spec.offsetHours * kHour;
        c.plannedEnd = c.plannedStart + spec.hours * kHour;
        const Person& requester = people->at((infraNo * 5 + 3) % people->size());
        c.requestedBy = handleOf(requester);
        c.requestedAt = spec.decided == 3 ? c.plannedStart - 5 * kHour
                                          : previous.startUtc - 2 * kDay + infraNo * kHour;
        c.serviceOwner = owners[infraNo % owners.size()].name;
        c.tags = QString::fromLatin1(spec.tags).split(u' ', Qt::SkipEmptyParts);
        out.tick();
        auto written = changes.insert(c, c.requestedBy, c.requestedAt);
        if (!written)
            return written.error();
        if (auto logged =
                out.audit(c.requestedBy, QStringLiteral("create"), QStringLiteral("change_request"),
                          written->id, toJson(written.value()), c.ticket);
            !logged)
            return logged.error();
        CabDecision d;
        d.changeId = written->id;
        if (spec.decided == 1) {
            d.meetingId = previous.id;
            d.outcome = DecisionOutcome::Defer;
            d.decidedBy = chair;
            d.decidedAt = previous.startUtc + qint64(40) * 60;
            d.deferredMeetingId = next.id;
            d.comment = Text::tr("Security to confirm the CDN ranges first.");
        } else if (spec.decided == 2) {
            d.outcome = DecisionOutcome::Approve;
            d.approverRole = QStringLiteral("service_owner");
            const Person& owner = owners[(infraNo + 1) % owners.size()];
            d.decidedBy =
                handleOf(owner) == c.requestedBy ? handleOf(board.last()) : handleOf(owner);
            d.decidedAt = previous.startUtc + 2 * kDay;
            d.comment = Text::tr("Service owner agrees; the provider confirmed the key swap.");
        } else if (spec.decided == 3) {
            d.outcome = DecisionOutcome::Approve;
            d.approverRole = QStringLiteral("cab");
            d.decidedBy = handleOf(board.first()) == c.requestedBy ? handleOf(board.last())
                                                                   : handleOf(board.first());
            d.decidedAt = c.plannedStart - 2 * kHour;
            d.comment = Text::tr("Emergency CAB by phone; ratify at the next meeting.");
        }
        if (!d.decidedBy.isEmpty()) {
            out.tick();
            auto decided = decisions.insert(d);
            if (!decided)
                return decided.error();
            QJsonObject after = toJson(decided.value());
            after.insert(QStringLiteral("ticket"), c.ticket);
            if (auto logged =
                    out.audit(d.decidedBy, toKey(d.outcome), QStringLiteral("cab_decision"),
                              decided->id, after, c.ticket);
                !logged)
                return logged.error();
        }
        ++infraNo;
    }

    // Minutes of the last meeting: two actions, one done.
    const QList<CabAction> actions{
        {0, previous.id, 0, Text::tr("Publish the November freeze calendar to all teams"),
         managers.first().name, previous.startUtc + 3 * kDay, true},
        {0, previous.id, 0, Text::tr("Review rollback rehearsal evidence for database changes"),
         board.first().name, next.startUtc + 7 * kDay, false},
    };
    for (const CabAction& a : actions) {
        out.tick();
        auto written = meetings.insert(a, chair, previous.endUtc);
        if (!written)
            return written.error();
        if (auto logged = out.audit(chair, QStringLiteral("create"), QStringLiteral("cab_action"),
                                    written->id, toJson(written.value()));
            !logged)
            return logged.error();
    }

    // The held meetings' agendas are what they decided; the upcoming one gets the agenda the
    // rules build for it.
    auto candidates = CabMeetingService::candidates(db);
    if (!candidates)
        return candidates.error();
    for (int i = 0; i < 3; ++i) {
        QList<AgendaItem> agenda;
        if (i < 2) {
            auto decided = decisions.forMeeting(stored[i].id);
            if (!decided)
                return decided.error();
            for (const AgendaCandidate& c : candidates.value()) {
                bool here = false;
                for (const CabDecision& d : decided.value())
                    here = here || d.changeId == c.change.id;
                if (here)
                    agenda << AgendaItem{0,
                                         stored[i].id,
                                         0,
                                         AgendaItem::Kind::Change,
                                         c.change.id,
                                         c.change.releaseId,
                                         c.change.summary,
                                         Text::tr("Window before the next meeting.")};
            }
        } else {
            const AgendaFrame frame{stored[i].id, stored[i].startUtc, stored[i - 1].startUtc,
                                    stored[i + 1].startUtc};
            agenda = buildAgenda(frame, candidates.value(), {});
        }
        auto items = meetings.replaceAgenda(stored[i].id, agenda);
        if (!items)
            return items.error();
        QJsonArray list;
        for (const AgendaItem& item : items.value())
            list.append(toJson(item));
        out.tick();
        if (auto logged = out.audit(chair, QStringLiteral("update"), QStringLiteral("cab_agenda"),
                                    stored[i].id,
                                    QJsonObject{{QStringLiteral("meeting_id"), stored[i].id},
                                                {QStringLiteral("items"), list}});
            !logged)
            return logged.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return out.written();
}

} // namespace slipway
