// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerGrants.h"

#include <initializer_list>

namespace slipway::ServerGrants {
namespace {

// The tables an action writes (space-separated) and how. Release managers' default actions
// (rolesAllowed gives only release_manager) cover the reference data.
struct Entry {
    const char* tables;
    std::initializer_list<Action> actions;
    int privileges;
};

const Entry kEntries[] = {
    {"teams services environments people meta person_availability blackouts blackout_services "
     "incident_freezes environment_bookings",
     {Action::EditCalendar},
     Write},
    {"releases release_services release_environments release_roles release_risk_assessments "
     "release_exit_criteria release_assumptions release_success_metrics scope_tradeoffs",
     {Action::CreateRelease, Action::EditRelease, Action::DeleteRelease, Action::EditScope},
     Write},
    // A deployment record and the start of a runbook run move the release's status; a
    // trigger (ServerRoles) keeps everyone but release managers to the status alone.
    {"releases", {Action::RecordDeployment, Action::ExecuteRunbook}, Update},
    // Exit criteria are settled by those who tick checks and close validation tasks.
    {"release_exit_criteria", {Action::TickManualCheck, Action::CompleteValidationTask}, Update},
    {"scope_items scope_dependencies", {Action::EditScope}, Write},
    {"change_requests change_request_tags", {Action::EditChangeRequest}, Write},
    {"cab_meetings cab_meeting_attendees cab_agenda_items cab_actions",
     {Action::EditCabMeeting},
     Write},
    // No grant for anyone else: a deployer cannot approve a change.
    {"cab_decisions", {Action::DecideChange}, Insert | Update},
    {"cab_conditions", {Action::DecideChange}, Write},
    {"gate_templates gate_template_criteria", {Action::EditGateTemplates}, Write},
    {"release_gates", {Action::EditReleaseGates, Action::PromoteRelease}, Write},
    {"gate_criteria", {Action::EditReleaseGates}, Write},
    // Evidence, ticks and approvals update a criterion; row security (ServerRoles) keeps an
    // approval to the criterion's own role.
    {"gate_criteria",
     {Action::RecordGateEvidence, Action::TickManualCheck, Action::ApproveGateCriterion},
     Update},
    {"gate_findings gate_evidence_digests", {Action::RecordGateEvidence}, Write},
    {"finding_reviews", {Action::ReviewFinding}, Write},
    {"gate_waivers", {Action::RequestWaiver}, Write},
    // Approving (a trigger keeps approved_by to these) and closing the validation task.
    {"gate_waivers", {Action::ApproveWaiver, Action::CompleteValidationTask}, Update},
    {"comm_templates known_issues distribution_lists distribution_members",
     {Action::EditTemplates, Action::EditKnownIssues, Action::EditDistributionLists},
     Write},
    {"comm_template_versions", {Action::EditTemplates}, Insert},
    {"communications communication_recipients", {Action::IssueCommunication}, Insert},
    {"acknowledgements", {Action::RecordAcknowledgement}, Write},
    // Requesters withdraw their own request.
    {"lifecycle_overrides", {Action::RequestOverride}, Insert | Delete},
    {"lifecycle_overrides", {Action::ApproveOverride}, Update},
    // Undoing a recorded deployment removes it.
    {"deployments deployment_digests", {Action::RecordDeployment}, Write},
    {"artifacts release_components component_dependencies pins config_items",
     {Action::RegisterArtifact, Action::EditConfiguration},
     Write},
    {"artifact_verifications", {Action::VerifyArtifact}, Insert},
    {"artifact_freezes", {Action::PromoteRelease}, Insert},
    {"signing_keys", {Action::ManageSigningKeys}, Write},
    {"runbooks runbook_steps migration_rehearsals runbook_triggers", {Action::EditRunbook}, Write},
    {"runbook_runs runbook_step_events runbook_trigger_firings runbook_decisions",
     {Action::ExecuteRunbook},
     Insert | Update},
    {"validation_checks service_metrics metric_samples", {Action::EditValidation}, Write},
    {"validation_results metric_verdicts", {Action::RunValidation}, Write},
    {"feedback_entries incidents", {Action::RecordFeedback}, Write},
    {"post_reviews review_actions", {Action::EditReview}, Write},
    {"closure_checklist cmdb_records", {Action::SettleClosure}, Write},
    {"corrective_actions", {Action::ManageCorrectiveActions}, Write},
    {"regulatory_controls release_tags", {Action::EditControls}, Write},
    {"release_control_records", {Action::AttestControl}, Write},
};

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
        QSet<QString> roles;
        for (Action a : e.actions)
            for (const QString& r : writersOf(a))
                roles.insert(r);
        for (const QString& table : QString::fromLatin1(e.tables).split(u' ', Qt::SkipEmptyParts))
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

} // namespace slipway::ServerGrants
