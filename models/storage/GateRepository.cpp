// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "StaleRow.h"
#include "domain/Release.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("GateRepository", text);
}

using sql::fromSecs;

QVariant optionalReal(const std::optional<double>& v) {
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

int severityIndex(const QString& key) {
    static const QStringList keys{QStringLiteral("none"), QStringLiteral("low"),
                                  QStringLiteral("medium"), QStringLiteral("high"),
                                  QStringLiteral("critical")};
    return std::max(0, int(keys.indexOf(key)));
}

const QString kCriterionColumns = QStringLiteral(
    "c.id, c.gate_id, c.position, c.name, c.kind, c.threshold, c.severity, c.metric, "
    "c.comparator, c.unit, c.role, c.evidence_file, c.evidence_sha256, c.evidence_size, "
    "c.evidence_by, c.evidence_at, c.evidence_counts, c.measured, c.checked_by, c.checked_at, "
    "c.row_version");

GateCriterion criterionFrom(const QSqlQuery& q) {
    GateCriterion c;
    c.id = q.value(0).toLongLong();
    c.gateId = q.value(1).toLongLong();
    c.position = q.value(2).toInt();
    c.spec.name = q.value(3).toString();
    c.spec.kind = criterionKindFromKey(q.value(4).toString()).value_or(CriterionKind::Manual);
    if (!q.value(5).isNull())
        c.spec.threshold = q.value(5).toDouble();
    c.spec.severity = q.value(6).toString();
    c.spec.metric = q.value(7).toString();
    c.spec.comparator = q.value(8).toString();
    c.spec.unit = q.value(9).toString();
    c.spec.role = q.value(10).toString();
    if (!q.value(12).toString().isEmpty()) {
        CriterionEvidence e;
        e.fileName = q.value(11).toString();
        e.sha256 = q.value(12).toString();
        e.size = q.value(13).toLongLong();
        e.importedBy = q.value(14).toString();
        e.importedAt = fromSecs(q.value(15));
        e.counts = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object();
        if (!q.value(17).isNull())
            e.measured = q.value(17).toDouble();
        c.evidence = e;
    }
    c.checkedBy = q.value(18).toString();
    c.checkedAt = fromSecs(q.value(19));
    c.rowVersion = q.value(20).toLongLong();
    return c;
}

const QString kWaiverColumns = QStringLiteral(
    "w.id, w.gate_id, w.criterion_id, w.reason, w.controls, w.requested_by, w.requested_at, "
    "w.approved_by, w.approved_at, w.expires_at, w.validation_task, w.validation_owner, "
    "w.validation_done_by, w.validation_done_at, w.row_version");

GateWaiver waiverFrom(const QSqlQuery& q) {
    GateWaiver w;
    w.id = q.value(0).toLongLong();
    w.gateId = q.value(1).toLongLong();
    w.criterionId = q.value(2).toLongLong();
    w.reason = q.value(3).toString();
    w.controls = q.value(4).toString();
    w.requestedBy = q.value(5).toString();
    w.requestedAt = fromSecs(q.value(6));
    w.approvedBy = q.value(7).toString();
    w.approvedAt = fromSecs(q.value(8));
    w.expiresAt = fromSecs(q.value(9));
    w.validationTask = q.value(10).toString();
    w.validationOwner = q.value(11).toString();
    w.validationDoneBy = q.value(12).toString();
    w.validationDoneAt = fromSecs(q.value(13));
    w.rowVersion = q.value(14).toLongLong();
    return w;
}

} // namespace

GateRepository::GateRepository(Database& db)
    : m_db(db) {}

Result<QList<ReleaseGate>> GateRepository::load(const QString& where,
                                                const QVariantList& binds) const {
    const QString doing = tr("reading gates");
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
        return Error{Error::Kind::NotFound, tr("Gate %1 no longer exists — reload.").arg(gateId)};
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
                 tr("Criterion %1 no longer exists — reload.").arg(criterionId)};
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
        return m_db.errorFrom(q.lastError(), tr("reading gates"));
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("Gate %1 no longer exists — reload.").arg(gateId)};
    return q.value(0).toLongLong();
}

