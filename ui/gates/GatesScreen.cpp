// SPDX-License-Identifier: GPL-3.0-or-later
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

GatesScreen::GatesScreen(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("gatesScreen"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(2), Theme::space(2), Theme::space(2), Theme::space(1));
    layout->setSpacing(Theme::space(1));
    layout->addWidget(buildHeader());
    m_messages = new MessageBar(QStringLiteral("gatesMessages"), this);
    layout->addWidget(m_messages);

    m_pages = new QStackedWidget(this);
    m_noReleases = new EmptyState(
        QStringLiteral("gates"), tr("No releases to check yet"),
        tr("Quality gates stand between a release and each next stage: test pass rates from "
           "JUnit XML, security findings from SARIF, benchmarks, manual checks and approvals. "
           "Create a release on the Releases screen and it gets its type's gates."),
        QString(), m_pages);
    m_pages->addWidget(m_noReleases);
    m_noGates = new EmptyState(
        QStringLiteral("gates"), tr("This release has no gates"),
        tr("Add the gates its type's template defines; each is then checked from CI output "
           "you drop onto it, or ticked by a person."),
        tr("Add its gates"), m_pages);
    m_noGates->actionButton()->setObjectName(QStringLiteral("addGatesButton"));
    connect(m_noGates->actionButton(), &QPushButton::clicked, this, &GatesScreen::addGates);
    m_pages->addWidget(m_noGates);

    m_splitter = new QSplitter(Qt::Horizontal, m_pages);
    m_tree = new GateTree(m_splitter);
    m_tree->setObjectName(QStringLiteral("gateTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Gate and criteria"), tr("Status"), tr("Progress")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setToolTip(tr("Drop a JUnit XML, SARIF or benchmark file onto a criterion to "
                          "evaluate it."));
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &GatesScreen::showDetails);
    connect(m_tree, &GateTree::fileDropped, this, &GatesScreen::importEvidence);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(buildDetails());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({Theme::space(64), Theme::space(68)});
    m_pages->addWidget(m_splitter);
    layout->addWidget(m_pages, 1);

    connect(&m_document.gates(), &GateService::gatesChanged, this, [this](qint64 releaseId) {
        if (releaseId == currentReleaseId())
            reloadGates();
    });
    connect(&m_document.releases(), &ReleaseService::releaseAdded, this,
            &GatesScreen::reloadReleases);
    connect(&m_document.releases(), &ReleaseService::releaseRemoved, this,
            &GatesScreen::reloadReleases);
    connect(&m_document.releases(), &ReleaseService::releaseChanged, this,
            &GatesScreen::reloadReleases);
    reloadReleases();
}

QWidget* GatesScreen::buildHeader() {
    auto* header = new QWidget(this);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(Theme::space(1));
    auto* title = new QLabel(tr("Gates"), header);
    title->setFont(Theme::titleFont());
    row->addWidget(title);
    row->addSpacing(Theme::space(2));
    auto* label = new QLabel(tr("&Release:"), header);
    m_release = new QComboBox(header);
    m_release->setObjectName(QStringLiteral("gateReleasePicker"));
    m_release->setMinimumContentsLength(20);
    m_release->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    label->setBuddy(m_release);
    connect(m_release, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            reloadGates();
    });
    row->addWidget(label);
    // Wide enough for a release's name, version and date when the window allows.
    m_release->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_release->setMaximumWidth(Theme::space(48));
    row->addWidget(m_release, 2);
    m_stage = new QLabel(header);
    m_stage->setObjectName(QStringLiteral("gateStage"));
    m_stage->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    // The stage line gives way first when the window is narrow; its tooltip has it whole.
    m_stage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_stage->setMinimumWidth(Theme::space(8));
    row->addWidget(m_stage, 1);
    m_addGates =
        new QPushButton(IconProvider::icon(QStringLiteral("add")), tr("Add gates"), header);
    m_addGates->setObjectName(QStringLiteral("addMissingGatesButton"));
    m_addGates->setToolTip(tr("Add the gates the release's type template and its risk assessment "
                              "ask for that it does not have yet."));
    connect(m_addGates, &QPushButton::clicked, this, &GatesScreen::addGates);
    row->addWidget(m_addGates);
    m_templates = new QPushButton(tr("Templates…"), header);
    m_templates->setObjectName(QStringLiteral("editTemplatesButton"));
    m_templates->setToolTip(tr("The gates each release type starts with"));
    connect(m_templates, &QPushButton::clicked, this, &GatesScreen::openTemplates);
    row->addWidget(m_templates);
    m_promote = new QPushButton(IconProvider::icon(QStringLiteral("verify"), Theme::onAccent()),
                                tr("Promote"), header);
    m_promote->setObjectName(QStringLiteral("promoteButton"));
    m_promote->setStyleSheet(Theme::primaryButtonStyleSheet());
    connect(m_promote, &QPushButton::clicked, this, &GatesScreen::promote);
    row->addWidget(m_promote);
    return header;
}

