// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadinessSection.h"

#include "ApproveOverrideCommand.h"
#include "DefinitionContext.h"
#include "OverrideDialog.h"
#include "RequestOverrideCommand.h"
#include "SetEmergencyApprovalDaysCommand.h"
#include "SettleOverrideCommand.h"
#include "Theme.h"
#include "domain/Login.h"
#include "reporting/ControlsDialog.h"
#include "services/DeploymentService.h"
#include "services/Document.h"
#include "services/LifecycleService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

struct ScreenLink {
    QString key;
    QString label;
};

ScreenLink linkFor(Guard guard) {
    switch (screenFor(guard)) {
    case FixScreen::Calendar:
        return {QStringLiteral("calendar"), ReadinessSection::tr("Calendar")};
    case FixScreen::Cab:
        return {QStringLiteral("cab"), ReadinessSection::tr("CAB")};
    case FixScreen::Gates:
        return {QStringLiteral("gates"), ReadinessSection::tr("Gates")};
    case FixScreen::Deployments:
        return {QStringLiteral("deployments"), ReadinessSection::tr("Deployments")};
    case FixScreen::Packages:
        return {QStringLiteral("packages"), ReadinessSection::tr("Packages")};
    case FixScreen::Deploy:
        return {QStringLiteral("deploy"), ReadinessSection::tr("Deploy")};
    case FixScreen::Definition:
        return {QStringLiteral("definition"), QString()}; // this panel itself
    }
    return {};
}

QString mark(GuardState state) {
    switch (state) {
    case GuardState::Met:
        return QStringLiteral("✓");
    case GuardState::Open:
        return QStringLiteral("✗");
    case GuardState::Overridden:
        return QStringLiteral("⚑");
    case GuardState::Due:
        return QStringLiteral("◷");
    }
    return {};
}

QColor colour(GuardState state) {
    switch (state) {
    case GuardState::Met:
        return Theme::success();
    case GuardState::Open:
        return Theme::danger();
    case GuardState::Overridden:
    case GuardState::Due:
        return Theme::warning();
    }
    return Theme::muted();
}

QString shownGuard(const QString& key) {
    const auto guard = guardFromKey(key);
    return guard ? displayName(*guard) : key;
}

} // namespace

ReadinessSection::ReadinessSection(DefinitionContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("readinessSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::space(1) / 2);

    auto* header = new QHBoxLayout;
    header->setSpacing(Theme::space(1));
    auto* title = new QLabel(tr("Readiness"), this);
    title->setFont(Theme::sectionFont());
    header->addWidget(title);
    header->addStretch(1);
    // The file's own setting, where the emergency guard it governs is shown.
    auto* daysLabel = new QLabel(tr("Emergency approvals due within"), this);
    m_emergencyDaysBox = new QSpinBox(this);
    m_emergencyDaysBox->setObjectName(QStringLiteral("emergencyApprovalDays"));
    m_emergencyDaysBox->setRange(LifecycleService::kMinEmergencyApprovalDays,
                                 LifecycleService::kMaxEmergencyApprovalDays);
    m_emergencyDaysBox->setKeyboardTracking(false); // one edit per committed number
    m_emergencyDaysBox->setAccessibleName(tr("Emergency approvals due within days"));
    const QString daysTip =
        tr("For every emergency release in this file: how many days after it first reaches "
           "production its CAB approval may follow. Set by a release manager; undoable.");
    daysLabel->setToolTip(daysTip);
    m_emergencyDaysBox->setToolTip(daysTip);
    daysLabel->setBuddy(m_emergencyDaysBox);
    header->addWidget(daysLabel);
    header->addWidget(m_emergencyDaysBox);
    // The regulatory controls the release's tags bring, and its tags: the guard "controls".
    auto* controls = new QPushButton(tr("Regulatory controls…"), this);
    controls->setObjectName(QStringLiteral("regulatoryControls"));
    controls->setToolTip(tr("Tag the release SOX, HIPAA, GDPR or PCI DSS and see each control "
                            "its tags bring; a failing one keeps it from being deployed."));
    connect(controls, &QPushButton::clicked, this, [this] {
        ControlsDialog::openFor(m_context.document, m_releaseId, m_releaseLabel, this);
    });
    header->addWidget(controls);
    connect(m_emergencyDaysBox, &QSpinBox::valueChanged, this, &ReadinessSection::setEmergencyDays);
    layout->addLayout(header);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("readinessSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(m_summary);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(Theme::space(1) / 2);
    layout->addLayout(m_rows);
}

void ReadinessSection::clearRows() {
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QWidget* w = item->widget())
            w->deleteLater();
        delete item;
    }
}

