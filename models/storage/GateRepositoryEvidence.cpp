// SPDX-License-Identifier: GPL-3.0-or-later
// GateRepository: criteria evidence, reviewed findings, ticks and promotions.
#include "GateRepository.h"

#include "Database.h"
#include "GateRows.h"
#include "SqlValues.h"
#include "StaleRow.h"
#include "domain/Release.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {

using namespace gaterows;

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
        return m_db.errorFrom(q.lastError(), GateText::tr("reading findings"));
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
    s.rowVersion = criterion->rowVersion;
    auto found = findings(criterionId);
    if (!found)
        return found.error();
    s.findings = found.value();
    return s;
}

Result<void> GateRepository::setEvidence(qint64 criterionId, const EvidenceSnapshot& s,
                                         const QString& actor, qint64 now) {
    const QString doing = GateText::tr("saving evidence");
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
                     GateText::tr("Criterion %1 no longer exists — reload.").arg(criterionId)};
    if (m_db.schemaVersion() >= kEvidenceDigestsSchema) {
        q.prepare(QStringLiteral("DELETE FROM gate_evidence_digests WHERE criterion_id = ?"));
        q.addBindValue(criterionId);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing);
        q.prepare(
            QStringLiteral("INSERT INTO gate_evidence_digests (criterion_id, sha256) VALUES (?, ?) "
                           "ON CONFLICT DO NOTHING"));
        for (const QString& digest : e.artifactDigests) {
            q.addBindValue(criterionId);
            q.addBindValue(digest);
            if (!q.exec())
                return m_db.errorFrom(q.lastError(), doing);
        }
    } else if (!e.artifactDigests.isEmpty()) {
        return Error{Error::Kind::Internal,
                     GateText::tr("This file's schema cannot record artifact digests.")};
    }
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
        return m_db.errorFrom(q.lastError(), GateText::tr("reading findings"));
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
    q.prepare(QStringLiteral("INSERT INTO finding_reviews (criterion_id, fingerprint, reason, "
                             "reviewed_by, reviewed_at) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (criterion_id, fingerprint) DO UPDATE SET "
                             "reason = excluded.reason, reviewed_by = excluded.reviewed_by, "
                             "reviewed_at = excluded.reviewed_at"));
    q.addBindValue(criterionId);
    q.addBindValue(fingerprint);
    q.addBindValue(reason.trimmed());
    q.addBindValue(by);
    q.addBindValue(at);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), GateText::tr("saving a finding review"));
    return {};
}

Result<void> GateRepository::clearReview(qint64 criterionId, const QString& fingerprint) {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("DELETE FROM finding_reviews WHERE criterion_id = ? AND fingerprint = ?"));
    q.addBindValue(criterionId);
    q.addBindValue(fingerprint);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), GateText::tr("saving a finding review"));
    return {};
}

Result<void> GateRepository::setChecked(qint64 criterionId, const QString& by, const QDateTime& at,
                                        const QString& actor, qint64 now,
                                        std::optional<qint64> expectedRowVersion) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE gate_criteria SET checked_by = ?, checked_at = ?, "
                             "row_version = row_version + 1, updated_by = ?, updated_at = ? "
                             "WHERE id = ? AND (CAST(? AS BIGINT) IS NULL OR row_version = ?)"));
    q.addBindValue(sql::text(by));
    q.addBindValue(by.isEmpty() ? QVariant(QMetaType::fromType<qint64>()) : sql::secs(at));
    q.addBindValue(actor);
    q.addBindValue(now);
    q.addBindValue(criterionId);
    const QVariant expected = expectedRowVersion ? QVariant(*expectedRowVersion)
                                                 : QVariant(QMetaType::fromType<qint64>());
    q.addBindValue(expected);
    q.addBindValue(expected);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), GateText::tr("saving a check"));
    if (q.numRowsAffected() == 0)
        return staleRowErrorByColumn(m_db, QStringLiteral("gate_criteria"), criterionId,
                                     QStringLiteral("name"));
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
        return m_db.errorFrom(q.lastError(), GateText::tr("saving a promotion"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Kind::NotFound,
                     GateText::tr("Gate %1 no longer exists — reload.").arg(gateId)};
    return {};
}

} // namespace slipway
