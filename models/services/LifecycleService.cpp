// SPDX-License-Identifier: GPL-3.0-or-later
#include "LifecycleService.h"

#include "AuditHistory.h"
#include "AuditedWrite.h"
#include "ScheduleService.h"
#include "Session.h"
#include "TestedArtifacts.h"
#include "rules/ApprovalRules.h"
#include "rules/ControlRules.h"
#include "storage/ApprovalInputsReader.h"
#include "storage/ClosureFactsReader.h"
#include "storage/ControlFactsReader.h"
#include "storage/ControlRepository.h"
#include "storage/Database.h"
#include "storage/LifecycleFactsReader.h"
#include "storage/MetaRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ScheduleRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LifecycleService)
};

// The schema that brought deployment records and overrides (0013_lifecycle.sql). Files are
// migrated on open; only tests write through an older schema, where no guard applies.
constexpr int kLifecycleSchemaVersion = 13;

const QString kEmergencyDaysKey = QStringLiteral("emergency_approval_days");
const QString kFileSetting = QStringLiteral("file_setting");
const QString kSetEmergencyDays = QStringLiteral("set_emergency_approval_days");

// Each change's missing approvals, worded for a guard's detail.
void addApprovals(LifecycleRows& rows, const QHash<qint64, ApprovalState>& states) {
    for (auto it = rows.changesOf.cbegin(); it != rows.changesOf.cend(); ++it) {
        auto facts = rows.facts.find(it.key());
        if (facts == rows.facts.end())
            continue;
        for (qint64 changeId : it.value()) {
            const ApprovalState state = states.value(changeId);
            const QString ticket = rows.ticketOf.value(changeId);
            facts->openConditions += state.openConditions;
            switch (state.status) {
            case ApprovalStatus::Ready:
                break;
            case ApprovalStatus::Rejected:
                facts->approvalsMissing << Text::tr("%1 was rejected").arg(ticket);
                break;
            case ApprovalStatus::Deferred:
                facts->approvalsMissing << Text::tr("%1 was deferred").arg(ticket);
                break;
            case ApprovalStatus::ConditionsOpen:
                break; // counted in openConditions
            case ApprovalStatus::Pending: {
                const QStringList missing = state.missing();
                facts->approvalsMissing
                    << (missing.isEmpty()
                            ? Text::tr("%1 awaits its approvals").arg(ticket)
                            : Text::tr("%1 still needs %2").arg(ticket, missing.join(u", ")));
                break;
            }
            }
        }
    }
}

void addConflicts(LifecycleRows& rows, const QList<Conflict>& conflicts) {
    for (const Conflict& c : conflicts) {
        // Hard conflicts are what the window collides with; a role nobody covers is a
        // staffing question the calendar shows, not a reason to refuse a status.
        if (c.severity != Conflict::Severity::Error || c.kind == Conflict::Kind::RoleUncovered)
            continue;
        auto it = rows.facts.find(c.releaseId);
        if (it != rows.facts.end())
            it->hardConflicts << c.message();
    }
}

// Production deployments' digests no passing evidence covers (releaseId 0: every release).
Result<void> addUntested(Database& db, LifecycleRows& rows, qint64 releaseId) {
    auto untested = TestedArtifacts(db).untested(releaseId);
    if (!untested)
        return untested.error();
    for (const UntestedDigest& u : untested.value()) {
        auto it = rows.facts.find(u.releaseId);
        if (it != rows.facts.end())
            it->untestedDigests << u.shortLine();
    }
    return {};
}

// What closing needs beyond the lifecycle's own guards (rules/ClosureRules.h), in one read:
// for every release that is Deployed or Rolled back (releaseId 0), or for the one asked for.
Result<void> addClosure(Database& db, LifecycleRows& rows, qint64 releaseId, qint64 nowUtc) {
    const ClosureFactsReader reader(db);
    auto closure = releaseId > 0 ? reader.read(releaseId) : reader.readUnclosed();
    if (!closure)
        return closure.error();
    for (auto it = closure->cbegin(); it != closure->cend(); ++it) {
        auto facts = rows.facts.find(it.key());
        if (facts != rows.facts.end())
            facts->closureBlockers = closureBlockers(it.value(), nowUtc);
    }
    return {};
}