void ReadinessSection::loadEmergencyDays() {
    auto days = m_context.document.lifecycle().emergencyApprovalDays();
    m_emergencyDays = days ? days.value() : kDefaultEmergencyApprovalDays;
    const QSignalBlocker quiet(m_emergencyDaysBox);
    // A number outside the range (set by an older tool) is shown as it is, not clamped.
    m_emergencyDaysBox->setRange(
        qMin(LifecycleService::kMinEmergencyApprovalDays, m_emergencyDays),
        qMax(LifecycleService::kMaxEmergencyApprovalDays, m_emergencyDays));
    m_emergencyDaysBox->setValue(m_emergencyDays);
    m_emergencyDaysBox->setSuffix(m_emergencyDays == 1 ? tr(" day") : tr(" days"));
    m_emergencyDaysBox->setEnabled(m_context.editable && days);
}

void ReadinessSection::load(qint64 releaseId) {
    clearRows();
    loadEmergencyDays();
    m_releaseId = releaseId;
    m_releaseLabel.clear();
    if (releaseId <= 0)
        return;
    LifecycleService& lifecycle = m_context.document.lifecycle();
    auto facts = lifecycle.facts(releaseId);
    if (!facts) {
        m_summary->setText(facts.error().message);
        return;
    }
    m_releaseLabel = facts->label;
    const LifecycleClock clock = lifecycle.clock();
    const NextStep next = nextStep(facts.value(), clock);
    const QList<GuardCheck> unmet = unmetGuards(facts.value(), clock);
    QString summary = next.next ? next.summary()
                                : tr("%1: nothing further to do.").arg(displayName(facts->status));
    if (!unmet.isEmpty())
        summary = tr("%1 without %n guard(s) it needs; %2", nullptr, int(unmet.size()))
                      .arg(displayName(facts->status), summary);
    m_summary->setText(summary);

    QList<LifecycleOverride> unsettled;
    QSet<QString> requested; // guards with an override awaiting its approval
    if (auto overrides = m_context.document.deployments().overrides(releaseId); overrides) {
        for (const LifecycleOverride& o : overrides.value()) {
            if (o.isSettled())
                continue;
            unsettled << o;
            if (!o.isApproved())
                requested.insert(o.guard);
        }
    }

    // The statuses whose guards make the checklist: every one a release can still reach.
    const ReleaseStatus through = facts->status == ReleaseStatus::RolledBack ? ReleaseStatus::Closed
                                  : facts->status == ReleaseStatus::Cancelled
                                      ? ReleaseStatus::Cancelled
                                      : ReleaseStatus::Closed;
    QList<GuardCheck> checks = readiness(facts.value(), through, clock);
    // Deploying asks for verified artifacts; Closed does not (a file cleaned up after the
    // deployment changes nothing), so a release still before production lists it too.
    const bool beforeProduction = facts->status != ReleaseStatus::Deployed &&
                                  facts->status != ReleaseStatus::Closed &&
                                  facts->status != ReleaseStatus::RolledBack;
    if (beforeProduction) {
        const GuardCheck artifacts = evaluate(Guard::ArtifactsVerified, facts.value(), clock);
        qsizetype at = checks.size();
        for (qsizetype i = 0; i < checks.size(); ++i)
            if (checks[i].guard == Guard::ExitCriteria)
                at = i + 1;
        checks.insert(at, artifacts);
        // Production may only get what passing evidence was produced against.
        checks.insert(at + 1, evaluate(Guard::TestedArtifacts, facts.value(), clock));
    }
    if (facts->status == ReleaseStatus::RolledBack || facts->productionRolledBack)
        checks << evaluate(Guard::DeploymentRolledBack, facts.value(), clock);
    for (const GuardCheck& g : std::as_const(checks))
        addGuardRow(g, requested.contains(toKey(g.guard)));
    for (const LifecycleOverride& o : std::as_const(unsettled))
        addOverrideRow(o);
}

