// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerGrants.h"

#include <initializer_list>

namespace slipway::ServerGrants {
namespace {

// The tables an action writes (space-separated) and how. Release managers' default actions
// (rolesAllowed gives only release_manager) cover the reference data. `columns` narrows the
// UPDATE to what the repositories' statements for those actions set (every column of their
// SET lists, row_version and the stamps included, or the server refuses the statement).
struct Entry {
    const char* tables;
    std::initializer_list<Action> actions;
    int privileges;
    const char* columns = nullptr; // space-separated; none: every column
};

// The columns the evidence, tick and approval statements set (GateRepositoryEvidence.cpp).
const char* const kEvidenceColumns =
    "evidence_file evidence_sha256 evidence_size evidence_by evidence_at evidence_counts "
    "measured row_version updated_by updated_at";
const char* const kCheckedColumns = "checked_by checked_at row_version updated_by updated_at";

const Entry kEntries[] = {
    {"teams services environments people meta person_availability blackouts blackout_services "
     "incident_freezes environment_bookings",
     {Action::EditCalendar},
     Write},
    {"releases release_services release_environments release_roles release_risk_assessments "
     "release_exit_criteria release_assumptions release_success_metrics scope_tradeoffs",
     {Action::CreateRelease, Action::EditRelease, Action::DeleteRelease, Action::EditScope},
     Write},
    // A deployment record and the start of a runbook run move the release's status
    // (ReleaseRepository::setStatus); a trigger (ServerRoles) says the same in a refusal.
    {"releases",
     {Action::RecordDeployment, Action::ExecuteRunbook},
     Update,
     "status row_version updated_by updated_at"},
    // Exit criteria are written only by ExitCriteriaService, under EditScope (above): nobody
    // else holds UPDATE on them.
    {"scope_items scope_dependencies", {Action::EditScope}, Write},
    {"change_requests change_request_tags", {Action::EditChangeRequest}, Write},
    {"cab_meetings cab_meeting_attendees cab_agenda_items cab_actions",
     {Action::EditCabMeeting},
     Write},
    // No grant for anyone else: a deployer cannot approve a change. A decision is withdrawn
    // or reinstated, never rewritten (CabDecisionRepository; a trigger says so too).
    {"cab_decisions", {Action::DecideChange}, Insert | Update, "withdrawn row_version"},
    {"cab_conditions", {Action::DecideChange}, Write},
    {"gate_templates gate_template_criteria", {Action::EditGateTemplates}, Write},
    {"release_gates", {Action::EditReleaseGates, Action::PromoteRelease}, Write},
    {"gate_criteria", {Action::EditReleaseGates}, Write},
    // Evidence, ticks and approvals update a criterion, never its definition; row security
    // (ServerRoles) keeps an approval to the criterion's own role.
    {"gate_criteria", {Action::RecordGateEvidence}, Update, kEvidenceColumns},
    {"gate_criteria",
     {Action::TickManualCheck, Action::ApproveGateCriterion},
     Update,
     kCheckedColumns},
    {"gate_findings gate_evidence_digests", {Action::RecordGateEvidence}, Write},
    {"finding_reviews", {Action::ReviewFinding}, Write},
    {"gate_waivers", {Action::RequestWaiver}, Write},
    // Approving (a trigger keeps approved_by to these) and closing the validation task: one
    // statement (GateRepository::updateWaiver) writes both pairs.
    {"gate_waivers",
     {Action::ApproveWaiver, Action::CompleteValidationTask},
     Update,
     "approved_by approved_at validation_done_by validation_done_at row_version updated_by "
     "updated_at"},
    {"comm_templates known_issues distribution_lists distribution_members",
     {Action::EditTemplates, Action::EditKnownIssues, Action::EditDistributionLists},
     Write},
    {"comm_template_versions", {Action::EditTemplates}, Insert},
    {"communications communication_recipients", {Action::IssueCommunication}, Insert},
    {"acknowledgements", {Action::RecordAcknowledgement}, Write},
    // Requesters withdraw their own request.
    {"lifecycle_overrides", {Action::RequestOverride}, Insert | Delete},
    {"lifecycle_overrides",
     {Action::ApproveOverride},
     Update,
     "approved_by approved_at settled_by settled_at settlement row_version"},
    // Undoing a recorded deployment removes it.
    {"deployments deployment_digests", {Action::RecordDeployment}, Write},
    {"artifacts release_components component_dependencies pins config_items",
     {Action::RegisterArtifact, Action::EditConfiguration},
     Write},
    {"artifact_verifications", {Action::VerifyArtifact}, Insert},
    {"artifact_freezes", {Action::PromoteRelease}, Insert},
    {"signing_keys", {Action::ManageSigningKeys}, Write},
    {"runbooks runbook_steps migration_rehearsals runbook_triggers", {Action::EditRunbook}, Write},
    // A run's events, firings and decisions are written once; the run itself is only ended
    // (RunbookRunRepository::end).
    {"runbook_runs runbook_step_events runbook_trigger_firings runbook_decisions",
     {Action::ExecuteRunbook},
     Insert},
    {"runbook_runs",
     {Action::ExecuteRunbook},
     Update,
     "outcome deployment_id ended_by ended_at row_version"},
    {"validation_checks service_metrics metric_samples", {Action::EditValidation}, Write},
    {"validation_results metric_verdicts", {Action::RunValidation}, Write},
    {"feedback_entries incidents", {Action::RecordFeedback}, Write},
    {"post_reviews review_actions", {Action::EditReview}, Write},
    {"closure_checklist cmdb_records", {Action::SettleClosure}, Write},
    {"corrective_actions", {Action::ManageCorrectiveActions}, Write},
    {"regulatory_controls release_tags", {Action::EditControls}, Write},
    {"release_control_records", {Action::AttestControl}, Write},
};

QSet<QString> rolesOf(const Entry& e) {
    QSet<QString> roles;
    for (Action a : e.actions)
        for (const QString& r : writersOf(a))
            roles.insert(r);
    return roles;
}

QStringList words(const char* text) {
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

QStringList roleNames() {
    return {QStringLiteral("release_manager"), QStringLiteral("cab"),
            QStringLiteral("deployer"),        QStringLiteral("qa"),
            QStringLiteral("security"),        QStringLiteral("service_owner"),
            QStringLiteral("operations"),      QStringLiteral("development"),
            QStringLiteral("viewer")};
}

QStringList workingRoles() {
    QStringList roles = roleNames();
    roles.removeAll(QStringLiteral("viewer"));
    return roles;
}

QString groupRole(const QString& role) {
    return QStringLiteral("slipway_") + role;
}

QStringList writersOf(Action action) {
    const QStringList roles = rolesAllowed(action);
    return roles.isEmpty() ? workingRoles() : roles;
}

QStringList historyTables() {
    return {QStringLiteral("audit_log"),
            QStringLiteral("communications"),
            QStringLiteral("communication_recipients"),
            QStringLiteral("comm_template_versions"),
            QStringLiteral("artifact_verifications"),
            QStringLiteral("artifact_freezes")};
}

QMap<QString, QMap<QString, int>> matrix() {
    QMap<QString, QMap<QString, int>> m;
    for (const Entry& e : kEntries) {
        const QSet<QString> roles = rolesOf(e);
        for (const QString& table : words(e.tables))
            for (const QString& r : roles)
                m[table][r] |= e.privileges;
    }
    // Every write is audited: each working role appends entries, and nobody changes one.
    for (const QString& r : workingRoles())
        m[QStringLiteral("audit_log")][r] = Insert;
    for (const QString& table : historyTables())
        for (int& bits : m[table])
            bits &= Insert;
    return m;
}

QMap<QString, QMap<QString, QStringList>> updateColumns() {
    QMap<QString, QMap<QString, QSet<QString>>> narrow;
    QMap<QString, QSet<QString>> whole; // table → the roles an entry lets update every column
    for (const Entry& e : kEntries) {
        if (!(e.privileges & Update))
            continue;
        const QSet<QString> roles = rolesOf(e);
        for (const QString& table : words(e.tables))
            for (const QString& r : roles) {
                if (e.columns)
                    for (const QString& column : words(e.columns))
                        narrow[table][r].insert(column);
                else
                    whole[table].insert(r);
            }
    }
    QMap<QString, QMap<QString, QStringList>> out;
    for (auto table = narrow.cbegin(); table != narrow.cend(); ++table)
        for (auto role = table->cbegin(); role != table->cend(); ++role)
            if (!whole.value(table.key()).contains(role.key())) {
                QStringList columns(role->cbegin(), role->cend());
                columns.sort();
                out[table.key()][role.key()] = columns;
            }
    return out;
}

} // namespace slipway::ServerGrants
