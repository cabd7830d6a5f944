// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/SigningKey.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `signing_keys`: the public keys trusted for artifact signatures. Writes expect the
// caller's Transaction.
class SigningKeyRepository {
public:
    explicit SigningKeyRepository(Database& db);
    Result<QList<SigningKey>> all() const; // by fingerprint
    Result<SigningKey> find(qint64 id) const;
    // A new row, or with `key.id` set a removed one back under its old id.
    Result<SigningKey> insert(const SigningKey& key, const QString& actor, qint64 now);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

private:
    Database& m_db;
};

} // namespace slipway