Result<qint64> GateRepository::releaseOfCriterion(qint64 criterionId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT g.release_id FROM gate_criteria c JOIN release_gates g ON "
                             "g.id = c.gate_id WHERE c.id = ?"));
    q.addBindValue(criterionId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading gates"));
    if (!q.next())
        return Error{Error::Kind::NotFound,
                     tr("Criterion %1 no longer exists — reload.").arg(criterionId)};
    return q.value(0).toLongLong();
}

Result<int> GateRepository::instantiate(const Release& release,
                                        const QList<GateTemplate>& templates, const QString& source,
                                        const QString& actor, qint64 now, QList<qint64>* addedIds) {
    const QString doing = tr("adding gates to a release");
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
            "?)"));
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
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing);
        const qint64 gateId = q.lastInsertId().toLongLong();
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
            return m_db.errorFrom(q.lastError(), tr("removing gates from a release"));
        if (q.numRowsAffected() != 1)
            return Error{Error::Kind::NotFound, tr("Gate %1 no longer exists — reload.").arg(id)};
    }
    return {};
}

Result<void> GateRepository::restoreGates(const QList<ReleaseGate>& gates, const QString& actor,
                                          qint64 now) {
    const QString doing = tr("adding gates to a release");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO release_gates (id, release_id, position, name, stage, due_at, source, "
        "created_by, created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    QSqlQuery c(m_db.connection());
    c.prepare(QStringLiteral(
        "INSERT INTO gate_criteria (id, gate_id, position, name, kind, threshold, severity, "
        "metric, comparator, unit, role, updated_by, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ReleaseGate& g : gates) {
        q.addBindValue(sql::optionalId(g.id));
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
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing);
        const qint64 gateId = g.id ? g.id : q.lastInsertId().toLongLong();
        for (const GateCriterion& k : g.criteria) {
            const CriterionSpec& s = k.spec;
            c.addBindValue(sql::optionalId(k.id));
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

Result<QList<GateFinding>> GateRepository::findings(qint64 criterionId) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT f.id, f.fingerprint, f.rule_id, f.severity, f.level, f.uri, f.line, f.message, "
        "f.tool, f.suppressed, f.justification, r.reason, r.reviewed_by, r.reviewed_at "
        "FROM gate_findings f LEFT JOIN finding_reviews r ON r.criterion_id = f.criterion_id "
        "AND r.fingerprint = f.fingerprint WHERE f.criterion_id = ? ORDER BY f.position"));
    q.addBindValue(criterionId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading findings"));
    QList<GateFinding> out;
    while (q.next()) {
        GateFinding f;
        f.id = q.value(0).toLongLong();
        f.fingerprint = q.value(1).toString();
        f.ruleId = q.value(2).toString();
        f.severity = q.value(3).toString();
        f.level = q.value(4).toString();
        f.uri = q.value(5).toString();
        f.line = q.value(6).toInt();
        f.message = q.value(7).toString();
        f.tool = q.value(8).toString();
        f.suppressed = q.value(9).toBool();
        f.justification = q.value(10).toString();
        f.falsePositiveReason = q.value(11).toString();
        f.reviewedBy = q.value(12).toString();
        f.reviewedAt = fromSecs(q.value(13));
        out.append(f);
    }
    return out;
}

Result<EvidenceSnapshot> GateRepository::snapshot(qint64 criterionId) const {
    auto criterion = findCriterion(criterionId);
    if (!criterion)
        return criterion.error();
    EvidenceSnapshot s;
    s.evidence = criterion->evidence;
    auto found = findings(criterionId);
    if (!found)
        return found.error();
    s.findings = found.value();
    return s;
}

Result<void> GateRepository::setEvidence(qint64 criterionId, const EvidenceSnapshot& s,
                                         const QString& actor, qint64 now) {
    const QString doing = tr("saving evidence");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE gate_criteria SET evidence_file = ?, evidence_sha256 = ?, evidence_size = ?, "
        "evidence_by = ?, evidence_at = ?, evidence_counts = ?, measured = ?, "
        "row_version = row_version + 1, updated_by = ?, updated_at = ? WHERE id = ?"));
    const CriterionEvidence e = s.evidence.value_or(CriterionEvidence{});
    q.addBindValue(sql::text(e.fileName));
    q.addBindValue(sql::text(e.sha256));
    q.addBindValue(e.size);
    q.addBindValue(sql::text(e.importedBy));
    q.addBindValue(sql::secs(e.importedAt));
    q.addBindValue(s.evidence
                       ? QString::fromUtf8(QJsonDocument(e.counts).toJson(QJsonDocument::Compact))
                       : QString(QStringLiteral("")));
    q.addBindValue(optionalReal(e.measured));
    q.addBindValue(actor);
    q.addBindValue(now);
    q.addBindValue(criterionId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing);
    if (q.numRowsAffected() == 0)
        return Error{Error::Kind::NotFound,
                     tr("Criterion %1 no longer exists — reload.").arg(criterionId)};
    q.prepare(QStringLiteral("DELETE FROM gate_findings WHERE criterion_id = ?"));
    q.addBindValue(criterionId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing);
    if (s.findings.isEmpty())
        return {};
    q.prepare(QStringLiteral(
        "INSERT INTO gate_findings (criterion_id, position, fingerprint, rule_id, severity, "
        "level, uri, line, message, tool, suppressed, justification) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < s.findings.size(); ++i) {
        const GateFinding& f = s.findings[i];
        q.addBindValue(criterionId);
        q.addBindValue(i);
        q.addBindValue(f.fingerprint);
        q.addBindValue(sql::text(f.ruleId));
        q.addBindValue(f.severity.isEmpty() ? QStringLiteral("none") : f.severity);
        q.addBindValue(sql::text(f.level));
        q.addBindValue(sql::text(f.uri));
        q.addBindValue(f.line);
        q.addBindValue(sql::text(f.message));
        q.addBindValue(sql::text(f.tool));
        q.addBindValue(f.suppressed ? 1 : 0);
        q.addBindValue(sql::text(f.justification));
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing);
    }
    return {};
}

