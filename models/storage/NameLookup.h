// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QString>

namespace slipway {

class Database;

// Id-to-name maps for tables that exports and reports show by name (teams, services).
class NameLookup {
public:
    explicit NameLookup(Database& db);

    Result<QHash<qint64, QString>> teams() const;
    Result<QHash<qint64, QString>> services() const;

private:
    Result<QHash<qint64, QString>> names(const QString& sql, const QString& what) const;

    Database& m_db;
};

} // namespace slipway
