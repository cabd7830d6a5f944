// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QString>

namespace slipway {

class Database;

// The newest audit entry of each row of one entity kind: what Slipway last wrote to it.
struct AuditImage {
    qint64 seq = 0;
    QString action;    // "create", "update", "delete" …
    QString afterJson; // empty after a delete
};

class AuditImages {
public:
    explicit AuditImages(Database& db);
    // By entity id; one grouped pass over the audit log's (entity, entity_id) index. Only
    // entries picturing the whole row count: those whose after-image holds `wholeRowKey`
    // (e.g. "\"name\":"), or a delete. Entries for one facet of a row (a release's
    // capacity) are skipped.
    Result<QHash<qint64, AuditImage>> latest(const QString& entity,
                                             const QString& wholeRowKey) const;

private:
    Database& m_db;
};

} // namespace slipway