// The regulatory controls of tagged releases (rules/ControlRules.h): for every release a
// Deployed or Closed guard is asked about (releaseId 0), or for the one asked for.
Result<void> addControls(Database& db, LifecycleRows& rows, qint64 releaseId) {
    constexpr int kControlsSchema = 23;
    if (db.schemaVersion() < kControlsSchema)
        return {};
    auto controls = ControlRepository(db).all();
    if (!controls)
        return controls.error();
    if (std::none_of(controls->cbegin(), controls->cend(),
                     [](const RegulatoryControl& c) { return c.enabled; }))
        return {};
    const ControlFactsReader reader(db);
    auto facts = releaseId > 0 ? reader.read(releaseId) : reader.readNearProduction();
    if (!facts)
        return facts.error();
    for (auto it = facts->cbegin(); it != facts->cend(); ++it) {
        auto release = rows.facts.find(it.key());
        if (release == rows.facts.end())
            continue;
        release->failingControls = failingLines(evaluateControls(controls.value(), it.value()));
        release->barredDeployers = barredDeployers(controls.value(), it.value());
    }
    return {};
}

// Where each change of the releases in question stands, from the lean approval inputs.
Result<QHash<qint64, ApprovalState>> approvalStates(Database& db, qint64 releaseId) {
    auto in = ApprovalInputsReader(db).read(releaseId);
    if (!in)
        return in.error();
    QHash<qint64, ApprovalState> out;
    out.reserve(in->changes.size());
    for (const ChangeRequest& c : std::as_const(in->changes))
        out.insert(c.id,
                   evaluateApproval(c, in->decisions.value(c.id), in->conditions.value(c.id)));
    return out;
}

} // namespace

LifecycleService::LifecycleService(Database& db)
    : m_db(db) {}

LifecycleClock LifecycleService::clock() const {
    return LifecycleClock{QDateTime::currentSecsSinceEpoch(), m_emergencyDays};
}

Result<QHash<qint64, LifecycleFacts>> LifecycleService::allFacts(bool withConflicts) const {
    if (!withConflicts)
        return allFacts(QList<Conflict>());
    auto conflicts = ScheduleService(m_db).allConflicts();
    if (!conflicts)
        return conflicts.error();
    return allFacts(conflicts.value());
}

Result<QHash<qint64, LifecycleFacts>>
LifecycleService::allFacts(const QList<Conflict>& conflicts) const {
    auto rows = LifecycleFactsReader(m_db).read();
    if (!rows)
        return rows.error();
    m_emergencyDays = rows->emergencyApprovalDays;
    auto states = approvalStates(m_db, 0);
    if (!states)
        return states.error();
    addApprovals(rows.value(), states.value());
    addConflicts(rows.value(), conflicts);
    if (auto untested = addUntested(m_db, rows.value(), 0); !untested)
        return untested.error();
    if (auto closure = addClosure(m_db, rows.value(), 0, clock().nowUtc); !closure)
        return closure.error();
    if (auto controls = addControls(m_db, rows.value(), 0); !controls)
        return controls.error();
    return rows->facts;
}

Result<LifecycleFacts> LifecycleService::facts(qint64 releaseId) const {
    auto rows = LifecycleFactsReader(m_db).read(releaseId);
    if (!rows)
        return rows.error();
    m_emergencyDays = rows->emergencyApprovalDays;
    if (!rows->facts.contains(releaseId))
        return Error{Error::Kind::NotFound,
                     Text::tr("Release %1 no longer exists — reload.").arg(releaseId)};
    if (!rows->changesOf.value(releaseId).isEmpty()) {
        auto states = approvalStates(m_db, releaseId);
        if (!states)
            return states.error();
        addApprovals(rows.value(), states.value());
    }
    if (auto untested = addUntested(m_db, rows.value(), releaseId); !untested)
        return untested.error();
    if (auto closure = addClosure(m_db, rows.value(), releaseId, clock().nowUtc); !closure)
        return closure.error();
    if (auto controls = addControls(m_db, rows.value(), releaseId); !controls)
        return controls.error();
    auto window = ScheduleRepository(m_db).windowOf(releaseId);
    if (window && window->when.end > window->when.start) {
        auto conflicts = ScheduleService(m_db).conflicts(window->when);
        if (!conflicts)
            return conflicts.error();
        QList<Conflict> own;
        for (const Conflict& c : conflicts.value())
            if (c.releaseId == releaseId)
                own << c;
        addConflicts(rows.value(), own);
    }
    return rows->facts.value(releaseId);
}

