// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveTemplateCommand.h"

#include "services/TemplateService.h"

#include <QDateTime>
#include <QLocale>

namespace slipway::ui {

SaveTemplateCommand::SaveTemplateCommand(TemplateService& service, const MessageTemplate& before,
                                         QString subject, QString body, ErrorSink onError)
    : UndoCommand(tr("Save template “%1”").arg(before.name), std::move(onError))
    , m_service(service)
    , m_before(before)
    , m_subject(std::move(subject))
    , m_body(std::move(body)) {}

Result<void> SaveTemplateCommand::save(const QString& subject, const QString& body,
                                       qint64 rowVersion) {
    MessageTemplate t = m_before;
    t.subject = subject;
    t.body = body;
    t.rowVersion = rowVersion;
    auto saved = m_service.saveVersion(t);
    if (!saved)
        return saved.error();
    return {};
}

Result<qint64> SaveTemplateCommand::versionHolding(const QString& subject, const QString& body) {
    auto current = m_service.find(m_before.id);
    if (!current)
        return current.error();
    if (current->subject != subject || current->body != body)
        return Error{Error::Kind::Stale,
                     tr("“%1” was changed by %2 at %3 — reload.")
                         .arg(current->name, current->updatedBy,
                              QLocale().toString(QDateTime::fromSecsSinceEpoch(current->updatedAt),
                                                 QLocale::ShortFormat))};
    return current->rowVersion;
}

Result<void> SaveTemplateCommand::apply() {
    auto version = firstApply() ? Result<qint64>(m_before.rowVersion)
                                : versionHolding(m_before.subject, m_before.body);
    if (!version)
        return version.error();
    return save(m_subject, m_body, version.value());
}

Result<void> SaveTemplateCommand::revert() {
    auto version = versionHolding(m_subject, m_body);
    if (!version)
        return version.error();
    return save(m_before.subject, m_before.body, version.value());
}

} // namespace slipway::ui
