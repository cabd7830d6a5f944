// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkWriter.h"

#include "Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <sqlite3.h>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(BulkWriter)
};

void bindText(sqlite3_stmt* st, int index, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(st, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindOptionalText(sqlite3_stmt* st, int index, const QString& text) {
    if (text.isEmpty())
        sqlite3_bind_null(st, index);
    else
        bindText(st, index, text);
}

void bindId(sqlite3_stmt* st, int index, qint64 id) {
    if (id > 0)
        sqlite3_bind_int64(st, index, id);
    else
        sqlite3_bind_null(st, index);
}

// Binds the five stamp columns starting at `index`; returns the next free index.
int bindStamp(sqlite3_stmt* st, int index, const bulk::Stamp& s) {
    sqlite3_bind_int64(st, index++, s.rowVersion);
    bindText(st, index++, s.createdBy);
    sqlite3_bind_int64(st, index++, s.createdAt);
    bindText(st, index++, s.updatedBy);
    sqlite3_bind_int64(st, index++, s.updatedAt);
    return index;
}

const char* const kInsertTeam =
    "INSERT INTO teams (id, name, row_version, created_by, created_at, updated_by, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)";
const char* const kInsertService =
    "INSERT INTO services (id, name, team_id, row_version, created_by, created_at, updated_by, "
    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
const char* const kInsertEnvironment =
    "INSERT INTO environments (id, name, kind, shared, row_version, created_by, created_at, "
    "updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char* const kInsertPerson =
    "INSERT INTO people (id, name, email, time_zone, team_id, row_version, created_by, "
    "created_at, updated_by, updated_at, work_start_min, work_end_min, work_days) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char* const kInsertRole = "INSERT INTO person_roles (person_id, role) VALUES (?, ?)";
const char* const kInsertBlackout =
    "INSERT INTO blackouts (id, name, reason, start_utc, end_utc, time_zone, rrule, severity, "
    "all_services, row_version, created_by, created_at, updated_by, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char* const kInsertBlackoutService =
    "INSERT INTO blackout_services (blackout_id, service_id) VALUES (?, ?)";
const char* const kInsertScopeItem =
    "INSERT INTO scope_items (id, title, kind, priority, stakeholder, effort, status, "
    "release_id, external_key, row_version, created_by, created_at, updated_by, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char* const kInsertRelease =
    "INSERT INTO releases (id, name, version, type, status, owner, objectives, window_start, "
    "window_end, window_zone, change_ticket, team_id, row_version, created_by, created_at, "
    "updated_by, updated_at, product_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char* const kInsertReleaseService =
    "INSERT INTO release_services (release_id, service_id) VALUES (?, ?)";
const char* const kInsertReleaseEnvironment =
    "INSERT INTO release_environments (release_id, environment_id) VALUES (?, ?)";
const char* const kInsertReleaseRole = "INSERT INTO release_roles (release_id, role) VALUES (?, ?)";
const char* const kInsertBooking =
    "INSERT INTO environment_bookings (id, environment_id, release_id, label, start_utc, end_utc, "
    "row_version, created_by, created_at, updated_by, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char* const kInsertFreeze =
    "INSERT INTO incident_freezes (id, name, reason, incident_ref, start_utc, end_utc, "
    "row_version, created_by, created_at, updated_by, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char* const kInsertAvailability =
    "INSERT INTO person_availability (id, person_id, kind, start_utc, end_utc, note, "
    "row_version, created_by, created_at, updated_by, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char* const kInsertChange =
    "INSERT INTO change_requests (id, ticket, release_id, summary, change_type, risk_answers, "
    "risk_score, risk_level, risk_drivers, implementation_plan, rollback_plan, requested_by, "
    "requested_at, service_owner, planned_start, planned_end, row_version, created_by, "
    "created_at, updated_by, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char* const kInsertChangeTag =
    "INSERT INTO change_request_tags (change_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING";
const char* const kInsertDecision =
    "INSERT INTO cab_decisions (id, change_id, meeting_id, outcome, approver_role, decided_by, "
    "decided_at, comment, deferred_until, deferred_meeting_id, withdrawn, row_version) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char* const kInsertCondition =
    "INSERT INTO cab_conditions (id, decision_id, change_id, text, owner, due_utc, status, "
    "closed_by, closed_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char* const kInsertDeployment =
    "INSERT INTO deployments (id, release_id, environment_id, version, outcome, deployed_by, "
    "deployed_at, change_ticket, notes, row_version, created_by, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char* const kInsertAudit =
    "INSERT INTO audit_log (seq, at_ms, actor, action, entity, entity_id, before_json, "
    "after_json, change_ticket, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

} // namespace

BulkWriter::BulkWriter(Database& db)
    : m_db(db) {}

BulkWriter::~BulkWriter() {
    for (sqlite3_stmt* st : std::as_const(m_statements))
        sqlite3_finalize(st);
    if (m_open)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

Result<void> BulkWriter::exec(const char* sql, const QString& doing) {
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db.handle(), sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return m_db.errorFromCode(rc, detail, doing);
}

Result<void> BulkWriter::beginPrivateLoad() {
    const QString doing = Text::tr("preparing the file");
    if (m_db.isReadOnly() || !m_db.handle())
        return Error{Error::Kind::ReadOnly, Text::tr("%1 is not writable.").arg(m_db.fileName())};
    // Nobody else sees this file before commit, so a torn write only loses the file itself.
    for (const char* pragma : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
                               "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY"}) {
        if (auto done = exec(pragma, doing); !done)
            return done;
    }
    if (auto begun = exec("BEGIN IMMEDIATE", doing); !begun)
        return begun;
    m_open = true;

    sqlite3_stmt* st = statement("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!st)
        return m_db.errorFromCode(sqlite3_errcode(m_db.handle()),
                                  QString::fromUtf8(sqlite3_errmsg(m_db.handle())), doing);
    const int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        m_lastSeq = sqlite3_column_int64(st, 0);
        m_lastHash = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
    } else {
        m_lastSeq = 0;
        m_lastHash = AuditLog::genesisHash();
    }
    sqlite3_reset(st);
    return {};
}

Result<void> BulkWriter::commit() {
    if (auto done = exec("COMMIT", Text::tr("saving")); !done)
        return done;
    m_open = false;
    // Leave the file in the journal mode every other Slipway file starts from.
    return exec("PRAGMA journal_mode = DELETE", Text::tr("saving"));
}

sqlite3_stmt* BulkWriter::statement(const char* sql) {
    if (sqlite3_stmt* cached = m_statements.value(sql))
        return cached;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v3(m_db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) !=
        SQLITE_OK)
        return nullptr;
    m_statements.insert(sql, st);
    return st;
}