Result<TransitionCheck> LifecycleService::check(qint64 releaseId, ReleaseStatus to) const {
    auto f = facts(releaseId);
    if (!f)
        return f.error();
    return checkTransition(f.value(), to, clock());
}

Result<void> LifecycleService::require(qint64 releaseId, ReleaseStatus from,
                                       ReleaseStatus to) const {
    if (from == to || m_db.schemaVersion() < kLifecycleSchemaVersion)
        return {};
    auto f = facts(releaseId);
    if (!f)
        return f.error();
    f->status = from;
    const TransitionCheck check = checkTransition(f.value(), to, clock());
    if (check.ok())
        return {};
    return refusal(f->label, check);
}

Result<int> LifecycleService::emergencyApprovalDays() const {
    auto stored = MetaRepository(m_db).value(kEmergencyDaysKey);
    if (!stored)
        return stored.error();
    // Read as LifecycleFactsReader reads it for the guards: a value out of range is ignored.
    bool ok = false;
    const int days = stored->value_or(QString()).toInt(&ok);
    return ok && days >= 0 && days <= 365 ? days : kDefaultEmergencyApprovalDays;
}

Result<int> LifecycleService::setEmergencyApprovalDays(const Session& session, int days,
                                                       std::optional<int> expected) {
    if (days < kMinEmergencyApprovalDays || days > kMaxEmergencyApprovalDays)
        return Error{
            Error::Kind::Validation,
            Text::tr("An emergency's retroactive approval must be due within %1 to %2 days, "
                     "not %3.")
                .arg(kMinEmergencyApprovalDays)
                .arg(kMaxEmergencyApprovalDays)
                .arg(days)};
    // A release manager's setting. Said in its own words first; AuditedWrite then applies
    // the same rule (ApproveOverride is the release manager's alone) and the read-only one.
    auto rights = PeopleRepository(m_db).rightsOf(session.actor);
    if (!rights)
        return rights.error();
    if (!rights->fileReadOnly && rights->fileHasLogins &&
        !rights->roles.contains(QStringLiteral("release_manager")))
        return Error{
            Error::Kind::Permission,
            Text::tr("%1 may not change the days an emergency has for its approval: that needs "
                     "the release manager role.")
                .arg(session.actor)};
    int before = kDefaultEmergencyApprovalDays;
    auto done = AuditedWrite::run(
        m_db, session, Action::ApproveOverride, kSetEmergencyDays, kFileSetting,
        [&](qint64) -> Result<AuditedWrite::Logged> {
            auto current = emergencyApprovalDays();
            if (!current)
                return current.error();
            before = current.value();
            if (expected && *expected != before) {
                auto last = AuditHistory(m_db, kFileSetting, 0, {}).latest({kSetEmergencyDays});
                if (!last)
                    return last.error();
                const std::optional<AuditEntry>& entry = last.value();
                if (!entry)
                    return Error{
                        Error::Kind::Stale,
                        Text::tr("The days for an emergency's approval are %1 now, not %2 — "
                                 "reload.")
                            .arg(before)
                            .arg(*expected)};
                const QString when = QLocale().toString(
                    QDateTime::fromMSecsSinceEpoch(entry->atMs, Qt::UTC).toLocalTime(),
                    QLocale::ShortFormat);
                return Error{
                    Error::Kind::Stale,
                    Text::tr("The days for an emergency's approval were changed to %1 by %2 at "
                             "%3 — reload.")
                        .arg(before)
                        .arg(entry->actor, when)};
            }
            if (auto set = MetaRepository(m_db).setValue(kEmergencyDaysKey, QString::number(days));
                !set)
                return set.error();
            const auto image = [](int value) {
                return QJsonObject{{QStringLiteral("key"), kEmergencyDaysKey},
                                   {QStringLiteral("value"), value}};
            };
            return AuditedWrite::Logged{0, image(before), image(days), {}};
        });
    if (!done)
        return done.error();
    m_emergencyDays = days;
    return before;
}

Error LifecycleService::refusal(const QString& label, const TransitionCheck& check) {
    return Error{Error::Kind::Refused, Text::tr("%1 cannot become %2: %3")
                                           .arg(label, displayName(check.to),
                                                check.reasons().join(QStringLiteral("; ")))};
}

} // namespace slipway
