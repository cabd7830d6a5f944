// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateRepository.h"

#include "Database.h"
#include "GateRows.h"
#include "RowStatements.h"
#include "SqlValues.h"
#include "StaleRow.h"
#include "domain/Artifact.h"
#include "domain/Release.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {

using namespace gaterows;

GateRepository::GateRepository(Database& db)
    : m_db(db) {}

Result<QList<ReleaseGate>> GateRepository::load(const QString& where,
                                                const QVariantList& binds) const {
    const QString doing = GateText::tr("reading gates");
    QSqlQuery q(m_db.connection());
    // `where` is one of this file's constants about `g` (release_gates); values are bound.
    q.prepare(QStringLiteral("SELECT g.id, g.release_id, g.position, g.name, g.stage, g.due_at, "
                             "g.source, g.promoted_by, g.promoted_at, g.row_version "
                             "FROM release_gates g ") +
              where + QStringLiteral(" ORDER BY g.release_id, g.position, g.id"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing);
    QList<ReleaseGate> gates;
    QHash<qint64, qsizetype> gateIndex;
    while (q.next()) {
        ReleaseGate g;
        g.id = q.value(0).toLongLong();
        g.releaseId = q.value(1).toLongLong();
        g.position = q.value(2).toInt();
        g.name = q.value(3).toString();
        g.stage = q.value(4).toString();
        g.dueAt = fromSecs(q.value(5));
        g.source = q.value(6).toString();
        g.promotedBy = q.value(7).toString();
        g.promotedAt = fromSecs(q.value(8));
        g.rowVersion = q.value(9).toLongLong();
        gateIndex.insert(g.id, gates.size());
        gates.append(g);
    }
    if (gates.isEmpty())
        return gates;

    const QString gateIds = QStringLiteral("(SELECT g.id FROM release_gates g ") + where + u')';
    q.prepare(QStringLiteral("SELECT ") + kCriterionColumns +
              QStringLiteral(" FROM gate_criteria c WHERE c.gate_id IN ") + gateIds +
              QStringLiteral(" ORDER BY c.gate_id, c.position, c.id"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing);
    QHash<qint64, std::pair<qsizetype, qsizetype>> criterionIndex;
    while (q.next()) {
        GateCriterion c = criterionFrom(q);
        const qsizetype gi = gateIndex.value(c.gateId, -1);
        if (gi < 0)
            continue;
        criterionIndex.insert(c.id, {gi, gates[gi].criteria.size()});
        gates[gi].criteria.append(c);
    }

    // Finding tallies: open by severity, suppressed in the file, marked false positive.
    q.prepare(QStringLiteral(
                  "SELECT f.criterion_id, f.severity, f.suppressed, r.fingerprint IS NOT NULL, "
                  "count(*) FROM gate_findings f JOIN gate_criteria c ON c.id = f.criterion_id "
                  "LEFT JOIN finding_reviews r ON r.criterion_id = f.criterion_id AND "
                  "r.fingerprint = f.fingerprint WHERE c.gate_id IN ") +
              gateIds + QStringLiteral(" GROUP BY 1, 2, 3, 4"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing);
    while (q.next()) {
        const auto it = criterionIndex.constFind(q.value(0).toLongLong());
        if (it == criterionIndex.cend())
            continue;
        FindingTally& t = gates[it->first].criteria[it->second].findings;
        const int n = q.value(4).toInt();
        if (q.value(2).toBool())
            t.suppressed += n;
        else if (q.value(3).toBool())
            t.falsePositive += n;
        else
            t.open[severityIndex(q.value(1).toString())] += n;
    }

    if (m_db.schemaVersion() >= kEvidenceDigestsSchema) {
        // The artifacts each criterion's evidence was produced against.
        q.prepare(QStringLiteral("SELECT d.criterion_id, d.sha256 FROM gate_evidence_digests d "
                                 "JOIN gate_criteria c ON c.id = d.criterion_id WHERE "
                                 "c.gate_id IN ") +
                  gateIds + QStringLiteral(" ORDER BY 1, 2"));
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing);
        while (q.next()) {
            const auto it = criterionIndex.constFind(q.value(0).toLongLong());
            if (it == criterionIndex.cend())
                continue;
            auto& evidence = gates[it->first].criteria[it->second].evidence;
            if (evidence)
                evidence->artifactDigests << q.value(1).toString();
        }
        // Artifact integrity: the release's artifacts, each by its latest verification.
        q.prepare(QStringLiteral(
                      "SELECT g.id, a.name, coalesce((SELECT v.result FROM artifact_verifications "
                      "v WHERE v.artifact_id = a.id ORDER BY v.id DESC LIMIT 1), 'unverified') "
                      "FROM release_gates g JOIN artifacts a ON a.release_id = g.release_id "
                      "WHERE g.id IN ") +
                  gateIds +
                  QStringLiteral(" AND EXISTS (SELECT 1 FROM gate_criteria c WHERE c.gate_id = "
                                 "g.id AND c.kind = 'artifact_integrity') ORDER BY g.id, a.name"));
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing);
        while (q.next()) {
            const qsizetype gi = gateIndex.value(q.value(0).toLongLong(), -1);
            if (gi < 0)
                continue;
            const QString name = q.value(1).toString();
            const QString state = q.value(2).toString();
            for (GateCriterion& c : gates[gi].criteria) {
                if (c.spec.kind != CriterionKind::ArtifactIntegrity)
                    continue;
                ArtifactTally& t = c.artifacts;
                ++t.total;
                if (state == u"verified")
                    ++t.verified;
                else if (state == u"unverified")
                    t.unchecked << name;
                else
                    t.failing << name + QStringLiteral(": ") +
                                     displayName(artifactStateFromKey(state).value_or(
                                                     ArtifactState::Unverified))
                                         .toLower();
            }
        }
    }

    q.prepare(QStringLiteral("SELECT ") + kWaiverColumns +
              QStringLiteral(" FROM gate_waivers w WHERE w.gate_id IN ") + gateIds +
              QStringLiteral(" ORDER BY w.gate_id, w.id"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing);
    while (q.next()) {
        GateWaiver w = waiverFrom(q);
        const qsizetype gi = gateIndex.value(w.gateId, -1);
        if (gi >= 0)
            gates[gi].waivers.append(w);
    }
    return gates;
}

Result<QList<ReleaseGate>> GateRepository::gatesOf(qint64 releaseId) const {
    return load(QStringLiteral("WHERE g.release_id = ?"), {releaseId});
}

Result<QHash<qint64, QList<ReleaseGate>>> GateRepository::gatesOfOpenReleases() const {
    auto all = load(QStringLiteral("WHERE g.release_id IN (SELECT id FROM releases WHERE status "
                                   "NOT IN ('closed', 'cancelled'))"),
                    {});
    if (!all)
        return all.error();
    QHash<qint64, QList<ReleaseGate>> out;
    for (ReleaseGate& g : all.value())
        out[g.releaseId].append(std::move(g));
    return out;
}

Result<ReleaseGate> GateRepository::findGate(qint64 gateId) const {
    auto found = load(QStringLiteral("WHERE g.id = ?"), {gateId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{Error::Kind::NotFound,
                     GateText::tr("Gate %1 no longer exists — reload.").arg(gateId)};
    return found->first();
}

Result<GateCriterion> GateRepository::findCriterion(qint64 criterionId) const {
    auto gate =
        load(QStringLiteral("WHERE g.id = (SELECT gate_id FROM gate_criteria WHERE id = ?)"),
             {criterionId});
    if (!gate)
        return gate.error();
    for (const ReleaseGate& g : gate.value())
        for (const GateCriterion& c : g.criteria)
            if (c.id == criterionId)
                return c;
    return Error{Error::Kind::NotFound,
                 GateText::tr("Criterion %1 no longer exists — reload.").arg(criterionId)};
}

Result<QList<GateCriterion>> GateRepository::criteriaNamed(qint64 releaseId,
                                                           const QString& name) const {
    auto gates = gatesOf(releaseId);
    if (!gates)
        return gates.error();
    QList<GateCriterion> out;
    for (const ReleaseGate& g : gates.value())
        for (const GateCriterion& c : g.criteria)
            if (c.spec.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                out.append(c);
    return out;
}

Result<qint64> GateRepository::releaseOfGate(qint64 gateId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT release_id FROM release_gates WHERE id = ?"));
    q.addBindValue(gateId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), GateText::tr("reading gates"));
    if (!q.next())
        return Error{Error::Kind::NotFound,
                     GateText::tr("Gate %1 no longer exists — reload.").arg(gateId)};
    return q.value(0).toLongLong();
}

Result<qint64> GateRepository::releaseOfCriterion(qint64 criterionId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT g.release_id FROM gate_criteria c JOIN release_gates g ON "
                             "g.id = c.gate_id WHERE c.id = ?"));
    q.addBindValue(criterionId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), GateText::tr("reading gates"));
    if (!q.next())
        return Error{Error::Kind::NotFound,
                     GateText::tr("Criterion %1 no longer exists — reload.").arg(criterionId)};
    return q.value(0).toLongLong();
}

Result<int> GateRepository::instantiate(const Release& release,
                                        const QList<GateTemplate>& templates, const QString& source,
                                        const QString& actor, qint64 now, QList<qint64>* addedIds) {
    const QString doing = GateText::tr("adding gates to a release");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, max(position) FROM release_gates WHERE release_id = ? "
                             "GROUP BY name"));
    q.addBindValue(release.id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing);
    QStringList existing;
    int position = 0;
    while (q.next()) {
        existing << q.value(0).toString().toLower();
        position = std::max(position, q.value(1).toInt() + 1);
    }
    int added = 0;
    for (const GateTemplate& t : templates) {
        if (existing.contains(t.name.trimmed().toLower()))
            continue;
        existing << t.name.trimmed().toLower();
        q.prepare(QStringLiteral(
            "INSERT INTO release_gates (release_id, position, name, stage, due_at, source, "
            "created_by, created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?) RETURNING id"));
        q.addBindValue(release.id);
        q.addBindValue(position++);
        q.addBindValue(t.name.trimmed());
        q.addBindValue(sql::text(t.stage));
        q.addBindValue(
            release.windowStart.isValid()
                ? QVariant(release.windowStart.toSecsSinceEpoch() - qint64(t.dueDays) * 86400)
                : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(source);
        q.addBindValue(actor);
        q.addBindValue(now);
        q.addBindValue(actor);
        q.addBindValue(now);
        const auto inserted = sql::insertReturningId(m_db, q, doing);
        if (!inserted)
            return inserted.error();
        const qint64 gateId = inserted.value();
        if (addedIds)
            addedIds->append(gateId);
        QSqlQuery c(m_db.connection());
        c.prepare(QStringLiteral(
            "INSERT INTO gate_criteria (gate_id, position, name, kind, threshold, severity, "
            "metric, comparator, unit, role, updated_by, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < t.criteria.size(); ++i) {
            const CriterionSpec& s = t.criteria[i];
            c.addBindValue(gateId);
            c.addBindValue(i);
            c.addBindValue(s.name.trimmed());
            c.addBindValue(toKey(s.kind));
            c.addBindValue(optionalReal(s.threshold));
            c.addBindValue(sql::text(s.severity));
            c.addBindValue(sql::text(s.metric));
            c.addBindValue(sql::text(s.comparator));
            c.addBindValue(sql::text(s.unit));
            c.addBindValue(sql::text(s.role));
            c.addBindValue(actor);
            c.addBindValue(now);
            if (!c.exec())
                return m_db.errorFrom(c.lastError(), doing);
        }
        ++added;
    }
    return added;
}

Result<void> GateRepository::removeGates(const QList<qint64>& gateIds) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM release_gates WHERE id = ?"));
    for (const qint64 id : gateIds) {
        q.addBindValue(id);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), GateText::tr("removing gates from a release"));
        if (q.numRowsAffected() != 1)
            return Error{Error::Kind::NotFound,
                         GateText::tr("Gate %1 no longer exists — reload.").arg(id)};
    }
    return {};
}