Result<void> BulkWriter::step(sqlite3_stmt* st, const QString& doing) {
    if (!st)
        return m_db.errorFromCode(sqlite3_errcode(m_db.handle()),
                                  QString::fromUtf8(sqlite3_errmsg(m_db.handle())), doing);
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE)
        return m_db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())), doing);
    return {};
}

Result<void> BulkWriter::insert(const bulk::Team& row) {
    sqlite3_stmt* st = statement(kInsertTeam);
    if (st) {
        sqlite3_bind_int64(st, 1, row.id);
        bindText(st, 2, row.name);
        bindStamp(st, 3, row.stamp);
    }
    return step(st, Text::tr("writing teams"));
}

Result<void> BulkWriter::insert(const bulk::Service& row) {
    sqlite3_stmt* st = statement(kInsertService);
    if (st) {
        sqlite3_bind_int64(st, 1, row.id);
        bindText(st, 2, row.name);
        bindId(st, 3, row.teamId);
        bindStamp(st, 4, row.stamp);
    }
    return step(st, Text::tr("writing services"));
}

Result<void> BulkWriter::insert(const bulk::Environment& row) {
    sqlite3_stmt* st = statement(kInsertEnvironment);
    if (st) {
        sqlite3_bind_int64(st, 1, row.id);
        bindText(st, 2, row.name);
        bindText(st, 3, row.kind);
        sqlite3_bind_int(st, 4, row.shared ? 1 : 0);
        bindStamp(st, 5, row.stamp);
    }
    return step(st, Text::tr("writing environments"));
}

