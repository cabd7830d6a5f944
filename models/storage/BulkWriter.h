// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "domain/CabDecision.h"
#include "domain/ChangeRequest.h"
#include "domain/Deployment.h"
#include "domain/Release.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3_stmt;

namespace slipway {

class Database;

// Row shapes for bulk loading, with the ids, stamps and row versions already decided by
// the caller (the demo generator decides them so the file comes out the same every time).
namespace bulk {

struct Stamp {
    QString createdBy;
    qint64 createdAt = 0; // seconds, UTC
    QString updatedBy;
    qint64 updatedAt = 0;
    qint64 rowVersion = 1;
};

struct Team {
    qint64 id = 0;
    QString name;
    Stamp stamp;
};

struct Service {
    qint64 id = 0;
    QString name;
    qint64 teamId = 0;
    Stamp stamp;
};

struct Environment {
    qint64 id = 0;
    QString name;
    QString kind; // dev, test, staging, prod
    bool shared = false;
    Stamp stamp;
};

struct Person {
    qint64 id = 0;
    QString name;
    QString email;
    QString timeZone;
    qint64 teamId = 0;
    QStringList roles;
    Stamp stamp;
    int workStartMin = 9 * 60; // local working hours and days (bit 0 Monday)
    int workEndMin = 17 * 60;
    int workDays = 0x1f;
};

struct Blackout {
    qint64 id = 0;
    QString name;
    QString reason;
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    QString timeZone = QStringLiteral("UTC");
    QString rrule;            // empty: a one-off period
    QString severity;         // hard, soft
    QList<qint64> serviceIds; // empty: every service
    Stamp stamp;
};

struct ScopeItem {
    qint64 id = 0;
    QString title;
    QString kind;
    QString priority;
    QString stakeholder;
    double effort = 0;
    QString status;
    qint64 releaseId = 0; // 0: backlog
    QString externalKey;
    Stamp stamp;
};

// What a release needs in its window: environments and roles that must be present.
struct ReleaseNeeds {
    qint64 releaseId = 0;
    QList<qint64> environmentIds;
    QStringList roles;
};

struct Booking {
    qint64 id = 0;
    qint64 environmentId = 0;
    qint64 releaseId = 0; // 0: not for a release
    QString label;
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    Stamp stamp;
};

struct Freeze {
    qint64 id = 0;
    QString name;
    QString reason;
    QString incidentRef;
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    Stamp stamp;
};

struct Availability {
    qint64 id = 0;
    qint64 personId = 0;
    QString kind; // leave, on_call
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    QString note;
    Stamp stamp;
};

} // namespace bulk

// Loads many rows into a file nobody else has open, fast: raw prepared statements in one
// transaction, with the audit chain extended entry by entry (AuditLog::computeHash).
// Releases take their stamps from Release::createdBy/createdAt/updatedBy/updatedAt/rowVersion.
class BulkWriter {
public:
    explicit BulkWriter(Database& db);
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    // Trades crash safety for speed (no journal, no fsync): only for a private new file
    // that the caller throws away unless commit() succeeds.
    Result<void> beginPrivateLoad();
    Result<void> commit();

    Result<void> insert(const bulk::Team& row);
    Result<void> insert(const bulk::Service& row);
    Result<void> insert(const bulk::Environment& row);
    Result<void> insert(const bulk::Person& row);
    Result<void> insert(const bulk::Blackout& row);
    Result<void> insert(const bulk::ScopeItem& row);
    Result<void> insert(const Release& row);
    Result<void> insert(const bulk::ReleaseNeeds& row);
    Result<void> insert(const bulk::Booking& row);
    Result<void> insert(const bulk::Freeze& row);
    Result<void> insert(const bulk::Availability& row);
    // With its tags; the stamp gives created and updated.
    Result<void> insert(const ChangeRequest& row, const bulk::Stamp& stamp);
    // Without its conditions, which are rows of their own.
    Result<void> insert(const CabDecision& row);
    Result<void> insert(const CabCondition& row);
    // Created by whoever deployed, when they did.
    Result<void> insert(const Deployment& row);

    // Fills seq, prevHash and hash; returns the entry as stored.
    Result<AuditEntry> appendAudit(AuditEntry entry);

private:
    sqlite3_stmt* statement(const char* sql);
    Result<void> step(sqlite3_stmt* st, const QString& doing);
    Result<void> exec(const char* sql, const QString& doing);

    Database& m_db;
    QHash<const char*, sqlite3_stmt*> m_statements;
    bool m_open = false;
    qint64 m_lastSeq = 0;
    QString m_lastHash;
};

} // namespace slipway
