// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Result.h"
#include "storage/Database.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace slipway {

class GateService;
class CommunicationService;
class DistributionListService;
class KnownIssueService;
class ReleaseService;
class RiskAssessmentService;
class ExitCriteriaService;
class AssumptionService;
class SuccessMetricService;
class ObjectivesService;
class ScopeService;
class TemplateService;

// One open file: its database, the services that change it, who is acting and the undo
// history. Screens borrow these; they own no persistence themselves.
class Document : public QObject {
    Q_OBJECT
public:
    static Result<std::unique_ptr<Document>> open(const QString& path,
                                                  const Database::OpenOptions& options);
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
    QUndoStack* undoStack() { return m_undoStack; }
    const Session& session() const { return m_session; }

    QString path() const { return m_database->path(); }
    QString fileName() const { return m_database->fileName(); }
    bool isReadOnly() const { return m_database->isReadOnly(); }

Q_SIGNALS:
    // Something in the file changed, here or in another program.
    void modified();

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
    QUndoStack* m_undoStack = nullptr;
};

} // namespace slipway
