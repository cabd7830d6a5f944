// SPDX-License-Identifier: GPL-3.0-or-later
// ServerRoles: the row-level security and triggers that GRANTs alone cannot express (who may
// give an approval, and that nobody approves their own request). TRUNCATE of the history
// tables is refused by the baseline's own triggers. Every statement replaces what an earlier
// run made.
#include "Database.h"
#include "ServerGrants.h"
#include "ServerRoles.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

// slipway_is_member('qa'): whether the session's login holds Slipway's role, directly or
// through another role; false for a name that is no Slipway role. slipway_is_any: one of them.
const char* const kMemberFunction = R"(
CREATE OR REPLACE FUNCTION slipway_is_member(role text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles
                   WHERE rolname = 'slipway_' || role
                     AND pg_has_role(session_user, oid, 'MEMBER'))
$$)";
const char* const kAnyFunction = R"(
CREATE OR REPLACE FUNCTION slipway_is_any(roles text[]) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles
                   WHERE rolname = ANY (SELECT 'slipway_' || r FROM unnest(roles) AS r)
                     AND pg_has_role(session_user, oid, 'MEMBER'))
$$)";

// Who changes a waiver's approval (ApproveWaiver's roles, %1) and who closes its validation
// task (CompleteValidationTask's, %2): both update the same row, so a column grant cannot
// tell them apart.
const char* const kWaiverApprover = R"(
CREATE OR REPLACE FUNCTION slipway_waiver_approver() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.approved_by IS DISTINCT FROM OLD.approved_by AND NOT slipway_is_any(%1) THEN
        RAISE EXCEPTION 'only a release manager or a CAB member approves a waiver'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.validation_done_by IS DISTINCT FROM OLD.validation_done_by
       AND NOT slipway_is_any(%2) THEN
        RAISE EXCEPTION 'your roles may not close a waiver''s validation task'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$)";

// A recorded CAB decision is withdrawn or reinstated, never rewritten: no board member turns
// another's approval into a rejection.
const char* const kDecisionFixed = R"(
CREATE OR REPLACE FUNCTION slipway_cab_decision_fixed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (to_jsonb(NEW) - 'withdrawn' - 'row_version')
       IS DISTINCT FROM (to_jsonb(OLD) - 'withdrawn' - 'row_version') THEN
        RAISE EXCEPTION 'a CAB decision is withdrawn or reinstated, never changed'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$)";

// ARRAY['release_manager', 'qa'] for the roles that may do `actions`; names are Slipway's own.
QString rolesArray(std::initializer_list<Action> actions) {
    QStringList roles;
    for (Action a : actions)
        for (const QString& r : ServerGrants::writersOf(a))
            if (!roles.contains(r))
                roles << u'\'' + r + u'\'';
    return QStringLiteral("ARRAY[%1]").arg(roles.join(QStringLiteral(", ")));
}

// gate_criteria is updated by every working role (evidence, ticks, approvals), so the row
// says who may: an approval only its own role or a release manager; a manual check those who
// tick checks; an evidence criterion those who record evidence; the gate's editors always.
QString criterionCheck() {
    const QString editors = rolesArray({Action::EditReleaseGates});
    return QStringLiteral("slipway_is_any(%1) OR CASE kind "
                          "WHEN 'approval' THEN slipway_is_member(role) "
                          "WHEN 'manual' THEN slipway_is_any(%2) "
                          "ELSE slipway_is_any(%3) END")
        .arg(editors, rolesArray({Action::TickManualCheck}),
             rolesArray({Action::RecordGateEvidence}));
}

// Those who may only move a release's status (deployments, runbook runs) change nothing else
// of it; release managers (%1) change anything.
const char* const kReleaseStatusOnly = R"(
CREATE OR REPLACE FUNCTION slipway_release_status_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT slipway_is_any(%1)
       AND (to_jsonb(NEW) - 'status' - 'row_version' - 'updated_by' - 'updated_at')
           IS DISTINCT FROM
           (to_jsonb(OLD) - 'status' - 'row_version' - 'updated_by' - 'updated_at') THEN
        RAISE EXCEPTION 'your roles may change a release''s status only'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$)";

struct Policy {
    const char* table;
    const char* name;
    const char* command; // "INSERT" or "UPDATE"
    const char* check;
};