void ReadinessSection::addGuardRow(const GuardCheck& g, bool requested) {
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("readiness_") + toKey(g.guard));
    auto* line = new QHBoxLayout(row);
    line->setContentsMargins(0, 0, 0, 0);
    auto* state = new QLabel(mark(g.state), row);
    state->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(colour(g.state).name()));
    state->setToolTip(toKey(g.state));
    line->addWidget(state, 0, Qt::AlignTop);
    auto* text = new QLabel(row);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setText(g.detail.isEmpty() ? displayName(g.guard)
                                     : displayName(g.guard) + QStringLiteral(" — ") + g.detail);
    line->addWidget(text, 1);
    const ScreenLink link = linkFor(g.guard);
    const bool opens = g.state != GuardState::Met && !link.label.isEmpty();
    if (opens) {
        auto* open = new QPushButton(tr("Open %1").arg(link.label), row);
        open->setObjectName(QStringLiteral("readinessOpen_") + toKey(g.guard));
        open->setFlat(true);
        connect(open, &QPushButton::clicked, this,
                [this, key = link.key] { Q_EMIT openScreen(key); });
        line->addWidget(open, 0, Qt::AlignTop);
    }
    // An open guard may be let pass on record; one already asked for is listed below.
    const bool overridable = g.state == GuardState::Open && !requested;
    if (overridable) {
        auto* ask = new QPushButton(tr("Override…"), row);
        ask->setObjectName(QStringLiteral("readinessOverride_") + toKey(g.guard));
        ask->setFlat(true);
        ask->setEnabled(m_context.editable);
        ask->setToolTip(tr("Ask to let the release past “%1” without meeting it; a second "
                           "release manager must approve.")
                            .arg(displayName(g.guard)));
        connect(ask, &QPushButton::clicked, this,
                [this, guard = g.guard] { requestOverride(guard); });
        line->addWidget(ask, 0, Qt::AlignTop);
    } else if (opens) {
        // Keeps every "Open …" button in one column, whether or not its row can be overridden.
        QPushButton probe(tr("Override…"));
        probe.setFlat(true);
        line->addSpacing(probe.sizeHint().width() + line->spacing());
    }
    m_rows->addWidget(row);
}

void ReadinessSection::addOverrideRow(const LifecycleOverride& o) {
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("readinessOverrideRow_%1").arg(o.id));
    auto* line = new QHBoxLayout(row);
    line->setContentsMargins(0, 0, 0, 0);
    auto* note = new QLabel(row);
    note->setObjectName(QStringLiteral("readinessOverride"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::warning().name()));
    note->setText(o.isApproved()
                      ? tr("⚑ Override of “%1”, asked by %2 and approved by %3, not settled: %4")
                            .arg(shownGuard(o.guard), o.requestedBy, o.approvedBy, o.reason)
                      : tr("⚑ Override of “%1” asked by %2 awaits a second release manager: %3")
                            .arg(shownGuard(o.guard), o.requestedBy, o.reason));
    line->addWidget(note, 1);
    auto* button = new QPushButton(o.isApproved() ? tr("Settle…") : tr("Approve"), row);
    button->setObjectName((o.isApproved() ? QStringLiteral("readinessSettle_")
                                          : QStringLiteral("readinessApprove_")) +
                          QString::number(o.id));
    button->setEnabled(m_context.editable);
    const QString actor = m_context.document.session().actor;
    button->setToolTip(
        o.isApproved() ? tr("Close the override: the guard met after all, or the deviation "
                            "accepted, with a note.")
        : sameLogin(actor, o.requestedBy)
            ? tr("You asked for this override: a second person with the release manager role "
                 "must approve it.")
            : tr("Approve as %1, a second person with the release manager role.").arg(actor));
    if (o.isApproved())
        connect(button, &QPushButton::clicked, this, [this, o] { settleOverride(o); });
    else
        connect(button, &QPushButton::clicked, this, [this, o] { approveOverride(o); });
    line->addWidget(button, 0, Qt::AlignTop);
    m_rows->addWidget(row);
}

void ReadinessSection::requestOverride(Guard guard) {
    if (!m_context.editable || m_releaseId <= 0)
        return;
    auto* dialog = new OverrideDialog(OverrideDialog::Mode::Request, displayName(guard),
                                      m_releaseLabel, m_context.document.session().actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, guard, id = m_releaseId] {
        m_context.push(new RequestOverrideCommand(m_context.document.deployments(), id, guard,
                                                  dialog->text(), m_context.fail));
    });
    dialog->open();
}

void ReadinessSection::approveOverride(const LifecycleOverride& o) {
    if (!m_context.editable)
        return;
    m_context.push(new ApproveOverrideCommand(m_context.document.deployments(), o, m_context.fail));
}

void ReadinessSection::settleOverride(const LifecycleOverride& o) {
    if (!m_context.editable)
        return;
    auto* dialog = new OverrideDialog(OverrideDialog::Mode::Settle, shownGuard(o.guard),
                                      m_releaseLabel, m_context.document.session().actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, o] {
        m_context.push(new SettleOverrideCommand(m_context.document.deployments(), o,
                                                 dialog->text(), m_context.fail));
    });
    dialog->open();
}

void ReadinessSection::setEmergencyDays(int days) {
    if (!m_context.editable || days == m_emergencyDays)
        return;
    // The setting has no change signal: the command reloads this section after each step.
    QPointer<ReadinessSection> self(this);
    m_context.push(new SetEmergencyApprovalDaysCommand(
        m_context.document.lifecycle(), m_context.document.session(), m_emergencyDays, days,
        m_context.fail, [self] {
            if (self)
                self->load(self->m_releaseId);
        }));
    loadEmergencyDays(); // a refusal puts the stored number back
}

} // namespace slipway::ui
