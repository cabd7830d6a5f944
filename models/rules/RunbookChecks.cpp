// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookChecks.h"

#include "rules/RunbookSchedule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunbookChecks)
};

QString named(const RunbookStep& step) {
    return QStringLiteral("%1 “%2”").arg(step.key, step.title);
}

bool isHex(const QString& text) {
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

// Kinds whose effect is nothing to reverse: a decision, a look, a message.
bool needsNoRollback(StepKind kind) {
    return kind == StepKind::Checkpoint || kind == StepKind::HealthCheck ||
           kind == StepKind::Communication;
}

QString utcTime(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" UTC");
}

// The latest rehearsal of each step key: the latest rehearsed, of two at once the later row.
QHash<QString, const MigrationRehearsal*> latestRehearsals(const QList<MigrationRehearsal>& all) {
    QHash<QString, const MigrationRehearsal*> latest;
    for (const MigrationRehearsal& r : all) {
        const MigrationRehearsal* seen = latest.value(r.stepKey);
        if (!seen || r.rehearsedAt > seen->rehearsedAt ||
            (r.rehearsedAt == seen->rehearsedAt && r.id >= seen->id))
            latest.insert(r.stepKey, &r);
    }
    return latest;
}

class Checker {
public:
    Checker(const Runbook& runbook, const RunbookCheckInput& input)
        : m_runbook(runbook)
        , m_input(input) {}

    QList<RunbookFinding> run() {
        indexSteps();
        planSanitised();
        const auto latest = latestRehearsals(m_runbook.rehearsals);
        for (int i = 0; i < m_runbook.steps.size(); ++i)
            checkStep(i, latest);
        checkRunbookAsWhole();
        return m_findings;
    }

private:
    void add(RunbookFinding::Severity severity, const QString& stepKey, const QString& code,
             const QString& message) {
        m_findings.append(RunbookFinding{severity, stepKey, code, message});
    }
    void block(const RunbookStep& s, const QString& code, const QString& message) {
        add(RunbookFinding::Severity::Blocking, s.key, code, message);
    }
    void warn(const RunbookStep& s, const QString& code, const QString& message) {
        add(RunbookFinding::Severity::Warning, s.key, code, message);
    }

    void indexSteps() {
        for (int i = 0; i < m_runbook.steps.size(); ++i) {
            const RunbookStep& s = m_runbook.steps[i];
            if (!m_first.contains(s.key))
                m_first.insert(s.key, i);
            if (!s.isForward())
                m_paired.insert(s.rollbackOf);
        }
    }

    // The plan of the steps as far as they make sense (first of each key, dependencies that
    // name a forward step), so that a cycle and the timings show beside the other findings.
    void planSanitised() {
        QList<RunbookStep> steps;
        for (int i = 0; i < m_runbook.steps.size(); ++i) {
            if (m_first.value(m_runbook.steps[i].key) != i)
                continue;
            RunbookStep s = m_runbook.steps[i];
            QStringList deps;
            for (const QString& d : std::as_const(s.dependsOn)) {
                const auto it = m_first.constFind(d);
                if (it != m_first.constEnd() && m_runbook.steps[*it].isForward())
                    deps.append(d);
            }
            s.dependsOn = deps;
            steps.append(s);
        }
        Result<RunbookPlan> plan = planRunbook(steps);
        if (plan)
            m_plan = plan.value();
        else
            m_cycle = plan.error().message;
    }

