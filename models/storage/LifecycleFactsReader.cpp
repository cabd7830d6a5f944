// SPDX-License-Identifier: GPL-3.0-or-later
#include "LifecycleFactsReader.h"

#include "Database.h"
#include "domain/Artifact.h"
#include "domain/Release.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("LifecycleFactsReader", "reading the release lifecycle");
}

// Runs `sql` with the release filter bound when there is one, and hands each row on.
template <typename Row>
Result<void> each(Database& db, const QString& sql, qint64 releaseId, Row&& row) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return db.errorFrom(q.lastError(), doing());
    if (releaseId > 0)
        q.addBindValue(releaseId);
    if (!q.exec())
        return db.errorFrom(q.lastError(), doing());
    while (q.next())
        row(q);
    return {};
}

QString filtered(const QString& sql, const QString& column, qint64 releaseId,
                 const QString& tail = {}) {
    const bool hasWhere = sql.contains(QLatin1String(" WHERE "));
    QString out = sql;
    if (releaseId > 0)
        out += (hasWhere ? QStringLiteral(" AND ") : QStringLiteral(" WHERE ")) + column +
               QStringLiteral(" = ?");
    return out + tail;
}

} // namespace

LifecycleFactsReader::LifecycleFactsReader(Database& db)
    : m_db(db) {}

