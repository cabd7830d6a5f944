// SPDX-License-Identifier: GPL-3.0-or-later
// The Gates screen's edits: evidence, findings, ticks, waivers and promotion, each one undoable
// command through the gate service.
#include "GatesScreen.h"

#include "EmptyState.h"
#include "GateCommands.h"
#include "GateLook.h"
#include "GateTemplateDialog.h"
#include "GateTree.h"
#include "IconProvider.h"
#include "MessageBar.h"
#include "Theme.h"
#include "WaiverDialog.h"
#include "itemmodels/GateFindingsModel.h"
#include "services/Document.h"
#include "services/GateService.h"
#include "services/ReleaseService.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace slipway::ui {

void GatesScreen::push(GateEditCommand* command) {
    m_document.undoStack()->push(command);
}

void GatesScreen::failed(const QString& message) {
    m_messages->showMessage(MessageBar::Kind::Error, message);
}

void GatesScreen::importEvidence(qint64 criterionId, const QString& path) {
    const GateCriterion* c = criterionById(criterionId);
    if (!c || !m_editable)
        return;
    const QString name = c->spec.name;
    push(GateCommands::importEvidence(m_document.gates(), *c, path,
                                      [this](const QString& m) { failed(m); }));
    selectCriterion(criterionId);
    const GateCriterion* now = criterionById(criterionId);
    if (now && now->evidence)
        m_messages->showMessage(
            MessageBar::Kind::Success,
            tr("%1 is now the evidence of “%2”.").arg(now->evidence->fileName, name));
}

void GatesScreen::chooseFile() {
    const GateCriterion* c = criterionById(currentCriterionId());
    if (!c)
        return;
    const QString filter =
        c->spec.kind == CriterionKind::TestPassRate || c->spec.kind == CriterionKind::ContractTests
            ? tr("JUnit XML (*.xml);;All files (*)")
        : c->spec.kind == CriterionKind::Security
            ? tr("SARIF (*.sarif *.json);;All files (*)")
            : tr("Benchmark results (*.json *.csv);;All files (*)");
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Evidence for “%1”").arg(c->spec.name), {}, filter);
    if (!path.isEmpty())
        importEvidence(c->id, path);
}

void GatesScreen::markFalsePositive(int row, const QString& reason) {
    const qint64 criterionId = currentCriterionId();
    if (row < 0 || row >= m_findingsModel->rowCount() || !m_editable)
        return;
    const GateFinding f = m_findingsModel->finding(row);
    if (f.isFalsePositive())
        push(GateCommands::clearFalsePositive(m_document.gates(), criterionId, f,
                                              [this](const QString& m) { failed(m); }));
    else
        push(GateCommands::markFalsePositive(m_document.gates(), criterionId, f, reason,
                                             [this](const QString& m) { failed(m); }));
}

void GatesScreen::reviewFinding() {
    const int row = selectedFinding();
    if (row < 0 || row >= m_findingsModel->rowCount())
        return;
    const GateFinding f = m_findingsModel->finding(row);
    if (f.isFalsePositive()) {
        markFalsePositive(row, {});
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Mark as False Positive"),
        tr("Why is %1 at %2 not a real problem? The reason, your name and the time are kept, "
           "and the review still applies when the next scan is imported.")
            .arg(f.ruleId, f.uri),
        {}, &ok);
    if (ok)
        markFalsePositive(row, reason);
}

void GatesScreen::toggleChecked() {
    const GateCriterion* c = criterionById(currentCriterionId());
    if (!c || !m_editable)
        return;
    push(GateCommands::setChecked(m_document.gates(), *c, c->checkedBy.isEmpty(),
                                  [this](const QString& m) { failed(m); }));
}

void GatesScreen::requestWaiver() {
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || !m_editable)
        return;
    const qint64 gateId = item->data(0, GateTree::kGateRole).toLongLong();
    const ReleaseGate* gate = nullptr;
    for (const ReleaseGate& g : std::as_const(m_gates))
        if (g.id == gateId)
            gate = &g;
    if (!gate)
        return;
    auto release = m_document.releases().find(currentReleaseId());
    const bool emergency = release && release->type == ReleaseType::Emergency;
    WaiverDialog dialog(*gate, currentCriterionId(), emergency, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    push(GateCommands::requestWaiver(m_document.gates(), dialog.waiver(),
                                     [this](const QString& m) { failed(m); }));
}

void GatesScreen::approveWaiver() {
    const qint64 id = m_approveWaiver->property("waiverId").toLongLong();
    if (id <= 0 || !m_editable)
        return;
    for (const ReleaseGate& g : std::as_const(m_gates))
        for (const GateWaiver& w : g.waivers)
            if (w.id == id)
                return push(GateCommands::approveWaiver(m_document.gates(), w,
                                                        [this](const QString& m) { failed(m); }));
}

void GatesScreen::promote() {
    if (!m_editable || currentReleaseId() == 0)
        return;
    push(GateCommands::promote(m_document.gates(), currentReleaseId(),
                               [this](const QString& m) { failed(m); }));
}

} // namespace slipway::ui
