// SPDX-License-Identifier: GPL-3.0-or-later
#include "Document.h"

#include "AdherenceService.h"
#include "ArtifactService.h"
#include "AssumptionService.h"
#include "AuditService.h"
#include "CabDecisionService.h"
#include "CabMeetingService.h"
#include "CalendarImportService.h"
#include "ChangeRequestService.h"
#include "ClosureService.h"
#include "CommunicationService.h"
#include "ComponentService.h"
#include "ConfigService.h"
#include "CorrectiveActionService.h"
#include "DeploymentService.h"
#include "DistributionListService.h"
#include "ExitCriteriaService.h"
#include "FeedbackService.h"
#include "GateService.h"
#include "ImportUndoService.h"
#include "IncidentService.h"
#include "KnownIssueService.h"
#include "LifecycleService.h"
#include "MetricService.h"
#include "ObjectivesService.h"
#include "PinService.h"
#include "ProductService.h"
#include "ReleaseService.h"
#include "ReviewService.h"
#include "RiskAssessmentService.h"
#include "RunbookRunService.h"
#include "RunbookService.h"
#include "ScheduleService.h"
#include "SchedulingServices.h"
#include "ScopeImportService.h"
#include "ScopeService.h"
#include "SuccessMetricService.h"
#include "TemplateService.h"
#include "ValidationCheckService.h"
#include "domain/StartupTimes.h"
#include "storage/Database.h"

#include <QUndoStack>