QWidget* GatesScreen::buildDetails() {
    auto* scroll = new QScrollArea(m_splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* panel = new QWidget(scroll);
    panel->setObjectName(QStringLiteral("gateDetails"));
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(Theme::space(2), 0, 0, 0);
    column->setSpacing(Theme::space(1));
    m_title = new QLabel(panel);
    m_title->setFont(Theme::sectionFont());
    m_title->setWordWrap(true);
    column->addWidget(m_title);
    auto wrapped = [panel](const char* name) {
        auto* l = new QLabel(panel);
        l->setObjectName(QLatin1String(name));
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_requirement = wrapped("criterionRequirement");
    m_status = wrapped("criterionReason");
    m_evidence = wrapped("criterionEvidence");
    m_waivers = wrapped("criterionWaivers");
    for (QLabel* l : {m_requirement, m_status, m_evidence, m_waivers})
        column->addWidget(l);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(Theme::space(1));
    m_import =
        new QPushButton(IconProvider::icon(QStringLiteral("open")), tr("Import file…"), panel);
    m_import->setObjectName(QStringLiteral("importEvidenceButton"));
    connect(m_import, &QPushButton::clicked, this, &GatesScreen::chooseFile);
    m_tick = new QPushButton(IconProvider::icon(QStringLiteral("verify")), tr("Tick"), panel);
    m_tick->setObjectName(QStringLiteral("tickButton"));
    connect(m_tick, &QPushButton::clicked, this, &GatesScreen::toggleChecked);
    m_waive = new QPushButton(IconProvider::icon(QStringLiteral("warning")), tr("Waive…"), panel);
    m_waive->setObjectName(QStringLiteral("waiveButton"));
    connect(m_waive, &QPushButton::clicked, this, &GatesScreen::requestWaiver);
    m_approveWaiver = new QPushButton(tr("Approve waiver"), panel);
    m_approveWaiver->setObjectName(QStringLiteral("approveWaiverButton"));
    connect(m_approveWaiver, &QPushButton::clicked, this, &GatesScreen::approveWaiver);
    for (QPushButton* b : {m_import, m_tick, m_waive, m_approveWaiver})
        buttons->addWidget(b);
    buttons->addStretch(1);
    column->addLayout(buttons);

    m_findingsTitle = new QLabel(tr("Findings"), panel);
    m_findingsTitle->setFont(Theme::sectionFont());
    column->addWidget(m_findingsTitle);
    m_findingsModel = new GateFindingsModel(this);
    SemanticStyle style;
    style.gateStatusColor = &gateStatusColor;
    style.gateStatusIcon = &gateStatusIcon;
    m_findingsModel->setSemanticStyle(style);
    m_findingsTable = new QTableView(panel);
    m_findingsTable->setObjectName(QStringLiteral("findingsTable"));
    m_findingsTable->setModel(m_findingsModel);
    m_findingsTable->setWordWrap(false);
    m_findingsTable->setTextElideMode(Qt::ElideMiddle);
    m_findingsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findingsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findingsTable->verticalHeader()->hide();
    m_findingsTable->horizontalHeader()->setStretchLastSection(true);
    m_findingsTable->setSortingEnabled(false);
    m_findingsTable->setMinimumHeight(Theme::space(20));
    column->addWidget(m_findingsTable, 1);
    m_review = new QPushButton(tr("Mark false positive…"), panel);
    m_review->setObjectName(QStringLiteral("falsePositiveButton"));
    connect(m_review, &QPushButton::clicked, this, &GatesScreen::reviewFinding);
    connect(m_findingsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GatesScreen::updateReviewButton);
    auto* reviewRow = new QHBoxLayout;
    reviewRow->addWidget(m_review);
    reviewRow->addStretch(1);
    column->addLayout(reviewRow);
    column->addStretch(0);
    scroll->setWidget(panel);
    return scroll;
}

void GatesScreen::setEditable(bool editable) {
    m_editable = editable;
    m_addGates->setEnabled(editable && currentReleaseId() != 0);
    m_templates->setEnabled(editable);
    showDetails();
}

void GatesScreen::addGates() {
    if (!m_editable || currentReleaseId() == 0)
        return;
    push(GateCommands::addGates(m_document.gates(), currentReleaseId(),
                                [this](const QString& m) { failed(m); }));
}

GateTemplateDialog* GatesScreen::openTemplates() {
    if (!m_editable)
        return nullptr;
    if (auto* open = findChild<GateTemplateDialog*>())
        return open;
    auto* dialog = new GateTemplateDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto release = m_document.releases().find(currentReleaseId());
    if (release)
        dialog->selectType(release->type);
    dialog->open();
    return dialog;
}

void GatesScreen::reloadReleases() {
    const qint64 keep = currentReleaseId();
    auto releases = m_document.releases().all();
    if (!releases) {
        failed(releases.error().message);
        return;
    }
    QList<Release> list = releases.value();
    std::stable_sort(list.begin(), list.end(), [](const Release& a, const Release& b) {
        if (a.windowStart.isValid() != b.windowStart.isValid())
            return a.windowStart.isValid();
        return a.windowStart < b.windowStart;
    });
    m_reloading = true;
    m_release->clear();
    for (const Release& r : list) {
        QString text = releaseLabel(r.name, r.version);
        if (r.windowStart.isValid())
            text += QStringLiteral(" · ") + gateDay(r.windowStart);
        m_release->addItem(
            IconProvider::icon(Theme::typeIconName(r.type), Theme::typeColor(r.type)), text, r.id);
    }
    const int index = m_release->findData(keep);
    m_release->setCurrentIndex(index >= 0 ? index : (m_release->count() > 0 ? 0 : -1));
    m_reloading = false;
    reloadGates();
}

void GatesScreen::reloadGates() {
    const qint64 keepCriterion = currentCriterionId();
    const qint64 releaseId = currentReleaseId();
    m_gates.clear();
    m_addGates->setEnabled(m_editable && releaseId != 0);
    if (releaseId == 0) {
        m_pages->setCurrentWidget(m_noReleases);
        m_promote->setEnabled(false);
        m_stage->clear();
        return;
    }
    auto gates = m_document.gates().gatesOf(releaseId);
    if (!gates) {
        failed(gates.error().message);
        return;
    }
    m_gates = gates.value();
    if (m_gates.isEmpty()) {
        m_pages->setCurrentWidget(m_noGates);
        m_noGates->actionButton()->setEnabled(m_editable);
        m_promote->setEnabled(false);
        m_stage->setText(tr("No gates"));
        return;
    }
    m_pages->setCurrentWidget(m_splitter);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Quiet while rebuilt: the details (and the findings' selection) follow the criterion
    // chosen again below, not the empty tree in between.
    const QSignalBlocker quiet(m_tree);
    m_tree->clear();
    QTreeWidgetItem* select = nullptr;
    QString stage = tr("Not promoted yet");
    for (const ReleaseGate& g : std::as_const(m_gates)) {
        const GateVerdict v = GateEvaluator::evaluate(g, now);
        auto* gateItem = new QTreeWidgetItem(m_tree);
        QString label = g.stage.isEmpty() ? g.name : tr("%1 → %2").arg(g.name, g.stage);
        if (g.source == u"rigour")
            label = tr("%1 (risk)").arg(label); // asked for by the risk assessment
        gateItem->setText(0, label);
        gateItem->setFont(0, Theme::sectionFont());
        gateItem->setIcon(0, gateStatusIcon(v.status));
        gateItem->setText(1, displayName(v.status));
        gateItem->setForeground(1, gateStatusColor(v.status));
        QString progress = tr("%1/%2").arg(v.settled).arg(v.total);
        if (g.isPromoted()) {
            progress += tr(" · promoted");
            stage = tr("In %1 since %2").arg(g.stage, gateDay(g.promotedAt));
        } else if (g.dueAt.isValid()) {
            progress += tr(" · due %1").arg(gateDay(g.dueAt));
        }
        gateItem->setText(2, progress);
        gateItem->setToolTip(0, g.source == u"rigour"
                                    ? tr("%1\nAdded because the release's risk assessment asks "
                                         "for it.")
                                          .arg(v.reason)
                                    : v.reason);
        gateItem->setData(0, GateTree::kGateRole, g.id);
        for (int i = 0; i < g.criteria.size(); ++i) {
            const GateCriterion& c = g.criteria[i];
            const CriterionVerdict& cv = v.criteria[i];
            auto* item = new QTreeWidgetItem(gateItem);
            item->setText(0, c.spec.name);
            item->setIcon(0, gateStatusIcon(cv.status));
            item->setText(1, displayName(cv.status));
            item->setForeground(1, gateStatusColor(cv.status));
            item->setText(
                2, c.evidence ? c.evidence->fileName
                              : (c.checkedBy.isEmpty() ? displayName(c.spec.kind) : c.checkedBy));
            item->setToolTip(0, cv.reason);
            item->setData(0, GateTree::kGateRole, g.id);
            item->setData(0, GateTree::kCriterionRole, c.id);
            const bool fromFile = readsEvidenceFile(c.spec.kind);
            item->setData(0, GateTree::kDroppableRole, fromFile);
            if (c.id == keepCriterion)
                select = item;
        }
        gateItem->setExpanded(true);
    }
    const PromotionCheck check = GateEvaluator::nextPromotion(m_gates, now);
    m_stage->setText(stage);
    m_stage->setToolTip(stage);
    m_promote->setEnabled(m_editable && check.allowed);
    m_promote->setToolTip(check.reason);
    m_promote->setText(check.gateIndex >= 0
                           ? tr("Promote to %1").arg(m_gates[check.gateIndex].stage)
                           : tr("Promoted through every gate"));
    m_tree->setCurrentItem(select ? select : m_tree->topLevelItem(0));
    showDetails();
}

const GateCriterion* GatesScreen::criterionById(qint64 id, const ReleaseGate** gate) const {
    for (const ReleaseGate& g : m_gates)
        for (const GateCriterion& c : g.criteria)
            if (c.id == id) {
                if (gate)
                    *gate = &g;
                return &c;
            }
    return nullptr;
}

qint64 GatesScreen::currentReleaseId() const {
    return m_release->currentIndex() >= 0 ? m_release->currentData().toLongLong() : 0;
}

qint64 GatesScreen::currentCriterionId() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, GateTree::kCriterionRole).toLongLong() : 0;
}

void GatesScreen::selectRelease(qint64 id) {
    const int index = m_release->findData(id);
    if (index >= 0)
        m_release->setCurrentIndex(index);
}

bool GatesScreen::selectCriterion(qint64 criterionId) {
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* gate = m_tree->topLevelItem(i);
        for (int j = 0; j < gate->childCount(); ++j)
            if (gate->child(j)->data(0, GateTree::kCriterionRole).toLongLong() == criterionId) {
                m_tree->setCurrentItem(gate->child(j));
                return true;
            }
    }
    return false;
}

void GatesScreen::selectFirst() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 best = 0, bestCriterion = 0;
    int bestScore = -1;
    for (int i = 0; i < m_release->count(); ++i) {
        const qint64 id = m_release->itemData(i).toLongLong();
        auto gates = m_document.gates().gatesOf(id);
        if (!gates || gates->isEmpty())
            continue;
        int score = 0;
        qint64 telling = 0;
        for (const ReleaseGate& g : gates.value()) {
            const GateVerdict v = GateEvaluator::evaluate(g, now);
            for (int k = 0; k < g.criteria.size(); ++k) {
                const GateCriterion& c = g.criteria[k];
                if (c.evidence || !c.checkedBy.isEmpty())
                    score += 1;
                if (c.spec.kind == CriterionKind::Security && c.findings.falsePositive > 0) {
                    score += 4;
                    telling = c.id;
                }
                if (v.criteria[k].status == GateStatus::Failed)
                    score += 2;
            }
        }
        if (score > bestScore) {
            bestScore = score;
            best = id;
            bestCriterion = telling;
        }
    }
    if (best)
        selectRelease(best);
    if (bestCriterion)
        selectCriterion(bestCriterion);
}

} // namespace slipway::ui
