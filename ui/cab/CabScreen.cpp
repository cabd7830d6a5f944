// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabScreen.h"

#include "CabCharts.h"
#include "CabDecider.h"
#include "CabModeWindow.h"
#include "CabRecordOps.h"
#include "CabReportWriter.h"
#include "CabStyle.h"
#include "ChangeRequestDialog.h"
#include "EmptyState.h"
#include "IconProvider.h"
#include "MeetingDialog.h"
#include "MinutesPanel.h"
#include "SetAgendaCommand.h"
#include "Theme.h"
#include "itemmodels/CabAgendaModel.h"
#include "services/CabDecisionService.h"
#include "services/CabMeetingService.h"
#include "services/ChangeRequestService.h"
#include "services/Document.h"
#include "services/PeopleService.h"
#include "services/ReleaseService.h"
#include "services/SchedulingServices.h"

#include <QAbstractAxis>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPdfDocument>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {

CabScreen::CabScreen(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("cabScreen"));
    m_changes = &document.changeRequests();
    m_decisions = &document.cabDecisions();
    m_meetings = &document.cabMeetings();
    m_decider = new CabDecider(*m_decisions, *m_meetings, document.undoStack(), this);
    connect(m_decider, &CabDecider::refused, this,
            [this](const QString& why) { showMessage(why, true); });
    connect(m_decisions, &CabDecisionService::changed, this, &CabScreen::requestReload);
    connect(m_meetings, &CabMeetingService::changed, this, &CabScreen::requestReload);
    connect(m_changes, &ChangeRequestService::changed, this, &CabScreen::requestReload);
    connect(&document, &Document::modified, this, &CabScreen::requestReload);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(2), Theme::space(2), Theme::space(2), Theme::space(2));
    layout->setSpacing(Theme::space(1));
    m_pages = new QStackedWidget(this);
    m_empty = new EmptyState(
        QStringLiteral("cab"), tr("No CAB meetings yet"),
        tr("The CAB screen prepares and runs Change Advisory Board meetings: it builds the "
           "agenda from the change requests whose windows come before the next meeting, shows "
           "each change on the meeting-room screen, records decisions with one key and hands "
           "out the CAB report."),
        tr("New Meeting"), m_pages);
    connect(m_empty->actionButton(), &QPushButton::clicked, this, &CabScreen::newMeeting);
    auto* main = new QWidget(m_pages);
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addWidget(buildHeader());
    mainLayout->addWidget(buildBody(), 1);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(main);
    layout->addWidget(m_pages);
    // Read when first shown: start-up opens the releases screen.
}

CabModeWindow* CabScreen::cabMode() const {
    return m_cabMode.data();
}

void CabScreen::requestReload() {
    if (isVisible())
        reload();
    else
        m_loaded = false;
}

void CabScreen::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

CabScreen::~CabScreen() {
    if (m_cabMode)
        m_cabMode->close();
}

