// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerIntegrity.h"

#include "AuditLog.h"
#include "AuditProtection.h"
#include "Database.h"
#include "ServerGrants.h"
#include "ServerRoles.h"

#include <QElapsedTimer>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

constexpr ServerIntegrity::Trigger kBaselineTriggers[] = {
    {"audit_log", "audit_log_chain"},
    {"audit_log", "audit_log_no_update"},
    {"audit_log", "audit_log_no_delete"},
    {"audit_log", "audit_log_no_truncate"},
    {"comm_template_versions", "comm_template_versions_no_update"},
    {"comm_template_versions", "comm_template_versions_no_truncate"},
    {"communications", "communications_no_update"},
    {"communications", "communications_no_delete"},
    {"communications", "communications_no_truncate"},
    {"communication_recipients", "communication_recipients_no_update"},
    {"communication_recipients", "communication_recipients_no_delete"},
    {"communication_recipients", "communication_recipients_no_truncate"},
    {"artifact_freezes", "artifact_freezes_no_update"},
    {"artifact_freezes", "artifact_freezes_no_replace"},
    {"artifact_freezes", "artifact_freezes_no_delete"},
    {"artifact_freezes", "artifact_freezes_no_truncate"},
    {"artifact_verifications", "artifact_verifications_no_update"},
    {"artifact_verifications", "artifact_verifications_no_replace"},
    {"artifact_verifications", "artifact_verifications_no_delete"},
    {"artifact_verifications", "artifact_verifications_no_truncate"},
    {"artifacts", "artifacts_frozen_no_insert"},
    {"artifacts", "artifacts_frozen_no_replace"},
    {"artifacts", "artifacts_frozen_no_update"},
    {"artifacts", "artifacts_frozen_no_delete"},
};

const QString kNotify = QStringLiteral("slipway_notify");

IntegrityFinding finding(IntegrityFinding::Check check, const QString& message,
                         const QString& table = {}, const QString& trigger = {}) {
    IntegrityFinding f;
    f.check = check;
    f.message = message;
    f.table = table;
    f.trigger = trigger;
    return f;
}

// A statement that failed: one finding of `check` saying what could not be read.
void failed(Database& db, const QSqlQuery& q, const QString& doing, IntegrityFinding::Check check,
            QList<IntegrityFinding>& out) {
    out.append(finding(check, db.errorFrom(q.lastError(), doing).message));
}

void checkChain(Database& db, IntegrityReport& report) {
    auto verified = AuditLog(db).verify();
    if (!verified) {
        report.auditOk = false;
        report.auditProblem = verified.error().message;
        report.findings.append(finding(IntegrityFinding::Check::AuditChain, report.auditProblem));
        return;
    }
    const AuditVerification& v = verified.value();
    report.auditEntries = v.checked;
    report.auditHead = v.head;
    report.auditFirstBroken = v.firstBrokenSeq;
    report.auditProblem = v.problem;
    report.auditOk = v.intact();
    if (!v.intact()) {
        IntegrityFinding f = finding(IntegrityFinding::Check::AuditChain, v.problem);
        f.auditSeq = *v.firstBrokenSeq;
        report.findings.append(f);
    }
}

QList<IntegrityFinding> checkTriggers(Database& db) {
    using Check = IntegrityFinding::Check;
    QList<IntegrityFinding> out;
    const QString doing = ServerIntegrity::tr("reading the server's triggers");
    QSqlQuery q(db.connection());
    // table → trigger → enabled, and every table of the schema (slipway_notify goes on each).
    QMap<QString, QMap<QString, bool>> present;
    if (!q.exec(
            QStringLiteral("SELECT c.relname, t.tgname, t.tgenabled <> 'D' FROM pg_class c "
                           "JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "LEFT JOIN pg_trigger t ON t.tgrelid = c.oid AND NOT t.tgisinternal "
                           "WHERE n.nspname = current_schema() AND c.relkind = 'r' "
                           "AND c.relname <> 'slipway_migrations' ORDER BY c.relname, t.tgname"))) {
        failed(db, q, doing, Check::AuditProtection, out);
        return out;
    }
    while (q.next()) {
        QMap<QString, bool>& triggers = present[q.value(0).toString()];
        if (!q.value(1).isNull())
            triggers.insert(q.value(1).toString(), q.value(2).toBool());
    }
    const auto expect = [&out, &present](const QString& table, const QString& trigger) {
        const auto on = present.constFind(table);
        const bool exists = on != present.cend() && on->contains(trigger);
        if (!exists)
            out.append(
                finding(Check::AuditProtection,
                        ServerIntegrity::tr("table %1: trigger %2 is missing").arg(table, trigger),
                        table, trigger));
    };
    for (const ServerIntegrity::Trigger& t : kBaselineTriggers)
        expect(QLatin1String(t.table), QLatin1String(t.name));
    for (auto it = present.cbegin(); it != present.cend(); ++it)
        expect(it.key(), kNotify);
    // Any trigger of Slipway's tables switched off, whoever made it (admin init's included).
    for (auto it = present.cbegin(); it != present.cend(); ++it)
        for (auto t = it->cbegin(); t != it->cend(); ++t)
            if (!t.value())
                out.append(finding(
                    Check::AuditProtection,
                    ServerIntegrity::tr("table %1: trigger %2 is disabled").arg(it.key(), t.key()),
                    it.key(), t.key()));
    return out;
}

