// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MessageTemplate.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace slipway {
class TemplateService;
}

namespace slipway::ui {

// Saves a template's subject and body as a new version; undo saves the previous text as
// yet another version, so the history keeps every text that was ever current.
class SaveTemplateCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SaveTemplateCommand)
public:
    SaveTemplateCommand(TemplateService& service, const MessageTemplate& before,
                        const QString& subject, const QString& body,
                        std::function<void(const QString&)> onError);

    void redo() override;
    void undo() override;
    bool succeeded() const { return m_ok; }

private:
    bool save(const QString& subject, const QString& body, qint64 rowVersion);

    TemplateService& m_service;
    MessageTemplate m_before;
    QString m_subject;
    QString m_body;
    bool m_first = true;
    bool m_ok = false;
    std::function<void(const QString&)> m_onError;
};

} // namespace slipway::ui