QWidget* CabScreen::buildHeader() {
    auto* header = new QWidget(this);
    auto* grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Change Advisory Board"), header);
    title->setFont(Theme::titleFont());
    grid->addWidget(title, 0, 0);
    m_meetingCombo = new QComboBox(header);
    m_meetingCombo->setObjectName(QStringLiteral("meetingCombo"));
    m_meetingCombo->setMinimumContentsLength(28);
    connect(m_meetingCombo, &QComboBox::activated, this, [this] { reload(); });
    grid->addWidget(m_meetingCombo, 0, 1);
    const auto button = [&](const QString& name, const QString& icon, const QString& text,
                            const QString& tip, auto slot, bool edits) {
        auto* b = new QPushButton(IconProvider::icon(icon), text, header);
        b->setObjectName(name);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        if (edits)
            m_editButtons << b;
        return b;
    };
    grid->addWidget(button(QStringLiteral("editMeetingButton"), QStringLiteral("edit"),
                           tr("Edit Meeting…"),
                           tr("Time, attendees, room and the agenda of this meeting"),
                           &CabScreen::editMeeting, true),
                    0, 2);
    auto* row = new QHBoxLayout;
    row->addWidget(button(QStringLiteral("newMeetingButton"), QStringLiteral("add"),
                          tr("New Meeting"), tr("Plan the next weekly CAB meeting"),
                          &CabScreen::newMeeting, true));
    row->addWidget(button(QStringLiteral("buildAgendaButton"), QStringLiteral("calendar"),
                          tr("Build Agenda"),
                          tr("Changes whose windows come before the next meeting and still need "
                             "approval, emergency changes since the last one, gate escalations"),
                          &CabScreen::buildAgenda, true));
    auto* cabMode = button(
        QStringLiteral("cabModeButton"), QStringLiteral("fullscreen"), tr("CAB Mode"),
        tr("Present the agenda full screen (F11)"), [this] { startCabMode(); }, false);
    cabMode->setStyleSheet(Theme::primaryButtonStyleSheet());
    cabMode->setShortcut(QKeySequence(Qt::Key_F11));
    row->addWidget(cabMode);
    row->addStretch(1);
    row->addWidget(button(QStringLiteral("newChangeButton"), QStringLiteral("add"),
                          tr("New Change…"),
                          tr("Raise a change request: ticket, release, risk questionnaire, plans"),
                          &CabScreen::newChangeRequest, true));
    row->addWidget(button(QStringLiteral("editChangeButton"), QStringLiteral("edit"),
                          tr("Edit Change…"), tr("Edit the selected agenda item's change request"),
                          &CabScreen::editSelectedChange, true));
    // The report's three ways out share one button, so the header fits a small window.
    auto* report = new QToolButton(header);
    report->setObjectName(QStringLiteral("reportButton"));
    report->setText(tr("Report"));
    report->setIcon(IconProvider::icon(QStringLiteral("file")));
    report->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    report->setPopupMode(QToolButton::InstantPopup);
    report->setToolTip(tr("The CAB report as PDF: preview, print or save it"));
    auto* menu = new QMenu(report);
    QAction* preview = menu->addAction(tr("Preview Report"), this, &CabScreen::previewReport);
    preview->setObjectName(QStringLiteral("previewReportAction"));
    QAction* print = menu->addAction(tr("Print…"), this, &CabScreen::printReport);
    print->setObjectName(QStringLiteral("printReportAction"));
    QAction* save = menu->addAction(tr("Save PDF…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the CAB report"), m_pack.meeting.title + QStringLiteral(".pdf"),
            tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            saveReport(path);
    });
    save->setObjectName(QStringLiteral("saveReportAction"));
    report->setMenu(menu);
    row->addWidget(report);
    grid->addLayout(row, 1, 0, 1, 3);
    m_meetingInfo = new QLabel(header);
    m_meetingInfo->setObjectName(QStringLiteral("meetingInfo"));
    m_meetingInfo->setWordWrap(true);
    m_meetingInfo->setTextFormat(Qt::PlainText);
    grid->addWidget(m_meetingInfo, 2, 0, 1, 3);
    m_message = new QLabel(header);
    m_message->setObjectName(QStringLiteral("cabMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    grid->addWidget(m_message, 3, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    return header;
}

QWidget* CabScreen::buildBody() {
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("cabSplitter"));
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* agendaTitle = new QLabel(tr("Agenda"), left);
    agendaTitle->setFont(Theme::sectionFont());
    leftLayout->addWidget(agendaTitle);
    m_agendaModel = new CabAgendaModel(this);
    SemanticStyle style;
    style.riskColor = &CabStyle::riskColor;
    style.approvalColor = &CabStyle::statusColor;
    m_agendaModel->setSemanticStyle(style);
    m_agenda = new QTableView(left);
    m_agenda->setObjectName(QStringLiteral("agendaTable"));
    m_agenda->setModel(m_agendaModel);
    m_agenda->verticalHeader()->hide();
    m_agenda->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agenda->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agenda->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agenda->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_agenda->setAlternatingRowColors(true);
    m_agenda->setWordWrap(false); // one line per change; the tooltip has the whole summary
    connect(m_agenda->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        fillDetails();
        updateButtons();
    });
    leftLayout->addWidget(m_agenda, 1);
    auto* edit = new QHBoxLayout;
    const auto small = [&](const QString& name, const QString& text, auto slot) {
        auto* b = new QPushButton(text, left);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        m_editButtons << b;
        edit->addWidget(b);
    };
    small(QStringLiteral("moveUpButton"), tr("Move Up"), [this] { moveSelected(-1); });
    small(QStringLiteral("moveDownButton"), tr("Move Down"), [this] { moveSelected(1); });
    small(QStringLiteral("removeItemButton"), tr("Remove"), &CabScreen::removeSelected);
    edit->addStretch(1);
    leftLayout->addLayout(edit);
    // Decisions on a row of their own: the agenda stays usable in a narrow window.
    edit = new QHBoxLayout;
    small(QStringLiteral("approveButton"), tr("Approve"),
          [this] { decideSelected(DecisionOutcome::Approve); });
    small(QStringLiteral("conditionsButton"), tr("With Conditions…"), [this] {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Approve with conditions"), tr("Conditions, one per line:"), QString(), &ok);
        if (ok)
            decideSelected(DecisionOutcome::ApproveWithConditions,
                           text.split(u'\n', Qt::SkipEmptyParts));
    });
    small(QStringLiteral("rejectButton"), tr("Reject"),
          [this] { decideSelected(DecisionOutcome::Reject); });
    small(QStringLiteral("deferButton"), tr("Defer"),
          [this] { decideSelected(DecisionOutcome::Defer); });
    edit->addStretch(1);
    leftLayout->addLayout(edit);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("cabTabs"));
    auto* outlook = new QWidget(m_tabs);
    auto* outlookLayout = new QVBoxLayout(outlook);
    m_byRisk = new QChartView(outlook);
    m_byType = new QChartView(outlook);
    m_approval = new QChartView(outlook);
    m_byRisk->setObjectName(QStringLiteral("riskChart"));
    m_byType->setObjectName(QStringLiteral("typeChart"));
    m_approval->setObjectName(QStringLiteral("approvalChart"));
    for (QChartView* v : {m_byRisk, m_byType, m_approval}) {
        v->setRenderHint(QPainter::Antialiasing);
        outlookLayout->addWidget(v, v == m_approval ? 2 : 3);
    }
    m_tabs->addTab(outlook, tr("Outlook"));
    m_details = new QPlainTextEdit(m_tabs);
    m_details->setObjectName(QStringLiteral("changeDetails"));
    m_details->setReadOnly(true);
    m_tabs->addTab(m_details, tr("Change"));
    m_minutes = new MinutesPanel(
        *m_decisions, *m_meetings, m_document.undoStack(),
        [this](const QString& text, bool bad) { showMessage(text, bad); }, m_tabs);
    m_tabs->addTab(m_minutes, tr("Minutes"));
    m_pdf = new QPdfDocument(this);
    auto* view = new QPdfView(m_tabs);
    view->setObjectName(QStringLiteral("reportPreview"));
    view->setDocument(m_pdf);
    view->setPageMode(QPdfView::PageMode::MultiPage);
    view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_preview = view;
    m_tabs->addTab(view, tr("Report"));
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({Theme::space(74), Theme::space(70)});
    return splitter;
}

