// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MessageTemplate.h"
#include "domain/Result.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `comm_templates` and their versions. Writes expect the caller's Transaction.
class TemplateRepository {
public:
    explicit TemplateRepository(Database& db);

    Result<QList<MessageTemplate>> all() const; // by name, each at its current version
    Result<MessageTemplate> find(qint64 id) const;
    Result<MessageTemplate> findByName(const QString& name) const;
    Result<QList<TemplateVersion>> versions(qint64 templateId) const; // newest first
    Result<TemplateVersion> version(qint64 templateId, int version) const;

    Result<MessageTemplate> insert(const MessageTemplate& tmpl, const QString& actor,
                                   qint64 nowSecs);
    // Adds the next version with tmpl's subject and body; refuses (Stale) when
    // tmpl.rowVersion is not the stored one.
    Result<MessageTemplate> addVersion(const MessageTemplate& tmpl, const QString& actor,
                                       qint64 nowSecs);

private:
    Result<MessageTemplate> findWhere(const QString& where, const QVariant& value) const;

    Database& m_db;
};

} // namespace slipway
