// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookService.h"

#include "AuditedWrite.h"
#include "rules/PatternTemplates.h"
#include "rules/RunbookSchedule.h"
#include "storage/ReleaseRepository.h"
#include "storage/RunbookRepository.h"
#include "storage/RunbookRunRepository.h"

#include <QDateTime>
#include <QSet>
#include <QUrl>

namespace slipway {
namespace {

const QString kRunbook = QStringLiteral("runbook");

// What save() refuses outright: keys, dependencies and cycles. Lines joined, steps named.
Result<void> checkStructure(const QList<RunbookStep>& steps) {
    QStringList problems;
    QSet<QString> seen;
    for (const RunbookStep& s : steps) {
        if (!isValidStepKey(s.key))
            problems << RunbookService::tr("Step key '%1' is not valid: use 1 to 32 letters, "
                                           "digits, '.', '_' or '-'.")
                            .arg(s.key);
        else if (seen.contains(s.key))
            problems << RunbookService::tr("Step key %1 is used twice.").arg(s.key);
        seen.insert(s.key);
        if (s.title.trimmed().isEmpty())
            problems << RunbookService::tr("Step %1 has no title.").arg(s.key);
        if (s.durationMin < 0 || s.offsetMin < 0)
            problems << RunbookService::tr("Step %1 has a negative time.").arg(s.key);
    }
    for (const RunbookStep& s : steps) {
        if (!s.rollbackOf.isEmpty() && !seen.contains(s.rollbackOf))
            problems << RunbookService::tr("Step %1 reverses %2, which is not a step.")
                            .arg(s.key, s.rollbackOf);
    }
    if (!problems.isEmpty())
        return Error{Error::Kind::Validation, problems.join(u' ')};
    auto plan = planRunbook(steps);
    if (!plan)
        return plan.error();
    return {};
}

Result<void> refuseWhileRunning(Database& db, const Runbook& runbook) {
    auto latest = RunbookRunRepository(db).latest(runbook.id);
    if (!latest)
        return latest.error();
    if (latest->has_value() && latest->value().isRunning())
        return Error{Error::Kind::Refused,
                     RunbookService::tr("The runbook of %1 is being run (started by %2); it "
                                        "cannot change until the run ends.")
                         .arg(runbook.releaseLabel, latest->value().startedBy)};
    return {};
}

Result<Runbook> existing(Database& db, qint64 releaseId) {
    auto found = RunbookRepository(db).forRelease(releaseId);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        auto release = ReleaseRepository(db).find(releaseId);
        if (!release)
            return release.error();
        return Error{Error::Kind::NotFound,
                     RunbookService::tr("%1 has no runbook.")
                         .arg(releaseLabel(release->name, release->version))};
    }
    return found->value();
}

} // namespace

RunbookService::RunbookService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<std::optional<Runbook>> RunbookService::forRelease(qint64 releaseId) const {
    return RunbookRepository(m_db).forRelease(releaseId);
}

Result<QHash<qint64, Runbook::State>> RunbookService::states() const {
    return RunbookRepository(m_db).states();
}

Result<QList<RunbookFinding>> RunbookService::findings(const Runbook& runbook) const {
    auto release = ReleaseRepository(m_db).find(runbook.releaseId);
    if (!release)
        return release.error();
    RunbookCheckInput input;
    if (release->windowStart.isValid())
        input.windowStartUtc = release->windowStart.toSecsSinceEpoch();
    if (release->windowEnd.isValid())
        input.windowEndUtc = release->windowEnd.toSecsSinceEpoch();
    return checkRunbook(runbook, input);
}

