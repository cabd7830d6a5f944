// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Gate.h"
#include "domain/Result.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `gate_templates` and `gate_template_criteria`. Writes expect the caller's
// Transaction; an insert with an id set brings a deleted template back under that id.
class GateTemplateRepository {
public:
    explicit GateTemplateRepository(Database& db);

    Result<QList<GateTemplate>> forType(ReleaseType type) const; // by position
    Result<QList<GateTemplate>> all() const;                     // by type, then position
    Result<GateTemplate> find(qint64 id) const;

    Result<GateTemplate> insert(const GateTemplate& gate, const QString& actor, qint64 now);
    // Refuses with Error::Kind::Stale when gate.rowVersion is not the stored one.
    Result<GateTemplate> update(const GateTemplate& gate, const QString& actor, qint64 now);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

private:
    Result<QList<GateTemplate>> select(const QString& where, const QVariantList& binds) const;
    Result<void> writeCriteria(qint64 templateId, const QList<CriterionSpec>& criteria);

    Database& m_db;
};

} // namespace slipway
