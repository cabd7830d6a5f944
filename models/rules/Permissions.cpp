// SPDX-License-Identifier: GPL-3.0-or-later
#include "Permissions.h"

#include <QCoreApplication>
#include <QStringList>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Permissions)
};

} // namespace

Result<void> authorize(const ActorRights& rights, Action action) {
    if (rights.fileReadOnly)
        return Error{Error::Kind::ReadOnly,
                     rights.fileName.isEmpty()
                         ? Text::tr("The file is open read-only (%1); changes are disabled.")
                               .arg(rights.readOnlyReason)
                         : Text::tr("%1 is open read-only (%2); changes are disabled.")
                               .arg(rights.fileName, rights.readOnlyReason)};
    if (!rights.fileHasLogins)
        return {};
    QString what;
    switch (action) {
    case Action::CreateRelease:
        what = Text::tr("create releases");
        break;
    case Action::EditRelease:
        what = Text::tr("edit releases");
        break;
    case Action::DeleteRelease:
        what = Text::tr("delete releases");
        break;
    case Action::EditCalendar:
        what = Text::tr("change blackouts, freezes, environments, bookings or people");
        break;
    case Action::EditScope:
        what = Text::tr("change release scope");
        break;
    case Action::EditChangeRequest:
        what = Text::tr("change change requests");
        break;
    case Action::DecideChange:
        what = Text::tr("record CAB decisions");
        break;
    case Action::EditCabMeeting:
        what = Text::tr("change CAB meetings and their minutes");
        break;
    case Action::EditGateTemplates:
        what = Text::tr("change gate templates");
        break;
    case Action::EditReleaseGates:
        what = Text::tr("change a release's gates");
        break;
    case Action::RecordGateEvidence:
        what = Text::tr("import gate evidence");
        break;
    case Action::ReviewFinding:
        what = Text::tr("mark findings as false positives");
        break;
    case Action::TickManualCheck:
        what = Text::tr("tick manual checks");
        break;
    case Action::ApproveGateCriterion:
        what = Text::tr("approve gate criteria");
        break;
    case Action::RequestWaiver:
        what = Text::tr("request waivers");
        break;
    case Action::ApproveWaiver:
        what = Text::tr("approve waivers");
        break;
    case Action::CompleteValidationTask:
        what = Text::tr("close post-release validation tasks");
        break;
    case Action::PromoteRelease:
        what = Text::tr("promote releases");
        break;
    case Action::EditTemplates:
        what = Text::tr("change communication templates");
        break;
    case Action::EditKnownIssues:
        what = Text::tr("change known issues");
        break;
    case Action::EditDistributionLists:
        what = Text::tr("change distribution lists");
        break;
    case Action::IssueCommunication:
        what = Text::tr("issue communications");
        break;
    case Action::RecordAcknowledgement:
        what = Text::tr("record acknowledgements");
        break;
    case Action::RecordDeployment:
        what = Text::tr("record deployments");
        break;
    case Action::RequestOverride:
        what = Text::tr("ask for a lifecycle override");
        break;
    case Action::ApproveOverride:
        what = Text::tr("approve or settle lifecycle overrides");
        break;
    case Action::RegisterArtifact:
        what = Text::tr("register or remove artifacts");
        break;
    case Action::VerifyArtifact:
        what = Text::tr("verify artifacts");
        break;
    case Action::ManageSigningKeys:
        what = Text::tr("change the trusted signing keys");
        break;
    case Action::EditConfiguration:
        what = Text::tr("change release configuration");
        break;
    case Action::EditRunbook:
        what = Text::tr("change deployment runbooks");
        break;
    case Action::ExecuteRunbook:
        what = Text::tr("execute deployment runbooks");
        break;
    case Action::EditValidation:
        what = Text::tr("change post-deployment checks and metrics");
        break;
    case Action::RunValidation:
        what = Text::tr("run post-deployment checks");
        break;
    case Action::RecordFeedback:
        what = Text::tr("record support feedback and incidents");
        break;
    case Action::EditReview:
        what = Text::tr("change post-implementation reviews");
        break;
    case Action::SettleClosure:
        what = Text::tr("settle the closure checklist");
        break;
    case Action::ManageCorrectiveActions:
        what = Text::tr("change corrective actions of the adherence review");
        break;
    case Action::EditControls:
        what = Text::tr("change regulatory controls or the tags of releases");
        break;
    case Action::AttestControl:
        what = Text::tr("record regulatory control references");
        break;
    }
    if (!rights.knownPerson)
        return Error{
            Error::Kind::Permission,
            Text::tr("%1 is not a person in this file, so may not %2; ask a release manager "
                     "to add you.")
                .arg(rights.login, what)};
    const QStringList roles = rolesAllowed(action);
    if (roles.isEmpty())
        return {};
    for (const QString& role : roles)
        if (rights.roles.contains(role))
            return {};
    if (roles.size() == 1 && roles.first() == u"release_manager")
        return Error{Error::Kind::Permission,
                     Text::tr("%1 may not %2: that needs the release manager role.")
                         .arg(rights.login, what)};
    return Error{Error::Kind::Permission,
                 Text::tr("%1 may not %2: that needs one of the roles %3.")
                     .arg(rights.login, what, roles.join(QStringLiteral(", ")))};
}