void CabScreen::setEditable(bool editable) {
    m_editable = editable;
    m_minutes->setEditable(editable);
    updateButtons();
}

qint64 CabScreen::meetingId() const {
    return m_meetingCombo->currentData().toLongLong();
}

bool CabScreen::selectMeeting(qint64 id) {
    const int index = m_meetingCombo->findData(id);
    if (index < 0)
        return false;
    m_meetingCombo->setCurrentIndex(index);
    reload();
    return true;
}

void CabScreen::fillMeetings() {
    const qint64 keep = m_meetingCombo->count() > 0 ? meetingId() : 0;
    auto all = m_meetings->all();
    m_meetingCombo->clear();
    if (!all)
        return showMessage(all.error().message, true);
    for (const CabMeeting& m : all.value())
        m_meetingCombo->addItem(
            QStringLiteral("%1 — %2").arg(m.title, cabtext::dateTime(m.startUtc)), m.id);
    qint64 want = keep;
    if (want == 0 || m_meetingCombo->findData(want) < 0) {
        auto current = m_meetings->current(QDateTime::currentSecsSinceEpoch());
        want = current && current->has_value() ? current->value().id : 0;
    }
    const int index = m_meetingCombo->findData(want);
    m_meetingCombo->setCurrentIndex(index >= 0 ? index : m_meetingCombo->count() - 1);
}

