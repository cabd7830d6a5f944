// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"
#include "domain/Release.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

const QString kTable = QStringLiteral("runbooks");

QString doing() {
    return QCoreApplication::translate("RunbookRepository", "saving a runbook");
}

const QString kSelect = QStringLiteral(
    "SELECT b.id, b.release_id, b.pattern, b.rationale, b.guide_answers, b.state, b.ready_by, "
    "b.ready_at, b.row_version, b.created_by, b.created_at, b.updated_by, b.updated_at, r.name, "
    "r.version FROM runbooks b JOIN releases r ON r.id = b.release_id");

Runbook runbookFrom(const QSqlQuery& q) {
    Runbook b;
    b.id = q.value(0).toLongLong();
    b.releaseId = q.value(1).toLongLong();
    b.pattern = deploymentPatternFromKey(q.value(2).toString()).value_or(DeploymentPattern::Custom);
    b.rationale = q.value(3).toString();
    b.guideAnswers = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    b.state = q.value(5).toString() == u"ready" ? Runbook::State::Ready : Runbook::State::Draft;
    b.readyBy = q.value(6).toString();
    b.readyAt = q.value(7).toLongLong();
    b.rowVersion = q.value(8).toLongLong();
    b.createdBy = q.value(9).toString();
    b.createdAt = q.value(10).toLongLong();
    b.updatedBy = q.value(11).toString();
    b.updatedAt = q.value(12).toLongLong();
    b.releaseLabel = releaseLabel(q.value(13).toString(), q.value(14).toString());
    return b;
}

const QString kRehearsalSelect = QStringLiteral(
    "SELECT id, step_key, rehearsed_at, rehearsed_by, clone_name, duration_min, rows_before, "
    "rows_after, result, notes, created_by, created_at FROM migration_rehearsals");

MigrationRehearsal rehearsalFrom(const QSqlQuery& r) {
    MigrationRehearsal m;
    m.id = r.value(0).toLongLong();
    m.stepKey = r.value(1).toString();
    m.rehearsedAt = r.value(2).toLongLong();
    m.rehearsedBy = r.value(3).toString();
    m.cloneName = r.value(4).toString();
    m.durationMin = r.value(5).toInt();
    m.rowsBefore = r.value(6).toLongLong();
    m.rowsAfter = r.value(7).toLongLong();
    m.passed = r.value(8).toString() == u"passed";
    m.notes = r.value(9).toString();
    m.createdBy = r.value(10).toString();
    m.createdAt = r.value(11).toLongLong();
    return m;
}

QString answersText(const Runbook& b) {
    return b.guideAnswers.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(b.guideAnswers).toJson(QJsonDocument::Compact));
}

// The step's columns from step_key to notes, as writeSteps names them.
void bindStep(QSqlQuery& q, const RunbookStep& step, int position) {
    q.addBindValue(sql::text(step.key));
    q.addBindValue(position);
    q.addBindValue(sql::text(step.title));
    q.addBindValue(toKey(step.kind));
    q.addBindValue(toKey(step.direction));
    q.addBindValue(sql::text(step.rollbackOf));
    q.addBindValue(sql::text(step.owner));
    q.addBindValue(step.offsetMin);
    q.addBindValue(step.durationMin);
    q.addBindValue(sql::text(step.dependsOn.join(u',')));
    q.addBindValue(sql::text(step.scriptRepo));
    q.addBindValue(sql::text(step.scriptPath));
    q.addBindValue(sql::text(step.scriptCommit));
    q.addBindValue(sql::text(step.scriptSha256));
    q.addBindValue(sql::text(step.dnsRecord));
    q.addBindValue(step.ttlOldSeconds);
    q.addBindValue(step.ttlNewSeconds);
    q.addBindValue(step.ttlLoweredAt);
    q.addBindValue(sql::text(step.notes));
}

} // namespace

