// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/ValidationCheck.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `validation_checks`, the definition kept as JSON. Writes expect the caller's
// Transaction.
class ValidationCheckRepository {
public:
    explicit ValidationCheckRepository(Database& db);

    // The checks that apply to the release: its own, its services' and its product's, by name.
    Result<QList<ValidationCheck>> forRelease(qint64 releaseId) const;
    Result<QList<ValidationCheck>> forService(qint64 serviceId) const;
    Result<ValidationCheck> find(qint64 id) const;
    // Whether another check of the same release or service has the name (any case).
    Result<bool> nameTaken(const ValidationCheck& check) const;
    Result<ValidationCheck> insert(const ValidationCheck& check, const QString& actor,
                                   qint64 nowSecs);
    Result<ValidationCheck> update(const ValidationCheck& check, const QString& actor,
                                   qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

    // An enabled check with a schedule, paired with a release it applies to that reached
    // production, and when the check last ran for it.
    struct Scheduled {
        ValidationCheck check;
        qint64 releaseId = 0;
        qint64 deployedAtSecs = 0; // the first production deployment
        qint64 lastRunMs = 0;      // 0: never
    };
    Result<QList<Scheduled>> scheduled() const;

private:
    Database& m_db;
};

} // namespace slipway
