// SPDX-License-Identifier: GPL-3.0-or-later
// The Gates screen's detail pane: what a criterion asks, its evidence, findings and waivers.
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
namespace {

QString when(const QDateTime& t) {
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

} // namespace

void GatesScreen::showDetails() {
    const QTreeWidgetItem* item = m_tree->currentItem();
    const qint64 criterionId = currentCriterionId();
    const ReleaseGate* gate = nullptr;
    const GateCriterion* c = criterionById(criterionId, &gate);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!c && item) {
        const qint64 gateId = item->data(0, GateTree::kGateRole).toLongLong();
        for (const ReleaseGate& g : std::as_const(m_gates))
            if (g.id == gateId)
                gate = &g;
    }
    const bool showFindingsTable = c && c->spec.kind == CriterionKind::Security;
    if (!showFindingsTable)
        m_findingsModel->clear();
    m_findingsTitle->setVisible(showFindingsTable);
    m_findingsTable->setVisible(showFindingsTable);
    m_review->setVisible(showFindingsTable);
    m_review->setEnabled(false);
    if (!gate) {
        m_title->setText(tr("Select a gate or criterion"));
        for (QLabel* l : {m_requirement, m_status, m_evidence, m_waivers})
            l->clear();
        for (QPushButton* b : {m_import, m_tick, m_waive, m_approveWaiver})
            b->setVisible(false);
        return;
    }
    const GateVerdict gv = GateEvaluator::evaluate(*gate, now);
    QStringList waiverLines;
    const GateWaiver* pending = nullptr;
    for (const GateWaiver& w : gate->waivers) {
        if (c && w.criterionId != c->id && w.criterionId != 0)
            continue;
        QString state = w.isActive(now)  ? tr("approved by %1").arg(esc(w.approvedBy))
                        : w.isApproved() ? tr("expired on %1").arg(gateDay(w.expiresAt))
                                         : tr("awaiting approval");
        if (!w.isApproved())
            pending = &w;
        waiverLines << tr("<b>Waiver</b> (%1, %2): %3<br>Requested by %4 · expires %5<br>"
                          "Compensating controls: %6<br>Validation after release: %7 — %8")
                           .arg(w.criterionId == 0 ? tr("whole gate") : tr("this criterion"), state,
                                esc(w.reason), esc(w.requestedBy), gateDay(w.expiresAt),
                                esc(w.controls), esc(w.validationTask),
                                w.validationOpen() ? tr("open")
                                                   : tr("done by %1").arg(esc(w.validationDoneBy)));
    }
    m_waivers->setText(waiverLines.join(QStringLiteral("<br><br>")));
    m_waive->setVisible(true);
    m_waive->setEnabled(m_editable);
    m_approveWaiver->setVisible(pending != nullptr);
    m_approveWaiver->setEnabled(m_editable && pending);
    m_approveWaiver->setProperty("waiverId", pending ? pending->id : 0);

