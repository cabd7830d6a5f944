// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClosureFactsReader.h"

#include "Database.h"
#include "domain/PostReview.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace slipway {
namespace {

// The schemas that brought production deployment records and the closure's own rows.
constexpr int kDeploymentSchema = 13;
constexpr int kValidationSchema = 21;

QString doing() {
    return QCoreApplication::translate("ClosureFactsReader", "reading what closing needs");
}

// Runs `sql`, binding the release when one is asked for, and hands each row on.
template <typename Row>
Result<void> forEachRow(Database& db, const QString& sql, qint64 releaseId, Row&& row) {
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

// The enabled checks that apply to each release: its own, its services' and its product's.
// UNION drops a check reached twice (a product that is also one of the services).
const QString kApplyingChecks =
    QStringLiteral("WITH applying AS ("
                   " SELECT c.release_id AS release_id, c.id AS check_id, c.name AS name"
                   "  FROM validation_checks c WHERE c.enabled = 1 AND c.release_id IS NOT NULL"
                   " UNION"
                   " SELECT rs.release_id, c.id, c.name FROM release_services rs"
                   "  JOIN validation_checks c ON c.service_id = rs.service_id WHERE c.enabled = 1"
                   " UNION"
                   " SELECT r.id, c.id, c.name FROM releases r"
                   "  JOIN validation_checks c ON c.service_id = r.product_id WHERE c.enabled = 1)"
                   " SELECT a.release_id, a.name, (SELECT v.ok FROM validation_results v"
                   "  WHERE v.check_id = a.check_id AND v.release_id = a.release_id"
                   "  ORDER BY v.run_at DESC, v.id DESC LIMIT 1)"
                   " FROM applying a WHERE a.release_id");

} // namespace

ClosureFactsReader::ClosureFactsReader(Database& db)
    : m_db(db) {}

Result<QHash<qint64, ClosureFacts>> ClosureFactsReader::read(qint64 releaseId) const {
    return readScoped(releaseId, QStringLiteral("'deployed', 'rolled_back', 'closed'"));
}

Result<QHash<qint64, ClosureFacts>> ClosureFactsReader::readUnclosed() const {
    return readScoped(0, QStringLiteral("'deployed', 'rolled_back'"));
}

// Every query keeps to the releases in question: with no release asked for, those in one of
// `statuses` (the subquery lets each table be searched by its release index), otherwise the
// one asked for, whatever its status.
Result<QHash<qint64, ClosureFacts>> ClosureFactsReader::readScoped(qint64 releaseId,
                                                                   const QString& statuses) const {
    const QString scope =
        releaseId > 0 ? QStringLiteral(" = ?")
                      : QStringLiteral(" IN (SELECT r.id FROM releases r WHERE r.status IN (%1))")
                            .arg(statuses);
    QHash<qint64, ClosureFacts> facts;
    QHash<qint64, ReleaseType> typeOf;
    auto done = forEachRow(
        m_db,
        QStringLiteral("SELECT r.id, r.type FROM releases r WHERE ") +
            (releaseId > 0 ? QStringLiteral("r.id = ?")
                           : QStringLiteral("r.status IN (%1)").arg(statuses)),
        releaseId, [&](const QSqlQuery& q) {
            const qint64 id = q.value(0).toLongLong();
            facts.insert(id, ClosureFacts{});
            typeOf.insert(id,
                          releaseTypeFromKey(q.value(1).toString()).value_or(ReleaseType::Minor));
        });
    if (!done)
        return done.error();
    if (m_db.schemaVersion() < kDeploymentSchema || facts.isEmpty())
        return facts;

    done = forEachRow(m_db,
                      QStringLiteral("SELECT d.release_id, d.outcome, d.deployed_at FROM "
                                     "deployments d JOIN environments e ON e.id = "
                                     "d.environment_id WHERE e.kind = 'prod' AND d.release_id") +
                          scope + QStringLiteral(" ORDER BY d.deployed_at, d.id"),
                      releaseId, [&](const QSqlQuery& q) {
                          auto it = facts.find(q.value(0).toLongLong());
                          if (it == facts.end())
                              return;
                          const QString outcome = q.value(1).toString();
                          it->productionSucceeded |= outcome == u"succeeded";
                          it->productionRolledBack |= outcome == u"rolled_back";
                          it->productionFailed |= outcome == u"failed";
                          // In time order: the first row is the first deployment; of the
                          // later ones, a failure changes nothing that ran before it.
                          if (it->firstProductionAt == 0)
                              it->firstProductionAt = q.value(2).toLongLong();
                          if (outcome != u"failed")
                              it->lastProductionRolledBack = outcome == u"rolled_back";
                      });
    if (!done)
        return done.error();
    if (m_db.schemaVersion() < kValidationSchema)
        return facts;

    // The checks that apply and the latest result of each for the release.
    done =
        forEachRow(m_db, kApplyingChecks + scope + QStringLiteral(" ORDER BY a.release_id, a.name"),
                   releaseId, [&](const QSqlQuery& q) {
                       auto it = facts.find(q.value(0).toLongLong());
                       if (it == facts.end())
                           return;
                       ++it->checks;
                       const QString name = q.value(1).toString();
                       if (q.value(2).isNull())
                           it->uncheckedChecks << name;
                       else if (q.value(2).toInt() == 0)
                           it->failingChecks << name;
                   });
    if (!done)
        return done.error();

    // Stored verdicts that found a metric degraded: "error_rate (Payments API)".
    done = forEachRow(m_db,
                      QStringLiteral("SELECT v.release_id, m.name, s.name FROM metric_verdicts v "
                                     "JOIN service_metrics m ON m.id = v.metric_id JOIN services "
                                     "s ON s.id = m.service_id WHERE v.verdict = 'degraded' AND "
                                     "v.release_id") +
                          scope + QStringLiteral(" ORDER BY v.release_id, m.name, s.name"),
                      releaseId, [&](const QSqlQuery& q) {
                          auto it = facts.find(q.value(0).toLongLong());
                          if (it != facts.end())
                              it->degradedMetrics << QStringLiteral("%1 (%2)").arg(
                                  q.value(1).toString(), q.value(2).toString());
                      });
    if (!done)
        return done.error();

    done = forEachRow(m_db,
                      QStringLiteral("SELECT p.release_id, p.state FROM post_reviews p WHERE "
                                     "p.release_id") +
                          scope,
                      releaseId, [&](const QSqlQuery& q) {
                          auto it = facts.find(q.value(0).toLongLong());
                          if (it == facts.end())
                              return;
                          it->reviewExists = true;
                          it->reviewDone = q.value(1).toString() == u"done";
                      });
    if (!done)
        return done.error();

    // Settled items; an item without a row is open.
    QHash<qint64, QSet<QString>> settled;
    done = forEachRow(m_db,
                      QStringLiteral("SELECT c.release_id, c.item FROM closure_checklist c WHERE "
                                     "c.state IN ('done', 'not_applicable') AND c.release_id") +
                          scope,
                      releaseId, [&](const QSqlQuery& q) {
                          settled[q.value(0).toLongLong()].insert(q.value(1).toString());
                      });
    if (!done)
        return done.error();

    done = forEachRow(m_db,
                      QStringLiteral("SELECT m.release_id, m.name FROM release_success_metrics m "
                                     "WHERE m.actual IS NULL AND m.release_id") +
                          scope + QStringLiteral(" ORDER BY m.release_id, m.name"),
                      releaseId, [&](const QSqlQuery& q) {
                          auto it = facts.find(q.value(0).toLongLong());
                          if (it != facts.end())
                              it->metricsWithoutActual << q.value(1).toString();
                      });
    if (!done)
        return done.error();

    QStringList requiredFor = defaultReviewRequiredFor();
    QSqlQuery meta(m_db.connection());
    if (!meta.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?")))
        return m_db.errorFrom(meta.lastError(), doing());
    meta.addBindValue(QStringLiteral("review_required_for"));
    if (!meta.exec())
        return m_db.errorFrom(meta.lastError(), doing());
    if (meta.next()) {
        requiredFor.clear();
        // Read as ReviewService reads it: "Rolled-Back" is rolled_back.
        for (const QString& part : meta.value(0).toString().split(u',')) {
            const QString key = part.trimmed().toLower().replace(u'-', u'_');
            if (!key.isEmpty())
                requiredFor << key;
        }
    }

    // Each item's key and name once: translating them per release costs more than the reads.
    QList<std::pair<QString, QString>> items;
    for (ChecklistKey key : allChecklistKeys())
        items.append({toKey(key), displayName(key)});
    for (auto it = facts.begin(); it != facts.end(); ++it) {
        it->reviewRequired = isReviewRequired(typeOf.value(it.key()), it->productionFailed,
                                              it->productionRolledBack, requiredFor);
        const auto settledHere = settled.constFind(it.key());
        for (const auto& [key, name] : std::as_const(items))
            if (settledHere == settled.cend() || !settledHere->contains(key))
                it->openChecklistItems << name;
    }
    return facts;
}

} // namespace slipway
