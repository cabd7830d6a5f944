// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveTemplateCommand.h"

#include "services/TemplateService.h"

namespace slipway::ui {

SaveTemplateCommand::SaveTemplateCommand(TemplateService& service, const MessageTemplate& before,
                                         const QString& subject, const QString& body,
                                         std::function<void(const QString&)> onError)
    : m_service(service)
    , m_before(before)
    , m_subject(subject)
    , m_body(body)
    , m_onError(std::move(onError)) {
    setText(tr("Save template “%1”").arg(before.name));
}

bool SaveTemplateCommand::save(const QString& subject, const QString& body, qint64 rowVersion) {
    MessageTemplate t = m_before;
    t.subject = subject;
    t.body = body;
    t.rowVersion = rowVersion;
    auto saved = m_service.saveVersion(t);
    if (!saved) {
        setObsolete(true);
        if (m_onError)
            m_onError(saved.error().message);
        return false;
    }
    return true;
}

void SaveTemplateCommand::redo() {
    qint64 version = m_before.rowVersion;
    if (!m_first) {
        auto current = m_service.find(m_before.id);
        version = current ? current->rowVersion : 0;
    }
    m_first = false;
    m_ok = save(m_subject, m_body, version);
}

void SaveTemplateCommand::undo() {
    auto current = m_service.find(m_before.id);
    save(m_before.subject, m_before.body, current ? current->rowVersion : 0);
}

} // namespace slipway::ui