Result<GateFinding> GateRepository::review(qint64 criterionId, const QString& fingerprint) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT reason, reviewed_by, reviewed_at FROM finding_reviews "
                             "WHERE criterion_id = ? AND fingerprint = ?"));
    q.addBindValue(criterionId);
    q.addBindValue(fingerprint);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading findings"));
    GateFinding f;
    f.fingerprint = fingerprint;
    if (q.next()) {
        f.falsePositiveReason = q.value(0).toString();
        f.reviewedBy = q.value(1).toString();
        f.reviewedAt = fromSecs(q.value(2));
    }
    return f;
}

Result<void> GateRepository::setReview(qint64 criterionId, const QString& fingerprint,
                                       const QString& reason, const QString& by, qint64 at) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO finding_reviews (criterion_id, fingerprint, "
                             "reason, reviewed_by, reviewed_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(criterionId);
    q.addBindValue(fingerprint);
    q.addBindValue(reason.trimmed());
    q.addBindValue(by);
    q.addBindValue(at);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("saving a finding review"));
    return {};
}

Result<void> GateRepository::clearReview(qint64 criterionId, const QString& fingerprint) {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("DELETE FROM finding_reviews WHERE criterion_id = ? AND fingerprint = ?"));
    q.addBindValue(criterionId);
    q.addBindValue(fingerprint);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("saving a finding review"));
    return {};
}

