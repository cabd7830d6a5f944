// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CabDecision.h"
#include "domain/CabMeeting.h"
#include "domain/ChangeRequest.h"
#include "domain/Person.h"
#include "domain/Release.h"
#include "domain/Result.h"
#include "domain/Runbook.h"
#include "rules/ApprovalRules.h"
#include "rules/Conflict.h"
#include "rules/ReleaseLifecycle.h"
#include "rules/ScheduleInputs.h"

#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <optional>

namespace slipway {

class Database;

// Everything the CAB report, the CAB screen and CAB mode show about one meeting, read once:
// the meeting and its attendees, each agenda item with its change, release window,
// conflicts, blackouts and incident freezes of its week, approvals so far and gate status, the
// meeting's decisions, open conditions, actions, the change outlook and the audit chain head. Plain
// values: drawing it (PDF, screen) is someone else's job.
struct CabPackItem {
    AgendaItem item;
    std::optional<ChangeRequest> change;
    std::optional<Release> release;
    QString releaseLabel;
    qint64 windowStart = 0; // UTC, 0: no window
    qint64 windowEnd = 0;
    QString windowZone = QStringLiteral("UTC");
    QList<Conflict> conflicts;
    qint64 weekStart = 0; // Monday 00:00 UTC of the window's week
    QList<BlackoutOccurrence> weekBlackouts;
    QList<IncidentFreeze> weekFreezes;
    ApprovalState approval;
    QList<CabDecision> decisions; // on this change so far, every meeting, in order
    QList<CabCondition> conditions;
    QString gateStatus;
    // The release's lifecycle guards up to the start of its deployment (further when its status
    // is already past that), what its next status still needs, and overrides not yet settled.
    QList<GuardCheck> readiness;
    QString nextStep;
    QStringList openOverrides;
    // The release's deployment runbook (pattern, state, steps) and its latest run with the
    // go/no-go/rollback decisions and fired triggers; nullopt: none (yet).
    std::optional<Runbook> runbook;
    std::optional<RunbookRun> run;
    QStringList runbookBlockers; // what keeps a draft runbook from being marked ready

    QString ticket() const { return change ? change->ticket : QString(); }
    QString heading() const; // "CHG0010421 — Deploy Payments API 2.4.0" or the escalation
};

// Changes per week of the coming weeks, by risk level and by release type.
struct CabOutlookWeek {
    qint64 weekStart = 0;
    std::array<int, 4> byRisk{}; // RiskLevel order
    // ReleaseType order (major, minor, patch, emergency), then changes that are no release
    std::array<int, 5> byType{};
};

struct CabPack {
    CabMeeting meeting;
    QList<Person> attendees;
    QList<CabPackItem> items;
    QList<CabDecision> decisions;       // taken in this meeting, in order (withdrawn ones left out)
    QList<CabCondition> openConditions; // of the agenda's changes
    QList<CabAction> actions;           // of this meeting
    QList<CabOutlookWeek> outlook;
    std::array<int, 5> agendaByStatus{}; // ApprovalStatus order
    QString chainHead;
    qint64 chainEntries = 0; // the audit log's entry count when the pack was read
    qint64 generatedAt = 0;
    QString fileName;
    QHash<qint64, QString> ticketOf; // change id to ticket, for decisions and conditions

    struct Options {
        int outlookWeeks = 6;
        // What a release's quality gates say; empty: not recorded in this file.
        std::function<QString(qint64 releaseId)> gateStatus;
    };
    static Result<CabPack> load(Database& db, qint64 meetingId, qint64 nowSecs,
                                const Options& options);
    static Result<CabPack> load(Database& db, qint64 meetingId, qint64 nowSecs);

    // The attendees' distinct zones, UTC first.
    QStringList zones() const;
};

// Text the report, the screen and CAB mode share.
namespace cabtext {
// "Tue 3 Nov 2026 22:00 – Wed 4 Nov 02:00 UTC"
QString utcWindow(qint64 start, qint64 end);
// "23:00–03:00 Europe/Berlin" — the same window in another zone
QString zoneWindow(qint64 start, qint64 end, const QString& zone);
QString dateTime(qint64 secs, const QString& zone = QStringLiteral("UTC"));
QString date(qint64 secs);
QString decisionLine(const CabDecision& decision, const QString& ticket);
QString approvalsLine(const ApprovalState& state);
// "✓ Release window", "✗ Change approval — CHG0001 still needs CAB"
QString readinessLine(const GuardCheck& check);
// "3 of 5 met; open: Change approval, Gates promoted" or "All 5 met"
QString readinessSummary(const QList<GuardCheck>& checks);
// The "Deployment runbook" block: pattern and state, then (when it ran) the latest run's
// outcome, each decision (what, where, who, when, why) and each fired trigger. Plain text.
QStringList runbookLines(const CabPackItem& item);
} // namespace cabtext

} // namespace slipway
