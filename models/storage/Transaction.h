// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

namespace slipway {

class Database;

// One write: BEGIN IMMEDIATE takes the write lock up front, so the audit chain's previous
// hash read inside it cannot be raced by another writer. Rolls back unless committed.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace slipway
