// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Gate.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeWidgetItem;

namespace slipway {
class Document;
class GateFindingsModel;
} // namespace slipway

namespace slipway::ui {

class EmptyState;
class GateTree;
class MessageBar;

// The Gates screen: a release's checklist (gate → criteria) with status icons, progress,
// evidence and reasons; CI reports dropped onto a criterion evaluate it; SARIF findings can
// be marked false positive; waivers are requested and approved; the release is promoted
// stage by stage. Every change is an undo command on the document's stack.
class GatesScreen : public QWidget {
    Q_OBJECT
public:
    explicit GatesScreen(Document& document, QWidget* parent = nullptr);

    void setEditable(bool editable);
    void selectRelease(qint64 id);
    // The first open release with evidence, preferring one that is blocked, and its most
    // telling criterion: what a screenshot shows.
    void selectFirst();
    qint64 currentReleaseId() const;
    qint64 currentCriterionId() const;
    bool selectCriterion(qint64 criterionId);

    // The same paths the screen's buttons and drops take, for tests and menus.
    void importEvidence(qint64 criterionId, const QString& path);
    void markFalsePositive(int findingRow, const QString& reason);
    void toggleChecked();
    void promote();
    // Adds the gates the release's template and risk assessment ask for (undoable).
    void addGates();
    // Opens the gate templates editor (not modal to the event loop: tests drive it).
    class GateTemplateDialog* openTemplates();

private:
    QWidget* buildHeader();
    QWidget* buildDetails();
    void reloadReleases();
    void reloadGates();
    void showDetails();
    void showFindings(const GateCriterion& criterion);
    void requestWaiver();
    void approveWaiver();
    void chooseFile();
    void reviewFinding();
    int selectedFinding() const; // -1: none
    void updateReviewButton();
    void push(class GateEditCommand* command);
    void failed(const QString& message);
    const GateCriterion* criterionById(qint64 id, const ReleaseGate** gate = nullptr) const;

    Document& m_document;
    bool m_editable = true;
    bool m_reloading = false;
    QList<ReleaseGate> m_gates;

    QComboBox* m_release = nullptr;
    QLabel* m_stage = nullptr;
    QPushButton* m_promote = nullptr;
    QPushButton* m_addGates = nullptr;
    QPushButton* m_templates = nullptr;
    MessageBar* m_messages = nullptr;
    QStackedWidget* m_pages = nullptr;
    EmptyState* m_noReleases = nullptr;
    EmptyState* m_noGates = nullptr;
    QSplitter* m_splitter = nullptr;
    GateTree* m_tree = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_requirement = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_evidence = nullptr;
    QLabel* m_waivers = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_tick = nullptr;
    QPushButton* m_waive = nullptr;
    QPushButton* m_approveWaiver = nullptr;
    QLabel* m_findingsTitle = nullptr;
    GateFindingsModel* m_findingsModel = nullptr;
    QTableView* m_findingsTable = nullptr;
    QPushButton* m_review = nullptr;
};

} // namespace slipway::ui