Result<void> BulkWriter::insert(const bulk::Person& row) {
    const QString doing = Text::tr("writing people");
    sqlite3_stmt* st = statement(kInsertPerson);
    if (st) {
        sqlite3_bind_int64(st, 1, row.id);
        bindText(st, 2, row.name);
        bindText(st, 3, row.email);
        bindText(st, 4, row.timeZone);
        bindId(st, 5, row.teamId);
        const int next = bindStamp(st, 6, row.stamp);
        sqlite3_bind_int(st, next, row.workStartMin);
        sqlite3_bind_int(st, next + 1, row.workEndMin);
        sqlite3_bind_int(st, next + 2, row.workDays);
    }
    if (auto done = step(st, doing); !done)
        return done;
    for (const QString& role : row.roles) {
        sqlite3_stmt* rs = statement(kInsertRole);
        if (rs) {
            sqlite3_bind_int64(rs, 1, row.id);
            bindText(rs, 2, role);
        }
        if (auto done = step(rs, doing); !done)
            return done;
    }
    return {};
}

Result<void> BulkWriter::insert(const bulk::Blackout& row) {
    const QString doing = Text::tr("writing blackouts");
    sqlite3_stmt* st = statement(kInsertBlackout);
    if (st) {
        sqlite3_bind_int64(st, 1, row.id);
        bindText(st, 2, row.name);
        bindText(st, 3, row.reason);
        sqlite3_bind_int64(st, 4, row.startUtc);
        sqlite3_bind_int64(st, 5, row.endUtc);
        bindText(st, 6, row.timeZone);
        bindOptionalText(st, 7, row.rrule);
        bindText(st, 8, row.severity);
        sqlite3_bind_int(st, 9, row.serviceIds.isEmpty() ? 1 : 0);
        bindStamp(st, 10, row.stamp);
    }
    if (auto done = step(st, doing); !done)
        return done;
    for (qint64 serviceId : row.serviceIds) {
        sqlite3_stmt* ss = statement(kInsertBlackoutService);
        if (ss) {
            sqlite3_bind_int64(ss, 1, row.id);
            sqlite3_bind_int64(ss, 2, serviceId);
        }
        if (auto done = step(ss, doing); !done)
            return done;
    }
    return {};
}

Result<void> BulkWriter::insert(const bulk::ScopeItem& row) {
    sqlite3_stmt* st = statement(kInsertScopeItem);
    if (st) {
        sqlite3_bind_int64(st, 1, row.id);
        bindText(st, 2, row.title);
        bindText(st, 3, row.kind);
        bindText(st, 4, row.priority);
        bindText(st, 5, row.stakeholder);
        sqlite3_bind_double(st, 6, row.effort);
        bindText(st, 7, row.status);
        bindId(st, 8, row.releaseId);
        bindOptionalText(st, 9, row.externalKey);
        bindStamp(st, 10, row.stamp);
    }
    return step(st, Text::tr("writing scope items"));
}

Result<void> BulkWriter::insert(const Release& row) {
    const QString doing = Text::tr("writing releases");
    sqlite3_stmt* st = statement(kInsertRelease);
    if (st) {
        sqlite3_bind_int64(st, 1, row.id);
        bindText(st, 2, row.name);
        bindText(st, 3, row.version);
        bindText(st, 4, toKey(row.type));
        bindText(st, 5, toKey(row.status));
        bindText(st, 6, row.owner);
        bindText(st, 7, row.objectives);
        if (row.windowStart.isValid()) {
            sqlite3_bind_int64(st, 8, row.windowStart.toSecsSinceEpoch());
            sqlite3_bind_int64(st, 9, row.windowEnd.toSecsSinceEpoch());
        }
        bindText(st, 10, row.windowZone);
        bindText(st, 11, row.changeTicket);
        bindId(st, 12, row.teamId);
        const bulk::Stamp stamp{row.createdBy, row.createdAt.toSecsSinceEpoch(), row.updatedBy,
                                row.updatedAt.toSecsSinceEpoch(), row.rowVersion};
        bindStamp(st, 13, stamp);
        bindId(st, 18, row.productId);
    }
    if (auto done = step(st, doing); !done)
        return done;
    for (qint64 serviceId : row.serviceIds) {
        sqlite3_stmt* ss = statement(kInsertReleaseService);
        if (ss) {
            sqlite3_bind_int64(ss, 1, row.id);
            sqlite3_bind_int64(ss, 2, serviceId);
        }
        if (auto done = step(ss, doing); !done)
            return done;
    }
    return {};
}

