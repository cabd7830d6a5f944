// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ScopeItem.h"

#include <QList>
#include <QString>

#include <optional>

namespace slipway {
class Database;
}

namespace slipway::test {

// A small scope plan written straight through the repositories (as an import would):
// releases with windows and capacity, and items in them or in the backlog.
class ScopeFixture {
public:
    explicit ScopeFixture(Database& db);

    // A scheduled release `daysFromNow` days ahead; returns its id.
    qint64 addRelease(const QString& name, const QString& version, int daysFromNow,
                      std::optional<double> capacity = std::nullopt);
    qint64 addItem(const QString& title, ScopeStatus status, qint64 releaseId, double effort = 3,
                   ScopeKind kind = ScopeKind::Feature, const QString& externalKey = {});
    void addDependency(qint64 itemId, qint64 needsId);

private:
    Database& m_db;
};

} // namespace slipway::test