    void checkStep(int i, const QHash<QString, const MigrationRehearsal*>& latest) {
        const RunbookStep& s = m_runbook.steps[i];
        if (!isValidStepKey(s.key))
            block(s, QStringLiteral("invalid_key"),
                  Text::tr("Step %1: the key must be 1 to 32 letters, digits, '.', '_' or '-'.")
                      .arg(named(s)));
        if (m_first.value(s.key) != i)
            block(s, QStringLiteral("duplicate_key"),
                  Text::tr("Step %1: another step already has the key %2.").arg(named(s), s.key));
        if (s.offsetMin < 0 || s.durationMin < 0)
            block(s, QStringLiteral("negative_time"),
                  Text::tr("Step %1: the offset (%2 min) and duration (%3 min) cannot be "
                           "negative.")
                      .arg(named(s))
                      .arg(s.offsetMin)
                      .arg(s.durationMin));
        for (const QString& d : s.dependsOn) {
            const auto it = m_first.constFind(d);
            if (it == m_first.constEnd())
                block(s, QStringLiteral("unknown_dependency"),
                      Text::tr("Step %1 depends on %2, which is no step of the runbook.")
                          .arg(named(s), d));
            else if (s.isForward() && !m_runbook.steps[*it].isForward())
                block(s, QStringLiteral("rollback_dependency"),
                      Text::tr("Step %1 depends on the rollback step %2; a forward step cannot "
                               "wait for a rollback.")
                          .arg(named(s), named(m_runbook.steps[*it])));
        }
        if (!s.isForward()) {
            const auto it = m_first.constFind(s.rollbackOf);
            if (s.rollbackOf.isEmpty() || it == m_first.constEnd() ||
                !m_runbook.steps[*it].isForward())
                block(s, QStringLiteral("orphan_rollback"),
                      s.rollbackOf.isEmpty()
                          ? Text::tr("Rollback step %1 names no forward step it reverses.")
                                .arg(named(s))
                          : Text::tr("Rollback step %1 reverses %2, which is no forward step.")
                                .arg(named(s), s.rollbackOf));
            return;
        }
        if (!needsNoRollback(s.kind) && !m_paired.contains(s.key))
            warn(s, QStringLiteral("no_rollback"),
                 Text::tr("Step %1 has no rollback step reversing it.").arg(named(s)));
        switch (s.kind) {
        case StepKind::Script:
            checkScript(s);
            break;
        case StepKind::Migration:
            checkRehearsal(s, latest.value(s.key));
            break;
        case StepKind::Cutover:
            checkCutover(s);
            break;
        default:
            break;
        }
    }

    void checkScript(const RunbookStep& s) {
        QStringList missing;
        if (s.scriptRepo.trimmed().isEmpty())
            missing.append(Text::tr("repository"));
        if (s.scriptPath.trimmed().isEmpty())
            missing.append(Text::tr("path"));
        if (s.scriptCommit.size() < 7 || s.scriptCommit.size() > 64 || !isHex(s.scriptCommit))
            missing.append(Text::tr("commit (7 to 64 hex digits)"));
        if (s.scriptSha256.size() != 64 || !isHex(s.scriptSha256))
            missing.append(Text::tr("SHA-256 (64 hex digits)"));
        if (!missing.isEmpty())
            block(s, QStringLiteral("script_reference"),
                  Text::tr("Script step %1 lacks its script's %2.")
                      .arg(named(s), missing.join(QStringLiteral(", "))));
    }

    void checkRehearsal(const RunbookStep& s, const MigrationRehearsal* latest) {
        if (!latest) {
            block(s, QStringLiteral("no_rehearsal"),
                  Text::tr("Migration step %1 has not been rehearsed against a clone of "
                           "production.")
                      .arg(named(s)));
            return;
        }
        if (latest->passed)
            return;
        bool passedBefore = false;
        for (const MigrationRehearsal& r : m_runbook.rehearsals)
            passedBefore = passedBefore || (r.stepKey == s.key && r.passed);
        block(s, QStringLiteral("rehearsal_failed"),
              passedBefore
                  ? Text::tr("Migration step %1: its latest rehearsal (%2, by %3) failed after "
                             "an earlier one passed; rehearse it again.")
                        .arg(named(s), utcTime(latest->rehearsedAt), latest->rehearsedBy)
                  : Text::tr("Migration step %1: its latest rehearsal (%2, by %3) failed.")
                        .arg(named(s), utcTime(latest->rehearsedAt), latest->rehearsedBy));
    }