Result<LifecycleRows> LifecycleFactsReader::read(qint64 releaseId) const {
    LifecycleRows rows;
    auto& facts = rows.facts;
    auto done =
        each(m_db,
             filtered(QStringLiteral("SELECT id, name, version, status, type, window_start "
                                     "FROM releases"),
                      QStringLiteral("id"), releaseId),
             releaseId, [&](const QSqlQuery& q) {
                 LifecycleFacts f;
                 f.releaseId = q.value(0).toLongLong();
                 f.label = releaseLabel(q.value(1).toString(), q.value(2).toString());
                 f.status =
                     releaseStatusFromKey(q.value(3).toString()).value_or(ReleaseStatus::Planned);
                 f.emergency = q.value(4).toString() == u"emergency";
                 f.hasWindow = !q.value(5).isNull();
                 facts.insert(f.releaseId, f);
             });
    if (!done)
        return done.error();

    done =
        each(m_db,
             filtered(QStringLiteral("SELECT release_id, id, ticket, change_type FROM "
                                     "change_requests WHERE release_id IS NOT NULL"),
                      QStringLiteral("release_id"), releaseId, QStringLiteral(" ORDER BY ticket")),
             releaseId, [&](const QSqlQuery& q) {
                 auto it = facts.find(q.value(0).toLongLong());
                 if (it == facts.end())
                     return;
                 const qint64 id = q.value(1).toLongLong();
                 rows.changesOf[it.key()].append(id);
                 rows.ticketOf.insert(id, q.value(2).toString());
                 it->changeTickets << q.value(2).toString();
                 if (q.value(3).toString() == u"emergency")
                     it->emergency = true;
             });
    if (!done)
        return done.error();

    // The gates up to and including the first one into Production must all be promoted.
    QHash<qint64, bool> pastProduction;
    done = each(m_db,
                filtered(QStringLiteral("SELECT release_id, name, stage, promoted_by <> '' "
                                        "FROM release_gates"),
                         QStringLiteral("release_id"), releaseId,
                         QStringLiteral(" ORDER BY release_id, position, id")),
                releaseId, [&](const QSqlQuery& q) {
                    const qint64 id = q.value(0).toLongLong();
                    auto it = facts.find(id);
                    if (it == facts.end() || pastProduction.value(id))
                        return;
                    it->gates += 1;
                    if (!q.value(3).toBool() && it->unpromotedGate.isEmpty())
                        it->unpromotedGate = q.value(1).toString();
                    if (q.value(2).toString().compare(u"production", Qt::CaseInsensitive) == 0)
                        pastProduction.insert(id, true);
                });
    if (!done)
        return done.error();

    done = each(
        m_db,
        filtered(QStringLiteral("SELECT release_id, count(*), "
                                "sum(CASE WHEN checked = 1 OR waived = 1 THEN 1 ELSE 0 END) "
                                "FROM release_exit_criteria"),
                 QStringLiteral("release_id"), releaseId, QStringLiteral(" GROUP BY release_id")),
        releaseId, [&](const QSqlQuery& q) {
            auto it = facts.find(q.value(0).toLongLong());
            if (it == facts.end())
                return;
            it->exitTotal = q.value(1).toInt();
            it->exitSettled = q.value(2).toInt();
        });
    if (!done)
        return done.error();

    done = each(m_db,
                filtered(QStringLiteral("SELECT g.release_id, count(*) FROM gate_waivers w JOIN "
                                        "release_gates g ON g.id = w.gate_id WHERE "
                                        "w.approved_by <> '' AND w.validation_done_by = ''"),
                         QStringLiteral("g.release_id"), releaseId,
                         QStringLiteral(" GROUP BY g.release_id")),
                releaseId, [&](const QSqlQuery& q) {
                    auto it = facts.find(q.value(0).toLongLong());
                    if (it != facts.end())
                        it->openValidationTasks = q.value(1).toInt();
                });
    if (!done)
        return done.error();

    done = each(m_db,
                filtered(QStringLiteral("SELECT d.release_id, d.outcome, d.deployed_at FROM "
                                        "deployments d JOIN environments e ON e.id = "
                                        "d.environment_id WHERE e.kind = 'prod'"),
                         QStringLiteral("d.release_id"), releaseId),
                releaseId, [&](const QSqlQuery& q) {
                    auto it = facts.find(q.value(0).toLongLong());
                    if (it == facts.end())
                        return;
                    const QString outcome = q.value(1).toString();
                    it->productionSucceeded |= outcome == u"succeeded";
                    it->productionRolledBack |= outcome == u"rolled_back";
                    const qint64 at = q.value(2).toLongLong();
                    if (it->firstProductionAt == 0 || at < it->firstProductionAt)
                        it->firstProductionAt = at;
                });
    if (!done)
        return done.error();

    done = each(m_db,
                filtered(QStringLiteral("SELECT release_id, guard FROM lifecycle_overrides "
                                        "WHERE approved_by <> ''"),
                         QStringLiteral("release_id"), releaseId),
                releaseId, [&](const QSqlQuery& q) {
                    auto it = facts.find(q.value(0).toLongLong());
                    if (it != facts.end())
                        it->overridden.insert(q.value(1).toString());
                });
    if (!done)
        return done.error();

    // What the release ships, each artifact with its latest verification (schema 14 on).
    if (m_db.schemaVersion() >= 14) {
        done = each(
            m_db,
            filtered(QStringLiteral(
                         "SELECT a.release_id, a.name, coalesce((SELECT v.result FROM "
                         "artifact_verifications v WHERE v.artifact_id = a.id ORDER BY v.id DESC "
                         "LIMIT 1), 'unverified') FROM artifacts a WHERE a.id > 0"),
                     QStringLiteral("a.release_id"), releaseId, QStringLiteral(" ORDER BY a.name")),
            releaseId, [&](const QSqlQuery& q) {
                auto it = facts.find(q.value(0).toLongLong());
                if (it == facts.end())
                    return;
                ++it->artifacts;
                const QString state = q.value(2).toString();
                if (state != u"verified")
                    it->unverifiedArtifacts << q.value(1).toString() + QStringLiteral(": ") +
                                                   displayName(artifactStateFromKey(state).value_or(
                                                       ArtifactState::Unverified));
            });
        if (!done)
            return done.error();
    }

    // The deployment runbook and whether it is ready (schema 20 on).
    if (m_db.schemaVersion() >= 20) {
        done = each(m_db,
                    filtered(QStringLiteral("SELECT b.release_id, b.state FROM runbooks b "
                                            "WHERE b.id > 0"),
                             QStringLiteral("b.release_id"), releaseId, QString()),
                    releaseId, [&](const QSqlQuery& q) {
                        auto it = facts.find(q.value(0).toLongLong());
                        if (it == facts.end())
                            return;
                        it->hasRunbook = true;
                        it->runbookReady = q.value(1).toString() == u"ready";
                    });
        if (!done)
            return done.error();
    }

    QSqlQuery meta(m_db.connection());
    if (meta.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'emergency_approval_days'")) &&
        meta.next()) {
        bool ok = false;
        const int days = meta.value(0).toString().toInt(&ok);
        if (ok && days >= 0 && days <= 365)
            rows.emergencyApprovalDays = days;
    }
    return rows;
}

} // namespace slipway