RunbookRepository::RunbookRepository(Database& db)
    : m_db(db) {}

Result<std::optional<Runbook>> RunbookRepository::forRelease(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE b.release_id = ?"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (!q.next())
        return std::optional<Runbook>();
    Runbook b = runbookFrom(q);
    if (auto children = readChildren(b); !children)
        return children.error();
    return std::optional<Runbook>(std::move(b));
}

Result<QHash<qint64, Runbook::State>> RunbookRepository::states() const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT release_id, state FROM runbooks")))
        return m_db.errorFrom(q.lastError(), doing());
    QHash<qint64, Runbook::State> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString() == u"ready"
                                                ? Runbook::State::Ready
                                                : Runbook::State::Draft);
    return out;
}

Result<QList<qint64>> RunbookRepository::releaseIds() const {
    auto all = states();
    if (!all)
        return all.error();
    QList<qint64> ids = all->keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<void> RunbookRepository::readChildren(Runbook& b) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, step_key, title, kind, direction, rollback_of, owner, offset_min, "
        "duration_min, depends_on, script_repo, script_path, script_commit, script_sha256, "
        "dns_record, ttl_old_s, ttl_new_s, ttl_lowered_at, notes FROM runbook_steps "
        "WHERE runbook_id = ? ORDER BY position, id"));
    q.addBindValue(b.id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    b.steps.clear();
    while (q.next()) {
        RunbookStep s;
        s.id = q.value(0).toLongLong();
        s.key = q.value(1).toString();
        s.title = q.value(2).toString();
        s.kind = stepKindFromKey(q.value(3).toString()).value_or(StepKind::Manual);
        s.direction = stepDirectionFromKey(q.value(4).toString()).value_or(StepDirection::Forward);
        s.rollbackOf = q.value(5).toString();
        s.owner = q.value(6).toString();
        s.offsetMin = q.value(7).toInt();
        s.durationMin = q.value(8).toInt();
        const QString deps = q.value(9).toString();
        if (!deps.isEmpty())
            s.dependsOn = deps.split(u',', Qt::SkipEmptyParts);
        s.scriptRepo = q.value(10).toString();
        s.scriptPath = q.value(11).toString();
        s.scriptCommit = q.value(12).toString();
        s.scriptSha256 = q.value(13).toString();
        s.dnsRecord = q.value(14).toString();
        s.ttlOldSeconds = q.value(15).toInt();
        s.ttlNewSeconds = q.value(16).toInt();
        s.ttlLoweredAt = q.value(17).toLongLong();
        s.notes = q.value(18).toString();
        b.steps.append(s);
    }

    QSqlQuery t(m_db.connection());
    t.setForwardOnly(true);
    t.prepare(QStringLiteral("SELECT id, kind, name, factor, failures, url, expect_status, "
                             "expect_body, latency_ms, query, comparison, threshold "
                             "FROM runbook_triggers WHERE runbook_id = ? ORDER BY position, id"));
    t.addBindValue(b.id);
    if (!t.exec())
        return m_db.errorFrom(t.lastError(), doing());
    b.triggers.clear();
    while (t.next()) {
        RunbookTrigger g;
        g.id = t.value(0).toLongLong();
        g.kind = triggerKindFromKey(t.value(1).toString()).value_or(TriggerKind::StepFailed);
        g.name = t.value(2).toString();
        g.factor = t.value(3).toDouble();
        g.failures = t.value(4).toInt();
        g.url = t.value(5).toString();
        g.expectStatus = t.value(6).toInt();
        g.expectBody = t.value(7).toString();
        g.latencyMs = t.value(8).toInt();
        g.query = t.value(9).toString();
        g.above = t.value(10).toString() != u"below";
        g.threshold = t.value(11).toDouble();
        b.triggers.append(g);
    }

    QSqlQuery r(m_db.connection());
    r.setForwardOnly(true);
    r.prepare(kRehearsalSelect + QStringLiteral(" WHERE runbook_id = ? ORDER BY rehearsed_at, id"));
    r.addBindValue(b.id);
    if (!r.exec())
        return m_db.errorFrom(r.lastError(), doing());
    b.rehearsals.clear();
    while (r.next())
        b.rehearsals.append(rehearsalFrom(r));
    return {};
}