    void checkCutover(const RunbookStep& s) {
        if (s.dnsRecord.trimmed().isEmpty() || s.ttlOldSeconds <= 0 || s.ttlNewSeconds <= 0)
            block(s, QStringLiteral("cutover_incomplete"),
                  Text::tr("Cutover step %1 needs its DNS record or load-balancer name, the TTL "
                           "before and the lowered TTL.")
                      .arg(named(s)));
        // The old TTL must have run out everywhere before the switch, or resolvers keep
        // sending users to the old address.
        if (s.ttlLoweredAt == 0) {
            warn(s, QStringLiteral("ttl_late"),
                 Text::tr("Cutover step %1: the TTL has not been lowered yet.").arg(named(s)));
            return;
        }
        if (m_input.windowStartUtc == 0)
            return;
        const StepTiming* t = m_plan ? m_plan->timing(s.key) : nullptr;
        const qint64 plannedStart =
            m_input.windowStartUtc + qint64(t ? t->earliestStart : s.offsetMin) * 60;
        if (s.ttlLoweredAt > plannedStart - s.ttlOldSeconds)
            warn(s, QStringLiteral("ttl_late"),
                 Text::tr("Cutover step %1: the TTL was lowered at %2, less than one old TTL "
                          "(%3 s) before the switch planned at %4.")
                     .arg(named(s), utcTime(s.ttlLoweredAt))
                     .arg(s.ttlOldSeconds)
                     .arg(utcTime(plannedStart)));
    }

    void checkRunbookAsWhole() {
        const auto blocking = RunbookFinding::Severity::Blocking;
        const auto warning = RunbookFinding::Severity::Warning;
        if (m_runbook.steps.isEmpty())
            add(blocking, QString(), QStringLiteral("no_steps"),
                Text::tr("The runbook has no steps."));
        if (!m_cycle.isEmpty())
            add(blocking, QString(), QStringLiteral("cycle"), m_cycle);
        for (const RunbookTrigger& t : m_runbook.triggers)
            checkTrigger(t);
        if (m_input.windowStartUtc == 0) {
            add(warning, QString(), QStringLiteral("no_window"),
                Text::tr("The release has no deployment window to plan the runbook in."));
        } else if (m_plan && m_input.windowEndUtc > 0) {
            const qint64 end = m_input.windowStartUtc + qint64(m_plan->plannedEndMin) * 60;
            if (end > m_input.windowEndUtc)
                add(warning, QString(), QStringLiteral("overrun"),
                    Text::tr("The plan ends at %1, %2 min past the window's end at %3 (critical "
                             "path: %4).")
                        .arg(utcTime(end))
                        .arg((end - m_input.windowEndUtc + 59) / 60)
                        .arg(utcTime(m_input.windowEndUtc),
                             m_plan->criticalPath.join(QStringLiteral(" → "))));
        }
        if (m_runbook.triggers.isEmpty())
            add(warning, QString(), QStringLiteral("no_trigger"),
                Text::tr("The runbook has no rollback trigger: nothing will say when to roll "
                         "back."));
    }

    void checkTrigger(const RunbookTrigger& t) {
        const QString name = t.name.trimmed().isEmpty() ? displayName(t.kind) : t.name;
        if (t.kind == TriggerKind::HealthCheck) {
            if (t.failures < 0 || t.latencyMs < 0)
                add(RunbookFinding::Severity::Blocking, QString(), QStringLiteral("negative_time"),
                    Text::tr("Health check “%1”: the failures in a row (%2) and the latency "
                             "budget (%3 ms) cannot be negative.")
                        .arg(name)
                        .arg(t.failures)
                        .arg(t.latencyMs));
            if (t.url.trimmed().isEmpty())
                add(RunbookFinding::Severity::Warning, QString(),
                    QStringLiteral("trigger_incomplete"),
                    Text::tr("Health check “%1” has no URL to check.").arg(name));
        } else if (t.kind == TriggerKind::Metric &&
                   (t.url.trimmed().isEmpty() || t.query.trimmed().isEmpty())) {
            add(RunbookFinding::Severity::Warning, QString(), QStringLiteral("trigger_incomplete"),
                Text::tr("Metric trigger “%1” needs the Prometheus server's URL and a query.")
                    .arg(name));
        }
    }

    const Runbook& m_runbook;
    const RunbookCheckInput& m_input;
    QHash<QString, int> m_first; // key → its first step's position
    QSet<QString> m_paired;      // forward keys some rollback step reverses
    std::optional<RunbookPlan> m_plan;
    QString m_cycle;
    QList<RunbookFinding> m_findings;
};

} // namespace

QList<RunbookFinding> checkRunbook(const Runbook& runbook, const RunbookCheckInput& input) {
    return Checker(runbook, input).run();
}

QStringList readinessBlockers(const QList<RunbookFinding>& findings) {
    QStringList lines;
    for (const RunbookFinding& f : findings)
        if (f.blocking())
            lines.append(f.message);
    return lines;
}

} // namespace slipway
