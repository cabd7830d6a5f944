// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RegulatoryControl.h"
#include "domain/Result.h"

#include <QHash>
#include <optional>

namespace slipway {

class Database;

// Rows of `regulatory_controls`, `release_tags` and `release_control_records` (schema 23).
// Writes expect the caller's Transaction.
class ControlRepository {
public:
    explicit ControlRepository(Database& db);

    // Every control, by tag, position and id.
    Result<QList<RegulatoryControl>> all() const;
    Result<RegulatoryControl> find(qint64 id) const;
    // A new control, or with `id` set a removed one back under its old id.
    Result<RegulatoryControl> insert(const RegulatoryControl& control, const QString& actor,
                                     qint64 nowSecs);
    // Guarded by `control.rowVersion`.
    Result<RegulatoryControl> update(const RegulatoryControl& control, const QString& actor,
                                     qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);
    // Whether another control of the tag already has the name.
    Result<bool> nameTaken(const QString& tag, const QString& name, qint64 exceptId) const;

    // The release's own tags, sorted.
    Result<QStringList> tagsOf(qint64 releaseId) const;
    // Answers whether the tag was added (false: it was there already).
    Result<bool> addTag(qint64 releaseId, const QString& tag);
    // Answers whether the tag was removed (false: it was not there).
    Result<bool> removeTag(qint64 releaseId, const QString& tag);

    Result<std::optional<ControlRecord>> record(qint64 releaseId, qint64 controlId) const;
    Result<void> putRecord(const ControlRecord& record);
    Result<bool> removeRecord(qint64 releaseId, qint64 controlId);
    // Every reference recorded for the control, by release.
    Result<QList<ControlRecord>> recordsOf(qint64 controlId) const;

private:
    Database& m_db;
};

} // namespace slipway