Result<void> RunbookRepository::writeChildren(const Runbook& b) {
    if (auto steps = writeSteps(b); !steps)
        return steps;
    return writeTriggers(b);
}

// A step read back (its id one of the runbook's rows) is updated where it stands, so that its
// id outlives edits, moves and renames of the step list; a step no longer in the list is
// deleted; any other step is inserted.
Result<void> RunbookRepository::writeSteps(const Runbook& b) {
    QHash<qint64, QString> stored; // the runbook's rows: id → key
    QSqlQuery rows(m_db.connection());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT id, step_key FROM runbook_steps WHERE runbook_id = ?"));
    rows.addBindValue(b.id);
    if (!rows.exec())
        return m_db.errorFrom(rows.lastError(), doing());
    while (rows.next())
        stored.insert(rows.value(0).toLongLong(), rows.value(1).toString());
    rows.finish();

    // The row each step keeps (0: none), the first step naming it should two.
    QList<qint64> kept(b.steps.size(), 0);
    QSet<qint64> taken;
    for (qsizetype i = 0; i < b.steps.size(); ++i) {
        const qint64 id = b.steps.at(i).id;
        if (id > 0 && stored.contains(id) && !taken.contains(id)) {
            taken.insert(id);
            kept[i] = id;
        }
    }

    // Removed steps first: their keys are free for the others.
    QSqlQuery gone(m_db.connection());
    gone.prepare(QStringLiteral("DELETE FROM runbook_steps WHERE id = ?"));
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (taken.contains(it.key()))
            continue;
        gone.addBindValue(it.key());
        if (!gone.exec())
            return m_db.errorFrom(gone.lastError(), doing());
    }
    // A kept step whose key changes passes through a key no step can have ('#' is not allowed
    // in one), so that keys moved between steps never meet twice in the unique
    // (runbook_id, step_key) on the way.
    QSqlQuery rename(m_db.connection());
    rename.prepare(QStringLiteral("UPDATE runbook_steps SET step_key = ? WHERE id = ?"));
    for (qsizetype i = 0; i < b.steps.size(); ++i) {
        if (kept.at(i) == 0 || stored.value(kept.at(i)) == b.steps.at(i).key)
            continue;
        rename.addBindValue(QStringLiteral("#%1").arg(kept.at(i)));
        rename.addBindValue(kept.at(i));
        if (!rename.exec())
            return m_db.errorFrom(rename.lastError(), doing());
    }
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral(
        "UPDATE runbook_steps SET step_key = ?, position = ?, title = ?, kind = ?, "
        "direction = ?, rollback_of = ?, owner = ?, offset_min = ?, duration_min = ?, "
        "depends_on = ?, script_repo = ?, script_path = ?, script_commit = ?, "
        "script_sha256 = ?, dns_record = ?, ttl_old_s = ?, ttl_new_s = ?, ttl_lowered_at = ?, "
        "notes = ? WHERE id = ? AND runbook_id = ?"));
    for (qsizetype i = 0; i < b.steps.size(); ++i) {
        if (kept.at(i) == 0)
            continue;
        bindStep(update, b.steps.at(i), int(i));
        update.addBindValue(kept.at(i));
        update.addBindValue(b.id);
        if (!update.exec())
            return m_db.errorFrom(update.lastError(), doing());
    }

    // Then the others: first those that had an id (a restored runbook, a removal undone) under
    // it while no row holds it, then the new ones under the engine's next. In that order a
    // file's next id (past the highest) is never one a step still to be written would take.
    QSqlQuery insert(m_db.connection());
    for (const bool own : {true, false}) {
        for (qsizetype i = 0; i < b.steps.size(); ++i) {
            const RunbookStep& step = b.steps.at(i);
            if (kept.at(i) != 0 || (step.id > 0) != own)
                continue;
            qint64 id = 0;
            if (own) {
                auto free = idIsFree(QStringLiteral("runbook_steps"), step.id);
                if (!free)
                    return free.error();
                id = free.value() ? step.id : 0;
            }
            sql::prepareInsert(
                insert, QStringLiteral("runbook_steps"),
                QStringLiteral("step_key, position, title, kind, direction, rollback_of, owner, "
                               "offset_min, duration_min, depends_on, script_repo, script_path, "
                               "script_commit, script_sha256, dns_record, ttl_old_s, ttl_new_s, "
                               "ttl_lowered_at, notes, runbook_id"),
                QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"), id);
            bindStep(insert, step, int(i));
            insert.addBindValue(b.id);
            if (auto inserted = sql::insertReturningId(m_db, insert, doing()); !inserted)
                return inserted.error();
        }
    }
    return {};
}

