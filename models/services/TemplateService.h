// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/MessageTemplate.h"
#include "domain/Result.h"

#include <QObject>

namespace slipway {

class Database;

// Communication templates: every save is a new, audited version; nothing is overwritten.
class TemplateService : public QObject {
    Q_OBJECT
public:
    TemplateService(Database& db, Session session, QObject* parent = nullptr);

    Result<QList<MessageTemplate>> all() const;
    Result<MessageTemplate> find(qint64 id) const;
    Result<MessageTemplate> findByName(const QString& name) const;
    Result<QList<TemplateVersion>> versions(qint64 templateId) const;

    Result<MessageTemplate> create(const MessageTemplate& tmpl);
    // Saves subject and body as the next version. `tmpl.rowVersion` must be the one the
    // user saw (Stale otherwise). Saving the same text again adds nothing.
    Result<MessageTemplate> saveVersion(const MessageTemplate& tmpl);

Q_SIGNALS:
    void templateChanged(qint64 id);

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