Result<void> GateRepository::setChecked(qint64 criterionId, const QString& by, const QDateTime& at,
                                        const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE gate_criteria SET checked_by = ?, checked_at = ?, "
                             "row_version = row_version + 1, updated_by = ?, updated_at = ? "
                             "WHERE id = ?"));
    q.addBindValue(sql::text(by));
    q.addBindValue(by.isEmpty() ? QVariant(QMetaType::fromType<qint64>()) : sql::secs(at));
    q.addBindValue(actor);
    q.addBindValue(now);
    q.addBindValue(criterionId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("saving a check"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Kind::NotFound,
                     tr("Criterion %1 no longer exists — reload.").arg(criterionId)};
    return {};
}

Result<void> GateRepository::setPromoted(qint64 gateId, const QString& by, const QDateTime& at,
                                         const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE release_gates SET promoted_by = ?, promoted_at = ?, "
                             "row_version = row_version + 1, updated_by = ?, updated_at = ? "
                             "WHERE id = ?"));
    q.addBindValue(sql::text(by));
    q.addBindValue(by.isEmpty() ? QVariant(QMetaType::fromType<qint64>()) : sql::secs(at));
    q.addBindValue(actor);
    q.addBindValue(now);
    q.addBindValue(gateId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("saving a promotion"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Kind::NotFound, tr("Gate %1 no longer exists — reload.").arg(gateId)};
    return {};
}

Result<GateWaiver> GateRepository::findWaiver(qint64 id) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kWaiverColumns +
              QStringLiteral(" FROM gate_waivers w WHERE w.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading waivers"));
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("Waiver %1 no longer exists — reload.").arg(id)};
    return waiverFrom(q);
}

Result<GateWaiver> GateRepository::insertWaiver(const GateWaiver& w, const QString& actor,
                                                qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO gate_waivers (id, gate_id, criterion_id, reason, controls, requested_by, "
        "requested_at, approved_by, approved_at, expires_at, validation_task, validation_owner, "
        "validation_done_by, validation_done_at, updated_by, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sql::optionalId(w.id));
    q.addBindValue(w.gateId);
    q.addBindValue(sql::optionalId(w.criterionId));
    q.addBindValue(w.reason.trimmed());
    q.addBindValue(w.controls.trimmed());
    q.addBindValue(w.requestedBy);
    q.addBindValue(sql::secs(w.requestedAt));
    q.addBindValue(sql::text(w.approvedBy));
    q.addBindValue(sql::secs(w.approvedAt));
    q.addBindValue(sql::secs(w.expiresAt));
    q.addBindValue(w.validationTask.trimmed());
    q.addBindValue(sql::text(w.validationOwner));
    q.addBindValue(sql::text(w.validationDoneBy));
    q.addBindValue(sql::secs(w.validationDoneAt));
    q.addBindValue(actor);
    q.addBindValue(now);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("saving a waiver"));
    return findWaiver(q.lastInsertId().toLongLong());
}

Result<GateWaiver> GateRepository::updateWaiver(const GateWaiver& w, const QString& actor,
                                                qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE gate_waivers SET approved_by = ?, approved_at = ?, validation_done_by = ?, "
        "validation_done_at = ?, row_version = row_version + 1, updated_by = ?, updated_at = ? "
        "WHERE id = ? AND row_version = ?"));
    q.addBindValue(sql::text(w.approvedBy));
    q.addBindValue(sql::secs(w.approvedAt));
    q.addBindValue(sql::text(w.validationDoneBy));
    q.addBindValue(sql::secs(w.validationDoneAt));
    q.addBindValue(actor);
    q.addBindValue(now);
    q.addBindValue(w.id);
    q.addBindValue(w.rowVersion);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("saving a waiver"));
    if (q.numRowsAffected() == 0)
        return staleRowError(m_db, QStringLiteral("gate_waivers"), w.id, tr("waiver"));
    return findWaiver(w.id);
}

Result<void> GateRepository::removeWaiver(qint64 id) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM gate_waivers WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("removing a waiver"));
    return {};
}

} // namespace slipway