    if (!c) {
        m_title->setText(gate->name);
        QString origin = gate->source == u"rigour"
                             ? tr("<br>Added because the release's risk assessment asks for "
                                  "more rigour than its type's template.")
                             : QString();
        m_requirement->setText(
            tr("Lets the release into <b>%1</b>. Due %2.%3")
                .arg(esc(gate->stage),
                     gate->dueAt.isValid() ? gateDay(gate->dueAt) : tr("when scheduled"), origin));
        m_status->setText(
            tr("<span style='color:%1'><b>%2</b></span> — %3")
                .arg(gateStatusColor(gv.status).name(), displayName(gv.status), esc(gv.reason)));
        m_evidence->setText(
            gate->isPromoted()
                ? tr("Promoted by %1 on %2.").arg(esc(gate->promotedBy), when(gate->promotedAt))
                : QString());
        m_import->setVisible(false);
        m_tick->setVisible(false);
        return;
    }
    CriterionVerdict cv;
    for (int i = 0; i < gate->criteria.size(); ++i)
        if (gate->criteria[i].id == c->id)
            cv = gv.criteria[i];
    m_title->setText(tr("%1 — %2").arg(c->spec.name, gate->name));
    m_requirement->setText(
        tr("%1: %2%3")
            .arg(displayName(c->spec.kind), esc(c->spec.describe()),
                 gate->source == u"rigour"
                     ? tr("<br>Part of a gate the release's risk assessment asks for.")
                     : QString()));
    m_status->setText(
        tr("<span style='color:%1'><b>%2</b></span> — %3")
            .arg(gateStatusColor(cv.status).name(), displayName(cv.status), esc(cv.reason)));
    if (c->evidence) {
        const CriterionEvidence& e = *c->evidence;
        m_evidence->setText(tr("<b>Evidence</b>: %1 (%2 bytes)<br>SHA-256 <tt>%3</tt><br>"
                               "Imported %4 by %5")
                                .arg(esc(e.fileName))
                                .arg(QLocale().toString(e.size))
                                .arg(e.sha256, when(e.importedAt), esc(e.importedBy)) +
                            (e.artifactDigests.isEmpty()
                                 ? QString()
                                 : tr("<br>Produced against %n artifact(s): <tt>%1</tt>", nullptr,
                                      int(e.artifactDigests.size()))
                                       .arg(e.artifactDigests.join(QStringLiteral("<br>")))));
    } else if (!c->checkedBy.isEmpty()) {
        m_evidence->setText(
            tr("%1 by %2 on %3")
                .arg(c->spec.kind == CriterionKind::Approval ? tr("Approved") : tr("Ticked"),
                     esc(c->checkedBy), when(c->checkedAt)));
    } else {
        const bool fromFile = readsEvidenceFile(c->spec.kind);
        const bool junit = c->spec.kind == CriterionKind::TestPassRate ||
                           c->spec.kind == CriterionKind::ContractTests;
        m_evidence->setText(
            fromFile
                ? tr("No evidence yet: drop a %1 file onto this criterion "
                     "or import one.")
                      .arg(junit                                     ? tr("JUnit XML")
                           : c->spec.kind == CriterionKind::Security ? tr("SARIF")
                                                                     : tr("benchmark JSON or CSV"))
            : c->spec.kind == CriterionKind::ArtifactIntegrity
                ? tr("Judged from the release's artifacts and their latest verification "
                     "(Packages screen or 'slipway artifact verify').")
                : QString());
    }
    const bool manual =
        c->spec.kind == CriterionKind::Manual || c->spec.kind == CriterionKind::Approval;
    m_import->setVisible(readsEvidenceFile(c->spec.kind));
    m_import->setEnabled(m_editable);
    m_tick->setVisible(manual);
    m_tick->setEnabled(m_editable);
    m_tick->setText(c->spec.kind == CriterionKind::Approval
                        ? (c->checkedBy.isEmpty() ? tr("Approve") : tr("Take back approval"))
                        : (c->checkedBy.isEmpty() ? tr("Tick") : tr("Untick")));
    if (showFindingsTable)
        showFindings(*c);
}

void GatesScreen::showFindings(const GateCriterion& criterion) {
    auto findings = m_document.gates().findings(criterion.id);
    if (!findings) {
        m_findingsModel->clear();
        failed(findings.error().message);
        return;
    }
    m_findingsModel->setFindings(criterion.id, findings.value());
    const int count = m_findingsModel->rowCount();
    m_findingsTitle->setText(count == 0 ? tr("Findings: none in the latest log")
                                        : tr("Findings (%1)").arg(count));
    m_findingsTable->resizeColumnsToContents();
    m_findingsTable->resizeRowsToContents();
    // Long rule ids and paths are elided in the middle; the tooltip has them whole.
    const int limits[] = {Theme::space(12), Theme::space(20), Theme::space(18), Theme::space(18)};
    for (int col = 0; col < 4; ++col)
        m_findingsTable->setColumnWidth(col,
                                        std::min(m_findingsTable->columnWidth(col), limits[col]));
    m_findingsTable->setColumnWidth(GateFindingsModel::MessageColumn, Theme::space(30));
    updateReviewButton();
}

int GatesScreen::selectedFinding() const {
    const QModelIndexList rows = m_findingsTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

// A finding suppressed in the file cannot be reviewed; one marked false positive can be
// made to count again.
void GatesScreen::updateReviewButton() {
    const int row = selectedFinding();
    const bool valid = row >= 0 && row < m_findingsModel->rowCount();
    m_review->setEnabled(m_editable && valid && !m_findingsModel->finding(row).suppressed);
    m_review->setText(valid && m_findingsModel->finding(row).isFalsePositive()
                          ? tr("Count again")
                          : tr("Mark false positive…"));
}

} // namespace slipway::ui
