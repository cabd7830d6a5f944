// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/FileAccess.h"
#include "domain/Result.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace slipway {

class ArtifactService;
class AuditService;
class CalendarImportService;
class ImportUndoService;
class ScopeImportService;
class CabDecisionService;
class CabMeetingService;
class ChangeRequestService;
class ComponentService;
class ConfigService;
class Database;
class ScheduleService;
class SchedulingServices;
class GateService;
class CommunicationService;
class DeploymentService;
class LifecycleService;
class PinService;
class ProductService;
class DistributionListService;
class KnownIssueService;
class ReleaseService;
class RunbookRunService;
class RunbookService;
class RiskAssessmentService;
class ExitCriteriaService;
class AssumptionService;
class SuccessMetricService;
class ObjectivesService;
class ScopeService;
class TemplateService;
class ValidationCheckService;
class MetricService;
class IncidentService;
class FeedbackService;
class ReviewService;
class ClosureService;
class AdherenceService;
class CorrectiveActionService;

// One open file: its database, every service that reads or changes it, who is acting and
// the undo history. Screens borrow the services; they own no persistence themselves and
// never see the database's storage.
class Document : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Document)
public:
    static Result<std::unique_ptr<Document>> open(const QString& path,
                                                  const FileOpenOptions& options);
    ~Document() override;

    Database& database() { return *m_database; }
    ReleaseService& releases() { return *m_releases; }
    RiskAssessmentService& riskAssessments() { return *m_riskAssessments; }
    ExitCriteriaService& exitCriteria() { return *m_exitCriteria; }
    AssumptionService& assumptions() { return *m_assumptions; }
    SuccessMetricService& successMetrics() { return *m_successMetrics; }
    ObjectivesService& objectives() { return *m_objectives; }
    ScopeService& scope() { return *m_scope; }
    GateService& gates() { return *m_gates; }
    TemplateService& templates() { return *m_templates; }
    KnownIssueService& knownIssues() { return *m_knownIssues; }
    DistributionListService& distributionLists() { return *m_lists; }
    CommunicationService& communications() { return *m_communications; }
    SchedulingServices& scheduling() { return *m_scheduling; }
    ScheduleService& schedule() { return *m_schedule; }
    ChangeRequestService& changeRequests() { return *m_changeRequests; }
    CabMeetingService& cabMeetings() { return *m_cabMeetings; }
    CabDecisionService& cabDecisions() { return *m_cabDecisions; }
    AuditService& audit() { return *m_audit; }
    DeploymentService& deployments() { return *m_deployments; }
    ArtifactService& artifacts() { return *m_artifacts; }
    ComponentService& components() { return *m_components; }
    PinService& pins() { return *m_pins; }
    ConfigService& configuration() { return *m_configuration; }
    ProductService& products() { return *m_products; }
    LifecycleService& lifecycle() { return *m_lifecycle; }
    RunbookService& runbooks() { return *m_runbooks; }
    RunbookRunService& runbookRuns() { return *m_runbookRuns; }
    // After the window (schema 21): checks and their results, metrics, incidents, support
    // feedback, the review and closure.
    ValidationCheckService& validationChecks() { return *m_validationChecks; }
    MetricService& metrics() { return *m_metrics; }
    IncidentService& incidents() { return *m_incidents; }
    FeedbackService& feedback() { return *m_feedback; }
    ReviewService& reviews() { return *m_reviews; }
    ClosureService& closure() { return *m_closure; }
    // Reporting (schema 22): the adherence review and its corrective actions.
    AdherenceService& adherence() { return *m_adherence; }
    CorrectiveActionService& correctiveActions() { return *m_correctiveActions; }
    ScopeImportService& scopeImport() { return *m_scopeImport; }
    CalendarImportService& calendarImport() { return *m_calendarImport; }
    ImportUndoService& imports() { return *m_imports; }
    QUndoStack* undoStack() { return m_undoStack; }
    const Session& session() const { return m_session; }

    QString path() const;
    QString fileName() const; // the path as shown to users
    FileMode mode() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    // A consistent copy of the whole file at `path` (complete or absent).
    Result<void> saveCopy(const QString& path) const;

Q_SIGNALS:
    // Something in the file changed, here or in another program.
    void modified();
    // Another program committed to the file, or a bulk write (an import, its undo or redo)
    // did: everything reloads.
    void changedElsewhere();
    // On a server: the connection was found gone (one line; tried again every few seconds),
    // and later it is back (everything has reloaded). See storage/ServerLink.h.
    void serverConnectionLost(const QString& message);
    void serverConnectionRestored();

private:
    Document(std::unique_ptr<Database> database, Session session);

    std::unique_ptr<Database> m_database;
    Session m_session;
    ReleaseService* m_releases = nullptr;
    RiskAssessmentService* m_riskAssessments = nullptr;
    ExitCriteriaService* m_exitCriteria = nullptr;
    AssumptionService* m_assumptions = nullptr;
    SuccessMetricService* m_successMetrics = nullptr;
    std::unique_ptr<ObjectivesService> m_objectives;
    ScopeService* m_scope = nullptr;
    GateService* m_gates = nullptr;
    TemplateService* m_templates = nullptr;
    KnownIssueService* m_knownIssues = nullptr;
    DistributionListService* m_lists = nullptr;
    CommunicationService* m_communications = nullptr;
    SchedulingServices* m_scheduling = nullptr;
    std::unique_ptr<ScheduleService> m_schedule;
    ChangeRequestService* m_changeRequests = nullptr;
    CabMeetingService* m_cabMeetings = nullptr;
    CabDecisionService* m_cabDecisions = nullptr;
    std::unique_ptr<AuditService> m_audit;
    DeploymentService* m_deployments = nullptr;
    ArtifactService* m_artifacts = nullptr;
    ComponentService* m_components = nullptr;
    PinService* m_pins = nullptr;
    ConfigService* m_configuration = nullptr;
    ProductService* m_products = nullptr;
    std::unique_ptr<LifecycleService> m_lifecycle;
    RunbookService* m_runbooks = nullptr;
    RunbookRunService* m_runbookRuns = nullptr;
    ValidationCheckService* m_validationChecks = nullptr;
    MetricService* m_metrics = nullptr;
    IncidentService* m_incidents = nullptr;
    FeedbackService* m_feedback = nullptr;
    ReviewService* m_reviews = nullptr;
    ClosureService* m_closure = nullptr;
    AdherenceService* m_adherence = nullptr;
    CorrectiveActionService* m_correctiveActions = nullptr;
    std::unique_ptr<ScopeImportService> m_scopeImport;
    std::unique_ptr<CalendarImportService> m_calendarImport;
    ImportUndoService* m_imports = nullptr;
    QUndoStack* m_undoStack = nullptr;
};

} // namespace slipway