Result<void> BulkWriter::insert(const bulk::ReleaseNeeds& row) {
    const QString doing = Text::tr("writing what releases need");
    for (qint64 environment : row.environmentIds) {
        sqlite3_stmt* st = statement(kInsertReleaseEnvironment);
        if (st) {
            sqlite3_bind_int64(st, 1, row.releaseId);
            sqlite3_bind_int64(st, 2, environment);
        }
        if (auto done = step(st, doing); !done)
            return done;
    }
    for (const QString& role : row.roles) {
        sqlite3_stmt* st = statement(kInsertReleaseRole);
        if (st) {
            sqlite3_bind_int64(st, 1, row.releaseId);
            bindText(st, 2, role);
        }
        if (auto done = step(st, doing); !done)
            return done;
    }
    return {};
}

Result<void> BulkWriter::insert(const bulk::Booking& row) {
    sqlite3_stmt* st = statement(kInsertBooking);
    if (st) {
        sqlite3_bind_int64(st, 1, row.id);
        sqlite3_bind_int64(st, 2, row.environmentId);
        bindId(st, 3, row.releaseId);
        bindText(st, 4, row.label);
        sqlite3_bind_int64(st, 5, row.startUtc);
        sqlite3_bind_int64(st, 6, row.endUtc);
        bindStamp(st, 7, row.stamp);
    }
    return step(st, Text::tr("writing environment bookings"));
}

Result<void> BulkWriter::insert(const bulk::Freeze& row) {
    sqlite3_stmt* st = statement(kInsertFreeze);
    if (st) {
        sqlite3_bind_int64(st, 1, row.id);
        bindText(st, 2, row.name);
        bindText(st, 3, row.reason);
        bindText(st, 4, row.incidentRef);
        sqlite3_bind_int64(st, 5, row.startUtc);
        sqlite3_bind_int64(st, 6, row.endUtc);
        bindStamp(st, 7, row.stamp);
    }
    return step(st, Text::tr("writing incident freezes"));
}

Result<void> BulkWriter::insert(const bulk::Availability& row) {
    sqlite3_stmt* st = statement(kInsertAvailability);
    if (st) {
        sqlite3_bind_int64(st, 1, row.id);
        sqlite3_bind_int64(st, 2, row.personId);
        bindText(st, 3, row.kind);
        sqlite3_bind_int64(st, 4, row.startUtc);
        sqlite3_bind_int64(st, 5, row.endUtc);
        bindText(st, 6, row.note);
        bindStamp(st, 7, row.stamp);
    }
    return step(st, Text::tr("writing availability"));
}

Result<void> BulkWriter::insert(const ChangeRequest& row, const bulk::Stamp& stamp) {
    const QString doing = Text::tr("writing change requests");
    sqlite3_stmt* st = statement(kInsertChange);
    if (st) {
        bindId(st, 1, row.id);
        bindText(st, 2, row.ticket.trimmed());
        bindId(st, 3, row.releaseId);
        bindText(st, 4, row.summary.trimmed());
        bindText(st, 5, toKey(row.type));
        bindText(st, 6,
                 QString::fromUtf8(QJsonDocument(row.riskAnswers).toJson(QJsonDocument::Compact)));
        sqlite3_bind_int(st, 7, row.riskScore);
        bindText(st, 8, toKey(row.riskLevel));
        bindText(st, 9, row.riskDrivers.join(u'\n'));
        bindText(st, 10, row.implementationPlan);
        bindText(st, 11, row.rollbackPlan);
        bindText(st, 12, row.requestedBy.trimmed());
        sqlite3_bind_int64(st, 13, row.requestedAt);
        bindText(st, 14, row.serviceOwner);
        bindId(st, 15, row.plannedStart);
        bindId(st, 16, row.plannedEnd);
        bindStamp(st, 17, stamp);
    }
    if (auto done = step(st, doing); !done)
        return done;
    for (const QString& tag : row.tags) {
        // A blank tag breaks the table's CHECK; ON CONFLICT skips only a repeated one.
        if (tag.trimmed().isEmpty())
            continue;
        sqlite3_stmt* ts = statement(kInsertChangeTag);
        if (ts) {
            sqlite3_bind_int64(ts, 1, row.id);
            bindText(ts, 2, tag.trimmed().toLower());
        }
        if (auto done = step(ts, doing); !done)
            return done;
    }
    return {};
}

