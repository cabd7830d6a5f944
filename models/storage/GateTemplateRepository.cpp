// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateTemplateRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(GateTemplateRepository)
};

} // namespace

GateTemplateRepository::GateTemplateRepository(Database& db)
    : m_db(db) {}

Result<QList<GateTemplate>> GateTemplateRepository::select(const QString& where,
                                                           const QVariantList& binds) const {
    QSqlQuery q(m_db.connection());
    // `where` is one of this file's constants; values are bound.
    q.prepare(QStringLiteral("SELECT id, release_type, position, name, stage, due_days, "
                             "row_version FROM gate_templates ") +
              where +
              QStringLiteral(" ORDER BY CASE release_type WHEN 'major' THEN 0 WHEN 'minor' "
                             "THEN 1 WHEN 'patch' THEN 2 ELSE 3 END, position, id"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), Text::tr("reading gate templates"));
    QList<GateTemplate> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        GateTemplate t;
        t.id = q.value(0).toLongLong();
        t.releaseType = releaseTypeFromKey(q.value(1).toString()).value_or(ReleaseType::Minor);
        t.position = q.value(2).toInt();
        t.name = q.value(3).toString();
        t.stage = q.value(4).toString();
        t.dueDays = q.value(5).toInt();
        t.rowVersion = q.value(6).toLongLong();
        index.insert(t.id, out.size());
        out.append(t);
    }
    if (out.isEmpty())
        return out;
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT template_id, name, kind, threshold, severity, metric, "
                               "comparator, unit, role FROM gate_template_criteria "
                               "ORDER BY template_id, position, id")))
        return m_db.errorFrom(q.lastError(), Text::tr("reading gate templates"));
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        CriterionSpec c;
        c.name = q.value(1).toString();
        c.kind = criterionKindFromKey(q.value(2).toString()).value_or(CriterionKind::Manual);
        if (!q.value(3).isNull())
            c.threshold = q.value(3).toDouble();
        c.severity = q.value(4).toString();
        c.metric = q.value(5).toString();
        c.comparator = q.value(6).toString();
        c.unit = q.value(7).toString();
        c.role = q.value(8).toString();
        out[*it].criteria.append(c);
    }
    return out;
}

Result<QList<GateTemplate>> GateTemplateRepository::forType(ReleaseType type) const {
    return select(QStringLiteral("WHERE release_type = ?"), {toKey(type)});
}

Result<QList<GateTemplate>> GateTemplateRepository::all() const {
    return select(QString(), {});
}

Result<GateTemplate> GateTemplateRepository::find(qint64 id) const {
    auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{Error::Kind::NotFound,
                     Text::tr("Gate template %1 no longer exists — reload.").arg(id)};
    return found->first();
}

Result<void> GateTemplateRepository::writeCriteria(qint64 templateId,
                                                   const QList<CriterionSpec>& criteria) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM gate_template_criteria WHERE template_id = ?"));
    q.addBindValue(templateId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), Text::tr("saving a gate template"));
    q.prepare(QStringLiteral(
        "INSERT INTO gate_template_criteria (template_id, position, name, kind, threshold, "
        "severity, metric, comparator, unit, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < criteria.size(); ++i) {
        const CriterionSpec& c = criteria[i];
        q.addBindValue(templateId);
        q.addBindValue(i);
        q.addBindValue(c.name.trimmed());
        q.addBindValue(toKey(c.kind));
        q.addBindValue(c.threshold ? QVariant(*c.threshold)
                                   : QVariant(QMetaType::fromType<double>()));
        q.addBindValue(sql::text(c.severity));
        q.addBindValue(sql::text(c.metric));
        q.addBindValue(sql::text(c.comparator));
        q.addBindValue(sql::text(c.unit));
        q.addBindValue(sql::text(c.role));
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), Text::tr("saving a gate template"));
    }
    return {};
}

Result<GateTemplate> GateTemplateRepository::insert(const GateTemplate& t, const QString& actor,
                                                    qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(q, QStringLiteral("gate_templates"),
                       QStringLiteral("release_type, position, name, stage, due_days, created_by, "
                                      "created_at, updated_by, updated_at"),
                       QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?"), t.id);
    q.addBindValue(toKey(t.releaseType));
    q.addBindValue(t.position);
    q.addBindValue(t.name.trimmed());
    q.addBindValue(sql::text(t.stage));
    q.addBindValue(t.dueDays);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, Text::tr("saving a gate template"));
    if (!inserted)
        return inserted.error();
    if (auto written = writeCriteria(inserted.value(), t.criteria); !written)
        return written.error();
    return find(inserted.value());
}

Result<GateTemplate> GateTemplateRepository::update(const GateTemplate& t, const QString& actor,
                                                    qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE gate_templates SET release_type = ?, position = ?, name = ?, stage = ?, "
        "due_days = ?, row_version = row_version + 1, updated_by = ?, updated_at = ? "
        "WHERE id = ? AND row_version = ?"));
    q.addBindValue(toKey(t.releaseType));
    q.addBindValue(t.position);
    q.addBindValue(t.name.trimmed());
    q.addBindValue(sql::text(t.stage));
    q.addBindValue(t.dueDays);
    sql::bindUpdated(q, actor, now, t.id, t.rowVersion);
    const auto updated = sql::changeVersioned(m_db, q, QStringLiteral("gate_templates"), t.id,
                                              t.name, Text::tr("saving a gate template"));
    if (!updated)
        return updated.error();
    if (auto written = writeCriteria(t.id, t.criteria); !written)
        return written.error();
    return find(t.id);
}

Result<void> GateTemplateRepository::remove(qint64 id, qint64 expectedRowVersion) {
    QSqlQuery q(m_db.connection());
    sql::prepareVersionedDelete(q, QStringLiteral("gate_templates"), id, expectedRowVersion);
    return sql::changeVersioned(m_db, q, QStringLiteral("gate_templates"), id,
                                Text::tr("gate template"), Text::tr("removing a gate template"));
}

} // namespace slipway