QStringList rolesAllowed(Action action) {
    const QString rm = QStringLiteral("release_manager");
    switch (action) {
    case Action::RecordGateEvidence:
        return {rm, QStringLiteral("qa"), QStringLiteral("security"),
                QStringLiteral("development")};
    case Action::ReviewFinding:
        return {rm, QStringLiteral("security")};
    case Action::TickManualCheck:
    case Action::CompleteValidationTask:
        return {rm, QStringLiteral("qa"), QStringLiteral("operations"),
                QStringLiteral("development")};
    case Action::ApproveWaiver:
        return {rm, QStringLiteral("cab")};
    case Action::RecordDeployment:
        // Pipelines run under an operations or deployer account.
        return {rm, QStringLiteral("operations"), QStringLiteral("deployer")};
    case Action::RequestOverride:
        return {rm, QStringLiteral("cab"), QStringLiteral("operations")};
    case Action::ExecuteRunbook:
        // The people on the bridge call, and the pipelines reporting their steps.
        return {rm, QStringLiteral("deployer"), QStringLiteral("operations")};
    case Action::RegisterArtifact:
    case Action::EditConfiguration:
        // Build pipelines register what they built, and the settings it runs with.
        return {rm, QStringLiteral("operations"), QStringLiteral("development")};
    case Action::VerifyArtifact:
        return {rm, QStringLiteral("operations"), QStringLiteral("qa"), QStringLiteral("security")};
    case Action::EditValidation:
        // Those who watch the service after the window define what is watched.
        return {rm, QStringLiteral("operations"), QStringLiteral("qa"),
                QStringLiteral("service_owner")};
    case Action::RunValidation:
        return {rm, QStringLiteral("operations"), QStringLiteral("qa"), QStringLiteral("deployer"),
                QStringLiteral("service_owner")};
    case Action::RecordFeedback:
        // Support teams report what they see in the 72 hours after a release.
        return {rm, QStringLiteral("operations"), QStringLiteral("service_owner"),
                QStringLiteral("qa"), QStringLiteral("development")};
    case Action::EditReview:
        return {rm, QStringLiteral("service_owner"), QStringLiteral("operations")};
    case Action::SettleClosure:
        return {rm, QStringLiteral("operations"), QStringLiteral("service_owner")};
    case Action::ManageCorrectiveActions:
        // Release managers answer for the process; the file knows no auditor role yet.
        return {rm};
    case Action::EditControls:
        return {rm};
    case Action::AttestControl:
        return {rm, QStringLiteral("security"), QStringLiteral("service_owner")};
    case Action::ApproveGateCriterion:
        return {};
    case Action::DecideChange:
    case Action::EditCabMeeting:
        // The board records its own decisions and minutes.
        return {rm, QStringLiteral("cab"), QStringLiteral("service_owner")};
    default:
        return {rm};
    }
}

} // namespace slipway
