// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("TemplateRepository", "saving a template");
}

const QString kSelect = QStringLiteral(
    "SELECT t.id, t.name, t.kind, t.current_version, v.subject, v.body, t.row_version, "
    "t.updated_by, t.updated_at FROM comm_templates t JOIN comm_template_versions v "
    "ON v.template_id = t.id AND v.version = t.current_version");

MessageTemplate templateFrom(const QSqlQuery& q) {
    MessageTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.kind = templateKindFromKey(q.value(2).toString()).value_or(TemplateKind::ReleaseNotice);
    t.version = q.value(3).toInt();
    t.subject = q.value(4).toString();
    t.body = q.value(5).toString();
    t.rowVersion = q.value(6).toLongLong();
    t.updatedBy = q.value(7).toString();
    t.updatedAt = q.value(8).toLongLong();
    return t;
}

} // namespace

TemplateRepository::TemplateRepository(Database& db)
    : m_db(db) {}

Result<QList<MessageTemplate>> TemplateRepository::all() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY t.name")))
        return m_db.errorFrom(q.lastError(), doing());
    QList<MessageTemplate> out;
    while (q.next())
        out.append(templateFrom(q));
    return out;
}

Result<MessageTemplate> TemplateRepository::findWhere(const QString& where,
                                                      const QVariant& value) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE ") + where);
    q.addBindValue(value);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (!q.next())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("TemplateRepository", "There is no template '%1'.")
                         .arg(value.toString())};
    return templateFrom(q);
}

Result<MessageTemplate> TemplateRepository::find(qint64 id) const {
    return findWhere(QStringLiteral("t.id = ?"), id);
}

Result<MessageTemplate> TemplateRepository::findByName(const QString& name) const {
    return findWhere(QStringLiteral("t.name = ?"), name);
}

Result<QList<TemplateVersion>> TemplateRepository::versions(qint64 templateId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT template_id, version, subject, body, created_by, created_at "
                             "FROM comm_template_versions WHERE template_id = ? "
                             "ORDER BY version DESC"));
    q.addBindValue(templateId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<TemplateVersion> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong()});
    return out;
}

Result<TemplateVersion> TemplateRepository::version(qint64 templateId, int version) const {
    auto all = versions(templateId);
    if (!all)
        return all.error();
    for (const TemplateVersion& v : std::as_const(all.value()))
        if (v.version == version)
            return v;
    return Error{Error::Kind::NotFound,
                 QCoreApplication::translate("TemplateRepository", "Template %1 has no version %2.")
                     .arg(templateId)
                     .arg(version)};
}

Result<MessageTemplate> TemplateRepository::insert(const MessageTemplate& t, const QString& actor,
                                                   qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("comm_templates"),
        QStringLiteral(
            "name, kind, current_version, created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, 1, ?, ?, ?, ?"), t.id);
    q.addBindValue(t.name.trimmed());
    q.addBindValue(toKey(t.kind));
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value();
    q.prepare(QStringLiteral("INSERT INTO comm_template_versions (template_id, version, subject, "
                             "body, created_by, created_at) VALUES (?, 1, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(sql::text(t.subject));
    q.addBindValue(sql::text(t.body));
    q.addBindValue(actor);
    q.addBindValue(now);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    return find(id);
}

Result<MessageTemplate> TemplateRepository::addVersion(const MessageTemplate& t,
                                                       const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE comm_templates SET current_version = current_version + 1, "
                             "row_version = row_version + 1, updated_by = ?, updated_at = ? "
                             "WHERE id = ? AND row_version = ?"));
    sql::bindUpdated(q, actor, now, t.id, t.rowVersion);
    const auto updated =
        sql::changeVersioned(m_db, q, QStringLiteral("comm_templates"), t.id, t.name, doing());
    if (!updated)
        return updated.error();
    q.prepare(QStringLiteral(
        "INSERT INTO comm_template_versions (template_id, version, subject, body, created_by, "
        "created_at) SELECT id, current_version, ?, ?, ?, ? FROM comm_templates WHERE id = ?"));
    q.addBindValue(sql::text(t.subject));
    q.addBindValue(sql::text(t.body));
    q.addBindValue(actor);
    q.addBindValue(now);
    q.addBindValue(t.id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    return find(t.id);
}

} // namespace slipway
