// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MessageTemplate.h"

#include "undo/UndoCommand.h"

#include <QCoreApplication>

namespace slipway {
class TemplateService;
}

namespace slipway::ui {

// Saves a template's subject and body as a new version; undo saves the previous text as
// yet another version, so the history keeps every text that was ever current.
class SaveTemplateCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SaveTemplateCommand)
public:
    SaveTemplateCommand(TemplateService& service, const MessageTemplate& before, QString subject,
                        QString body, ErrorSink onError);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Result<void> save(const QString& subject, const QString& body, qint64 rowVersion);
    // The stored version when the template still holds `subject` and `body` (what this
    // session left); a Stale error naming who changed it and when otherwise.
    Result<qint64> versionHolding(const QString& subject, const QString& body);

    TemplateService& m_service;
    MessageTemplate m_before;
    QString m_subject;
    QString m_body;
};

} // namespace slipway::ui