// Restrictive: each must hold besides the permissive slipway_rows policy every table gets.
const Policy kPolicies[] = {
    // A CAB decision fills an approval slot only its holder's role may fill.
    {"cab_decisions", "slipway_approver_insert", "INSERT",
     "approver_role = '' OR slipway_is_member(CASE approver_role WHEN 'second_approver' "
     "THEN 'cab' ELSE approver_role END)"},
    {"cab_decisions", "slipway_approver_update", "UPDATE",
     "approver_role = '' OR slipway_is_member(CASE approver_role WHEN 'second_approver' "
     "THEN 'cab' ELSE approver_role END)"},
    // Nobody approves their own waiver or lifecycle override.
    {"gate_waivers", "slipway_not_own_insert", "INSERT",
     "approved_by = '' OR lower(approved_by) <> lower(requested_by)"},
    {"gate_waivers", "slipway_not_own_update", "UPDATE",
     "approved_by = '' OR lower(approved_by) <> lower(requested_by)"},
    {"lifecycle_overrides", "slipway_not_own_insert", "INSERT",
     "approved_by = '' OR lower(approved_by) <> lower(requested_by)"},
    {"lifecycle_overrides", "slipway_not_own_update", "UPDATE",
     "approved_by = '' OR lower(approved_by) <> lower(requested_by)"},
};

} // namespace

QStringList ServerRoles::securedTables() {
    QStringList tables{QStringLiteral("gate_criteria")};
    for (const Policy& p : kPolicies)
        if (!tables.contains(QLatin1String(p.table)))
            tables << QString::fromLatin1(p.table);
    return tables;
}

Result<void> ServerRoles::applyPolicies() {
    const QString doing = tr("setting up row-level security");
    QList<Policy> policies(std::cbegin(kPolicies), std::cend(kPolicies));
    const QByteArray criterion = criterionCheck().toLatin1();
    policies.prepend({"gate_criteria", "slipway_criterion_role", "UPDATE", criterion.constData()});
    QStringList sql{
        QString::fromLatin1(kMemberFunction),
        QString::fromLatin1(kAnyFunction),
        QString::fromLatin1(kWaiverApprover)
            .arg(rolesArray({Action::ApproveWaiver}), rolesArray({Action::CompleteValidationTask})),
        QString::fromLatin1(kReleaseStatusOnly).arg(rolesArray({Action::EditRelease})),
        QString::fromLatin1(kDecisionFixed),
    };
    QStringList secured;
    for (const Policy& p : policies) {
        const QString table = QString::fromLatin1(p.table);
        if (!secured.contains(table)) {
            secured << table;
            sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
                << QStringLiteral("DROP POLICY IF EXISTS slipway_rows ON %1").arg(table)
                << QStringLiteral("CREATE POLICY slipway_rows ON %1 USING (true) "
                                  "WITH CHECK (true)")
                       .arg(table);
        }
        const QString name = QString::fromLatin1(p.name);
        const QString command = QString::fromLatin1(p.command);
        sql << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(name, table)
            << QStringLiteral("CREATE POLICY %1 ON %2 AS RESTRICTIVE FOR %3 %4 WITH CHECK (%5)")
                   .arg(name, table, command,
                        command == u"UPDATE" ? QStringLiteral("USING (true)") : QString(),
                        QString::fromLatin1(p.check));
    }
    sql << QStringLiteral("DROP TRIGGER IF EXISTS slipway_waiver_approver ON gate_waivers")
        << QStringLiteral("CREATE TRIGGER slipway_waiver_approver BEFORE UPDATE ON gate_waivers "
                          "FOR EACH ROW EXECUTE FUNCTION slipway_waiver_approver()");
    sql << QStringLiteral("DROP TRIGGER IF EXISTS slipway_cab_decision_fixed ON cab_decisions")
        << QStringLiteral("CREATE TRIGGER slipway_cab_decision_fixed BEFORE UPDATE ON "
                          "cab_decisions FOR EACH ROW EXECUTE FUNCTION "
                          "slipway_cab_decision_fixed()");
    sql << QStringLiteral("DROP TRIGGER IF EXISTS slipway_release_status_only ON releases")
        << QStringLiteral("CREATE TRIGGER slipway_release_status_only BEFORE UPDATE ON releases "
                          "FOR EACH ROW EXECUTE FUNCTION slipway_release_status_only()");
    QSqlQuery q(m_db.connection());
    for (const QString& statement : sql)
        if (!q.exec(statement))
            return m_db.errorFrom(q.lastError(), doing);
    return {};
}

} // namespace slipway