Result<void> BulkWriter::insert(const CabDecision& row) {
    const bool defer = row.outcome == DecisionOutcome::Defer;
    sqlite3_stmt* st = statement(kInsertDecision);
    if (st) {
        bindId(st, 1, row.id);
        sqlite3_bind_int64(st, 2, row.changeId);
        bindId(st, 3, row.meetingId);
        bindText(st, 4, toKey(row.outcome));
        bindText(st, 5, isApproval(row.outcome) ? row.approverRole : QString());
        bindText(st, 6, row.decidedBy.trimmed());
        sqlite3_bind_int64(st, 7, row.decidedAt);
        bindText(st, 8, row.comment);
        bindId(st, 9, defer ? row.deferredUntil : 0);
        bindId(st, 10, defer ? row.deferredMeetingId : 0);
        sqlite3_bind_int(st, 11, row.withdrawn ? 1 : 0);
        sqlite3_bind_int64(st, 12, qMax<qint64>(1, row.rowVersion));
    }
    return step(st, Text::tr("writing CAB decisions"));
}

Result<void> BulkWriter::insert(const CabCondition& row) {
    sqlite3_stmt* st = statement(kInsertCondition);
    if (st) {
        bindId(st, 1, row.id);
        sqlite3_bind_int64(st, 2, row.decisionId);
        sqlite3_bind_int64(st, 3, row.changeId);
        bindText(st, 4, row.text.trimmed());
        bindText(st, 5, row.owner);
        bindId(st, 6, row.dueUtc);
        bindText(st, 7, toKey(row.status));
        bindText(st, 8, row.closedBy);
        bindId(st, 9, row.closedAt);
        sqlite3_bind_int64(st, 10, qMax<qint64>(1, row.rowVersion));
    }
    return step(st, Text::tr("writing CAB conditions"));
}

Result<void> BulkWriter::insert(const Deployment& row) {
    sqlite3_stmt* st = statement(kInsertDeployment);
    if (st) {
        bindId(st, 1, row.id);
        sqlite3_bind_int64(st, 2, row.releaseId);
        sqlite3_bind_int64(st, 3, row.environmentId);
        bindText(st, 4, row.version.trimmed());
        bindText(st, 5, toKey(row.outcome));
        bindText(st, 6, row.deployedBy.trimmed());
        sqlite3_bind_int64(st, 7, row.deployedAt);
        bindText(st, 8, row.changeTicket.trimmed());
        bindText(st, 9, row.notes);
        sqlite3_bind_int64(st, 10, qMax<qint64>(1, row.rowVersion));
        bindText(st, 11, row.deployedBy.trimmed());
        sqlite3_bind_int64(st, 12, row.deployedAt);
    }
    return step(st, Text::tr("writing deployment records"));
}

Result<AuditEntry> BulkWriter::appendAudit(AuditEntry e) {
    e.seq = m_lastSeq + 1;
    e.prevHash = m_lastHash;
    e.hash = AuditLog::computeHash(e);
    sqlite3_stmt* st = statement(kInsertAudit);
    if (st) {
        sqlite3_bind_int64(st, 1, e.seq);
        sqlite3_bind_int64(st, 2, e.atMs);
        bindText(st, 3, e.actor);
        bindText(st, 4, e.action);
        bindText(st, 5, e.entity);
        sqlite3_bind_int64(st, 6, e.entityId);
        bindText(st, 7, e.beforeJson);
        bindText(st, 8, e.afterJson);
        bindText(st, 9, e.changeTicket);
        bindText(st, 10, e.prevHash);
        bindText(st, 11, e.hash);
    }
    if (auto done = step(st, Text::tr("writing the audit log")); !done)
        return done.error();
    m_lastSeq = e.seq;
    m_lastHash = e.hash;
    return e;
}

} // namespace slipway