// Triggers are written anew, those read back under their ids (while free), the new ones after
// them (see writeSteps).
Result<void> RunbookRepository::writeTriggers(const Runbook& b) {
    QSqlQuery clearTriggers(m_db.connection());
    clearTriggers.prepare(QStringLiteral("DELETE FROM runbook_triggers WHERE runbook_id = ?"));
    clearTriggers.addBindValue(b.id);
    if (!clearTriggers.exec())
        return m_db.errorFrom(clearTriggers.lastError(), doing());
    QSqlQuery t(m_db.connection());
    for (const bool own : {true, false}) {
        for (qsizetype position = 0; position < b.triggers.size(); ++position) {
            const RunbookTrigger& g = b.triggers.at(position);
            if ((g.id > 0) != own)
                continue;
            qint64 id = 0;
            if (own) {
                auto free = idIsFree(QStringLiteral("runbook_triggers"), g.id);
                if (!free)
                    return free.error();
                id = free.value() ? g.id : 0;
            }
            sql::prepareInsert(t, QStringLiteral("runbook_triggers"),
                               QStringLiteral("runbook_id, position, kind, name, factor, failures, "
                                              "url, expect_status, expect_body, latency_ms, query, "
                                              "comparison, threshold"),
                               QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"), id);
            t.addBindValue(b.id);
            t.addBindValue(int(position));
            t.addBindValue(toKey(g.kind));
            t.addBindValue(sql::text(g.name));
            t.addBindValue(g.factor);
            t.addBindValue(g.failures);
            t.addBindValue(sql::text(g.url));
            t.addBindValue(g.expectStatus);
            t.addBindValue(sql::text(g.expectBody));
            t.addBindValue(g.latencyMs);
            t.addBindValue(sql::text(g.query));
            t.addBindValue(g.kind == TriggerKind::Metric
                               ? (g.above ? QStringLiteral("above") : QStringLiteral("below"))
                               : QStringLiteral(""));
            t.addBindValue(g.threshold);
            if (auto inserted = sql::insertReturningId(m_db, t, doing()); !inserted)
                return inserted.error();
        }
    }
    return {};
}

// Whether no row of `table` (a constant) has the id `id`.
Result<bool> RunbookRepository::idIsFree(const QString& table, qint64 id) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(), doing());
    return q.value(0).toLongLong() == 0;
}