namespace slipway {

// Other writers on a shared file must show up within two seconds.
constexpr int kExternalPollMs = 300;

Result<std::unique_ptr<Document>> Document::open(const QString& path,
                                                 const FileOpenOptions& options) {
    StartupTimes::mark("document: opening");
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    // On a server the login is read once, here: the server stamps that name on every change.
    auto session = Session::forDatabase(*db.value());
    if (!session)
        return session.error();
    std::unique_ptr<Document> document(
        new Document(std::move(db.value()), std::move(session.value())));
    StartupTimes::mark("document: services built");
    return document;
}

Document::Document(std::unique_ptr<Database> database, Session session)
    : m_database(std::move(database))
    , m_session(std::move(session)) {
    m_releases = new ReleaseService(*m_database, m_session, this);
    m_riskAssessments = new RiskAssessmentService(*m_database, m_session, this);
    m_exitCriteria = new ExitCriteriaService(*m_database, m_session, this);
    m_assumptions = new AssumptionService(*m_database, m_session, this);
    m_successMetrics = new SuccessMetricService(*m_database, m_session, this);
    m_objectives = std::make_unique<ObjectivesService>(*m_releases);
    m_scope = new ScopeService(*m_database, m_session, this);
    m_scopeImport = std::make_unique<ScopeImportService>(*m_database, m_session);
    m_calendarImport = std::make_unique<CalendarImportService>(*m_database, m_session);
    m_imports = new ImportUndoService(*m_database, m_session, this);
    m_undoStack = new QUndoStack(this);
    connect(m_riskAssessments, &RiskAssessmentService::assessmentChanged, this,
            &Document::modified);
    connect(m_exitCriteria, &ExitCriteriaService::criteriaChanged, this, &Document::modified);
    connect(m_assumptions, &AssumptionService::assumptionsChanged, this, &Document::modified);
    connect(m_successMetrics, &SuccessMetricService::metricsChanged, this, &Document::modified);
    m_gates = new GateService(*m_database, m_session, this);
    connect(m_gates, &GateService::gatesChanged, this, &Document::modified);
    connect(m_gates, &GateService::templatesChanged, this, &Document::modified);
    m_templates = new TemplateService(*m_database, m_session, this);
    m_knownIssues = new KnownIssueService(*m_database, m_session, this);
    m_lists = new DistributionListService(*m_database, m_session, this);
    m_communications = new CommunicationService(*m_database, m_session, this);
    connect(m_templates, &TemplateService::templateChanged, this, &Document::modified);
    connect(m_knownIssues, &KnownIssueService::issuesChanged, this, &Document::modified);
    connect(m_lists, &DistributionListService::listsChanged, this, &Document::modified);
    connect(m_communications, &CommunicationService::archiveChanged, this, &Document::modified);
    connect(m_releases, &ReleaseService::releaseAdded, this, &Document::modified);
    connect(m_releases, &ReleaseService::releaseChanged, this, &Document::modified);
    connect(m_releases, &ReleaseService::releaseRemoved, this, &Document::modified);
    connect(m_scope, &ScopeService::itemChanged, this, &Document::modified);
    connect(m_scope, &ScopeService::dependenciesChanged, this, &Document::modified);
    connect(m_scope, &ScopeService::capacityChanged, this, &Document::modified);
    m_scheduling = new SchedulingServices(*m_database, m_session, this);
    connect(m_scheduling, &SchedulingServices::scheduleChanged, this, &Document::modified);
    m_schedule = std::make_unique<ScheduleService>(*m_database);
    m_changeRequests = new ChangeRequestService(*m_database, m_session, this);
    m_cabMeetings = new CabMeetingService(*m_database, m_session, this);
    m_cabDecisions = new CabDecisionService(*m_database, m_session, this);
    connect(m_changeRequests, &ChangeRequestService::changed, this, &Document::modified);
    connect(m_cabMeetings, &CabMeetingService::changed, this, &Document::modified);
    connect(m_cabDecisions, &CabDecisionService::changed, this, &Document::modified);
    m_audit = std::make_unique<AuditService>(*m_database);
    m_lifecycle = std::make_unique<LifecycleService>(*m_database);
    m_deployments = new DeploymentService(*m_database, m_session, this);
    connect(m_deployments, &DeploymentService::deploymentsChanged, this, &Document::modified);
    connect(m_deployments, &DeploymentService::overridesChanged, this, &Document::modified);
    m_artifacts = new ArtifactService(*m_database, m_session, this);
    connect(m_artifacts, &ArtifactService::artifactsChanged, this, &Document::modified);
    connect(m_artifacts, &ArtifactService::keysChanged, this, &Document::modified);
    m_components = new ComponentService(*m_database, m_session, this);
    connect(m_components, &ComponentService::componentsChanged, this, &Document::modified);
    m_pins = new PinService(*m_database, m_session, this);
    connect(m_pins, &PinService::pinsChanged, this, &Document::modified);
    m_configuration = new ConfigService(*m_database, m_session, this);
    connect(m_configuration, &ConfigService::configurationChanged, this, &Document::modified);
    m_products = new ProductService(*m_database, m_session, this);
    connect(m_products, &ProductService::productChanged, this, &Document::modified);
    m_runbooks = new RunbookService(*m_database, m_session, this);
    connect(m_runbooks, &RunbookService::runbookChanged, this, &Document::modified);
    m_runbookRuns = new RunbookRunService(*m_database, m_session, this);
    connect(m_runbookRuns, &RunbookRunService::runChanged, this, &Document::modified);
    // After the window (schema 21). Each service is constructed here and its change signal
    // connected to modified(), as above.
    // [validation checks]
    m_validationChecks = new ValidationCheckService(*m_database, m_session, this);
    connect(m_validationChecks, &ValidationCheckService::checksChanged, this, &Document::modified);
    connect(m_validationChecks, &ValidationCheckService::resultsRecorded, this,
            &Document::modified);
    // [metrics]
    m_metrics = new MetricService(*m_database, m_session, this);
    connect(m_metrics, &MetricService::metricsChanged, this, &Document::modified);
    connect(m_metrics, &MetricService::samplesImported, this, &Document::modified);
    connect(m_metrics, &MetricService::verdictsChanged, this, &Document::modified);
    // [incidents and feedback]
    m_incidents = new IncidentService(*m_database, m_session, this);
    connect(m_incidents, &IncidentService::incidentsChanged, this, &Document::modified);
    m_feedback = new FeedbackService(*m_database, m_session, this);
    connect(m_feedback, &FeedbackService::feedbackChanged, this, &Document::modified);
    // [review and closure]
    m_reviews = new ReviewService(*m_database, m_session, this);
    connect(m_reviews, &ReviewService::reviewChanged, this, &Document::modified);
    m_closure = new ClosureService(*m_database, m_session, this);
    connect(m_closure, &ClosureService::checklistChanged, this, &Document::modified);
    // [reporting] The adherence review only reads; corrective actions change the file.
    m_adherence = new AdherenceService(*m_database, m_session, this);
    m_correctiveActions = new CorrectiveActionService(*m_database, m_session, this);
    connect(m_correctiveActions, &CorrectiveActionService::actionsChanged, this,
            &Document::modified);
    connect(m_database.get(), &Database::changedElsewhere, this, &Document::modified);
    connect(m_database.get(), &Database::changedElsewhere, this, &Document::changedElsewhere);
    connect(m_database.get(), &Database::serverConnectionLost, this,
            &Document::serverConnectionLost);
    connect(m_database.get(), &Database::serverConnectionRestored, this,
            &Document::serverConnectionRestored);
    m_database->watchForExternalChanges(kExternalPollMs);
}

// The children (service, undo stack) hold references into the database: delete them first.
Document::~Document() {
    delete m_undoStack;
    delete m_imports;
    m_calendarImport.reset();
    m_scopeImport.reset();
    m_audit.reset();
    delete m_correctiveActions;
    delete m_adherence;
    delete m_closure;
    delete m_reviews;
    delete m_feedback;
    delete m_incidents;
    delete m_metrics;
    delete m_validationChecks;
    delete m_runbookRuns;
    delete m_runbooks;
    delete m_products;
    delete m_configuration;
    delete m_pins;
    delete m_components;
    delete m_artifacts;
    delete m_deployments;
    m_lifecycle.reset();
    m_schedule.reset();
    delete m_cabDecisions;
    delete m_cabMeetings;
    delete m_changeRequests;
    delete m_scheduling;
    m_objectives.reset();
    delete m_successMetrics;
    delete m_assumptions;
    delete m_exitCriteria;
    delete m_riskAssessments;
    delete m_scope;
    delete m_communications;
    delete m_lists;
    delete m_knownIssues;
    delete m_templates;
    delete m_releases;
    delete m_gates;
}

QString Document::path() const {
    return m_database->path();
}

QString Document::fileName() const {
    return m_database->fileName();
}

FileMode Document::mode() const {
    return m_database->mode();
}

bool Document::isReadOnly() const {
    return m_database->isReadOnly();
}

QString Document::readOnlyReason() const {
    return m_database->readOnlyReason();
}

Result<void> Document::saveCopy(const QString& path) const {
    return m_database->saveCopy(path);
}

} // namespace slipway
