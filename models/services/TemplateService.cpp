// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateService.h"

#include "AuditedWrite.h"
#include "storage/TemplateRepository.h"

namespace slipway {

TemplateService::TemplateService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<MessageTemplate>> TemplateService::all() const {
    return TemplateRepository(m_db).all();
}
Result<MessageTemplate> TemplateService::find(qint64 id) const {
    return TemplateRepository(m_db).find(id);
}
Result<MessageTemplate> TemplateService::findByName(const QString& name) const {
    return TemplateRepository(m_db).findByName(name);
}
Result<QList<TemplateVersion>> TemplateService::versions(qint64 templateId) const {
    return TemplateRepository(m_db).versions(templateId);
}

Result<MessageTemplate> TemplateService::create(const MessageTemplate& tmpl) {
    if (const auto problems = validateTemplate(tmpl); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    MessageTemplate stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditTemplates, QStringLiteral("create"),
        QStringLiteral("comm_template"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            MessageTemplate fresh = tmpl;
            fresh.id = 0;
            auto written = TemplateRepository(m_db).insert(fresh, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{stored.id, {}, toJson(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT templateChanged(stored.id);
    return stored;
}

Result<MessageTemplate> TemplateService::saveVersion(const MessageTemplate& tmpl) {
    if (const auto problems = validateTemplate(tmpl); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    if (auto current = find(tmpl.id); current && current->rowVersion == tmpl.rowVersion &&
                                      current->subject == tmpl.subject &&
                                      current->body == tmpl.body)
        return current.value();
    MessageTemplate stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditTemplates, QStringLiteral("update"),
        QStringLiteral("comm_template"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            TemplateRepository repo(m_db);
            auto before = repo.find(tmpl.id);
            if (!before)
                return before.error();
            auto written = repo.addVersion(tmpl, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{stored.id, toJson(before.value()), toJson(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT templateChanged(stored.id);
    return stored;
}

} // namespace slipway