Result<Runbook> RunbookRepository::insert(const Runbook& b, const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("runbooks"),
        QStringLiteral("release_id, pattern, rationale, guide_answers, state, ready_by, ready_at, "
                       "row_version, created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), b.id);
    q.addBindValue(b.releaseId);
    q.addBindValue(toKey(b.pattern));
    q.addBindValue(sql::text(b.rationale));
    q.addBindValue(sql::text(answersText(b)));
    q.addBindValue(toKey(b.state));
    q.addBindValue(sql::text(b.readyBy));
    q.addBindValue(b.readyAt);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    Runbook stored = b;
    stored.id = inserted.value();
    if (auto children = writeChildren(stored); !children)
        return children.error();
    for (const MigrationRehearsal& r : b.rehearsals) {
        auto put = insertRehearsal(stored.id, r, r.createdBy.isEmpty() ? actor : r.createdBy,
                                   r.createdAt > 0 ? r.createdAt : now);
        if (!put)
            return put.error();
    }
    auto back = forRelease(b.releaseId);
    if (!back)
        return back.error();
    return back->value();
}

Result<Runbook> RunbookRepository::update(const Runbook& b, const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE runbooks SET pattern = ?, rationale = ?, guide_answers = ?, state = ?, "
        "ready_by = ?, ready_at = ?, row_version = row_version + 1, updated_by = ?, "
        "updated_at = ? WHERE id = ? AND row_version = ?"));
    q.addBindValue(toKey(b.pattern));
    q.addBindValue(sql::text(b.rationale));
    q.addBindValue(sql::text(answersText(b)));
    q.addBindValue(toKey(b.state));
    q.addBindValue(sql::text(b.readyBy));
    q.addBindValue(b.readyAt);
    sql::bindUpdated(q, actor, now, b.id, b.rowVersion);
    if (auto changed = sql::changeVersioned(m_db, q, kTable, b.id, b.releaseLabel, doing());
        !changed)
        return changed.error();
    if (auto children = writeChildren(b); !children)
        return children.error();
    auto back = forRelease(b.releaseId);
    if (!back)
        return back.error();
    return back->value();
}

Result<void> RunbookRepository::remove(qint64 id, qint64 rowVersion) {
    return sql::removeVersioned(m_db, kTable, id, rowVersion, QString(), doing());
}

Result<MigrationRehearsal> RunbookRepository::insertRehearsal(qint64 runbookId,
                                                              const MigrationRehearsal& r,
                                                              const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("migration_rehearsals"),
        QStringLiteral(
            "runbook_id, step_key, rehearsed_at, rehearsed_by, clone_name, duration_min, "
            "rows_before, rows_after, result, notes, created_by, created_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"), r.id);
    q.addBindValue(runbookId);
    q.addBindValue(sql::text(r.stepKey));
    q.addBindValue(r.rehearsedAt);
    q.addBindValue(sql::text(r.rehearsedBy));
    q.addBindValue(sql::text(r.cloneName));
    q.addBindValue(r.durationMin);
    q.addBindValue(r.rowsBefore);
    q.addBindValue(r.rowsAfter);
    q.addBindValue(r.passed ? QStringLiteral("passed") : QStringLiteral("failed"));
    q.addBindValue(sql::text(r.notes));
    q.addBindValue(actor);
    q.addBindValue(now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    MigrationRehearsal stored = r;
    stored.id = inserted.value();
    stored.createdBy = actor;
    stored.createdAt = now;
    return stored;
}

Result<MigrationRehearsal> RunbookRepository::removeRehearsal(qint64 runbookId,
                                                              qint64 rehearsalId) {
    QSqlQuery find(m_db.connection());
    find.prepare(kRehearsalSelect + QStringLiteral(" WHERE id = ? AND runbook_id = ?"));
    find.addBindValue(rehearsalId);
    find.addBindValue(runbookId);
    if (!find.exec())
        return m_db.errorFrom(find.lastError(), doing());
    if (!find.next())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("RunbookRepository",
                                                 "Rehearsal %1 no longer exists — reload.")
                         .arg(rehearsalId)};
    const MigrationRehearsal m = rehearsalFrom(find);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM migration_rehearsals WHERE id = ?"));
    q.addBindValue(rehearsalId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    return m;
}

} // namespace slipway