Result<Runbook> RunbookService::create(qint64 releaseId, DeploymentPattern pattern,
                                       const QString& rationale, const QJsonObject& guideAnswers,
                                       const std::optional<QList<RunbookStep>>& steps) {
    const PatternTemplate seed = templateFor(pattern);
    Runbook fresh;
    fresh.releaseId = releaseId;
    fresh.pattern = pattern;
    fresh.rationale = rationale.trimmed();
    fresh.guideAnswers = guideAnswers;
    fresh.steps = steps ? *steps : seed.steps;
    fresh.triggers = seed.triggers;
    if (auto ok = checkStructure(fresh.steps); !ok)
        return ok.error();
    Runbook stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditRunbook, QStringLiteral("create"), kRunbook,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            RunbookRepository repo(m_db);
            auto release = ReleaseRepository(m_db).find(releaseId);
            if (!release)
                return release.error();
            auto had = repo.forRelease(releaseId);
            if (!had)
                return had.error();
            if (had->has_value())
                return Error{Error::Kind::Refused,
                             tr("%1 already has a runbook.")
                                 .arg(releaseLabel(release->name, release->version))};
            auto written = repo.insert(fresh, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{stored.id, {}, toJson(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT runbookChanged(releaseId);
    return stored;
}

Result<Runbook> RunbookService::save(const Runbook& edited, bool markReady) {
    if (auto ok = checkStructure(edited.steps); !ok)
        return ok.error();
    for (const RunbookTrigger& t : edited.triggers) {
        if ((t.kind == TriggerKind::HealthCheck || t.kind == TriggerKind::Metric) &&
            !QUrl(t.url).isValid())
            return Error{Error::Kind::Validation,
                         tr("Trigger '%1' has no valid URL: %2").arg(t.name, t.url)};
    }
    Runbook stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditRunbook, QStringLiteral("update"), kRunbook,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            auto before = existing(m_db, edited.releaseId);
            if (!before)
                return before.error();
            if (auto idle = refuseWhileRunning(m_db, before.value()); !idle)
                return idle.error();
            Runbook next = edited;
            next.id = before->id;
            // Any change of a ready runbook takes it back to draft; the entry shows it.
            next.state = Runbook::State::Draft;
            next.readyBy.clear();
            next.readyAt = 0;
            if (markReady) {
                next.releaseLabel = before->releaseLabel;
                next.rehearsals = before->rehearsals;
                if (auto blocked = refuseUnready(next); !blocked)
                    return blocked.error();
                next.state = Runbook::State::Ready;
                next.readyBy = m_session.actor;
                next.readyAt = now;
            }
            auto written = RunbookRepository(m_db).update(next, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{stored.id, toJson(before.value()), toJson(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT runbookChanged(edited.releaseId);
    return stored;
}

Result<void> RunbookService::refuseUnready(const Runbook& runbook) const {
    auto found = findings(runbook);
    if (!found)
        return found.error();
    const QStringList blockers = readinessBlockers(found.value());
    if (!blockers.isEmpty())
        return Error{Error::Kind::Refused, tr("The runbook of %1 is not ready: %2")
                                               .arg(runbook.releaseLabel, blockers.join(u"; "))};
    return {};
}

Result<Runbook> RunbookService::setReady(qint64 releaseId, bool ready, qint64 rowVersion) {
    Runbook stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditRunbook,
        ready ? QStringLiteral("ready") : QStringLiteral("draft"), kRunbook,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            auto before = existing(m_db, releaseId);
            if (!before)
                return before.error();
            if (auto idle = refuseWhileRunning(m_db, before.value()); !idle)
                return idle.error();
            if (ready) {
                if (auto blocked = refuseUnready(before.value()); !blocked)
                    return blocked.error();
            }
            Runbook next = before.value();
            next.rowVersion = rowVersion;
            next.state = ready ? Runbook::State::Ready : Runbook::State::Draft;
            next.readyBy = ready ? m_session.actor : QString();
            next.readyAt = ready ? now : 0;
            auto written = RunbookRepository(m_db).update(next, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{stored.id, toJson(before.value()), toJson(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT runbookChanged(releaseId);
    return stored;
}

Result<Runbook> RunbookService::remove(qint64 releaseId, qint64 rowVersion) {
    Runbook removed;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditRunbook, QStringLiteral("delete"), kRunbook,
        [&](qint64) -> Result<AuditedWrite::Logged> {
            auto before = existing(m_db, releaseId);
            if (!before)
                return before.error();
            auto runs = RunbookRunRepository(m_db).count(before->id);
            if (!runs)
                return runs.error();
            if (runs.value() > 0)
                return Error{Error::Kind::Refused,
                             tr("The runbook of %1 has been run; it is kept as the record of "
                                "its deployment.")
                                 .arg(before->releaseLabel)};
            if (auto gone = RunbookRepository(m_db).remove(before->id, rowVersion); !gone)
                return gone.error();
            removed = before.value();
            return AuditedWrite::Logged{removed.id, toJson(removed), {}};
        });
    if (!done)
        return done.error();
    Q_EMIT runbookChanged(releaseId);
    return removed;
}

Result<Runbook> RunbookService::restore(const Runbook& runbook) {
    if (auto ok = checkStructure(runbook.steps); !ok)
        return ok.error();
    Runbook stored;
    auto done = AuditedWrite::run(m_db, m_session, Action::EditRunbook, QStringLiteral("create"),
                                  kRunbook, [&](qint64 now) -> Result<AuditedWrite::Logged> {
                                      auto written = RunbookRepository(m_db).insert(
                                          runbook, m_session.actor, now);
                                      if (!written)
                                          return written.error();
                                      stored = written.value();
                                      return AuditedWrite::Logged{stored.id, {}, toJson(stored)};
                                  });
    if (!done)
        return done.error();
    Q_EMIT runbookChanged(runbook.releaseId);
    return stored;
}

Result<MigrationRehearsal> RunbookService::addRehearsal(qint64 releaseId,
                                                        const MigrationRehearsal& rehearsal) {
    MigrationRehearsal r = rehearsal;
    r.rehearsedBy = r.rehearsedBy.trimmed();
    if (r.rehearsedBy.isEmpty())
        return Error{Error::Kind::Validation, tr("A rehearsal needs who ran it.")};
    if (r.durationMin < 0 || r.rowsBefore < 0 || r.rowsAfter < 0)
        return Error{Error::Kind::Validation,
                     tr("A rehearsal's duration and row counts cannot be negative.")};
    const qint64 nowUtc = QDateTime::currentSecsSinceEpoch();
    if (r.rehearsedAt <= 0)
        r.rehearsedAt = nowUtc;
    // Evidence is of what happened: a rehearsal dated ahead would stay the latest one and hide
    // every rehearsal recorded after it (a few minutes allow for another computer's clock).
    if (r.rehearsedAt > nowUtc + 5 * 60)
        return Error{
            Error::Kind::Validation,
            tr("A rehearsal is recorded once it has run; %1 is in the future.")
                .arg(QDateTime::fromSecsSinceEpoch(r.rehearsedAt, Qt::UTC).toString(Qt::ISODate))};
    MigrationRehearsal stored;
    auto done = AuditedWrite::runMany(
        m_db, m_session, Action::EditRunbook,
        [&](qint64 now) -> Result<QList<AuditedWrite::Entry>> {
            auto book = existing(m_db, releaseId);
            if (!book)
                return book.error();
            const RunbookStep* step = book->step(r.stepKey);
            if (!step || step->kind != StepKind::Migration)
                return Error{
                    Error::Kind::Validation,
                    tr("%1 is not a database migration step of the runbook.").arg(r.stepKey)};
            r.id = 0;
            auto written =
                RunbookRepository(m_db).insertRehearsal(book->id, r, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            QList<AuditedWrite::Entry> entries{{QStringLiteral("create"),
                                                QStringLiteral("migration_rehearsal"),
                                                stored.id,
                                                {},
                                                toJson(stored)}};
            if (!book->isReady())
                return entries;
            // A ready runbook was locked on its evidence: a rehearsal that now blocks it (a
            // failed latest one) takes it back to draft, audited, as any change would.
            Runbook withIt = book.value();
            withIt.rehearsals.append(stored);
            auto found = findings(withIt);
            if (!found)
                return found.error();
            if (readinessBlockers(found.value()).isEmpty())
                return entries;
            if (auto idle = refuseWhileRunning(m_db, book.value()); !idle)
                return idle.error();
            Runbook next = book.value();
            next.state = Runbook::State::Draft;
            next.readyBy.clear();
            next.readyAt = 0;
            auto drafted = RunbookRepository(m_db).update(next, m_session.actor, now);
            if (!drafted)
                return drafted.error();
            entries.append({QStringLiteral("draft"), kRunbook, drafted->id, toJson(book.value()),
                            toJson(drafted.value())});
            return entries;
        });
    if (!done)
        return done.error();
    Q_EMIT runbookChanged(releaseId);
    return stored;
}

Result<void> RunbookService::removeRehearsal(qint64 releaseId, qint64 rehearsalId) {
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditRunbook, QStringLiteral("delete"),
        QStringLiteral("migration_rehearsal"), [&](qint64) -> Result<AuditedWrite::Logged> {
            auto book = existing(m_db, releaseId);
            if (!book)
                return book.error();
            if (book->isReady())
                return Error{Error::Kind::Refused,
                             tr("The runbook of %1 is ready; take it back to draft before "
                                "removing the evidence it was marked ready on.")
                                 .arg(book->releaseLabel)};
            auto gone = RunbookRepository(m_db).removeRehearsal(book->id, rehearsalId);
            if (!gone)
                return gone.error();
            return AuditedWrite::Logged{rehearsalId, toJson(gone.value()), {}};
        });
    if (!done)
        return done.error();
    Q_EMIT runbookChanged(releaseId);
    return {};
}

} // namespace slipway