Result<void> GateRepository::restoreGates(const QList<ReleaseGate>& gates, const QString& actor,
                                          qint64 now) {
    const QString doing = GateText::tr("adding gates to a release");
    // Each row is prepared on its own: a restored gate or criterion keeps its old id, a new one
    // leaves the id to the engine.
    QSqlQuery q(m_db.connection());
    QSqlQuery c(m_db.connection());
    for (const ReleaseGate& g : gates) {
        sql::prepareInsert(q, QStringLiteral("release_gates"),
                           QStringLiteral("release_id, position, name, stage, due_at, source, "
                                          "created_by, created_at, updated_by, updated_at"),
                           QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?"), g.id);
        q.addBindValue(g.releaseId);
        q.addBindValue(g.position);
        q.addBindValue(g.name);
        q.addBindValue(sql::text(g.stage));
        q.addBindValue(g.dueAt.isValid() ? QVariant(g.dueAt.toSecsSinceEpoch())
                                         : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(g.source.isEmpty() ? QStringLiteral("template") : g.source);
        q.addBindValue(actor);
        q.addBindValue(now);
        q.addBindValue(actor);
        q.addBindValue(now);
        const auto inserted = sql::insertReturningId(m_db, q, doing);
        if (!inserted)
            return inserted.error();
        const qint64 gateId = inserted.value();
        for (const GateCriterion& k : g.criteria) {
            const CriterionSpec& s = k.spec;
            sql::prepareInsert(c, QStringLiteral("gate_criteria"),
                               QStringLiteral("gate_id, position, name, kind, threshold, severity, "
                                              "metric, comparator, unit, role, updated_by, "
                                              "updated_at"),
                               QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"), k.id);
            c.addBindValue(gateId);
            c.addBindValue(k.position);
            c.addBindValue(s.name);
            c.addBindValue(toKey(s.kind));
            c.addBindValue(optionalReal(s.threshold));
            c.addBindValue(sql::text(s.severity));
            c.addBindValue(sql::text(s.metric));
            c.addBindValue(sql::text(s.comparator));
            c.addBindValue(sql::text(s.unit));
            c.addBindValue(sql::text(s.role));
            c.addBindValue(actor);
            c.addBindValue(now);
            if (!c.exec())
                return m_db.errorFrom(c.lastError(), doing);
        }
    }
    return {};
}

} // namespace slipway
