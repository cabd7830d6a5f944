// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Pin.h"
#include "domain/Result.h"

#include <QList>
#include <optional>

namespace slipway {

class Database;

// Rows of `pins`. Writes expect the caller's Transaction.
class PinRepository {
public:
    explicit PinRepository(Database& db);
    // `releaseId` 0: every release's. By release, component, target, source.
    Result<QList<Pin>> forRelease(qint64 releaseId) const;
    Result<std::optional<Pin>> find(qint64 releaseId, const QString& component,
                                    const QString& target, Pin::Source source) const;
    Result<Pin> insert(const Pin& pin, const QString& actor, qint64 now);
    // A new constraint for a pin, guarded by its row_version.
    Result<Pin> updateConstraint(const Pin& pin, const QString& actor, qint64 now);
    Result<void> remove(qint64 id, qint64 rowVersion);
    // The release's pins from its SBOM: how many were removed.
    Result<qint64> removeFromSbom(qint64 releaseId);

private:
    Result<Pin> findId(qint64 id) const;
    Database& m_db;
};

} // namespace slipway