// After admin init: no grant lets anyone but the owner (or a superuser, whom nothing binds)
// rewrite a history table, and row security is on where admin init turns it on.
QList<IntegrityFinding> checkRoles(Database& db) {
    using Check = IntegrityFinding::Check;
    QList<IntegrityFinding> out;
    const QString doing = ServerIntegrity::tr("reading the server's roles and grants");
    // Roles belong to the whole cluster: init ran on this database when its grants exist.
    auto enforced = ServerRoles(db).enforced();
    if (!enforced) {
        out.append(finding(Check::ServerRoles, enforced.error().message));
        return out;
    }
    if (!enforced.value())
        return out; // admin init never ran here: the server does not enforce roles
    QSqlQuery q(db.connection());
    // Runs `sql` over the tables named; false (the failure noted) when the server refuses it.
    const auto over = [&](const QString& sql, const QStringList& tables) {
        q.finish();
        if (!q.prepare(sql)) {
            failed(db, q, doing, Check::ServerRoles, out);
            return false;
        }
        q.addBindValue(tables.join(u','));
        if (!q.exec()) {
            failed(db, q, doing, Check::ServerRoles, out);
            return false;
        }
        return true;
    };
    // The grants themselves (PUBLIC's too), not every role that inherits one; a column's
    // grant (UPDATE (actor)) as well as the table's.
    if (!over(QStringLiteral(
                  "SELECT c.relname, coalesce(r.rolname, 'PUBLIC'), "
                  "a.privilege_type || coalesce(' (' || g.attname || ')', '') FROM pg_class c "
                  "JOIN pg_namespace n ON n.oid = c.relnamespace "
                  "CROSS JOIN LATERAL (SELECT NULL::name AS attname, c.relacl AS acl UNION ALL "
                  "SELECT t.attname, t.attacl FROM pg_attribute t WHERE t.attrelid = c.oid "
                  "AND t.attacl IS NOT NULL AND NOT t.attisdropped) g "
                  "CROSS JOIN LATERAL aclexplode(g.acl) a "
                  "LEFT JOIN pg_roles r ON r.oid = a.grantee "
                  "WHERE n.nspname = current_schema() AND c.relkind = 'r' "
                  "AND c.relname = ANY (string_to_array(?, ',')) AND a.grantee <> c.relowner "
                  "AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE') "
                  "AND NOT coalesce(r.rolsuper, false) ORDER BY 1, 2, 3"),
              ServerGrants::historyTables()))
        return out;
    while (q.next()) {
        const QString table = q.value(0).toString();
        out.append(finding(Check::ServerRoles,
                           ServerIntegrity::tr("table %1: role %2 holds %3, which only the "
                                               "owner may hold on a history table")
                               .arg(table, q.value(1).toString(), q.value(2).toString()),
                           table));
    }
    if (!over(QStringLiteral(
                  "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                  "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND NOT c.relrowsecurity "
                  "AND c.relname = ANY (string_to_array(?, ',')) ORDER BY c.relname"),
              ServerRoles::securedTables()))
        return out;
    while (q.next()) {
        const QString table = q.value(0).toString();
        out.append(finding(Check::ServerRoles,
                           ServerIntegrity::tr("table %1: row security is off; run slipway "
                                               "admin init again")
                               .arg(table),
                           table));
    }
    return out;
}

} // namespace

QList<ServerIntegrity::Trigger> ServerIntegrity::baselineTriggers() {
    return QList<Trigger>(std::cbegin(kBaselineTriggers), std::cend(kBaselineTriggers));
}

void ServerIntegrity::check(Database& db, IntegrityReport& report) {
    report.server = true;
    report.integrityMode = QStringLiteral("server");
    QElapsedTimer t;
    t.start();
    checkChain(db, report);
    report.auditMs = t.restart();

    QList<IntegrityFinding> protection = checkTriggers(db);
    if (auto emptied = AuditProtection::emptiedLog(db); !emptied)
        protection.append(
            finding(IntegrityFinding::Check::AuditProtection, emptied.error().message));
    else if (emptied->has_value())
        protection.append(
            finding(IntegrityFinding::Check::AuditProtection, emptied.value()->message));
    report.auditProtectionOk = protection.isEmpty();
    report.findings.append(protection);

    const QList<IntegrityFinding> roles = checkRoles(db);
    report.serverRolesOk = roles.isEmpty();
    report.findings.append(roles);
    report.auditProtectionMs = t.elapsed();
}

} // namespace slipway
