// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/ScopeTradeoff.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `scope_tradeoffs`: append-only decisions. Writes expect the caller's Transaction.
class ScopeTradeoffRepository {
public:
    explicit ScopeTradeoffRepository(Database& db);

    Result<QList<ScopeTradeoff>> all() const; // newest first
    // Stores the decision stamped with `actor` and `nowSecs`; returns it with its id.
    Result<ScopeTradeoff> insert(ScopeTradeoff tradeoff, const QString& actor, qint64 nowSecs);

private:
    Database& m_db;
};

} // namespace slipway