void CabScreen::reload() {
    const int row = m_loaded ? selectedRow() : 0;
    m_loaded = true;
    const QSignalBlocker block(m_meetingCombo);
    fillMeetings();
    if (m_meetingCombo->count() == 0) {
        m_pack = CabPack{};
        m_agendaModel->clear();
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    m_pages->setCurrentIndex(1);
    auto pack =
        CabPack::load(m_document.database(), meetingId(), QDateTime::currentSecsSinceEpoch());
    if (!pack)
        return showMessage(pack.error().message, true);
    m_pack = pack.value();
    const CabMeeting& m = m_pack.meeting;
    QStringList names;
    for (const Person& p : m_pack.attendees)
        names << p.name;
    m_meetingInfo->setText(
        tr("%1 · %2 · attendees: %3")
            .arg(cabtext::utcWindow(m.startUtc, m.endUtc),
                 m.location.isEmpty() ? tr("no room set") : m.location,
                 names.isEmpty() ? tr("none yet") : names.join(QStringLiteral(", "))));
    fillAgenda();
    fillCharts();
    fillMinutes();
    if (m_agendaModel->rowCount() > 0)
        m_agenda->selectRow(std::clamp(row, 0, m_agendaModel->rowCount() - 1));
    fillDetails();
    updateButtons();
}

void CabScreen::selectFirst() {
    if (!m_loaded)
        reload();
    if (m_agendaModel->rowCount() > 0)
        m_agenda->selectRow(0);
}

void CabScreen::fillAgenda() {
    m_agendaModel->setPack(m_pack);
}

void CabScreen::fillCharts() {
    const auto place = [](QChartView* view, QChart* chart) {
        QChart* old = view->chart();
        view->setChart(chart);
        delete old;
    };
    place(m_byRisk, CabCharts::byRisk(m_pack));
    place(m_byType, CabCharts::byType(m_pack));
    place(m_approval, CabCharts::agendaApproval(m_pack));
    // On screen the axis titles cost more room than they say.
    for (QChartView* v : {m_byRisk, m_byType})
        for (QAbstractAxis* axis : v->chart()->axes(Qt::Vertical))
            axis->setTitleVisible(false);
    if (Theme::isDark())
        for (QChartView* v : {m_byRisk, m_byType, m_approval}) {
            v->chart()->setBackgroundBrush(palette().color(QPalette::Base));
            v->chart()->setTitleBrush(palette().color(QPalette::Text));
            v->chart()->legend()->setLabelColor(palette().color(QPalette::Text));
            for (QAbstractAxis* axis : v->chart()->axes())
                axis->setLabelsColor(palette().color(QPalette::Text));
        }
}

int CabScreen::selectedRow() const {
    const auto rows = m_agenda->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CabScreen::fillDetails() {
    const int row = selectedRow();
    if (row < 0 || row >= m_pack.items.size()) {
        m_details->setPlainText(tr("Select an agenda item to see it as the board will."));
        return;
    }
    const CabPackItem& i = m_pack.items[row];
    QStringList lines{i.heading(), displayName(i.item.kind) + QStringLiteral(" · ") + i.item.reason,
                      QString(),
                      tr("Window: %1").arg(cabtext::utcWindow(i.windowStart, i.windowEnd))};
    if (i.windowStart > 0)
        for (const QString& zone : m_pack.zones())
            if (zone != u"UTC")
                lines << QStringLiteral("        ") +
                             cabtext::zoneWindow(i.windowStart, i.windowEnd, zone);
    if (i.change) {
        const ChangeRequest& c = *i.change;
        lines << tr("Risk: %1, score %2").arg(displayName(c.riskLevel)).arg(c.riskScore);
        for (const QString& d : c.riskDrivers)
            lines << QStringLiteral("  • ") + d;
        lines << tr("Requested by %1; service owner %2; tags: %3")
                     .arg(c.requestedBy, c.serviceOwner.isEmpty() ? tr("none") : c.serviceOwner,
                          c.tags.isEmpty() ? tr("none") : c.tags.join(QStringLiteral(", ")));
    }
    lines << QString() << tr("Conflicts:");
    if (i.conflicts.isEmpty())
        lines << tr("  none");
    for (const Conflict& c : i.conflicts)
        lines << QStringLiteral("  • ") + c.message();
    lines << tr("Gate status: %1")
                 .arg(i.gateStatus.isEmpty() ? tr("no quality gates recorded") : i.gateStatus);
    if (i.release) {
        lines << tr("Readiness: %1").arg(cabtext::readinessSummary(i.readiness));
        for (const GuardCheck& g : i.readiness)
            lines << QStringLiteral("  ") + cabtext::readinessLine(g);
        lines << tr("  Next: %1").arg(i.nextStep);
        for (const QString& o : i.openOverrides)
            lines << QStringLiteral("  ⚑ ") + o;
    }
    if (i.change) {
        lines << tr("Implementation: %1").arg(i.change->implementationPlan)
              << tr("Rollback plan: %1").arg(i.change->rollbackPlan) << QString()
              << tr("Approvals: %1 — %2")
                     .arg(displayName(i.approval.status), cabtext::approvalsLine(i.approval));
        for (const CabDecision& d : i.decisions)
            lines << QStringLiteral("  • ") + cabtext::decisionLine(d, i.ticket());
        for (const CabCondition& c : i.conditions)
            lines << tr("  Condition [%1]: %2").arg(toKey(c.status), c.text);
    }
    m_details->setPlainText(lines.join(u'\n'));
}

void CabScreen::fillMinutes() {
    m_minutes->setPack(m_pack, peopleNames());
}

QStringList CabScreen::peopleNames() const {
    QStringList names;
    if (auto people = m_document.scheduling().people().all(); people)
        for (const Person& p : people.value())
            names << p.name;
    return names;
}

void CabScreen::updateButtons() {
    const bool haveMeeting = m_meetingCombo->count() > 0;
    for (QPushButton* b : m_editButtons)
        b->setEnabled(m_editable && (haveMeeting || b->objectName() == u"newMeetingButton" ||
                                     b->objectName() == u"newChangeButton"));
    const int row = selectedRow();
    const bool change = row >= 0 && row < m_pack.items.size() && m_pack.items[row].change;
    for (const char* name :
         {"approveButton", "conditionsButton", "rejectButton", "deferButton", "editChangeButton"})
        if (auto* b = findChild<QPushButton*>(QLatin1String(name)))
            b->setEnabled(m_editable && change);
}

void CabScreen::showMessage(const QString& text, bool bad) {
    m_message->setText(text);
    m_message->setStyleSheet(Theme::bannerStyleSheet(bad ? Theme::danger() : Theme::success()));
    m_message->setVisible(!text.isEmpty());
}

} // namespace slipway::ui
